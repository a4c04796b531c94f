"""Shared helpers for the explorer tests: small articles and a fixed core.

``fixed_core`` replaces the analysis and the speaker finder with results
computed here from the article text, so the UI tests and snapshots pin the
explorer's behaviour and look, not the current state of the core rules.
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis import Term
from tui.text import Article
from tui.quotes import Quote, Speaker

#: Terms of the bundled article: (text, category, reading).
SEED_TERMS = (
    ("ルオン・タム・クアン", "person", "るおん・たむ・くあん"),
    ("ジョン・ブランドリーノ", "person", "じょん・ぶらんどりーの"),
    ("ハノイ", "place", "はのい"),
    ("ベトナム", "place", "べとなむ"),
    ("公安省", "organization", "こうあんしょう"),
    ("国連", "organization", "こくれん"),
    ("72か国", "quantity", "ななじゅうにかこく"),
    ("サイバー犯罪", "keyword", "さいばーはんざい"),
)


def spans_of(article: Article, needle: str) -> tuple[tuple[int, int, int], ...]:
    out = []
    for block in article.text_blocks():
        start = block.text.find(needle)
        while start >= 0:
            out.append((block.line, start, start + len(needle)))
            start = block.text.find(needle, start + 1)
    return tuple(out)


def fixed_terms(article: Article, terms=SEED_TERMS) -> tuple[Term, ...]:
    found = []
    for text, category, reading in terms:
        spans = spans_of(article, text)
        if spans:
            found.append(Term(text, category, reading, text, spans))
    return tuple(found)


def fixed_speakers(article: Article) -> tuple[Speaker, ...]:
    """Speakers from 「…」 quotes and 〜と述べた/語った sentences, by name occurrence."""
    names = ("ジョン・ブランドリーノ", "ルオン・タム・クアン", "グエン・ミン・ヴー")
    speakers = []
    for name in names:
        quotes = []
        for block in article.text_blocks():
            if block.kind != "paragraph" or name not in block.text:
                continue
            open_, close = block.text.find("「"), block.text.find("」")
            if open_ >= 0 and close > open_:
                quotes.append(Quote(block.line, "direct", block.text[open_ + 1 : close], "強調", open_ + 1, close))
            else:
                quotes.append(Quote(block.line, "indirect", block.text, "述べた", 0, len(block.text)))
        if quotes:
            speakers.append(Speaker(name, (), tuple(quotes)))
    return tuple(speakers)


def install_fixed_core(monkeypatch) -> None:
    """Make the explorer's worker use the fixed terms and speakers (the
    search index stays the real one)."""
    import tui.explore as core_process

    real_explore = core_process.explore

    def explore(article: Article, progress=None, store=None) -> core_process.Explored:
        found = real_explore(article, progress)  # the fixed core is never cached
        return found._replace(terms=fixed_terms(article), speakers=fixed_speakers(article))

    monkeypatch.setattr(core_process, "explore", explore)


def write_article(tmp_path: Path, text: str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def long_article(paragraphs: int = 60) -> str:
    """A plain article long enough to scroll."""
    body = "\n\n".join(
        f"第{i}段落。ハノイで開かれた会議では、各国の代表が協力の強化について議論し、多くの提案が出された。" for i in range(paragraphs)
    )
    return f"長い記事の見出し\n\n{body}\n\n出典: https://example.com/long\n"
