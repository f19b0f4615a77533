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
from typing import Collection, Mapping

from .config import Rules
from .detect.index import SAME_TIME_DAYS
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


def focus_articles(articles: list[Article], entries: Mapping[str, IndexEntry], focus: Collection[str],
                   background: Path) -> list[Article]:
    """The articles to compare when only findings that involve a `focus` article are wanted, in
    the order given. entries: every article's index entry."""
    by_id = {a.id: a for a in articles}
    wanted = {i for i in focus if i in by_id}
    if not wanted:
        return []
    raw = {a.id: entries[a.id].terms for a in articles}
    counting = _Counting(raw)
    df = counting.frequencies.df
    reached = set(wanted)
    for _ in range(MAX_ROUNDS):
        rare = {k for k in counting.count(_keys(raw, reached)) if df[k] <= CANDIDATE_DF}
        near = reached | {aid for aid, counts in raw.items() if not rare.isdisjoint(counts)}
        counting.count(_keys(raw, near))
        chosen = [by_id[i] for i in sorted(near)]
        stories = find_stories(chosen, {}, [], [], background, counting.frequencies,
                               raw={i: raw[i] for i in sorted(near)})
        joined = set().union(*(_story_of(stories, aid) for aid in wanted))
        if joined <= reached:
            break
        reached |= joined
    keep = joined | _office_neighbours(entries, wanted, by_id)     # (joined: every wanted article and its story)
    return [a for a in articles if a.id in keep]


class _Counting:
    """The whole archive's document frequencies, counted only for the terms asked about (those of
    the articles a story may grow to): each count is one pass over the archive's entries."""

    def __init__(self, raw: Mapping[str, Mapping[str, float]]):
        self.frequencies = Frequencies(Counter(), len(raw))
        self._raw, self._counted = raw, set()

    def count(self, keys: set[str]) -> set[str]:
        new = keys - self._counted
        if new:
            for counts in self._raw.values():
                self.frequencies.df.update(new.intersection(counts))
            self._counted |= new
        return keys


def _keys(raw: Mapping[str, Mapping[str, float]], ids: set[str]) -> set[str]:
    """The terms the articles give (not the countries kept beside them with no weight)."""
    return {k for i in ids for k, w in raw[i].items() if w > 0}


def _story_of(stories, article_id: str) -> set[str]:
    story = stories.story_of(article_id)
    return next((set(s.articles) for s in stories.stories if s.id == story), {article_id})


def _office_neighbours(entries: Mapping[str, IndexEntry], wanted: set[str], by_id: Mapping[str, Article]) -> set[str]:
    """Articles that give an office to a person a focus article gives one to, when the offices
    index would compare them: within SAME_TIME_DAYS, or one of the two undated."""
    people = {p for aid in wanted for p in entries[aid].office_people}
    days = [by_id[aid].date for aid in wanted if by_id[aid].dated]
    any_day = len(days) < len(wanted)
    out = set()
    for aid, article in by_id.items():
        if aid not in wanted and people.intersection(entries[aid].office_people) and (
                any_day or not article.dated or any(abs((article.date - d).days) <= SAME_TIME_DAYS for d in days)):
            out.add(aid)
    return out
