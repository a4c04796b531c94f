"""What finding terms costs beside tokenising, on a 1 MB article.

``analyze`` tokenises every block and then runs the person rules and the term
rules; the target is at most 1.2× plain tokenisation (``tokenize`` over the
same blocks, keeping the tokens as ``Analysis.tokens`` does). Prints the best of a few runs of each part.

Run: ``.venv/bin/python -m benchmarks.bench_terms`` (about 40 s).
"""

from __future__ import annotations

import time
from typing import Callable

from benchmarks.corpus import MB, article_text
from benchmarks import measure
from tui.analysis import analyze
from tui.text import parse
from tui.analysis import find_people
from tui.analysis.terms import BlockTerms
from tui.analysis.tokens import tokenize

RUNS = 5


def best(*fns: Callable[[], object]) -> list[float]:
    """The best CPU time of each function over :data:`RUNS` interleaved rounds."""
    return measure.best(*fns, runs=RUNS)


def main() -> None:
    article = parse(article_text(MB))
    blocks = article.text_blocks()
    chars = sum(len(b.text) for b in blocks)
    tokens = [(b.text, tokenize(b.text)) for b in blocks]
    analyze(article)  # warm the caches (dictionary, word lookups)

    t_tok, t_people, t_terms, t_all = best(
        lambda: {b.line: tuple(tokenize(b.text)) for b in blocks},
        lambda: [find_people(text, toks) for text, toks in tokens],
        lambda: [BlockTerms(text, toks) for text, toks in tokens],
        lambda: analyze(article),
    )
    print(f"1 MB article: {len(blocks)} blocks, {chars:,} characters, {sum(len(t) for _, t in tokens):,} tokens")
    print(f"  tokenize      {t_tok:6.2f} s")
    print(f"  find_people   {t_people:6.2f} s  (on ready tokens)")
    print(f"  term rules    {t_terms:6.2f} s  (on ready tokens)")
    print(f"  analyze       {t_all:6.2f} s  = {t_all / t_tok:.2f}× tokenize (target ≤ 1.20×)")


if __name__ == "__main__":
    main()
