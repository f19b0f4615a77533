#!/usr/bin/env python3
"""Benchmark: `checker ci --new FILE` against a cached archive of N articles, full and --incremental.

Run by hand on an idle machine:  python bench/bench_ci.py [--size 10000] [--dir DIR]

It writes an archive of N article files into DIR/archive (copies of the test corpora and the
seeds, copy k in folder copyK/ and its own set of stories, as in bench_detect.py) and fills a
claims cache for every one of them from one extraction of the originals, so that no article is
parsed: what is timed is CI once the archive is cached. One more copy is the new article (its
claims cached too: a CI job run again). Each ci run is a fresh process; wall time. The incremental
run is timed the second time: the first indexes the archive's files (their size and modification
time), as a CI job's first run on a new cache does.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_detect import AS_OF, ROOT, copies  # noqa: E402

from checker import Checker  # noqa: E402
from checker.focus import index_entry  # noqa: E402
from checker.load import load_paths  # noqa: E402
from checker.model import Extracted  # noqa: E402


def build(folder: Path, cache: Path, size: int) -> Path:
    """The archive's files and their cached claims; returns the new article's path."""
    checker = Checker()
    sources = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "corpora").iterdir() if p.is_dir())]
    originals = sorted(load_paths(sources, AS_OF).articles, key=lambda a: a.id)
    extracted = {a.id: checker._cached(checker._cache_key(a)) or checker._extract(a) for a in originals}
    source_text = {a.id: Path(a.path).read_text(encoding="utf-8") for a in originals}
    arts, ext = copies(originals, extracted, size + 1)
    copy_of = {}
    for article in arts:
        copy_dir, original_id = article.id.split("/", 1)
        name = f"{copy_dir}/{original_id.strip('/').replace('/', '__')}"
        copy_of[name] = article.id
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(source_text[original_id], encoding="utf-8")
    target = Checker(cache_dir=cache / "parses")
    loaded = load_paths([folder], AS_OF).articles
    for article in loaded:
        e = ext[copy_of[article.id]]
        copied = Extracted([replace(c, article_id=article.id) for c in e.claims],
                           [replace(m, article_id=article.id) for m in e.mentions], e.terms)
        target.claim_cache.put(article.id, target._cache_key(article), copied, index_entry(article, copied, target.rules))
    missing = [a.id for a in loaded if target._cached(target._cache_key(a)) is None]
    assert not missing, f"{len(missing)} articles not cached, e.g. {missing[:3]}"
    return folder / next(name for name, aid in copy_of.items() if aid == arts[-1].id)


def ci(folder: Path, cache: Path, new: Path, *extra: str) -> tuple[float, set[str], str]:
    env = {"PATH": "/usr/bin:/bin", "CHECKER_CACHE_DIR": str(cache / "parses"), "HOME": str(cache)}
    out = cache / "ci.json"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "checker", "ci", str(folder), "--new", str(new), "--format", "json",
                           "--output", str(out), "--as-of", AS_OF.isoformat(), "--reports-dir", str(cache / "reports"),
                           "--fail-on", "never", "--jobs", "1", *extra], cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    report = json.loads(out.read_text(encoding="utf-8"))
    return wall, {d["id"] for d in report["discrepancies"] if d.get("story")}, done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--dir", type=Path, help="where to build the archive (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.dir or Path(tmp)
        folder, cache = base / "archive", base / "cache"
        started = time.perf_counter()
        new = build(folder, cache, args.size)
        print(f"archive of {args.size} articles + 1 new, every one cached, built in {time.perf_counter() - started:.0f} s")
        full, found_full, said_full = ci(folder, cache, new)
        print(f"ci --new (full):        {full:6.2f} s  {said_full}", flush=True)
        first, _, _ = ci(folder, cache, new, "--incremental")
        print(f"ci --new --incremental, first run (reads every file, indexes them): {first:6.2f} s")
        incremental, found, said = ci(folder, cache, new, "--incremental")
        print(f"ci --new --incremental: {incremental:6.2f} s  {said}")
        print(f"incremental x{full / incremental:.1f} faster; same findings inside stories: {found == found_full}")


if __name__ == "__main__":
    main()
