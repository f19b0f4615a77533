"""Where an event took place: "summit in PLACE", "in PLACE ... summit", "the PLACE summit"."""
from __future__ import annotations

from .base import SentenceView
from .events import event_fields, find_events
from .registry import extractor

NEAR = 3    # words between an event noun and its place


@extractor("locations", kinds=("location",))
def extract_locations(view: SentenceView):
    kb, lex = view.rules.kb, view.rules.lexicon
    events = [e for e in find_events(view) if e.status == "main"]
    places = [(i, n, place) for i, n, place in kb.place_names.find_all(view.forms)
              if i > 0 and lex.location_prepositions.match_at(view.forms, i - 1)]
    places += [(e.j, hit[1], hit[0]) for e in events
               if e.j < len(view.forms) and (hit := kb.place_names.match_at(view.forms, e.j))]
    for event in events:
        subject, attrs = event_fields(event)
        for i, n, place in places:
            if event.j <= i <= event.j + NEAR or 0 <= event.i - (i + n) <= NEAR:
                yield view.claim("location", i, i + n, {"place": place.id}, subject=subject, attrs=attrs)
