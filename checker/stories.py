"""Articles → stories: which articles report the same story, so that only their claims are compared.

Articles are nodes of a networkx graph whose edges weigh how alike two articles are:

- the cosine of their TF-IDF vectors over content lemmas (names count double), with document
  frequencies from the run itself *and* from a background treebank (rules/stories/background.json),
  so that a run of two articles still knows that "said" or "country" says nothing about the story;
- the knowledge-base people and places both name, and the calendar dates both give, added as terms;
- times a factor for the distance between the articles' own dates: reports more than two weeks
  apart are different stories even on the same subject (four summits months apart stay apart).

Stories are then built by average-linkage agglomeration over that graph: the two groups whose
articles are, on average over every pair, most alike merge first, until no two groups reach
MERGE_SIMILARITY. Average linkage (not connected components, nor Louvain communities, both tried)
keeps two look-alike stories apart even when one article of each shares many words with the other
(two Arab summits a few weeks apart), while a short article still joins the story it is close to on
average. On the test corpora all in one folder, two reports of one story score 0.25 and up (one
two-sentence article 0.08 and 0.32 with the other two in a folder of 300: it joins by its strong
pair), two look-alike stories at most 0.28 for their closest pair and below 0.2 on average:
MERGE_SIMILARITY sits between. Pairs that share no rare term, or are less alike than MIN_EDGE, are
left out of the graph; a close merge of small groups is weighed on all its pairs all the same (see
_agglomerate), so that a folder's size does not split a story. Two groups of several articles each
also merge only when they are alike between them at least COHESION_SHARE of what holds each
together: two road crashes of one week in one country score 0.21 across, 0.55 inside each. A story
named in front matter (``story: ...``) wins over the clustering.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import networkx as nx

from .model import COUNTRY_KEY, LEAD_COUNTRY_KEY, Article, Claim, PersonMention, Story, Term

MERGE_SIMILARITY = 0.2
COHESION_SHARE = 0.5        # see _agglomerate's mergeable
NAME_WEIGHT = 2.0
ENTITY_WEIGHT = 3.0         # a known person or place both articles name
SAME_DAYS = 3               # article dates this close cost nothing ...
APART_DAYS = 14             # ... and this far apart (or more) are different stories
LABEL_WORDS = 4
CANDIDATE_DF = 200        # see _candidates
MIN_EDGE = 0.05           # a pair less alike is left out of the graph (in an archive most pairs are: they share
#                           a name or a date and little else); a close merge weighs it again (see _agglomerate)
CLOSE_MERGE = 0.5         # a merge whose known pairs reach this share of MERGE_SIMILARITY ...
LAZY_PAIRS = 64           # ... between groups this small is weighed on all its pairs (see _agglomerate)
STRONG_PAIR = 0.3         # a lone article this alike to one report of a group joins it (see _agglomerate)


@dataclass(frozen=True)
class StoryMap:
    stories: tuple[Story, ...]
    of_article: dict[str, str]

    def story_of(self, article_id: str) -> str | None:
        return self.of_article.get(article_id)


@lru_cache(maxsize=4)
def _background(path: Path) -> tuple[int, dict[str, int]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["documents"], data["df"]


@dataclass(frozen=True)
class Frequencies:
    """How many articles give each term, out of how many: of the run, or of a whole archive when
    only some of its articles are clustered (see checker.focus)."""
    df: Counter
    documents: int


def find_stories(articles: list[Article], terms: dict[str, tuple[Term, ...]], claims: list[Claim],
                 mentions: list[PersonMention], background: Path,
                 frequencies: Frequencies | None = None, raw: dict[str, dict[str, float]] | None = None) -> StoryMap:
    """raw: each article's weighted terms when already counted (raw_counts; checker.focus keeps
    them in the claims cache), instead of terms, claims and mentions."""
    ordered = sorted(articles, key=lambda a: a.id)
    counted = raw if raw is not None else raw_counts(ordered, terms, claims, mentions)
    vectors = _vectors(ordered, counted, background, frequencies)
    days = {a.id: a.date.toordinal() if a.dated else -1 for a in ordered}
    countries = _countries(ordered, counted, COUNTRY_KEY)
    lead_countries = _countries(ordered, counted, LEAD_COUNTRY_KEY)
    groups = _agglomerate(_similarity_graph(ordered, vectors, frequencies), {a.id: _named(a) for a in ordered},
                          weigh=lambda x, y: _pair_weight(vectors[x], vectors[y], days[x], days[y]),
                          countries=countries, lead_countries=lead_countries)
    by_id = {a.id: a for a in ordered}
    surfaces = {t.key: t.surface for aid in sorted(terms) for t in terms[aid]}
    stories = sorted((_story([by_id[i] for i in group], vectors, surfaces) for group in groups),
                     key=lambda s: (s.first or date.min, s.id))
    return StoryMap(tuple(stories), {aid: s.id for s in stories for aid in s.articles})


def _similarity_graph(articles: list[Article], vectors: dict[str, dict[str, float]],
                      frequencies: Frequencies | None = None) -> nx.Graph:
    """Articles joined by their similarity, for the pairs that share at least one term that few
    articles share (see _candidates)."""
    graph = nx.Graph()
    graph.add_nodes_from(a.id for a in articles)
    graph.add_weighted_edges_from(_similar_pairs(articles, vectors, frequencies))
    return graph


def _countries(articles: list[Article], raw: dict[str, dict[str, float]], prefix: str) -> dict[str, frozenset[str]]:
    """The countries each article's event places lie in (prefix COUNTRY_KEY), or its lead names
    (LEAD_COUNTRY_KEY): see _agglomerate's apart."""
    return {a.id: frozenset(k.removeprefix(prefix) for k in raw.get(a.id, {}) if k.startswith(prefix))
            for a in articles}


