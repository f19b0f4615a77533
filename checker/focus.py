"""Which articles a check of a few articles against an archive must compare (`checker ci --new`).

A finding compares claims of one story, and a person's offices across stories of about the same
time. So the new articles need only: the stories they join, and the articles within
SAME_TIME_DAYS that give an office to someone they give one to. Their stories are found the way a
run on the whole archive finds them, on fewer articles: term weights use the whole archive's
document frequencies, candidates are the articles sharing a term that few articles of the archive
give, and the stories are grown until no new article joins (a story's other reports may share no
rare term with the new article itself). Everything else in the archive is left out of the
comparison, so the cost follows the size of those stories, not of the archive.

What this needs of each article is small and known at extraction (an IndexEntry: its weighted
terms and the people it gives an office to), so the claims cache keeps it beside the claims: a
CI run on a cached archive reads the entries of every article and the claims of the few it
compares, never the claims of the whole archive.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Collection

import numpy as np

from .config import Rules
from .detect.index import SAME_TIME_DAYS
from .focus_index import FocusIndex
from .model import Article, Extracted, IndexEntry
from .stories import CANDIDATE_DF, Frequencies, find_stories, raw_counts

MAX_ROUNDS = 5      # growing a story this many times without it settling: compare what was reached


def index_entry(article: Article, extracted: Extracted, rules: Rules) -> IndexEntry:
    """What focus_articles needs of one article, from its extraction alone."""
    terms = raw_counts([article], {article.id: extracted.terms}, extracted.claims, extracted.mentions)[article.id]
    people = {_person_key(c.subject, rules) for c in extracted.claims if c.kind == "role" and c.subject}
    return IndexEntry(terms, tuple(sorted(people)))


def _person_key(name: str, rules: Rules) -> str:
    """A name as the index keys it: its skeleton, so that two spellings of one name meet."""
    return rules.lexicon.name_skeleton(name) or name


def focus_articles(articles: list[Article], index: FocusIndex, focus: Collection[str],
                   background: Path) -> list[Article]:
    """The articles to compare when only findings that involve a `focus` article are wanted, in
    the order given. index: every article's index entry, row i that of articles[i]."""
    by_id = {a.id: a for a in articles}
    wanted = {i for i in focus if i in by_id}
    if not wanted:
        return []
    row = {a.id: i for i, a in enumerate(articles)}
    df = index.document_frequencies()
    row_of_cell = index.row_of_cells()
    reached, near, joined = set(wanted), set(), set(wanted)
    for _ in range(MAX_ROUNDS):
        cells = index.cells(np.array(sorted(row[i] for i in reached), dtype=np.int64))
        terms = index.terms[cells]
        rare = np.unique(terms[(index.weights[cells] > 0) & (df[terms] <= CANDIDATE_DF)])
        grown = reached | {articles[r].id for r in np.unique(row_of_cell[np.isin(index.terms, rare)]).tolist()}
        if grown == near:       # the same articles cluster the same: their story is already known
            break
        near = grown
        stories = find_stories([by_id[i] for i in sorted(near)], {}, [], [], background,
                               _frequencies(index, df, [row[i] for i in sorted(near)]),
                               raw={i: index.raw(row[i]) for i in sorted(near)})
        joined = set().union(*(_story_of(stories, aid) for aid in wanted))
        if joined <= reached:
            break
        reached |= joined
    keep = joined | _office_neighbours(index, wanted, articles)     # (joined: every wanted article and its story)
    return [a for a in articles if a.id in keep]


def _frequencies(index: FocusIndex, df: np.ndarray, rows: list[int]) -> Frequencies:
    """The whole archive's document frequencies of the terms `rows` give."""
    terms = np.unique(index.terms[index.cells(np.array(rows, dtype=np.int64))]).tolist()
    return Frequencies(Counter({index.vocabulary[t]: int(df[t]) for t in terms}), len(index))


def _story_of(stories, article_id: str) -> set[str]:
    story = stories.story_of(article_id)
    return next((set(s.articles) for s in stories.stories if s.id == story), {article_id})


def _office_neighbours(index: FocusIndex, wanted: set[str], articles: list[Article]) -> set[str]:
    """Articles that give an office to a person a focus article gives one to, when the offices
    index would compare them: within SAME_TIME_DAYS, or one of the two undated."""
    focused = [(a, index.people[i]) for i, a in enumerate(articles) if a.id in wanted]
    people = {p for _, named in focused for p in named}
    days = [a.date for a, _ in focused if a.dated]
    any_day = len(days) < len(focused)
    out = set()
    for article, named in zip(articles, index.people):
        if article.id not in wanted and people.intersection(named) and (
                any_day or not article.dated or any(abs((article.date - d).days) <= SAME_TIME_DAYS for d in days)):
            out.add(article.id)
    return out
