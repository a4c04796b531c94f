"""Mutation testing of kiji's core rules (``make mutate``), and its scores.

``python scripts/mutate.py run [GROUP ...]`` runs mutmut (``[tool.mutmut]`` in
pyproject.toml) group after group: each group's mutants against the fast
tests written for those rules only (``KIJI_TESTS_ONLY``, see
tests/conftest.py), so a mutant costs seconds, not the whole suite. Results
stay in ``mutants/`` between runs; a group run again reruns its mutants.

``run GROUP --open`` reruns only the group's mutants that were not killed
(after new tests: a killed mutant stays killed when tests are only added);
``run GROUP --sample N`` runs N of its mutants drawn at random (``--seed``),
for a group too large to run whole on this machine: its score is then that
of the draw, an estimate printed with its 95 % confidence interval (Wilson),
and ``--open`` reruns the draw's survivors only.

``python scripts/mutate.py scores [--survivors]`` prints the scores from
``mutants/`` (the README's table), or lists the surviving mutants that are
not in ``tests/mutation-equivalent.txt`` (``mutmut show NAME`` shows one).

A mutant is *killed* when a test failed on it (or it timed out), *survived*
when every test covering it passed, *no tests* when none of the group's
tests runs its function (counted as a survivor: nothing would notice).
Mutants in ``tests/mutation-equivalent.txt`` (a name, then why it behaves as
the original) are left out of the score and counted apart. Score: killed /
(killed + survived + no tests + suspicious).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import os
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
EQUIVALENT = ROOT / "tests" / "mutation-equivalent.txt"
MUTMUT = Path(sys.executable).parent / "mutmut"

QUOTE_TESTS = "tests/test_quotes.py tests/test_quote_rules.py tests/test_quote_voices.py tests/test_quotes_formats.py tests/test_quotes_news.py tests/test_cite.py tests/test_quote_shapes.py tests/test_quote_spans.py"
PARSE_TESTS = "tests/test_heading_rule.py tests/test_article.py"


@dataclass(frozen=True)
class Group:
    name: str
    what: str
    pattern: str  # over mutmut's mutant names
    tests: str  # the test files its mutants run against
    exclude: tuple[str, ...] = ()


#: The rule groups, in the order ``run`` takes them (the smallest first).
GROUPS = (
    Group("heading", "heading rule (tui/text/parse.py: _is_heading_like, _is_caption_like)",
          "tui.text.parse.x__is_*_like__mutmut_*", PARSE_TESTS),
    Group("speech", "speech lexicon (tui/quotes/speech.py)", "tui.quotes.speech.*", QUOTE_TESTS),
    Group("folding", "search folding (tui/search/folding.py)", "tui.search.folding.*", "tests/test_search.py"),
    Group("direct", "direct quotes (tui/quotes/direct.py)", "tui.quotes.direct.*", QUOTE_TESTS),
    Group("reported", "reported speech (tui/quotes/reported.py)", "tui.quotes.reported.*", QUOTE_TESTS),
    Group("parse", "the rest of tui/text/parse.py", "tui.text.parse.*", PARSE_TESTS, exclude=("tui.text.parse.x__is_*_like__mutmut_*",)),
    Group("quotes", "the rest of the quote reader (tui/quotes/*)", "tui.quotes.*", QUOTE_TESTS,
          exclude=("tui.quotes.speech.*", "tui.quotes.direct.*", "tui.quotes.reported.*")),  # their own groups
    Group("terms", "term rules (tui/analysis/terms/*)", "tui.analysis.terms.*", "tests/test_analysis.py tests/test_term_rules.py tests/test_people.py"),
)

KILLED = {1, 3, 36, 24, -24, 152, 255, -11, -9, 37}
NOT_COUNTED = {None, 34, 2}  # not run yet, skipped, interrupted


def collected() -> set[str]:
    """The test files mutmut collects (``pytest_add_cli_args_test_selection``)."""
    try:
        import tomllib
    except ImportError:  # Python 3.10: mutmut brings toml
        import toml as tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return set(config["pytest_add_cli_args_test_selection"])


def chosen(group: Group, codes: dict[str, int | None], only_open: bool, sample: int, seed: int) -> list[str]:
    """The mutants of ``group`` to run: all (``[]``: its pattern), those not
    killed, or ``sample`` of them at random."""
    names = sorted(n for n in codes if in_group(n, group))
    if only_open:
        skip = equivalents()
        draw = sampled(group)
        names = [n for n in names if codes[n] not in KILLED and n not in skip and (draw is None or n in draw)]
    if sample:
        names = sorted(random.Random(seed).sample(names, min(sample, len(names))))
    return names


def run(names: list[str], children: int, only_open: bool = False, sample: int = 0, seed: int = 1) -> int:
    groups = [g for g in GROUPS if not names or g.name in names]
    missing = {f for g in groups for f in g.tests.split()} - collected()
    if missing:  # a group's test mutmut does not collect would silently never run
        print(f"not in [tool.mutmut] pytest_add_cli_args_test_selection: {' '.join(sorted(missing))}", file=sys.stderr)
        return 2
    if (only_open or sample) and not results() and not generate():
        return 2
    for group in groups:
        if MUTANTS.is_dir():  # mutmut copies the tests once, when it makes mutants/: bring them up to date
            shutil.rmtree(MUTANTS / "tests", ignore_errors=True)
            shutil.copytree(ROOT / "tests", MUTANTS / "tests", ignore=shutil.ignore_patterns("__pycache__"))
        # each group's stats (which test runs which function) from its own tests
        (MUTANTS / "mutmut-stats.json").unlink(missing_ok=True)
        env = dict(os.environ, KIJI_TESTS_ONLY=group.tests, HYPOTHESIS_PROFILE="ci")
        which = chosen(group, results(), only_open, sample, seed) if (only_open or sample) else [group.pattern]
        if not which:
            continue
        what = f"{len(which)} of its mutants" if which != [group.pattern] else "all its mutants"
        if sample:  # the scores of this group are now those of the draw (an estimate)
            (MUTANTS / f"sample-{group.name}.txt").write_text("\n".join(which) + "\n", encoding="utf-8")
        elif not only_open:  # a whole run: no estimate any more
            (MUTANTS / f"sample-{group.name}.txt").unlink(missing_ok=True)
        print(f"== {group.name}: {group.what}, {what}, against {group.tests}", flush=True)
        code = subprocess.call([str(MUTMUT), "run", "--max-children", str(children), *which],
                               cwd=ROOT, env=env)
        if code:
            return code
    return scores(survivors=False)


@dataclass
class Tally:
    killed: int = 0
    survived: list[str] = field(default_factory=list)
    equivalent: int = 0
    not_run: int = 0

    @property
    def counted(self) -> int:
        return self.killed + len(self.survived)

    def row(self, label: str, of: int = 0) -> str:
        score = f"{100 * self.killed / self.counted:.0f} %" if self.counted else "–"
        if of and self.counted:  # a random sample of the group's ``of`` mutants: an estimate
            low, high = wilson(self.killed, self.counted)
            score += f" (random sample of {of}; 95 % CI {100 * low:.0f}–{100 * high:.0f} %)"
        elif self.counted and self.not_run:
            score += " (partial run, in order: no estimate)"
        return f"| {label} | {self.killed}/{self.counted} | {score} | {self.equivalent} | {self.not_run} |"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of ``k`` successes in ``n`` draws."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def equivalents() -> dict[str, str]:
    """Mutant name -> the reason it is equivalent (lines ``name  reason``; # comments)."""
    out = {}
    if EQUIVALENT.exists():
        for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name] = reason.strip()
    return out


