"""What the quotes reader costs on a 1 MB article, beside tokenising.

Three CPU figures, each the best of a few interleaved runs:

- ``find_speakers`` on an analysis made beforehand (tokens ready): the
  reader's own rules;
- ``kiji quotes``' path in-process: tokens made per block on demand, then
  people and quotes (what the command costs after start-up);
- plain tokenisation of the same blocks, for scale;

and whether the reader stays linear: ``find_speakers`` on 1 MB and 2 MB of
reaction lists (名前さん（役）「…」 one per line, every line a quote), whose
ratio should be about 2.

Run: ``.venv/bin/python -m benchmarks.bench_quotes`` (about a minute);
``--profile`` prints the top of a cProfile of ``find_speakers`` instead.
"""

from __future__ import annotations

import sys
import time
from typing import Callable

from benchmarks.corpus import MB, article_text, reaction_lists
from benchmarks import measure
from tui.analysis import analyze
from tui.text import parse
from tui.quotes import find_speakers
from tui.analysis.tokens import tokenize

RUNS = 3


def best(*fns: Callable[[], object]) -> list[float]:
    """The best CPU time of each function over :data:`RUNS` interleaved rounds."""
    return measure.best(*fns, runs=RUNS)


def quotes_command(article) -> object:
    """``kiji quotes`` after parsing: tokens per block, the term rules (the
    reader reads their organisations), people, quotes."""
    from tui import cli

    return cli._terms_and_speakers(article)[1]


def main() -> None:
    article = parse(article_text(MB))
    blocks = article.text_blocks()
    analysis = analyze(article)
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(find_speakers, article, analysis)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    t_tok, t_reader, t_cmd = best(
        lambda: [tokenize(b.text) for b in blocks],
        lambda: find_speakers(article, analysis),
        lambda: quotes_command(article),
    )
    quotes = sum(len(s.quotes) for s in find_speakers(article, analysis))
    print(f"1 MB article: {len(blocks)} blocks, {quotes:,} quotes")
    print(f"  tokenize                      {t_tok:6.2f} s")
    print(f"  find_speakers (tokens ready)  {t_reader:6.2f} s")
    print(f"  kiji quotes path              {t_cmd:6.2f} s  = {t_cmd / t_tok:.2f}× tokenize")
    one, two = parse(reaction_lists(MB)), parse(reaction_lists(2 * MB))
    a_one, a_two = analyze(one), analyze(two)
    t_one, t_two = best(lambda: find_speakers(one, a_one), lambda: find_speakers(two, a_two))
    n_one = sum(len(s.quotes) for s in find_speakers(one, a_one))
    print(f"reaction lists: 1 MB ({n_one:,} quotes) {t_one:.2f} s, 2 MB {t_two:.2f} s: {t_two / t_one:.2f}× (linear: about 2)")


if __name__ == "__main__":
    main()
