#!/usr/bin/env python3
"""Where parse time goes: each Stanza processor's share, on the CPU and on a GPU.

Run by hand (not a test): python bench/bench_processors.py [--devices cpu,cuda] [--limit 40]
Times pipelines of growing processor lists (tokenize; +pos; +lemma; +depparse) over the same
paragraphs of the test corpora in one bulk call each, after a warm-up; a processor's time is the
difference between two rows. The CPU rows use one torch thread (checker's default).
"""
from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("tokenize", "tokenize,pos", "tokenize,pos,lemma", "tokenize,pos,lemma,depparse")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", default="cpu")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--profile", action="store_true", help="also print the full pipeline's top functions (cProfile)")
    args = ap.parse_args()
    import stanza
    import torch
    from checker.load import load_paths
    from checker.parse import _whole_numbers
    paths = sorted(ROOT.glob("tests/corpora/*/*.txt"))[:args.limit]
    lines = [_whole_numbers(line) for a in load_paths(paths, date(2026, 1, 1)).articles
             for line in a.text.split("\n") if line.strip()]
    torch.set_num_threads(1)
    for device in args.devices.split(","):
        before = 0.0
        for processors in STEPS:
            nlp = stanza.Pipeline("ar", dir=str(ROOT / "models"), download_method=None, processors=processors,
                                  use_gpu=device == "cuda", logging_level="WARN")
            nlp.bulk_process([stanza.Document([], text=line) for line in lines[:20]])
            if device == "cuda":
                torch.cuda.synchronize()
            start = time.perf_counter()
            docs = nlp.bulk_process([stanza.Document([], text=line) for line in lines])
            if device == "cuda":
                torch.cuda.synchronize()
            seconds = time.perf_counter() - start
            sentences = sum(len(d.sentences) for d in docs)
            print(f"{device:>4} {processors:<30} {seconds:6.2f} s  (+{seconds - before:5.2f} s)  "
                  f"{sentences / seconds:7.1f} sentences/s", flush=True)
            before = seconds
        if args.profile:
            import cProfile
            import pstats
            profile = cProfile.Profile()
            profile.runcall(nlp.bulk_process, [stanza.Document([], text=line) for line in lines])
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