def _similar_pairs(articles: list[Article], vectors: dict[str, dict[str, float]],
                   frequencies: Frequencies | None = None):
    """(x, y, cosine × date factor) for each candidate pair whose weight reaches MIN_EDGE. An archive
    gives a million candidate pairs: their cosines are computed with numpy, one article against
    all its candidates at a time, and pairs whose dates are too far apart are never multiplied."""
    import numpy as np      # (only a run that compares imports it)
    ids = [a.id for a in articles]
    rows = _SparseRows([vectors[i] for i in ids], frequencies)
    days = np.array([a.date.toordinal() if a.dated else -1 for a in articles], dtype=np.int64)
    dense = np.zeros(rows.width)
    for i, candidates in enumerate(_candidates(rows)):
        if not len(candidates):
            continue
        factor = _date_factors(days[i], days[candidates])
        candidates, factor = candidates[factor > 0], factor[factor > 0]
        if not len(candidates):
            continue
        own = rows.columns(i)
        dense[own] = rows.values(i)
        positions, starts = rows.gather(candidates)
        weights = np.add.reduceat(dense[rows.indices[positions]] * rows.data[positions], starts) * factor
        dense[own] = 0.0
        kept = weights >= MIN_EDGE
        for j, weight in zip(candidates[kept].tolist(), weights[kept].tolist()):
            yield ids[i], ids[j], weight


class _SparseRows:
    """Article vectors as compressed rows (column = term, in sorted order of terms)."""

    def __init__(self, vectors: list[dict[str, float]], frequencies: Frequencies | None = None):
        import numpy as np
        vocabulary = {k: n for n, k in enumerate(sorted({k for v in vectors for k in v}))}
        self.width = len(vocabulary)
        lengths = [len(v) for v in vectors]
        self.indptr = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        cells = [sorted((vocabulary[k], w) for k, w in v.items()) for v in vectors]
        self.indices = np.array([c for row in cells for c, _ in row], dtype=np.int64)
        self.data = np.array([w for row in cells for _, w in row], dtype=np.float64)
        self.df = (np.array([frequencies.df[k] for k in vocabulary], dtype=np.int64) if frequencies
                   else np.bincount(self.indices, minlength=self.width))    # (articles giving each term)

    def columns(self, i: int):
        return self.indices[self.indptr[i]:self.indptr[i + 1]]

    def values(self, i: int):
        return self.data[self.indptr[i]:self.indptr[i + 1]]

    def gather(self, rows):
        return cells_of(self.indptr, rows)


