"""Where an event took place: "summit in PLACE", "in PLACE ... summit", "the PLACE summit",
"PLACE hosted ... the talks"."""
from __future__ import annotations

from .base import SentenceView
from .events import event_fields, find_events
from .registry import extractor

NEAR = 3        # words between an event noun and its place
NEAR_VERB = 5   # ... when a verb stands between ("a summit that lasted three days in Brussels")


@extractor("locations", kinds=("location",))
def extract_locations(view: SentenceView):
    kb, lex = view.rules.kb, view.rules.lexicon
    events = [e for e in find_events(view) if e.status == "main"]
    if not events:
        return
    found = kb.place_names.find_all(view.forms)
    places = [(i, n, place) for i, n, place in found if i > 0 and lex.location_prepositions.match_at(view.forms, i - 1)]
    places += [(e.j, hit[1], hit[0]) for e in events
               if e.j < len(view.forms) and (hit := kb.place_names.match_at(view.forms, e.j))]
    # The host of the event may stand anywhere in the sentence: "Cairo hosted on Wednesday a round of talks".
    hosts = [(i, n, place) for i, n, place in found if _next_to_host_verb(view, i, n)]
    for event in events:
        subject, attrs = event_fields(event)
        near = [p for p in places if _place_of(view, event, p[0], p[0] + p[1])]
        spans = {(i, n): place for i, n, place in near + hosts}
        for (i, n), place in sorted(spans.items()):
            yield view.claim("location", i, i + n, {"place": place.id}, subject=subject, attrs=attrs)


def _next_to_host_verb(view: SentenceView, i: int, n: int) -> bool:
    verbs = view.rules.lexicon.host_verbs
    before = i > 0 and verbs.match_at(view.forms, i - 1) is not None
    after = i + n < len(view.forms) and verbs.match_at(view.forms, i + n) is not None
    return before or after


def _place_of(view: SentenceView, event, i: int, j: int) -> bool:
    """Whether the place at words i..j is where the event happened. It must be near the event
    noun; farther after it only across a verb of the event's clause ("a summit that lasted three
    days in Brussels"), not along a noun chain ("talks on a ceasefire in Gaza"). No punctuation
    (another clause) and no topic marker ("a summit on peace in Ukraine") may stand between."""
    if event.j <= i <= event.j + NEAR or (
            i <= event.j + NEAR_VERB and any(view.upos[k] == "VERB" for k in range(event.j, i))):
        between = range(event.j, i)
    elif 0 <= event.i - j <= NEAR:
        between = range(j, event.i)
    else:
        return False
    markers = view.rules.lexicon.topic_markers
    return not any(view.is_punct(k) or markers.match_at(view.forms, k) for k in between)
