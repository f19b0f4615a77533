"""How the stages after extraction (resolve, stories, topics, detection) grow with the archive.

Run by hand on an idle machine: python bench/bench_detect.py [--sizes 1000 10000]
It extracts the test corpora and the seeds once (from the caches when warm), then builds archives
of N articles by copying them into distinct stories (each copy's article ids, claim ids and story
words get a suffix, so that copy k is its own set of stories, as a year of coverage would be; with
--spread-days D, copy k is also dated D*k days later),
and times `Checker.compare` on each, with the process's peak resident memory after it (sizes
run in the order given, so list them smallest first).
"""
from __future__ import annotations

import argparse
import time
import resource
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from checker import Checker
from checker.load import load_paths
from checker.model import Extracted

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 3, 15)


def copies(articles, extracted, n: int, spread_days: int = 0):
    """n articles: copy k of every article, its ids suffixed, dated spread_days × k later."""
    out_articles, out_extracted = [], {}
    k = 0
    while len(out_articles) < n:
        for a in articles:
            if len(out_articles) == n:
                break
            aid = f"copy{k:05d}/{a.id}"
            out_articles.append(replace(a, id=aid, path=None, date=a.date + timedelta(days=spread_days * k)))
            e = extracted[a.id]
            out_extracted[aid] = Extracted(
                [replace(c, id=f"{c.id}~{k}", article_id=aid) for c in e.claims],
                [replace(m, article_id=aid) for m in e.mentions],
                tuple(replace(t, key=f"{t.key}~{k}") for t in e.terms))
        k += 1
    return out_articles, out_extracted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--spread-days", type=int, default=0, metavar="D",
                        help="date copy k D*k days later (0, the default: every copy on the same days, the worst "
                             "case for stories and offices; 7: 10,000 articles over about a year)")
    args = parser.parse_args()
    checker = Checker()
    folders = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "corpora").iterdir() if p.is_dir())]
    articles = sorted(load_paths(folders, AS_OF).articles, key=lambda a: a.id)
    extracted = {a.id: checker._cached(checker._cache_key(a)) or checker._extract(a) for a in articles}
    print(f"{len(articles)} distinct articles extracted; copying them into larger archives")
    times = {}
    for n in args.sizes:
        arts, ext = copies(articles, extracted, n, args.spread_days)
        started = time.perf_counter()
        claims, stories, topics, discrepancies, _ = checker.compare(arts, ext)
        times[n] = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:6d} articles: {times[n]:7.2f} s  ({len(claims)} claims, {len(stories.stories)} stories, "
              f"{len(topics)} topics, {len(discrepancies)} findings; process peak {peak:.0f} MiB)", flush=True)
    if len(times) >= 2:
        small, large = min(times), max(times)
        print(f"t({large})/t({small}) = {times[large] / times[small]:.1f} for {large / small:.0f}x the articles")


if __name__ == "__main__":
    main()