def cells_of(indptr, rows):
    """Of compressed rows (row i's cells at indptr[i]:indptr[i + 1]): the positions of the cells of
    `rows`, one row after the other, and where each row starts among them."""
    import numpy as np
    lengths = indptr[rows + 1] - indptr[rows]
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    positions = np.repeat(indptr[rows] - starts, lengths) + np.arange(lengths.sum(), dtype=np.int64)
    return positions, starts


def _candidates(rows: _SparseRows):
    """For each article, the later articles (by index) it shares a term with that no more than
    CANDIDATE_DF articles give. A term in more (a year's capital, "said" in an archive) says little
    about the story and would make every pair a candidate; pairs are still weighed on all their
    terms. Below CANDIDATE_DF articles every pair sharing a term is a candidate."""
    import numpy as np
    n = len(rows.indptr) - 1
    rare = rows.df[rows.indices] <= CANDIDATE_DF
    row_of = np.repeat(np.arange(n), np.diff(rows.indptr))
    order = np.lexsort((row_of[rare], rows.indices[rare]))      # by term, then article
    terms, members = rows.indices[rare][order], row_of[rare][order]
    # the postings as compressed rows: term t's articles at members[starts[t]:starts[t + 1]]
    starts = np.concatenate(([0], np.cumsum(np.bincount(terms, minlength=rows.width)))).astype(np.int64)
    seen = np.zeros(n, dtype=bool)     # (marking and reading back the later ones is faster than np.unique)
    for i in range(n):
        columns = rows.columns(i)
        positions, _ = cells_of(starts, columns[rows.df[columns] <= CANDIDATE_DF])
        hits = members[positions]
        seen[hits] = True
        yield np.flatnonzero(seen[i + 1:]) + (i + 1)
        seen[hits] = False


def _date_factors(day, others):
    """How much one article's date lets it be of one story with each of many (-1: undated, no
    limit): 1 up to SAME_DAYS apart, falling to 0 at APART_DAYS."""
    import numpy as np
    apart = np.abs(others - day)
    factor = np.clip(1 - (apart - SAME_DAYS) / (APART_DAYS - SAME_DAYS), 0.0, 1.0)
    return np.where((others < 0) | (day < 0), 1.0, factor)


def _pair_weight(x: dict[str, float], y: dict[str, float], day_x: int, day_y: int) -> float:
    """One pair's edge weight, as _similar_pairs computes it for candidates: cosine × date factor."""
    import numpy as np
    if len(y) < len(x):
        x, y = y, x
    cosine = sum(w * y.get(k, 0.0) for k, w in x.items())
    return cosine * float(_date_factors(day_x, np.array([day_y]))[0])


