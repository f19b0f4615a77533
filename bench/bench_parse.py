#!/usr/bin/env python3
"""Parse throughput: CPU against GPU, one article per Stanza call against batches of articles.

Run by hand on an idle machine (not a test):

    python bench/bench_parse.py [--devices cpu,cuda] [--batches 1,16,64] [--cpu-threads 1]
                                [--cpu-batches 1,16] [--limit 80] [--json FILE]

Every run parses the same articles (the test corpora and the seeds, sorted, the first --limit of
them) with no cache, after a warm-up that loads the models (and initialises CUDA). It prints one
row per device, torch thread count and batch size (seconds, articles/s, sentences/s, words/s, the
speed against the first row) and how many sentences' parses differ from the first row's: the
models are the same everywhere, so only speed should differ.
"""
from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from checker.load import load_paths
from checker.parse import Parser

ROOT = Path(__file__).resolve().parents[1]


def articles(limit: int):
    paths = sorted(ROOT.glob("tests/corpora/*/*.txt")) + sorted(ROOT.glob("seeds/*.txt"))
    return load_paths(paths, date(2026, 1, 1)).articles[:limit]


def timed_parse(parser: Parser, batch_of_articles, batch: int, device: str):
    if device == "cuda":
        import torch
        torch.cuda.synchronize()
    start = time.perf_counter()
    parses = parser.parse_many(batch_of_articles, batch=batch)
    if device == "cuda":
        import torch
        torch.cuda.synchronize()
    return time.perf_counter() - start, parses


_PARSER: list = []


def _load_in_worker(device: str) -> None:
    import torch
    torch.set_num_threads(1)
    _PARSER.append(Parser(use_cache=False, device=device))
    _PARSER[0].parse_many(articles(1), batch=1)


def _parse_in_worker(chunk, batch: int):
    return _PARSER[0].parse_many(chunk, batch=batch)


def in_processes(texts, device: str, procs: int, batch: int):
    """Wall time of `procs` processes (one torch thread each, sharing the GPU on cuda) parsing the
    articles between them, the models already loaded in each."""
    import multiprocessing
    from functools import partial
    size = -(-len(texts) // (procs * 4))
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    with multiprocessing.get_context("spawn").Pool(procs, _load_in_worker, (device,)) as pool:
        pool.map(time.sleep, [1.0] * procs * 2, chunksize=1)     # every worker has loaded its models
        start = time.perf_counter()
        parses = {}
        for part in pool.map(partial(_parse_in_worker, batch=batch), chunks, chunksize=1):
            parses.update(part)
        return time.perf_counter() - start, parses


def differing(parses, reference) -> int:
    return sum(1 for key, parsed in parses.items()
               for mine, theirs in zip(parsed.sentences, reference[key].sentences) if mine != theirs) + \
        sum(abs(len(parsed.sentences) - len(reference[key].sentences)) for key, parsed in parses.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", default="cpu")
    ap.add_argument("--batches", default="1,16")
    ap.add_argument("--cpu-threads", default="1", help="torch threads for the CPU rows, e.g. 1,16")
    ap.add_argument("--cpu-batches", help="batch sizes for the CPU rows (default: --batches)")
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--procs", default="", help="also time N processes per device, e.g. 8,16 (one thread each)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    texts = articles(args.limit)
    import torch
    rows, reference = [], None
    for device in args.devices.split(","):
        parser = Parser(use_cache=False, device=device)
        parser.parse_many(texts[:2], batch=2)                    # loads the models, warms CUDA up
        for threads in (args.cpu_threads.split(",") if device == "cpu" else ["-"]):
            if threads != "-":
                torch.set_num_threads(int(threads))
            batches = (args.cpu_batches or args.batches) if device == "cpu" else args.batches
            for batch in (int(b) for b in batches.split(",")):
                seconds, parses = timed_parse(parser, texts, batch, device)
                reference = reference or parses
                rows.append(_row(device, threads, batch, seconds, parses, texts, reference))
                print(_line(rows[-1], rows[0]), flush=True)
        for procs in (int(n) for n in args.procs.split(",") if n):
            batch = int(args.batches.split(",")[-1 if device == "cuda" else 0])
            seconds, parses = in_processes(texts, device, procs, min(batch, 16))
            rows.append(_row(device, f"{procs}p", min(batch, 16), seconds, parses, texts, reference))
            print(_line(rows[-1], rows[0]), flush=True)
    gpu = [r for r in rows if r["device"] == "cuda"]
    cpu = [r for r in rows if r["device"] == "cpu"]
    print(f"\n{len(texts)} articles, {rows[0]['sentences']} sentences; torch {torch.__version__}"
          + (f", {torch.cuda.get_device_name()}" if gpu else ""))
    for procs in sorted({r["threads"] for r in gpu if r["threads"].endswith("p")} | {"-"}):
        on_gpu = [r for r in gpu if r["threads"] == procs]
        on_cpu = [r for r in cpu if r["threads"] == procs or (procs == "-" and not r["threads"].endswith("p"))]
        if on_gpu and on_cpu:
            best_gpu, best_cpu = (max(rs, key=lambda r: r["sentences_per_s"]) for rs in (on_gpu, on_cpu))
            who = "one process" if procs == "-" else f"{procs[:-1]} processes"
            print(f"{who}: GPU x{best_gpu['sentences_per_s'] / best_cpu['sentences_per_s']:.1f} the sentences/s of "
                  f"the CPU (best of each: {best_gpu['sentences_per_s']} against {best_cpu['sentences_per_s']})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


def _row(device, threads, batch, seconds, parses, texts, reference) -> dict:
    sentences = sum(len(p.sentences) for p in parses.values())
    words = sum(1 for p in parses.values() for s in p.sentences for t in s.tokens if t.upos != "PUNCT")
    return {"device": device, "threads": threads, "batch": batch, "seconds": round(seconds, 2),
            "articles_per_s": round(len(texts) / seconds, 2), "sentences_per_s": round(sentences / seconds, 1),
            "words_per_s": round(words / seconds), "differing_sentences": differing(parses, reference),
            "sentences": sentences}


def _line(row: dict, first: dict) -> str:
    return (f"{row['device']:>4} threads {row['threads']:>3} batch {row['batch']:>3}: {row['seconds']:7.2f} s  "
            f"{row['articles_per_s']:7.2f} art/s  {row['sentences_per_s']:8.1f} sent/s  {row['words_per_s']:7d} words/s  "
            f"x{first['seconds'] / row['seconds']:.2f}  differing sentences: {row['differing_sentences']}")


if __name__ == "__main__":
    main()
