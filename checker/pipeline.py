"""The stages wired together: load → normalize → parse → extract → resolve → group → detect."""
from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Callable, Collection, Iterable, Mapping

from .cache import ClaimCache, compared_key, content_key
from .config import Rules, Selection, load_rules
from .load import Loaded, load_paths, load_texts
from .model import Article, Extracted, RunResult, Skipped
from .parse import BATCH_ARTICLES, Parser

Progress = Callable[[Article], None]


class Checker:
    """Check sets of articles. The Stanza pipeline and the rules load once per Checker."""

    def __init__(self, models: str | Path | None = None, rules_dir: str | Path | None = None,
                 cache_dir: str | Path | None = None, use_cache: bool = True,
                 claim_cache: str | Path | None = None, selection: Selection | None = None,
                 jobs: int = 1, device: str = "auto", threads: int | None = None, scheduler: str | None = None):
        """jobs: worker processes that parse and extract (each loads the models once); device:
        auto | cpu | cuda; threads: torch's threads per process (default $OMP_NUM_THREADS, else 1);
        scheduler: a Dask scheduler's address, or "local" for a local cluster of `jobs` workers, that
        parses and extracts instead of local processes (stories and detection stay here)."""
        self.parser = Parser(models, cache_dir=Path(cache_dir) if cache_dir else None, use_cache=use_cache,
                             device=device, threads=threads)
        rules = load_rules(rules_dir, self.parser.cache_dir.parent if use_cache else None)
        self.rules: Rules = (selection or Selection()).apply(rules)
        # Claims are cached beside the parses unless told where: a warm run then neither parses nor extracts.
        self.claim_cache = (ClaimCache(claim_cache or self.parser.cache_dir.parent / "claims.sqlite")
                            if use_cache else None)
        self.jobs = max(1, jobs)
        self.scheduler = scheduler
        self._worker_args = (models, rules_dir, cache_dir, use_cache, device, threads)

    def check(self, texts: Mapping[str, str], as_of: date | None = None) -> RunResult:
        """Check in-memory articles: {article id: text}."""
        return self.run(load_texts(texts, as_of or date.today()))

    def check_paths(self, paths: Iterable[str | Path], as_of: date | None = None,
                    progress: Progress | None = None) -> RunResult:
        return self.run(load_paths(paths, as_of or date.today()), progress)

    def run(self, loaded: Loaded, progress: Progress | None = None, focus: Collection[str] | None = None) -> RunResult:
        """focus: only findings that involve these articles are wanted (`checker ci --new`): only
        the stories they join, and the articles that give their people an office, are compared;
        of the rest of the archive only the index entries are read (see checker.focus)."""
        started = time.perf_counter()
        before = dict(self.parser.stats)
        skipped: list[Skipped] = list(loaded.skipped)
        # One order whatever order the files were given in: the report must not depend on it.
        ordered = sorted(loaded.articles, key=lambda a: (a.id, a.path or ""))
        keys = {a.id: self._cache_key(a) for a in ordered}      # (one hash of each article's text a run)
        if focus is None:
            extracted, articles, reused = self._extracted(ordered, keys, skipped, progress)
            compared = articles
            claims, stories, topics, discrepancies, (nodes, edges) = self._compared(articles, extracted, keys)
        else:
            articles, chosen, extracted, reused = self._focused(ordered, keys, focus, skipped, progress)
            compared = [a for a in articles if a.id in chosen]
            claims, story_map, topics, discrepancies, graph = self.compare(compared, extracted)
            stories, nodes, edges = story_map.stories, graph.number_of_nodes(), graph.number_of_edges()
        stats = {"articles": len(articles), "compared": len(compared), "skipped": len(skipped), "claims": len(claims),
                 "stories": len(stories), "topics": len(topics),
                 "graph_nodes": nodes, "graph_edges": edges,
                 "parsed": self.parser.stats["parsed"] - before["parsed"],
                 "parse_cache_hits": self.parser.stats["cached"] - before["cached"],
                 "claims_cache_hits": reused,
                 "seconds": round(time.perf_counter() - started, 2)}
        skipped.sort(key=lambda s: (s.path, s.stage, s.reason))
        return RunResult(articles, skipped, claims, discrepancies, stats, list(stories), topics)

    def _extracted(self, ordered: list[Article], keys: Mapping[str, str], skipped: list[Skipped],
                   progress: Progress | None) -> tuple[dict[str, Extracted], list[Article], int]:
        """Each article's claims, from the cache or extracted (and cached); an article that fails is
        added to `skipped`. Returns (claims by article, the articles that have them, how many came
        from the cache)."""
        extracted: dict[str, Extracted] = {}
        articles = []
        reused = 0
        from_cache = {a.id: self._cached(keys[a.id]) for a in ordered}
        done = self._extract_in_workers([a for a in ordered if from_cache[a.id] is None], progress)
        for article in ordered:
            try:
                cached = from_cache[article.id]
                outcome = done.get(article.id)
                if isinstance(outcome, WorkerError):
                    raise outcome
                extracted[article.id] = cached or outcome
                if cached is None and self.claim_cache:     # the one place claims are cached, whoever extracted them
                    self.claim_cache.put(article.id, keys[article.id], extracted[article.id],
                                         self._index_entry(article, extracted[article.id]))
            except Exception as exc:  # one bad article never stops a run; it is reported instead
                reason = str(exc) if isinstance(exc, WorkerError) else f"{type(exc).__name__}: {exc}"
                skipped.append(Skipped(article.id, "parse/extract", reason))
                continue
            finally:
                if progress and article.id not in done:
                    progress(article)
            reused += cached is not None
            articles.append(article)
        return extracted, articles, reused

    def _focused(self, ordered: list[Article], keys: Mapping[str, str], focus: Collection[str],
                 skipped: list[Skipped], progress: Progress | None):
        """(the articles checked, the ids of those to compare, the claims of those, how many came from
        the cache): every article's index entry is read, or made by extracting it; then only the
        claims of the articles chosen are read."""
        from .focus import focus_articles
        snapshot_keys, stored = self._stored_index([keys[a.id] for a in ordered])
        missing = _with_text([a for a in ordered if keys[a.id] not in stored], skipped)
        extracted, fresh, reused = self._extracted(missing, keys, skipped, progress)
        made = len(fresh) - reused        # (extracted now, not read from the cache)
        index = stored.plus({keys[a.id]: self._index_entry(a, extracted[a.id]) for a in fresh})
        indexed = [a for a in ordered if keys[a.id] in index]
        index = index.select([keys[a.id] for a in indexed])
        if self.claim_cache and index.keys != snapshot_keys:
            self.claim_cache.put_snapshot(index.to_bytes())
        chosen = {a.id for a in focus_articles(indexed, index, focus, self.rules.background)}
        texts = {a.id: a for a in _with_text([a for a in indexed if a.id in chosen], skipped)}   # (for the evidence)
        indexed = [texts.get(a.id, a) for a in indexed if a.id in texts or a.id not in chosen]
        rest, loaded, reused = self._extracted([a for a in indexed if a.id in chosen and a.id not in extracted],
                                               keys, skipped, progress)
        extracted.update(rest)
        made += len(loaded) - reused
        if progress:
            for article in indexed:
                if article.id not in chosen and article.id not in extracted:
                    progress(article)
        articles = [a for a in indexed if a.id in extracted or a.id not in chosen]    # (less those that failed)
        return articles, chosen & set(extracted), extracted, len(articles) - made

    def _stored_index(self, keys: list[str]):
        """(the keys of the cache's latest snapshot, the index entries the cache holds of `keys` as a
        FocusIndex: the snapshot's rows, and the table's entries of the keys it lacks)."""
        from .focus_index import FocusIndex
        if not self.claim_cache:
            return (), FocusIndex.empty()
        blob = self.claim_cache.get_snapshot()
        snapshot = FocusIndex.from_bytes(blob) if blob else FocusIndex.empty()
        held = snapshot.select(keys)
        return snapshot.keys, held.plus(self.claim_cache.get_index([k for k in keys if k not in held]))

    def _index_entry(self, article: Article, extracted: Extracted):
        from .focus import index_entry
        return index_entry(article, extracted, self.rules)

    def _compared(self, articles: list[Article], extracted: Mapping[str, Extracted], keys: Mapping[str, str]):
        """compare()'s outcome (the stories alone, the claim graph's size for its graph); from the claims cache when
        this very set of articles was compared with these very rules and code before (a warm
        re-run then imports no graph library and compares nothing)."""
        key = None
        if self.claim_cache:
            checks = sorted((c.code, c.severity, c.status) for c in self.rules.catalogue.checks.values())
            key = compared_key([(a.id, keys[a.id], json.dumps(a.meta, sort_keys=True, default=str))
                                for a in articles], self.rules.version, checks)
            if (hit := self.claim_cache.get_compared(key)) is not None:
                return hit
        claims, stories, topics, discrepancies, graph = self.compare(articles, extracted)
        outcome = (claims, stories.stories, topics, discrepancies, (graph.number_of_nodes(), graph.number_of_edges()))
        if key:
            self.claim_cache.put_compared(key, outcome)
        return outcome

    def compare(self, articles: list[Article], extracted: Mapping[str, Extracted], resolved=None):
        """The stages after extraction, over the whole set: resolve → stories → topics → detect.
        resolved: (claims, mentions) already resolved (of these articles). Returns (claims,
        stories, topics, discrepancies, graph)."""
        from .detect import detect          # (not imported by a run whose comparison is cached)
        from .group import group_claims
        from .stories import find_stories
        claims, mentions = resolved or self._resolved(articles, extracted)
        stories = find_stories(articles, {a.id: extracted[a.id].terms for a in articles}, claims, mentions,
                               self.rules.background)
        topics = group_claims(claims, self.rules, stories)
        discrepancies, graph = detect(topics, claims, mentions, self.rules, {a.id: a.date for a in articles},
                                      undated=[a.id for a in articles if not a.dated],
                                      sources={a.id: a.meta["outlet"] for a in articles if a.meta.get("outlet")})
        return claims, stories, topics, discrepancies, graph

    def _resolved(self, articles: list[Article], extracted: Mapping[str, Extracted]):
        """Every claim and mention of the articles, their people resolved over all of them."""
        from .resolve import resolve
        return resolve([c for a in articles for c in extracted[a.id].claims],
                       [m for a in articles for m in extracted[a.id].mentions], articles, self.rules)

    def _cache_key(self, article: Article) -> str:
        return content_key(article, self.parser.model_id, self.rules.extraction_version)

    def _cached(self, key: str):
        return self.claim_cache.get(key) if self.claim_cache else None

    def _extract_in_workers(self, articles: list[Article], progress: Progress | None) -> dict:
        """Parse and extract in `jobs` processes, or here when too few articles repay loading the
        models in each worker; {article id: Extracted or the WorkerError it raised}. Articles go in
        batches, parsed by one Stanza call each."""
        batches = _batches(articles, self.jobs)
        if self.scheduler and articles:
            from .cluster import extract_on_cluster
            return extract_on_cluster(self.scheduler, self.jobs, self._worker_args, batches, progress)
        out: dict = {}
        if self.jobs < 2 or len(articles) < MIN_ARTICLES_PER_JOB * 2:
            for batch in batches:
                out.update(_reported(batch, self._extract_batch(batch), progress))
            return out
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial
        # spawned, not forked: a child forked from a process whose torch threads already ran can
        # wait forever on a lock one of those threads held (seen in the suite)
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(self.jobs, len(batches)), mp_context=spawn) as pool:
            for batch, outcome in zip(batches, pool.map(partial(extract_in_worker, self._worker_args), batches)):
                out.update(_reported(batch, outcome, progress))
        return out

    def _extract_batch(self, articles: list[Article]) -> list:
        """Each article's Extracted, or the WorkerError it raised; parsed in one Stanza call."""
        try:
            parses = self.parser.parse_many(articles)
        except Exception:   # one article broke the batch: each is parsed alone below, so its error is its own
            parses = {}
        out = []
        for article in articles:
            try:
                out.append(self._extract(article, parses.get(article.id)))
            except Exception as exc:  # reported as that article's skip reason
                out.append(WorkerError(f"{type(exc).__name__}: {exc}"))
        return out

    def _extract(self, article: Article, parsed=None) -> Extracted:
        from .extract import extract_article   # not imported by a run whose claims all come from the cache
        norm = self.rules.lexicon.normalizer.normalize(article.id, article.text)
        return extract_article(article, norm, parsed or self.parser.parse(article), self.rules)