def _agglomerate(graph: nx.Graph, named: dict[str, str | None], weigh=None,
                countries: dict[str, frozenset[str]] | None = None,
                lead_countries: dict[str, frozenset[str]] | None = None) -> list[list[str]]:
    """Average-linkage clustering: merge the two groups with the highest mean pairwise similarity
    (pairs without an edge count as 0) while it reaches MERGE_SIMILARITY. Articles that name the
    same story start as one group; groups that name different stories never merge. A heap holds
    the candidate merges; an entry whose groups changed since it was pushed is skipped.
    weigh(x, y): a pair's weight, for the pairs the graph leaves out (they share no rare term) of
    two small groups whose merge is close: in a large folder a short report shares only common
    words with one of its story's other reports, and counting that pair as 0 would split the story."""
    members: dict[str, list[str]] = {}
    name_of: dict[str, str | None] = {}
    head_of_name: dict[str, str] = {}
    for article in sorted(graph.nodes):
        name = named[article]
        if name and name in head_of_name:
            members[head_of_name[name]].append(article)
            continue
        members[article], name_of[article] = [article], name
        if name:
            head_of_name[name] = article
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    head_of = {a: h for h, ms in members.items() for a in ms}
    for x, y, w in graph.edges(data="weight"):
        hx, hy = head_of[x], head_of[y]
        if hx != hy:
            totals[hx][hy] += w
            totals[hy][hx] += w
    heap: list[tuple[float, str, str]] = []
    inside: dict[str, float] = defaultdict(float)       # each group's weight between its own articles
    group_countries = {h: frozenset().union(*((countries or {}).get(a, frozenset()) for a in ms))
                       for h, ms in members.items()}     # the countries each group's events lie in
    group_leads = {h: frozenset().union(*((lead_countries or {}).get(a, frozenset()) for a in ms))
                   for h, ms in members.items()}         # ... and its leads name

    def mean(x: str, y: str) -> float:
        return totals[x][y] / (len(members[x]) * len(members[y]))

    def cohesion(x: str) -> float:
        n = len(members[x])
        return inside[x] / (n * (n - 1) / 2) if n > 1 else 0.0

    def mergeable(x: str, y: str, score: float) -> bool:
        """Two groups of several articles each merge only when they are about as alike between
        them as inside each: two stories of one kind (two road crashes in one week) are alike, but
        far less than the reports of either are."""
        return score >= MERGE_SIMILARITY and not (name_of[x] and name_of[y]) \
            and score >= COHESION_SHARE * min(cohesion(x), cohesion(y)) and not apart(x, y)

    def apart(x: str, y: str) -> bool:
        """Two groups of several reports each whose events take place in one country each, two
        different ones (an oil spill off Tunisia, a tanker collision off Fujairah in one week): two
        stories. A group whose events name no country is placed by the countries its leads name,
        when none of them is the other's (a solar park opened in Tunisia with an Emirati partner,
        another opened in Jordan). A lone report naming another country (a planted place) still
        joins its story."""
        if len(members[x]) < 2 or len(members[y]) < 2:
            return False
        cx, cy = group_countries.get(x, frozenset()), group_countries.get(y, frozenset())
        if cx and cy:
            return len(cx) == 1 and len(cy) == 1 and cx != cy
        lx, ly = cx or group_leads.get(x, frozenset()), cy or group_leads.get(y, frozenset())
        return bool(lx) and bool(ly) and not lx & ly

    def joins(x: str, y: str, score: float) -> bool:
        """A lone article joins a group by one strong pair, when it is close on average too (score
        at least CLOSE_MERGE of MERGE_SIMILARITY, which push_all tests first): a two-sentence report
        shares little with all but one of its story's other reports."""
        lone, group = (x, y) if len(members[x]) == 1 else (y, x)
        if len(members[lone]) != 1 or (name_of[x] and name_of[y]):
            return False
        article = members[lone][0]
        return max(graph[article][m]["weight"] if graph.has_edge(article, m) else 0.0
                   for m in members[group]) >= STRONG_PAIR

    weighed: set[tuple[str, str]] = set()

    def complete(x: str, z: str) -> None:
        """Add the weights of the pairs of x and z that the graph left out."""
        for a in members[x]:
            for b in members[z]:
                if (a, b) in weighed or graph.has_edge(a, b):
                    continue
                weighed.update(((a, b), (b, a)))
                if (w := weigh(a, b)) > 0:
                    totals[x][z] += w
                    totals[z][x] += w

    def push_all(x: str) -> None:
        """Every merge of x worth making; the heap's tuples order them, whatever order they come in."""
        size = len(members[x])
        for z in totals[x]:     # (complete() below changes values only: the keys stay as they are)
            score = totals[x][z] / (size * len(members[z]))
            if weigh is not None and CLOSE_MERGE * MERGE_SIMILARITY <= score < MERGE_SIMILARITY \
                    and 1 < size * len(members[z]) <= LAZY_PAIRS:     # (two lone articles: their one pair is an edge)
                complete(x, z)
                score = totals[x][z] / (size * len(members[z]))
            if (score >= MERGE_SIMILARITY and mergeable(x, z, score)) \
                    or (score >= CLOSE_MERGE * MERGE_SIMILARITY and joins(x, z, score)):
                heapq.heappush(heap, (-score, min(x, z), max(x, z)))

    for x in list(totals):
        push_all(x)
    while heap:
        score, x, y = heapq.heappop(heap)
        if x not in members or y not in members or y not in totals[x] or -score != mean(x, y) \
                or not (mergeable(x, y, -score) or joins(x, y, -score)):
            continue        # stale (one group has merged since), or pushed from both ends
        inside[x] += inside.pop(y, 0.0) + totals[x][y]
        members[x] += members.pop(y)
        group_countries[x] = group_countries.get(x, frozenset()) | group_countries.pop(y, frozenset())
        group_leads[x] = group_leads.get(x, frozenset()) | group_leads.pop(y, frozenset())
        name_of[x] = name_of[x] or name_of.pop(y)
        name_of.pop(y, None)
        for z, w in totals.pop(y).items():
            totals[z].pop(y, None)
            if z != x:
                totals[x][z] += w
                totals[z][x] += w
        push_all(x)
    return sorted(sorted(ms) for ms in members.values())


