"""Which pairs of a topic that spans stories (a person's offices over an archive) are compared.

A person named in a thousand articles would give half a million pairs of office claims, most of
them the same title on the same day. Here the claims are first put in classes of what a
comparator reads (the value, attributes, person, the article's date) and not where or in which
words the claim was written; each pair of classes is judged once, on one pair of claims from two
articles, and the verdict joins every claim of one class to the first claim of the other. Claims
of one article are compared directly (a comparator may read whether they share a phrase).

Offices change hands: a title given in an article and another given months later are not one
office given twice, so classes of articles more than SAME_TIME_DAYS apart are not compared
(the knowledge base still judges each claim on its own date, office-on-date.v1). Two classes of
one reading on two days (the same title of the same person in articles of two dates) are not
compared: one office said twice is never a clash, whatever the comparator.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from datetime import date
from itertools import chain, combinations
from typing import Callable, Iterator

from ..model import Claim

SAME_TIME_DAYS = 30
WORDING = frozenset({"title_span", "phrase", "name", "title"})   # where and how a claim is written

Verdict = tuple        # (contradict: bool | None, detail, [severity])


def indexed_pairs(claims: tuple[Claim, ...], dates: dict[str, date], undated: frozenset[str],
                  judge: Callable[[Claim, Claim], Verdict]) -> Iterator[tuple[Claim, Claim, Verdict]]:
    """(a, b, verdict) for the pairs to report, a before b in the topic's order; pairs judged
    None are left out."""
    order = {c.id: i for i, c in enumerate(claims)}
    yield from _within_articles(claims, judge)
    classes = _classes(claims, dates, undated)
    readings = [_reading(members[0]) for members in classes]
    days = [_day(members[0], dates, undated) for members in classes]
    dated = len([d for d in days if d is not None])       # dated classes come first, by date
    for i, members in enumerate(classes):
        if i < dated:
            near = chain(range(i, bisect_right(days, days[i] + SAME_TIME_DAYS, lo=i, hi=dated)),
                         range(dated, len(classes)))
        else:
            near = range(i, len(classes))
        for j in near:
            if j == i or readings[j] != readings[i]:     # (one reading on two days: one office, never a clash)
                yield from _between(members, classes[j], judge, order)


def _day(claim: Claim, dates: dict[str, date], undated: frozenset[str]) -> int | None:
    """The claim's article's date as a day number; None when the article gives none (it is
    judged as of --as-of, which says nothing of when it was written)."""
    day = None if claim.article_id in undated else dates.get(claim.article_id)
    return day.toordinal() if day else None


def _within_articles(claims, judge):
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    for article in sorted(by_article):
        for a, b in combinations(by_article[article], 2):
            verdict = judge(a, b)
            if verdict[0] is not None:
                yield a, b, verdict


def _classes(claims, dates, undated) -> list[list[Claim]]:
    """Claims of one reading, listed by their article's date (undated last), then first claim."""
    grouped: dict[tuple, list[Claim]] = {}
    for claim in claims:
        grouped.setdefault(_signature(claim, dates, undated), []).append(claim)
    days = {id(ms): _day(ms[0], dates, undated) for ms in grouped.values()}
    return sorted(grouped.values(), key=lambda ms: (days[id(ms)] is None, days[id(ms)] or 0))


def _reading(claim: Claim) -> tuple:
    """What a comparator reads of a claim, less its article's date."""
    return (claim.kind, claim.subject, tuple(claim.entity_ids), _frozen(claim.value), _frozen(claim.attrs))


def _signature(claim: Claim, dates, undated) -> tuple:
    return (*_reading(claim), dates.get(claim.article_id), claim.article_id in undated)


def _frozen(value, top: bool = True):
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v, False)) for k, v in value.items() if not (top and k in WORDING)))
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_frozen(v, False) for v in value]
        return tuple(sorted(items, key=repr)) if isinstance(value, (set, frozenset)) else tuple(items)
    return value


def _between(first: list[Claim], second: list[Claim], judge, order) -> Iterator[tuple[Claim, Claim, Verdict]]:
    """Judge one claim of each class from two articles; the verdict holds for every such pair,
    reported as a star when they clash: each claim of one class with the other class's judged
    claim (an agreement is that one pair: only clashes make findings)."""
    pair = _judged_pair(first, second)
    if pair is None:
        return
    x, y = pair
    place = (lambda c: order[c.id])   # noqa: E731
    verdict = judge(*sorted((x, y), key=place))
    if verdict[0] is None:
        return
    if not verdict[0]:
        yield *sorted((x, y), key=place), verdict
        return
    seen = set()
    for anchor, members in ((x, second), (y, first)):
        for member in members:
            a, b = sorted((anchor, member), key=place)
            if member.article_id != anchor.article_id and (a.id, b.id) not in seen:
                seen.add((a.id, b.id))
                yield a, b, verdict


def _judged_pair(first: list[Claim], second: list[Claim]) -> tuple[Claim, Claim] | None:
    x = first[0]
    y = next((c for c in second if c.article_id != x.article_id), None)
    if y is not None:
        return x, y
    y = second[0]
    x = next((c for c in first if c.article_id != y.article_id), None)
    return (x, y) if x is not None else None
