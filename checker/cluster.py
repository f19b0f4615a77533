"""Parsing and extraction on a Dask cluster, for archives that outgrow one machine.

The map is the one local worker processes run (pipeline.extract_in_worker: models and rules loaded
once per worker process) and returns each article's claims, or the error it raised as text;
caching, stories, grouping and detection run on the driver. Every worker must see
the models: the project's models/ when checker is installed there, else a folder given by --models
or CHECKER_STANZA_DIR at the same path on every worker.
"""
from __future__ import annotations

from functools import partial
from typing import Callable

from .model import Article


def extract_on_cluster(scheduler: str, jobs: int, worker_args: tuple, batches: list[list[Article]],
                       progress: Callable[[Article], None] | None = None) -> dict:
    """{article id: Extracted or WorkerError}, in the order the articles were given (in batches,
    each parsed by one Stanza call on its worker)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ValueError("--scheduler needs Dask: pip install 'checker[cluster]'") from None     # a usage error
    cluster = (LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
               if scheduler == "local" else None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        from .pipeline import extract_in_worker
        futures = client.map(partial(extract_in_worker, worker_args), batches, pure=False)
        out = {}
        for batch, future in zip(batches, futures):
            for article, outcome in zip(batch, future.result()):
                out[article.id] = outcome
                if progress:
                    progress(article)
        return out
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

