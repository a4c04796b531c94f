"""The explorer's tests again and again, to find races (``make app-loop``).

``python scripts/app_loop.py --runs 20 [--coverage]`` runs the tests that
drive the explorer (Pilot and snapshot tests: ``KIJI_APP_TESTS``, see
tests/conftest.py) ``--runs`` times in a row at nice 19, and stops at the
first run that fails. ``--coverage`` runs them under coverage's line tracing,
which slows the test process (not the analysis in its child processes) and so
shifts every race. Each run's log is kept in ``--logs``; a line per run says
whether it passed, how long it took and the load average before and after
(the machine is shared: a race shows under load).

Exit status: 0 when every run passed, 1 at the first failed run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def command(coverage: bool, data: Path, pytest_args: list[str]) -> list[str]:
    tracer = [str(Path(sys.executable)), "-m", "coverage", "run", "--source=tui", f"--data-file={data}"]
    python = tracer if coverage else [str(Path(sys.executable))]
    return ["nice", "-n", "19", *python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *pytest_args]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="runs in a row (default 20)")
    parser.add_argument("--coverage", action="store_true", help="under coverage's line tracing")
    parser.add_argument("--logs", type=Path, default=None, help="where each run's log goes (default: a new temporary folder)")
    parser.add_argument("pytest_args", nargs="*", help="more pytest arguments (after --), e.g. --durations=20")
    args = parser.parse_args(argv)
    logs = args.logs or Path(tempfile.mkdtemp(prefix="kiji-app-loop-"))
    logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, KIJI_APP_TESTS="1", HYPOTHESIS_PROFILE="ci")
    cmd = command(args.coverage, logs / ".coverage", args.pytest_args)
    mode = "under coverage" if args.coverage else "plain"
    print(f"app tests, {args.runs} run{'s' if args.runs != 1 else ''} {mode}, logs in {logs}", flush=True)
    times = []
    for i in range(1, args.runs + 1):
        before, start = load(), time.monotonic()
        log = logs / f"run{i:02d}.log"
        with log.open("w", encoding="utf-8") as out:
            code = subprocess.call(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        seconds = time.monotonic() - start
        times.append(seconds)
        last = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        verdict = "passed" if code == 0 else f"FAILED (exit {code})"
        print(f"run {i}/{args.runs} {verdict} in {seconds / 60:.1f} min, load {before} -> {load()}: {last[0]}", flush=True)
        if code:
            print(f"stopped at run {i}: see {log}", flush=True)
            return 1
    print(f"all {args.runs} runs {mode} passed, {min(times) / 60:.1f}-{max(times) / 60:.1f} min a run", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
