"""Parsing and extraction on a Dask cluster, for archives that outgrow one machine.

The map is the same as with local worker processes: each Dask worker builds one Checker (models and
rules loaded once per worker process, per set of settings) and returns each article's claims, or the
error it raised as text; stories, grouping and detection run on the driver. Every worker must see
the models: the project's models/ when checker is installed there, else a folder given by --models
or CHECKER_STANZA_DIR at the same path on every worker.
"""
from __future__ import annotations

from typing import Callable

from .model import Article

_CHECKERS: dict[tuple, object] = {}


def extract_on_cluster(scheduler: str, jobs: int, worker_args: tuple, articles: list[Article],
                       progress: Callable[[Article], None] | None = None) -> dict:
    """{article id: Extracted or WorkerError}, in the order the articles were given."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--scheduler needs Dask: pip install 'checker[cluster]'") from None
    cluster = (LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
               if scheduler == "local" else None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        futures = client.map(_extract_on_worker, articles, worker_args=worker_args, pure=False)
        out = {}
        for article, future in zip(articles, futures):
            out[article.id] = future.result()
            if progress:
                progress(article)
        return out
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _extract_on_worker(article: Article, worker_args: tuple):
    from .pipeline import Checker, WorkerError
    checker = _CHECKERS.get(worker_args)
    if checker is None:
        models, rules_dir, cache_dir, use_cache, device, threads = worker_args
        checker = _CHECKERS[worker_args] = Checker(models, rules_dir, cache_dir, use_cache, device=device,
                                                   threads=threads)
    try:
        return checker._extract(article)
    except Exception as exc:  # sent back and reported as that article's skip reason
        return WorkerError(f"{type(exc).__name__}: {exc}")
