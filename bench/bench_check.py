#!/usr/bin/env python3
"""Benchmark: cold vs cached runs on a corpus, and the Python API's pipeline reuse.

    python bench/bench_check.py [CORPUS]       (default: seeds/)

Prints wall times and the ratios that matter: how much a cached re-run saves, and how much a
long-lived Checker saves over building one per small corpus. Run by hand; not part of the tests.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from checker import Checker
from checker.load import load_paths

ROOT = Path(__file__).resolve().parent.parent


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds"
    with tempfile.TemporaryDirectory() as cache:
        load_s, checker = timed(lambda: Checker(cache_dir=cache, claim_cache=Path(cache) / "claims.sqlite"))
        cold_s, result = timed(lambda: checker.check_paths([corpus]))
        warm_s, _ = timed(lambda: checker.check_paths([corpus]))
        words = sum(len(a.text.split()) for a in result.articles)
        print(f"corpus: {len(result.articles)} articles, {words} words, {len(result.claims)} claims")
        print(f"rules load: {load_s:.2f} s; first run (parse + extract): {cold_s:.2f} s "
              f"({words / cold_s:.0f} words/s)")
        print(f"cached re-run: {warm_s:.3f} s -> speed-up x{cold_s / warm_s:.0f}")

        texts = {a.id: a.text for a in load_paths([corpus], result.articles[0].date).articles}
        small = [dict(list(texts.items())[i:i + 2]) for i in range(0, len(texts), 2)]
        # No caches here: what is measured is loading Stanza and the rules once vs per corpus.
        shared = Checker(use_cache=False)
        shared.check(small[0])
        reuse_s, _ = timed(lambda: [shared.check(t) for t in small])
        fresh_s, _ = timed(lambda: [Checker(use_cache=False).check(t) for t in small])
        print(f"{len(small)} small corpora: one Checker {reuse_s:.2f} s, a new Checker each {fresh_s:.2f} s "
              f"-> reuse is x{fresh_s / reuse_s:.1f} faster")


if __name__ == "__main__":
    main()
