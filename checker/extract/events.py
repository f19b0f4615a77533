"""Event mentions (summit, earthquake, attack, ...) and whether they are the reported event."""
from __future__ import annotations

from dataclasses import dataclass

from ..schemas import EventClass
from .base import SentenceView

PREVIOUS_WINDOW = 2


@dataclass(frozen=True)
class EventMention:
    i: int
    j: int
    event: EventClass
    status: str        # main | previous | follow-up


def find_events(view: SentenceView) -> list[EventMention]:
    return view.once(_events)


def _events(view: SentenceView) -> list[EventMention]:
    lex = view.rules.lexicon
    follow_up = lex.follow_up_cues.contains_any(view.forms)
    out = []
    for i, n, event in lex.events.find_all(view.forms):
        lo, hi = max(0, i - PREVIOUS_WINDOW), min(len(view.forms), i + n + PREVIOUS_WINDOW + 1)
        previous = any(lex.previous_cues.match_at(view.forms, k) for k in range(lo, hi) if not i <= k < i + n)
        status = "previous" if previous else "follow-up" if follow_up else "main"
        out.append(EventMention(i, i + n, event, status))
    return out


def nearest_event(events: list[EventMention], i: int) -> EventMention | None:
    return min(events, key=lambda e: min(abs(e.i - i), abs(e.j - 1 - i)), default=None)


def event_fields(event: EventMention | None) -> tuple[str | None, dict]:
    """Subject and attrs of a claim about an event: only the reported (main) event is a subject."""
    if event is None:
        return None, {"event": None}
    subject = event.event.id if event.status == "main" else None
    return subject, {"event": event.status, "event_label": event.event.label}