def _with_text(articles: list[Article], skipped: list[Skipped]) -> list[Article]:
    """The articles with their text read where it was not (checker.load.load_folder_indexed); one
    that can no longer be read is added to `skipped`."""
    from .load import read_text
    out = []
    for article in articles:
        read = read_text(article)
        (out if isinstance(read, Article) else skipped).append(read)
    return out


def _batches(articles: list[Article], jobs: int) -> list[list[Article]]:
    """Batches of at most BATCH_ARTICLES, small enough that every one of `jobs` workers gets several."""
    size = BATCH_ARTICLES if jobs < 2 else max(1, min(BATCH_ARTICLES, -(-len(articles) // (jobs * 2))))
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def _reported(batch: list[Article], outcomes: list, progress: Progress | None) -> dict:
    if progress:
        for article in batch:
            progress(article)
    return {article.id: outcome for article, outcome in zip(batch, outcomes)}


MIN_ARTICLES_PER_JOB = 4      # below this, a worker spends more time loading models than parsing
_WORKERS: dict[tuple, Checker] = {}     # per worker process: one Checker per set of settings


class WorkerError(Exception):
    """What a worker process raised for one article, as text (tracebacks do not cross processes)."""


def extract_in_worker(worker_args: tuple, articles: list[Article]) -> list:
    """Parse and extract a batch of articles in a worker process (local or on a Dask worker), loading
    the models once per process; each article's Extracted, or the error it raised as a WorkerError.
    Their claims are cached by the process that asked for them."""
    checker = _WORKERS.get(worker_args)
    if checker is None:
        models, rules_dir, cache_dir, use_cache, device, threads = worker_args
        checker = _WORKERS[worker_args] = Checker(models, rules_dir, cache_dir, use_cache, device=device,
                                                  threads=threads)
    return checker._extract_batch(articles)