def _named(article: Article) -> str | None:
    value = article.meta.get("story")
    return (str(value).strip() or None) if value is not None else None


def raw_counts(articles: list[Article], terms: dict[str, tuple[Term, ...]], claims: list[Claim],
               mentions: list[PersonMention]) -> dict[str, dict[str, float]]:
    """Each article's terms, weighted (names count double, known people, places and dates more)."""
    raw = {a.id: _raw_counts(terms.get(a.id, ())) for a in articles}
    for key, article_id in _entity_terms(claims, mentions):
        if article_id in raw:
            raw[article_id][key] = raw[article_id].get(key, 0) + ENTITY_WEIGHT
    for c in claims:        # (kept beside the terms with no weight: no term of the vectors, see _countries)
        if c.kind == "location" and c.value.get("country") and c.article_id in raw:
            raw[c.article_id][COUNTRY_KEY + c.value["country"]] = 0.0
    return raw


def frequencies_of(raw: dict[str, dict[str, float]]) -> Frequencies:
    return Frequencies(Counter(k for counts in raw.values() for k in counts), len(raw))


def _vectors(articles: list[Article], raw: dict[str, dict[str, float]], background: Path,
             frequencies: Frequencies | None = None) -> dict[str, dict[str, float]]:
    n_bg, df_bg = _background(background)
    frequencies = frequencies or frequencies_of(raw)
    df_run = frequencies.df
    total = n_bg + frequencies.documents
    idf = {k: math.log((total + 1) / (df_bg.get(k, 0) + df_run[k] + 1)) for counts in raw.values() for k in counts}
    vectors = {}
    for article_id, counts in raw.items():
        weights = {k: (1 + math.log(n)) * idf[k] for k, n in counts.items() if n > 0}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors[article_id] = {k: w / norm for k, w in weights.items()}
    return vectors


def _raw_counts(terms: tuple[Term, ...]) -> dict[str, float]:
    return {t.key: t.count * (NAME_WEIGHT if t.name else 1.0) for t in terms}


def _entity_terms(claims: list[Claim], mentions: list[PersonMention]):
    """Known people, places and calendar dates, as terms of the articles that name them."""
    for m in mentions:
        if m.kb_id:
            yield f"person:{m.kb_id}", m.article_id
    for c in claims:
        if c.kind == "location":
            yield f"place:{c.value['place']}", c.article_id
        elif c.kind == "date" and c.value.get("iso"):
            yield f"date:{c.value['iso']}", c.article_id


def _story(members: list[Article], vectors: dict[str, dict[str, float]], surfaces: dict[str, str]) -> Story:
    members = sorted(members, key=lambda a: (a.date if a.dated else date.max, a.id))
    named = _named(members[0])
    # The id comes from the story's earliest article, so articles added later do not renumber it.
    seed = f"named:{named}" if named else members[0].id
    story_id = "s" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8]
    dated = [a.date for a in members if a.dated]
    return Story(id=story_id, label=_label(members, vectors, surfaces), articles=tuple(sorted(a.id for a in members)),
                 first=min(dated, default=None), last=max(dated, default=None), named=bool(named))


def _label(members: list[Article], vectors: dict[str, dict[str, float]], surfaces: dict[str, str]) -> tuple[str, ...]:
    weight: Counter[str] = Counter()
    for a in members:
        for key, w in vectors[a.id].items():
            if ":" not in key and len(key) > 3:
                weight[key] += w
    best = heapq.nsmallest(LABEL_WORDS, weight.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(surfaces.get(k, k) for k, _ in best)
