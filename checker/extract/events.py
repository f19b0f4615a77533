"""Gathering mentions (summit, talks, meeting) and whether they are the reported one."""
from __future__ import annotations

from dataclasses import dataclass

from .base import SentenceView

PREVIOUS_WINDOW = 2


@dataclass(frozen=True)
class Gathering:
    i: int
    j: int
    status: str        # main | previous | follow-up


def find_gatherings(view: SentenceView) -> list[Gathering]:
    lex = view.rules.lexicon
    follow_up = lex.follow_up_cues.contains_any(view.forms)
    out = []
    for i, n, _ in lex.gatherings.find_all(view.forms):
        lo, hi = max(0, i - PREVIOUS_WINDOW), min(len(view.forms), i + n + PREVIOUS_WINDOW + 1)
        previous = any(lex.previous_cues.match_at(view.forms, k) for k in range(lo, hi) if not i <= k < i + n)
        status = "previous" if previous else "follow-up" if follow_up else "main"
        out.append(Gathering(i, i + n, status))
    return out


def nearest_gathering(gatherings: list[Gathering], i: int) -> Gathering | None:
    return min(gatherings, key=lambda g: min(abs(g.i - i), abs(g.j - 1 - i)), default=None)
