"""Tokenising: exact offsets, chunking under Sudachi's byte limit, one tokenizer per thread."""

from __future__ import annotations

import threading

from tui.analysis.tokens import MAX_CHUNK_BYTES, chunk_starts, chunks, katakana_to_hiragana, tokenize, tokenizer

#: Sudachi refuses inputs over this many UTF-8 bytes per call.
SUDACHI_LIMIT = 49_149


def test_every_token_span_indexes_the_original_text():
    text = "東京都で１２３人が参加した。　ＡＢＣニュースによると、会議は２日間続いた。"
    tokens = tokenize(text)
    for t in tokens:
        assert text[t.start : t.end] == t.surface
    assert tokens[0].start == 0 and tokens[-1].end == len(text)


def test_a_300_kb_block_without_line_breaks_is_tokenised_in_chunks():
    sentence = "政府は新しい制度を発表した。"
    text = sentence * (300_000 // len(sentence.encode("utf-8")))
    assert len(text.encode("utf-8")) > SUDACHI_LIMIT * 6
    tokens = tokenize(text)
    assert tokens[-1].end == len(text)
    assert "".join(t.surface for t in tokens) == text
    assert all(text[t.start : t.end] == t.surface for t in tokens[::97])


def test_text_without_sentence_ends_is_cut_hard_and_stays_exact():
    text = "あ" * 40_000  # 120,000 bytes, no place to cut at a sentence end
    parts = chunks(text)
    assert all(len(p.encode("utf-8")) <= MAX_CHUNK_BYTES for _, p in parts)
    assert "".join(p for _, p in parts) == text
    assert [o for o, _ in parts] == [sum(len(p) for _, p in parts[:i]) for i in range(len(parts))]
    tokens = tokenize(text)
    assert "".join(t.surface for t in tokens) == text


def test_chunk_starts_are_the_offsets_of_every_piece_after_the_first():
    text = "あ" * 40_000
    assert chunk_starts(text) == [o for o, _ in chunks(text)[1:]]
    assert chunk_starts("短い文。") == []


def test_chunks_end_at_sentence_ends_when_they_can():
    text = "これは文です。" * 5_000
    parts = chunks(text)
    assert len(parts) > 1
    assert all(p.endswith("。") for _, p in parts[:-1])


def test_chunks_end_at_full_width_periods_too():
    text = "これは文です．" * 5_000
    parts = chunks(text)
    assert len(parts) > 1
    assert all(p.endswith("．") for _, p in parts[:-1])


def test_characters_that_normalisation_lengthens_do_not_break_the_limit():
    # ㌔ is 3 bytes but becomes キロ (6 bytes) after Sudachi's normalisation
    text = "㌔" * 30_000
    tokens = tokenize(text)
    assert tokens[-1].end == len(text)
    assert all(text[t.start : t.end] == t.surface for t in tokens)


def test_surrogate_free_emoji_and_rare_kanji_keep_offsets():
    text = "𠮷野家で😀を見た。" * 3
    for t in tokenize(text):
        assert text[t.start : t.end] == t.surface


def test_each_thread_gets_its_own_tokenizer_and_results_agree():
    text = "外務省は十日、ハノイで会見を開いた。" * 200
    expected = [(t.start, t.end, t.surface) for t in tokenize(text)]
    results: dict[int, list] = {}
    tokenizers: dict[int, object] = {}  # held, so no two can share an id
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            tokenizers[n] = tokenizer("C")
            for _ in range(5):
                results[n] = [(t.start, t.end, t.surface) for t in tokenize(text)]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert all(r == expected for r in results.values())
    assert len({id(t) for t in tokenizers.values()}) == len(threads)


def test_one_thread_reuses_its_tokenizer_per_mode():
    assert tokenizer("C") is tokenizer("C")
    assert tokenizer("A") is not tokenizer("C")


def test_readings_are_hiragana():
    (t,) = [t for t in tokenize("ベトナム") if t.surface == "ベトナム"]
    assert t.reading == "べとなむ"
    assert katakana_to_hiragana("カタカナとABC") == "かたかなとABC"
