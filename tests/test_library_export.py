"""``kiji export DIR --ndjson``: one JSON document per article that the
JSON Schema in docs/ accepts, a bulk-load form, and an index mapping that
covers every field with kiji's four search modes. No search engine runs."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from library_fixtures import kiji, no_raw_controls, write_library
from tui.text import bundled_article

DOCS = Path(__file__).resolve().parent.parent / "docs"
DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset"
NO_DEVSET = f"no devset at {DEVSET} (a clean clone without ../shared): the bundled article and the hostile files alone"
SCHEMA = json.loads((DOCS / "export.schema.json").read_text(encoding="utf-8"))
INDEX = json.loads((DOCS / "elasticsearch-index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["repository", "devset"])
def exported(request, tmp_path_factory):
    """The bundled article and a few hostile files, exported; with eight of
    the devset's real articles too (skipped when the devset is absent)."""
    devset = sorted(DEVSET.glob("*.txt"))[:8] if request.param == "devset" else []
    if request.param == "devset" and not devset:
        pytest.skip(NO_DEVSET)
    folder = tmp_path_factory.mktemp("lib")
    for p in [bundled_article(), *devset]:
        shutil.copy(p, folder / Path(p).name)
    write_library(folder, {
        "2024-05-03-controls.txt": "見出し\x1b[31m\n\n山田太郎外相は「協力を\u202e強化する」と述べた。\x85\n",
        "sub/empty.txt": "",
    })
    (folder / "binary.txt").write_bytes(b"\x00\x01")
    out = kiji("export", str(folder), "--ndjson", env=None)
    return folder, out


def test_every_readable_article_is_one_line_of_json_the_schema_accepts(exported):
    folder, out = exported
    assert out.returncode == 0
    assert out.stderr == f"kiji: {folder / 'binary.txt'}: binary file (contains NUL bytes), not a text article\n"
    lines = out.stdout.splitlines()
    readable = [p for p in folder.rglob("*") if p.is_file() and p.name != "binary.txt"]
    assert len(lines) == len(readable)
    validator = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for line in lines:
        doc = json.loads(line)
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, (doc["path"], errors[:3])
        assert doc["hash"] == hashlib.sha256(Path(doc["path"]).read_bytes()).hexdigest()


def test_documents_carry_the_analysis(exported):
    _, out = exported
    docs = {Path(json.loads(line)["path"]).name: json.loads(line) for line in out.stdout.splitlines()}
    doc = docs["2024-05-03-controls.txt"]
    assert (doc["date"], doc["date_from"]) == ("2024-05-03", "file")
    assert [s["name"] for s in doc["speakers"]] == ["山田太郎"]
    assert doc["speakers"][0]["quotes"][0]["text"] == "協力を\u202e強化する"
    assert "山田太郎外相" in doc["text"]
    seed = docs[Path(bundled_article()).name]
    assert any(t["category"] == "person" and t["reading"] and t["base"] for t in seed["terms"])
    assert docs["empty.txt"]["text"] == "" and docs["empty.txt"]["speakers"] == []


def test_the_output_holds_no_raw_control_character(exported):
    _, out = exported
    assert no_raw_controls(out.stdout)
    assert "\\u001b[31m" in out.stdout and "\\u202e" in out.stdout and "\\u0085" in out.stdout


def test_bulk_puts_an_index_action_before_each_document(exported):
    folder, _ = exported
    out = kiji("export", str(folder), "--bulk")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    actions, docs = lines[0::2], lines[1::2]
    assert len(actions) == len(docs) > 0
    assert actions == [{"index": {"_id": d["hash"]}} for d in docs]


def test_the_schema_rejects_a_document_that_lost_a_field(exported):
    _, out = exported
    doc = json.loads(out.stdout.splitlines()[0])
    del doc["hash"]
    assert not Draft202012Validator(SCHEMA).is_valid(doc)


def test_the_index_mapping_maps_every_field_of_the_schema():
    mapped = INDEX["mappings"]["properties"]
    assert set(mapped) == set(SCHEMA["properties"])
    assert INDEX["mappings"]["dynamic"] == "strict"
    speaker = SCHEMA["$defs"]["speaker"]["properties"]
    assert set(mapped["speakers"]["properties"]) == set(speaker)
    assert set(mapped["terms"]["properties"]) == set(SCHEMA["$defs"]["term"]["properties"])


def test_the_searchable_texts_have_kijis_four_modes_with_analyzers_that_exist():
    analysis = INDEX["settings"]["analysis"]
    analyzers = analysis["analyzer"]
    for field in (INDEX["mappings"]["properties"]["text"], INDEX["mappings"]["properties"]["title"],
                  INDEX["mappings"]["properties"]["speakers"]["properties"]["quotes"]["properties"]["text"]):
        assert set(field["fields"]) == {"literal", "reading", "synonym"}
        used = [field["analyzer"]] + [a for f in field["fields"].values() for k, a in f.items() if "analyzer" in k]
        assert all(a in analyzers for a in used)
    assert "sudachi_normalizedform" in analyzers["kiji_words"]["filter"]
    assert analysis["filter"]["kiji_katakana_reading"]["type"] == "sudachi_readingform"
    assert analysis["filter"]["kiji_synonyms"]["type"] == "synonym_graph"
    for analyzer in analyzers.values():
        for name in analyzer.get("char_filter", []):
            assert name in analysis["char_filter"]
        for name in analyzer.get("filter", []):
            assert name in analysis["filter"] or name.startswith(("sudachi_", "cjk_", "lowercase"))


def test_the_literal_analyzer_folds_katakana_as_kiji_does():
    from tui.search import fold

    pairs = dict(m.split("=>") for m in INDEX["settings"]["analysis"]["char_filter"]["kiji_katakana_as_hiragana"]["mappings"])
    assert all(fold(k) == v for k, v in pairs.items())
    assert pairs["ﾊﾟ"] == "ぱ" and pairs["ヴ"] == "ゔ"
