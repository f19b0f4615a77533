"""Warm start: a new `checker check` process on articles whose parses and claims are all cached.

Run by hand on an idle machine (never in the tests): python bench/bench_warm.py [FOLDER] [--runs N]
It fills a fresh cache once, then times N new processes for `--format json` (no report that needs
pandas or Jinja) and for the default reports, and prints the median of each against the goal.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_S = 0.5


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CHECKER_CACHE_DIR": str(Path(tmp) / "cache")}
        base = [sys.executable, "-m", "checker", "check", args.folder, "-q", "--reports-dir", str(Path(tmp) / "r")]
        json_run = base + ["--format", "json", "--output", str(Path(tmp) / "r.json")]
        cold = timed(json_run, env)
        startup = statistics.median(timed([sys.executable, "-c", "pass"], env) for _ in range(args.runs))
        warm_json = statistics.median(timed(json_run, env) for _ in range(args.runs))
        warm_all = statistics.median(timed(base, env) for _ in range(args.runs))
    print(f"cold (parse + extract):        {cold:6.2f} s")
    print(f"python startup alone:          {startup:6.2f} s")
    print(f"warm, --format json:           {warm_json:6.2f} s  ({warm_json / GOAL_S:.2f}x the {GOAL_S} s goal; "
          f"cold/warm {cold / warm_json:.1f}x)")
    print(f"warm, all default reports:     {warm_all:6.2f} s  ({warm_all / GOAL_S:.2f}x the goal)")


if __name__ == "__main__":
    main()