def generate() -> bool:
    """Make ``mutants/`` without running a mutant (a draw or ``--open`` on a new
    checkout needs the names to choose from). mutmut has no command for it:
    ``run`` with a name that matches nothing makes every mutant, then refuses
    the name, so success is judged by the mutants it left."""
    print("no mutants yet: making them (a minute or two)", flush=True)
    env = dict(os.environ, KIJI_TESTS_ONLY=PARSE_TESTS, HYPOTHESIS_PROFILE="ci")
    subprocess.call([str(MUTMUT), "run", "--max-children", "1", "kiji.no.such.mutant"], cwd=ROOT, env=env,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if results():
        return True
    print("mutmut made no mutants (run `make mutate GROUPS=heading` to see why)", file=sys.stderr)
    return False


def results() -> dict[str, int | None]:
    """Every mutant's exit code, from each mutated file's ``.meta``."""
    out: dict[str, int | None] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        out.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return out


def in_group(name: str, group: Group) -> bool:
    return fnmatch.fnmatchcase(name, group.pattern) and not any(fnmatch.fnmatchcase(name, x) for x in group.exclude)


def sampled(group: Group) -> set[str] | None:
    """The mutants of the group's last random draw, if its score is an estimate."""
    path = MUTANTS / f"sample-{group.name}.txt"
    return set(path.read_text(encoding="utf-8").split()) if path.exists() else None


def tally(codes: dict[str, int | None], group: Group, skip: set[str], only: set[str] | None = None) -> Tally:
    """The group's results; with ``only`` (a random draw), those of the draw alone."""
    t = Tally()
    for name, code in codes.items():
        if not in_group(name, group) or (only is not None and name not in only):
            continue
        if name in skip:
            t.equivalent += 1
        elif code in NOT_COUNTED:
            t.not_run += 1
        elif code in KILLED:
            t.killed += 1
        else:  # survived, no tests, suspicious
            t.survived.append(name)
    return t


def scores(survivors: bool) -> int:
    if not MUTANTS.is_dir():
        print("no mutants/: run make mutate first", file=sys.stderr)
        return 2
    codes = results()
    skip = set(equivalents())
    if survivors:
        for group in GROUPS:
            for name in sorted(tally(codes, group, skip, sampled(group)).survived):
                print(name)
        return 0
    print("| rules | killed / run | score | equivalent | not run |")
    print("|---|---|---|---|---|")
    for group in GROUPS:
        draw = sampled(group)
        if draw is None:
            print(tally(codes, group, skip).row(group.what))
        else:
            whole = sum(in_group(n, group) for n in codes)
            print(tally(codes, group, skip, draw).row(group.what, whole))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run the groups' mutants (all, or those named)")
    r.add_argument("groups", nargs="*", metavar="GROUP", help=", ".join(g.name for g in GROUPS))
    r.add_argument("--children", type=int, default=2, help="mutants run at once (default 2)")
    r.add_argument("--open", action="store_true", help="only the mutants not killed yet (after new tests)")
    r.add_argument("--sample", type=int, default=0, metavar="N", help="N mutants of each group, drawn at random")
    r.add_argument("--seed", type=int, default=1, help="the draw's seed (default 1)")
    s = sub.add_parser("scores", help="print the scores, or the survivors")
    s.add_argument("--survivors", action="store_true")
    args = parser.parse_args()
    if args.command == "run":
        unknown = set(args.groups) - {g.name for g in GROUPS}
        if unknown:
            parser.error(f"no such group: {', '.join(sorted(unknown))}")
        return run(args.groups, args.children, args.open, args.sample, args.seed)
    return scores(args.survivors)


if __name__ == "__main__":
    sys.exit(main())
