#!/usr/bin/env python3
"""Benchmark: worker processes and runs side by side (run by hand on an idle machine; not a test).

    python bench/bench_scale.py [CORPUS] [--dask]       (default: tests/corpora)

Prints, each measured once in this run, on a cold parse cache:
- one process (--jobs 1) against two (--jobs 2): wall time and articles/s;
- one run alone against two independent runs started together (each with torch's default of one
  thread per process): how much slower each of the two is;
- with --dask: a local Dask cluster of two workers (--scheduler local --jobs 2) against --jobs 2
  (needs checker[cluster]).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(corpus: Path, cache: Path, jobs: int, *extra: str) -> subprocess.Popen:
    env = {"PATH": "/usr/bin:/bin", "CHECKER_CACHE_DIR": str(cache), "HOME": str(cache)}
    return subprocess.Popen([sys.executable, "-m", "checker", "check", str(corpus), "--jobs", str(jobs), "-q",
                             "--reports-dir", str(cache / "reports"), "--as-of", "2026-01-06", "--format", "json",
                             "--output", str(cache / "report.json"), *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def timed(*procs: subprocess.Popen) -> float:
    start = time.perf_counter()
    for proc in procs:
        proc.wait()
    return time.perf_counter() - start


def main() -> None:
    given = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(given[0]) if given else ROOT / "tests" / "corpora"
    articles = sum(1 for p in corpus.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if "--dask" in sys.argv:
            local = timed(run(corpus, tmp / "f", 2))
            cluster = timed(run(corpus, tmp / "g", 2, "--scheduler", "local"))
            print(f"corpus: {corpus} ({articles} articles), cold parse cache each time")
            print(f"--jobs 2: {local:.1f} s; Dask local cluster of 2 workers: {cluster:.1f} s "
                  f"-> x{cluster / local:.2f} the time of --jobs 2")
            return
        one = timed(run(corpus, tmp / "a", 1))
        two = timed(run(corpus, tmp / "b", 2))
        print(f"corpus: {corpus} ({articles} articles), cold parse cache each time")
        print(f"--jobs 1: {one:.1f} s ({articles / one:.2f} articles/s)")
        print(f"--jobs 2: {two:.1f} s ({articles / two:.2f} articles/s) -> x{one / two:.2f}")
        alone = timed(run(corpus, tmp / "c", 1))
        together = timed(run(corpus, tmp / "d", 1), run(corpus, tmp / "e", 1))
        print(f"one run alone: {alone:.1f} s; two runs started together: {together:.1f} s "
              f"-> each x{together / alone:.2f} the time of one alone")


if __name__ == "__main__":
    main()
