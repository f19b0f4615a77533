"""Which articles a check of a few articles against an archive must compare (`checker ci --new`).

A finding compares claims of one story, and a person's offices across stories of about the same
time. So the new articles need only: the stories they join, and the articles within
SAME_TIME_DAYS that give an office to someone they give one to (people resolved over the whole
archive, as a run on all of it resolves them). Their stories are found the way a
run on the whole archive finds them, on fewer articles: term weights use the whole archive's
document frequencies, candidates are the articles sharing a term that few articles of the archive
give, and the stories are grown until no new article joins (a story's other reports may share no
rare term with the new article itself). Everything else in the archive is left out of the
comparison, so the cost follows the size of those stories, not of the archive.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Collection, Mapping

from .detect.index import SAME_TIME_DAYS
from .model import Article, Claim, Extracted, PersonMention
from .stories import CANDIDATE_DF, Frequencies, find_stories, frequencies_of, raw_counts

MAX_ROUNDS = 5      # growing a story this many times without it settling: compare what was reached


def focus_articles(articles: list[Article], extracted: Mapping[str, Extracted], claims: list[Claim],
                   mentions: list[PersonMention], focus: Collection[str], background: Path) -> list[Article]:
    """The articles to compare when only findings that involve a `focus` article are wanted, in
    the order given. claims and mentions: every article's, resolved over the whole archive (as a
    run on all of it resolves them), so that a person's offices are found wherever they are."""
    by_id = {a.id: a for a in articles}
    wanted = {i for i in focus if i in by_id}
    if not wanted:
        return []
    terms = {a.id: extracted[a.id].terms for a in articles}
    raw = raw_counts(articles, terms, claims, mentions)
    frequencies = frequencies_of(raw)
    sharing = _rare_postings(raw, frequencies)
    reached = set(wanted)
    for _ in range(MAX_ROUNDS):
        near = reached | {other for aid in sorted(reached) for key in raw[aid] for other in sharing.get(key, ())}
        chosen = [by_id[i] for i in sorted(near)]
        stories = find_stories(chosen, terms, _of(claims, near), _of(mentions, near), background, frequencies)
        joined = set().union(*(_story_of(stories, aid) for aid in wanted))
        if joined <= reached:
            break
        reached |= joined
    keep = joined | _office_neighbours(claims, wanted, by_id)     # (joined: every wanted article and its story)
    return [a for a in articles if a.id in keep]


def _rare_postings(raw: Mapping[str, Mapping[str, float]], frequencies: Frequencies) -> dict[str, list[str]]:
    sharing: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(raw):
        for key in raw[aid]:
            if frequencies.df[key] <= CANDIDATE_DF:
                sharing[key].append(aid)
    return sharing


def _of(items, ids: set[str]) -> list:
    return [x for x in items if x.article_id in ids]


def _story_of(stories, article_id: str) -> set[str]:
    story = stories.story_of(article_id)
    return next((set(s.articles) for s in stories.stories if s.id == story), {article_id})


def _office_neighbours(claims: list[Claim], wanted: set[str], by_id: Mapping[str, Article]) -> set[str]:
    """Articles that give an office to a person a focus article gives one to, when the offices
    index would compare them: within SAME_TIME_DAYS, or one of the two undated."""
    roles = [c for c in claims if c.kind == "role" and c.entity_ids]
    people = {c.entity_ids[0] for c in roles if c.article_id in wanted}
    days = [by_id[aid].date for aid in wanted if by_id[aid].dated]
    any_day = len(days) < len(wanted)
    out = set()
    for claim in roles:
        article = by_id[claim.article_id]
        if claim.entity_ids[0] in people and article.id not in wanted and (
                any_day or not article.dated or any(abs((article.date - d).days) <= SAME_TIME_DAYS for d in days)):
            out.add(article.id)
    return out
