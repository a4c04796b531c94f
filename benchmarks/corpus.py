"""Large articles made of real Japanese text, for benchmarks and stress tests.

The text is the development set (``../shared/devset/*.txt`` beside the
checkout) plus the bundled seed; without the devset, the seed alone. Nothing
big is ever committed: articles are written to temporary files on demand.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_66b4f997ba671b7a.txt"
DEVSET = ROOT.parent / "shared" / "devset"

KB = 1024
MB = 1024 * KB


def source_files() -> list[Path]:
    """The real articles the big ones are made of (the seed always included)."""
    devset = sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []
    return [SEED, *devset]


@lru_cache(maxsize=1)
def paragraphs() -> tuple[str, ...]:
    """Every paragraph of the source articles of 20 characters or more."""
    from tui.text import read_article

    return tuple(
        block.text
        for path in source_files()
        for block in read_article(path).blocks()
        if block.kind == "paragraph" and len(block.text) >= 20
    )


def sentences() -> tuple[str, ...]:
    """The paragraphs cut after each 「。」."""
    out: list[str] = []
    for p in paragraphs():
        out.extend(s + "。" for s in p.split("。") if s.strip())
    return tuple(out)


def article_text(size: int) -> str:
    """An article of at least ``size`` UTF-8 bytes: the seed's shape (title,
    sections, images, captions, a source line) repeated with real paragraphs,
    so every part of the analysis has work to do."""
    seed = SEED.read_text(encoding="utf-8")
    body, _, source = seed.rstrip("\n").rpartition("\n\n")
    paras = paragraphs()
    parts = [body]
    size_now = len(body.encode())
    i = 0
    while size_now < size:
        chunk = paras[i % len(paras)]
        if i % 40 == 39:
            chunk = f"第{i // 40 + 1}部の概要\n\n{chunk}"  # a subheading now and then
        parts.append(chunk)
        size_now += len(chunk.encode()) + 2
        i += 1
    parts.append(source)
    return "\n\n".join(parts) + "\n"


def one_paragraph(size: int) -> str:
    """A single line of at least ``size`` UTF-8 bytes: no line break at all."""
    paras = paragraphs()
    out: list[str] = []
    n = i = 0
    while n < size:
        out.append(paras[i % len(paras)])
        n += len(paras[i % len(paras)].encode())
        i += 1
    return "".join(out)


def short_lines(count: int, blank_every: int = 0) -> str:
    """``count`` short lines of real text; with ``blank_every``, a blank line
    after every that many lines (so paragraphs of several lines)."""
    sents = sentences()
    lines: list[str] = []
    for i in range(count):
        lines.append(sents[i % len(sents)][:12])
        if blank_every and i % blank_every == blank_every - 1:
            lines.append("")
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def opening_words(chars: int = 8, paragraph: int = 0) -> str:
    """The first words of the seed's first paragraph (and so of every
    :func:`article_text`): what a first paint must show. ``paragraph=1``:
    of the second, which only the article itself shows (the seed's title
    bar shows the first paragraph's opening words too)."""
    return paragraphs()[paragraph][:chars]


#: Speakers of the reaction-list corpus: name, honorific or title, role in brackets.
_REACTORS = ("田中一郎さん（主演）", "山本花子氏（原作者）", "川上隆聖（りゅうせい）氏（監督）", "日本映画協会の佐藤次郎会長")


def reaction_lists(size: int) -> str:
    """About ``size`` UTF-8 bytes of reaction lists (名前さん（役）「…」 one per
    line, no verb), the quotes being real sentences of the corpus: the quote
    reader's line-by-line rules on every line."""
    lines: list[str] = []
    total = 0
    quotes = [s for s in sentences() if "「" not in s and "」" not in s]
    k = 0
    while total < size:
        block = ["出演者のコメントが紹介されている。"]
        for name in _REACTORS:
            block.append(f"{name}「{quotes[k % len(quotes)]}」")
            k += 1
        text = "\n".join(block)
        lines.append(text)
        total += len(text.encode("utf-8")) + 2
    return "\n\n".join(lines) + "\n"


def write_library(folder: Path, count: int, seed: int = 11) -> Path:
    """A library of ``count`` article files under ``folder``, made of the
    source articles' real paragraphs, recombined so that no two articles are
    alike: each has a title (a real sentence, cut short), 3 to 9 paragraphs
    drawn at random and, one time in three, two of them cut at a sentence end
    and joined across; sections now and then; a source line. Dates as
    libraries have them: most files named ``YYYYMMDD_NNNNN.txt`` in year
    folders, some with a dateline in the text, some with none.
    Deterministic for a ``seed``."""
    import random

    rng = random.Random(seed)
    paras = paragraphs()
    sents = [s for s in sentences() if 8 <= len(s) <= 60]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body: list[str] = []
        for k in range(rng.randint(3, 9)):
            para = rng.choice(paras)
            if rng.random() < 1 / 3:
                other = rng.choice(paras)
                cut_a = para.find("。", len(para) // 2)
                cut_b = other.find("。")
                if cut_a != -1 and cut_b != -1 and cut_b + 1 < len(other):
                    para = para[: cut_a + 1] + other[cut_b + 1:]
            if k and rng.random() < 0.1:
                body.append(rng.choice(sents)[:18].rstrip("。、"))  # a subheading
            body.append(para)
        title = rng.choice(sents)[:30].rstrip("。、")
        year, month, day = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.random()
        if kind < 0.7:
            path = folder / str(year) / f"{year}{month:02}{day:02}_{i:05}.txt"
        else:
            path = folder / "misc" / f"article_{i:05}.txt"
            if kind < 0.85:
                body.insert(0, f"【{year}年{month}月{day}日】")
        source = f"出典: https://news.example.org/articles/{i:05}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join([title, *body, source]) + "\n", encoding="utf-8")
    return folder
