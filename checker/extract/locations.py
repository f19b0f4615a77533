"""Where a gathering took place: "summit in PLACE", "in PLACE ... summit", "the PLACE summit"."""
from __future__ import annotations

from .base import SentenceView
from .events import find_gatherings
from .registry import extractor

NEAR = 3    # words between a gathering noun and its place


@extractor("locations", kinds=("location",))
def extract_locations(view: SentenceView):
    kb, lex = view.rules.kb, view.rules.lexicon
    places = [(i, n, place) for i, n, place in kb.place_names.find_all(view.forms)
              if (i > 0 and lex.location_prepositions.match_at(view.forms, i - 1))]
    places += [(g.j, hit[1], hit[0]) for g in find_gatherings(view)
               if g.j < len(view.forms) and (hit := kb.place_names.match_at(view.forms, g.j))]
    for g in find_gatherings(view):
        if g.status != "main":
            continue
        for i, n, place in places:
            if g.j <= i <= g.j + NEAR or 0 <= g.i - (i + n) <= NEAR:
                yield view.claim("location", i, i + n, {"place": place.id}, subject="gathering",
                                 attrs={"gathering": g.status})
