"""Where an event took place: "summit in PLACE", "in PLACE ... summit", "the PLACE summit",
"PLACE hosted ... the talks"."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..model import LEAD_COUNTRY_KEY, Term
from ..normalize import COMMAS
from .base import SentenceView
from .dates import event_group
from .events import LEAD_SENTENCES, EventMention, event_for, find_events, in_the_lead, time_word, time_words_at, unlisted_event_at, what_took_place
from .measures import MONTH_BRACKETS, STOPS
from .registry import extractor

NEAR = 3        # words between an event noun and its place
NEAR_VERB = 5   # ... when a verb stands between ("a summit that lasted three days in Brussels")
VERB_REACH = 30  # words after an event verb in which its place may stand (no other verb between)
VENUE_WORDS = 4     # words of a venue's name after its noun
VENUE_REACH = 6     # words from a venue's name to the known place it is in
VERB_DEPTH = 3     # parse steps from a place up to the verb it is the place of
POINTING_DEPTH = 4  # ... up to a word of pointing, through the noun pointed to
ASIDE_REACH = 12    # words of a relative clause between commas ("the camp, which started on Saturday, ...")
SPECIFIC = {"venue": 3, "city": 2, "region": 1, "country": 0}
DESTINATION_KEY = ">to"      # a verb's destination is a topic of its own, apart from where it happened
SUPERLATIVE_REACH = 12      # words back from "the most" to the place it is said of


@extractor("locations", kinds=("location",))
def extract_locations(view: SentenceView):
    kb = view.rules.kb
    for claim in (*_places_said_most(view), *_event_places(view)):
        place = claim.value["place"]
        if place.startswith("venue:") and not claim.value.get("within") and (
                hit := _known_inside(view, claim)):
            claim.value["within"] = hit     # "the port of Fujairah" lies in Fujairah
        if country := kb.country_of(claim.value.get("within") if place.startswith("venue:") else place):
            claim.value["country"] = country    # (stories: reports of two countries are two stories)
        yield claim


@extractor("lead-countries", kinds=())
def extract_lead_countries(view: SentenceView):
    """The countries an article's lead names, by a known place or a country's name or adjective
    ("Tunisia opened ...", "the JORDANIAN government"): stories tell two countries' reports apart by
    them, as by their events' places."""
    if view.lead_rank > LEAD_SENTENCES:
        return
    kb = view.rules.kb
    countries = {kb.country_of(place.id) for _, _, place in _known_places(view)
                 if len({kb.country_of(p) for p in (place.id, *kb.namesakes.get(place.id, ()))}) == 1}
    countries |= {j for _, _, j in kb.jurisdictions.find_all(view.forms) if j in kb.places and kb.country_of(j) == j}
    for country in sorted(c for c in countries if c):
        yield Term(LEAD_COUNTRY_KEY + country, 0, country)


def _known_inside(view: SentenceView, claim) -> str | None:
    """The known place a venue's own words name ("the PORT OF Fujairah"), if any."""
    for i, n, place in _known_places(view):
        start, end = view.norm.orig_span(view.words[i].start, view.words[i + n - 1].end)
        if claim.start <= start and end <= claim.end:
            return place.id
    return None


def _event_places(view: SentenceView):
    lex = view.rules.lexicon
    events = [e for e in find_events(view) if e.status == "main" and e.compare and e.kind not in lex.unlocated_events]
    claims = list(_places_of_listed_events(view, events)) if events else []
    # (a sentence whose listed events own none of its places: "the field hospital THAT IT SET UP in
    # Kassala received 4,380 patients since its OPENING")
    yield from claims or _places_of_unlisted_events(view, lead=not events)


def _places_of_listed_events(view: SentenceView, events: list[EventMention]):
    """Each listed event's place in the sentence: the most specific, then the nearest."""
    kb, lex = view.rules.kb, view.rules.lexicon
    # an event may name its own ("launched FROM"); "in" is every event's
    preps = next((lex.event_place_prepositions[e.kind] for e in events if e.kind in lex.event_place_prepositions),
                 lex.location_prepositions)
    found = _known_places(view)
    candidates = {(i, n): place for i, n, place in found
                  if _after_preposition(view, i, preps) or _host_verb_by(view, i, n) is not None}
    candidates.update({(e.j, hit[1]): namesake_in_context(view, hit[0]) for e in events    # "the Baghdad summit",
                       if e.j < len(view.forms) and view.upos[e.i] == "NOUN"          # not "CHINA launched"
                       and (hit := kb.place_names.match_at(view.forms, e.j))
                       and not (hit[1] == 1 and _common_noun_namesake(view, e.j, hit[0]))})
    candidates = {span: place.id for span, place in candidates.items()}
    venue_spans = _venues(view, {i + k for i, n, _ in found for k in range(n)}, preps)
    candidates = {(i, n): place for (i, n), place in candidates.items()     # (a place in a venue's name
                  if not any(v <= i and i + n <= v + m for v, m in venue_spans)}  # is no place of its own)
    candidates.update(venue_spans)
    best: dict[EventMention, tuple] = {}
    venues: dict[EventMention, list[tuple[int, int, str]]] = {}
    for (i, n), place in sorted(candidates.items()):
        if view.in_quoted_name(i) or _among_places(view, i, n):
            continue        # inside a name ("the Front for Change in Chad"), or one place of several
        event = _event_of_place(view, events, i, n, preps)
        if event is None:
            continue
        # One place per event and sentence: the most specific, then the nearest ("signed in Doha"
        # wins over "the Front for Change in Chad", a name that holds a country).
        known = place in kb.places
        if not known:
            venues.setdefault(event, []).append((i, n, place))
        rank = (known, SPECIFIC.get(kb.places[place].type if known else "venue", 0), -abs(i - event.i), -i)
        if event not in best or rank > best[event][0]:
            best[event] = (rank, i, n, place)
    for event, (_, i, n, place) in sorted(best.items(), key=lambda kv: kv[1][1]):
        value = {"place": place}
        if venue := _venue_in(view, venues.get(event, []), i):
            i, n, value = venue[0], venue[1], {"place": venue[2], "within": place}
        if value["place"].startswith("venue:"):
            value["display"] = view.surface(i, i + n)     # the key is the name's skeleton
            if "within" not in value and (after := _known_place_after(view, found, i + n)):
                value["within"] = after
        attrs = event.fields()
        if in_the_lead(view, i, attrs):
            attrs["lead_place"] = True
        yield view.claim("location", i, i + n, value, subject=event_group(attrs), attrs=attrs)


def _known_places(view: SentenceView) -> list:
    """The gazetteer's places named in the sentence, less a one-word name that is a venue noun
    ("maydan", a square, is also Medan in Sumatra): (first word, words, place)."""
    return view.once(_find_known_places)


def _find_known_places(view: SentenceView) -> list:
    venue_nouns = view.rules.lexicon.venue_nouns
    return [(i, n, namesake_in_context(view, place)) for i, n, place in view.rules.kb.place_names.find_all(view.forms)
            if not (n == 1 and (venue_nouns.match_at(view.forms, i) or _common_noun_namesake(view, i, place)))]


def _common_noun_namesake(view: SentenceView, i: int, place) -> bool:
    """"IN-THE-BOURSE of Riyadh" is not Bursa: a one-word city of the generated gazetteer, none of
    whose names has the article, written with it is a common noun."""
    has_article = view.rules.lexicon.normalizer.has_article
    written = view.surface(i, i + 1)
    prefixes = ("", *view.rules.lexicon.glued_location_prepositions)
    return place.gazetteer and any(written.startswith(p) and has_article(written[len(p):]) for p in prefixes) \
        and not any(has_article(name) for name in place.names)


def namesake_in_context(view: SentenceView, place):
    """Of places that share a name once folded ("Amman" and "Oman", Kenitra and Quneitra), the one
    in the country the article names most (by its places no other shares a name with, and by
    countries and their adjectives); the gazetteer's first when nothing tells them apart."""
    kb = view.rules.kb
    others = kb.namesakes.get(place.id)
    if not others:
        return place
    named = _countries_named(view)
    best = max((place.id, *others), key=lambda p: named.get(kb.country_of(p), 0))
    return kb.places[best] if named.get(kb.country_of(best), 0) > named.get(kb.country_of(place.id), 0) else place


def _countries_named(view: SentenceView) -> Counter:
    kb = view.rules.kb
    places, jurisdictions = _named_in(view.article.text, view.rules.lexicon.normalizer, kb.place_names, kb.jurisdictions)
    countries = [kb.country_of(p) for p in places if p not in kb.namesakes]
    countries += [j for j in jurisdictions if j in kb.places]
    return Counter(c for c in countries if c)


@lru_cache(maxsize=64)
def _named_in(text: str, normalizer, place_names, jurisdictions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The known places and the jurisdictions (countries, their adjectives) an article's text names."""
    words = re.findall(r"\w+", normalizer.fold(text))
    return (tuple(place.id for _, _, place in place_names.find_all(words)),
            tuple(j for _, _, j in jurisdictions.find_all(words)))


def _places_of_unlisted_events(view: SentenceView, lead: bool = True):
    """In a sentence with no listed event, a known place or a venue after "in" is where the verb it
    depends on happened ("the workers were HANDED OVER in Ghat", "the plane LANDED at the King
    Hussein airport"): keyed by that verb's root, as an unlisted event's day is; after "to", where
    it took something ("TOWED TO the port of Fujairah"), keyed apart. Not a verb of speech or one
    that only says something took place (then its subject is the event). lead=False: beside listed
    events that own none of the sentence's places (see _event_places)."""
    lex = view.rules.lexicon
    found = _known_places(view)
    known = {i + k for i, n, _ in found for k in range(n)}
    for preps, destination in ((lex.location_prepositions, False), (lex.destination_prepositions, True)):
        spans = {(i, n): place.id for i, n, place in found if _after_preposition(view, i, preps)}
        spans.update(_venues(view, known, preps))
        seen = set()
        # a known place before a venue of the same verb ("through a data centre in the city of Sousse")
        for (i, n), place in sorted(spans.items(), key=lambda kv: (kv[1].startswith("venue:"), kv[0])):
            host = None if view.in_quoted_name(i) else _verb_of_place(view, i)
            if host is None or host in seen:
                continue
            seen.add(host)
            attrs = unlisted_event_at(view, host).fields()
            if not lead and (view.upos[host] != "NOUN" or not str(attrs.get("event_class")).startswith("lemma:")):
                continue    # beside listed events, only a thing said to take place or be set up there
                #             ("the field HOSPITAL that was set up in Kassala"); a listed event's place is
                #             the listed events' to give ("the largest shows THAT WERE HELD in Egypt")
            subject = event_group(attrs)
            if destination:
                moved = _what_is_moved(view, host)
                if moved is None or subject is None or _one_of_several(view, i, n):
                    continue
                attrs["destination"] = True
                subject += DESTINATION_KEY + moved
            elif lead and in_the_lead(view, i, attrs):
                attrs["lead_place"] = True      # (not beside listed events, which the lead is of)
            value = {"place": place, **({"display": view.surface(i, i + n)} if place.startswith("venue:") else {})}
            yield view.claim("location", i, i + n, value, subject=subject, attrs=attrs)


def _what_is_moved(view: SentenceView, verb: int) -> str | None:
    """What a verb took somewhere, by its noun key: its object, or the subject of its passive ("the
    two SHIPS were towed"). None for a pronoun: "the bodies were taken to the hospital" and "took
    THEM to the port" may move two different things."""
    if any(w == verb and t.deprel == "obj" for t, w in zip(view.sentence.tokens, view.token_word)):
        return None     # "took-THEM": an object pronoun written on the verb
    children = [c for c in view.children(verb) if not time_word(view, c)]   # ("towed EVENING yesterday")
    # (with no object, the subject is what was moved: the verb is passive, "were towed", or says
    # itself what moves, "the ships SAILED to")
    moved = next((c for c in children if view.deprel(c) == "obj"), None)
    if moved is None:
        moved = next((c for c in children if view.deprel(c).startswith("nsubj")), None)
    if moved is None or view.upos[moved] != "NOUN":
        return None
    return view.rules.lexicon.normalizer.noun_key(view.lemmas[moved] or view.forms[moved])


def _one_of_several(view: SentenceView, i: int, n: int) -> bool:
    """A place followed by "and" another of its kind ("to the Alexandria hospital AND the Marjan
    hospital"): one destination of several."""
    k = i + n
    while k < len(view.forms) and k - (i + n) < VENUE_WORDS and not view.is_punct(k):
        if view.deprel(k) == "conj" and view.head_word(k) in range(i, k):
            return True
        k += 1
    return False


def _places_said_most(view: SentenceView):
    """"the delegation of Sbiba, known for its apples, WAS THE MOST AFFECTED", "Tunis-Carthage
    airport was the most affected by the strike": the subject of "the most" + a noun is a place
    claim of its own, keyed by what it is the most of and the kind of venue, and compared with the
    same said of another place."""
    lex = view.rules.lexicon
    for k in range(1, len(view.forms) - 1):
        if not (lex.superlatives.match_at(view.forms, k) and view.forms[k + 1].isalpha()
                and view.upos[k + 1] in ("NOUN", "VERB", "ADV")) \
                or lex.normalizer.has_article(view.surface(k + 1, k + 2)) or lex.measures.of_words.match_at(view.forms, k - 1):
            continue    # "the most CROWDED AREAS", "ONE OF the most affected": no place said to be the one
        place = _subject_place(view, k)
        if place is None:
            continue
        (i, n), value = place
        quality = unlisted_event_at(view, k + 1)
        kind = f"lemma:most-{quality.root}" + (f"-{value.split()[0].removeprefix('venue:')}" if value.startswith("venue:") else "")
        event = replace(quality, i=k, j=k + 2, kind=kind, cls=kind, root=kind.removeprefix("lemma:"),
                        label=view.surface(k, k + 2))
        attrs = event.fields()
        shown = {"display": view.surface(i, i + n)} if value.startswith("venue:") else {}
        yield view.claim("location", i, i + n, {"place": value, **shown}, subject=event_group(attrs), attrs=attrs)


def _subject_place(view: SentenceView, k: int) -> tuple[tuple[int, int], str] | None:
    """The first place named in the clause before word k ("the most"): its first words after "that",
    a verb or the sentence's start, commas and a copula allowed between."""
    lex = view.rules.lexicon
    start = k
    while start > 0 and k - start < SUPERLATIVE_REACH:
        m = start - 1
        copula = lex.copulas.match_at(view.forms, m)     # ("kana" also reads as "ka-anna", as-that)
        if view.forms[m] in STOPS or not copula and (
                lex.complementizers.match_at(view.forms, m) or view.upos[m] == "VERB"):
            break
        start = m
    found = [(i, n, place) for i, n, place in _known_places(view) if start <= i < k]
    known = {i + d for i, n, _ in found for d in range(n)}
    for m in range(start, k):
        if venue := _venue_at(view, m, known, lex.location_prepositions, limit=k):
            return venue
        if hit := next(((i, n, place) for i, n, place in found if i == m), None):
            return (hit[0], hit[1]), hit[2].id
    return None


def _verb_of_place(view: SentenceView, i: int) -> int | None:
    """The verb a place phrase depends on in the parse, within its clause; for a verb that only says
    something happened, what it says happened ("the HANDOVER took place in Ghat")."""
    lex = view.rules.lexicon
    first = i
    while first > 0 and i - first < 3 and view.head_word(first) == first - 1 and lex.place_nouns.match_at(view.forms, first - 1):
        first -= 1      # "... in THE CITY OF Sousse": the phrase hangs on the verb by its place noun
    if (antecedent := _before_an_aside(view, first)) is not None:
        # "the camp, WHICH STARTED last Saturday, WAS HELD in the hospital of ...": the place is of
        # the clause the aside interrupts, whatever verb the parse hangs it on
        verb = view.head_word(antecedent)
        return _said_there(view, verb, antecedent) if verb is not None and view.upos[verb] == "VERB" else None
    below = first
    for depth, k in enumerate(view.ancestors(first, limit=POINTING_DEPTH)):
        # "..., INDICATING the DEATH of a worker in Hillah": the death took place there (the parse
        # hangs the death on the pointing word, or on the verb of the clause before it)
        if lex.pointing.match_at(view.forms, k):
            return below if below != first and view.upos[below] == "NOUN" and not _clause_break(view, k, i) else None
        if view.upos[k] == "NOUN" and _pointed_to(view, k) and not _clause_break(view, k, i):
            return k
        below = k
        if view.upos[k] != "VERB" or depth >= VERB_DEPTH:
            continue
        return _said_there(view, k, i)
    return None


def _said_there(view: SentenceView, verb: int, k: int) -> int | None:
    """What a place word k of the verb's clause is the place of: the verb, or what a verb that only
    says something happened says happened; none across punctuation or for a verb of speech."""
    lex = view.rules.lexicon
    if _clause_break(view, verb, k) or lex.speech_verbs.match_at(view.forms, verb):
        return None
    if view.verb_in(lex.happening_verbs, verb) or view.verb_in(lex.light_verbs, verb):
        return what_took_place(view, verb)
    return verb


def _before_an_aside(view: SentenceView, first: int) -> int | None:
    """The noun a relative clause between commas is on, when the place phrase at `first` (past its
    preposition) comes right after that clause's closing comma: "the CAMP, which started on Saturday,
    in ..."."""
    lex = view.rules.lexicon
    k = first - 1
    while k >= 0 and view.upos[k] == "ADP":
        k -= 1
    if k < 0 or view.forms[k] not in COMMAS:
        return None
    for m in range(k - 1, max(0, k - ASIDE_REACH), -1):
        if view.is_punct(m):
            opens = view.forms[m] in COMMAS and lex.relative_pronouns.match_at(view.forms, m + 1)
            return m - 1 if opens and m > 0 and view.upos[m - 1] == "NOUN" else None
    return None


def _pointed_to(view: SentenceView, k: int) -> bool:
    """Word k follows a word of pointing and its preposition ("lafitan ILA «the death"), quote
    marks aside."""
    m = k - 1
    while m >= 0 and view.forms[m] == '"':
        m -= 1
    return m > 0 and view.upos[m] == "ADP" and bool(view.rules.lexicon.pointing.match_at(view.forms, m - 1))


def _clause_break(view: SentenceView, k: int, i: int) -> bool:
    """Punctuation between words k and i, other than the quote marks of someone's words."""
    return any(view.is_punct(m) and view.forms[m] != '"' for m in range(min(k, i), max(k, i)))


def _among_places(view: SentenceView, i: int, n: int) -> bool:
    """One of several places joined by "and" ("offices in Cairo AND Casablanca"): no one of them is
    where the event happened."""
    places = _known_places(view)

    def joined(k: int, to: range) -> bool:
        return view.deprel(k) == "conj" and view.head_word(k) in to
    return any(joined(i, range(a, a + m)) or joined(a, range(i, i + n)) for a, m, _ in places if a != i)


def _known_place_after(view: SentenceView, found: list, k: int) -> str | None:
    """A known place that goes on a venue's phrase ending before word k ("the King Abdulaziz centre
    for conferences IN RIYADH"): the venue lies in it. Not across punctuation or a verb."""
    preps = view.rules.lexicon.location_prepositions
    return next((place.id for i, n, place in found
                 if _phrase_goes_on(view, k, i) and _after_preposition(view, i, preps)), None)


def _venue_in(view: SentenceView, venues: list[tuple[int, int, str]], place_at: int):
    """The venue whose phrase the known place ends ("the People's Palace in the capital Djibouti",
    "the Xichang launch centre in China"): the event's place is the venue, within that place."""
    return next(((i, n, venue) for i, n, venue in venues if _phrase_goes_on(view, i + n, place_at)), None)


def _phrase_goes_on(view: SentenceView, venue_end: int, place_at: int) -> bool:
    """A known place at word place_at goes on the phrase of a venue that ends before word venue_end:
    close after it, with no punctuation or verb between."""
    return 0 <= place_at - venue_end <= VENUE_REACH and not any(
        view.is_punct(k) or view.upos[k] == "VERB" for k in range(venue_end, place_at))


def _event_of_place(view: SentenceView, events: list[EventMention], i: int, n: int, preps) -> EventMention | None:
    """The event a place is said of: the one its clause attaches it to, else the nearest event it
    stands by ("at the end of a summit that lasted three days in Brussels, 30 leaders AGREED")."""
    attached = event_for(view, i, i + n)
    if (host := _host_verb_by(view, i, n)) is not None:
        if hosted := _hosted(view, events, host):
            return hosted
        if attached in events:
            return attached
    for event in sorted(events, key=lambda e: (e != attached, abs(e.i - i), e.i)):
        if _place_of(view, event, i, i + n, preps):
            return event
    return None


def _venues(view: SentenceView, known: set[int], preps) -> dict[tuple[int, int], str]:
    """Venues no gazetteer lists, by their phrase: "at the Badr court complex", "in the Tora court
    complex", "the Kharj exhibition centre HOSTED the ceremony": a preposition (or a host verb), a
    venue noun ("complex", "palace", "stadium"), and the words that name it, up to punctuation, a
    preposition or a verb. Keyed as "venue:" and its words."""
    lex = view.rules.lexicon
    out = {}
    for k in range(len(view.forms)):
        if not (lex.venue_nouns.match_at(view.forms, k) and (_glued_to(view, k, lex.venue_nouns) or (
                k > 0 and (preps.match_at(view.forms, k - 1) or _is_host_verb(view, k - 1))))):
            continue
        if k + 1 < len(view.forms) and lex.ordinal_days.match_at(view.forms, k + 1):
            continue        # "settled for THE THIRD PLACE" (markaz): a rank, not a venue
        if (venue := _venue_at(view, k, known, preps)) and not _unnamed(view, *venue[0]):
            out[venue[0]] = venue[1]
    return out


def _unnamed(view: SentenceView, i: int, n: int) -> bool:
    """"in A POPULAR MARKET in the Najjar district", "a FIELD hospital": a venue noun without the
    article and adjectives without it say what kind of place, not which."""
    definite = lambda m: view.rules.lexicon.normalizer.has_article(view.surface(m, m + 1))  # noqa: E731
    end = next((m for m in range(i + 1, i + n) if _glued_preposition_any(view, m)
                or _glued_to(view, m, view.rules.lexicon.venue_nouns)), i + n)     # ("IN-the-district")
    nisba = view.rules.lexicon.nisba_ending      # (an adjective of a kind; a name the tagger called one is not)
    return not definite(i) and i + 1 < end and all(
        view.upos[m] == "ADJ" and not definite(m) and nisba in view.forms[m][-2:] for m in range(i + 1, end))


def _venue_at(view: SentenceView, k: int, known: set[int], preps,
              limit: int | None = None) -> tuple[tuple[int, int], str] | None:
    """The venue whose noun is word k and the words that name it, before word `limit`: ((first
    word, words), key)."""
    lex = view.rules.lexicon
    if not lex.venue_nouns.match_at(view.forms, k):
        return None
    j, limit = k + 1, len(view.forms) if limit is None else limit
    while j < limit and j - k <= VENUE_WORDS and view.forms[j].isalpha() and view.upos[j] not in (
            "ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PART") and j not in known and not _glued_preposition_any(view, j) \
            and not _ends_venue_name(view, j) and not preps.match_at(view.forms, j) and view.deprel(j) != "conj":
        j += 1
    if j == k + 1 and j in known:
        while j < limit and j in known and j - k <= VENUE_WORDS:
            j += 1      # "the PORT OF Fujairah", "Cairo UNIVERSITY": a venue named by a known place
        named_for = j < limit and view.upos[j] == "NOUN" and view.glued_for(j)
        if named_for or not lex.place_nouns.match_at(view.forms, k):
            # "the Oman CENTRE FOR CONFERENCES": an institution, not the district of a place
            return (k, j - k + named_for), "venue:" + " ".join(_venue_word(view, m) for m in range(k, j + named_for))
    if j - k >= 2 and not any(m in known for m in range(k, j)) and not _only_nationality(view, k + 1, j):
        return (k, j - k), "venue:" + " ".join(_venue_word(view, m) for m in range(k, j))
    return None


def _ends_venue_name(view: SentenceView, k: int) -> bool:
    """"at the Husseiniya Palace ON TUESDAY", "Beni Suef governorate SOUTH of the capital", "Beni Suef
    governorate, THE EGYPTIAN one": what follows a venue's name without being part of it."""
    lex, kb = view.rules.lexicon, view.rules.kb
    hit, form = kb.jurisdictions.match_at(view.forms, k), view.forms[k]
    nationality = bool(hit) and hit[1] == 1 and lex.nisba_ending in (form[-1:], form[-2:-1])
    return time_word(view, k) or bool(lex.venue_name_ends.match_at(view.forms, k)) or nationality


def _only_nationality(view: SentenceView, i: int, j: int) -> bool:
    """"off the TUNISIAN coast": a place noun and a country's adjective name no particular place."""
    return all(view.rules.kb.jurisdictions.match_at(view.forms, m) for m in range(i, j))


def _venue_word(view: SentenceView, k: int) -> str:
    """A word of a venue's name as outlets' transliterations vary it least (its name skeleton):
    "Jiuquan" spelt with or without its second long vowel is one word."""
    word = view.lemmas[k] or view.forms[k]
    return view.rules.lexicon.name_skeleton(word, parts_needed=1) or word


def _glued_preposition_any(view: SentenceView, k: int) -> bool:
    """"... in Tahrir Square": a word behind a glued "in/at" starts another phrase."""
    return bool(view.glued_preposition(k)) or _glued_to(view, k, view.rules.lexicon.place_nouns)


def _glued_to(view: SentenceView, k: int, nouns) -> bool:
    """A noun of the table that carries a glued "bi-" (at, in): "bi-l-capital", not a noun that
    begins with the letter."""
    form = view.forms[k]
    return any(form.startswith(p) and nouns.match_at([form[len(p):]], 0) is not None
               for p in view.rules.lexicon.glued_location_prepositions)


def _glued_place(view: SentenceView, i: int) -> bool:
    """A known place (of one word or several) whose first word carries a glued "bi-"."""
    form = view.forms[i]
    return any(form.startswith(p) and len(form) > len(p) + 2
               and view.rules.kb.place_names.match_at([form[len(p):], *view.forms[i + 1:]], 0) is not None
               for p in view.rules.lexicon.glued_location_prepositions)


def _nouns_between(view: SentenceView, i: int, j: int) -> bool:
    """A noun other than a place noun between an event and a place: "talks on a CEASEFIRE in Gaza"."""
    nouns = view.rules.lexicon.place_nouns
    return any(view.upos[k] == "NOUN" and not nouns.match_at(view.forms, k) for k in range(i, j))


def _phrase_start(view: SentenceView, i: int, preps) -> int:
    """Where the place's phrase starts: its preposition, before any place noun and adjective ("IN
    the Ethiopian capital Addis Ababa")."""
    lex = view.rules.lexicon
    k = i
    while k > 0 and i - k < 4 and (lex.place_nouns.match_at(view.forms, k - 1) or view.upos[k - 1] in ("ADJ", "PROPN")):
        k -= 1
    if k > 0 and preps.match_at(view.forms, k - 1):
        k -= 1
    return k


def _after_preposition(view: SentenceView, i: int, preps) -> bool:
    """"in Doha", "in the Qatari capital Doha", "at the People's Palace in the capital Djibouti"."""
    lex = view.rules.lexicon
    if _glued_place(view, i):
        return True         # "bi-l-Asima al-Idariya": "in" written on the place's own first word
    k = i - 1
    while k >= 0 and (lex.place_nouns.match_at(view.forms, k) or view.upos[k] in ("ADJ", "PROPN")) and i - k <= 4:
        if _glued_to(view, k, lex.place_nouns):
            return True
        k -= 1
    return k >= 0 and preps.match_at(view.forms, k) is not None


def _host_verb_by(view: SentenceView, i: int, n: int) -> int | None:
    """The host verb of a place: "Cairo HOSTED the talks", "talks that the Egyptian capital Cairo
    HOSTED" (the place's own nouns and adjectives between)."""
    lex = view.rules.lexicon
    k = i - 1
    while k >= 0 and (lex.place_nouns.match_at(view.forms, k) or view.upos[k] == "ADJ") and i - k <= 3:
        k -= 1
    if k >= 0 and _is_host_verb(view, k):
        return k
    return i + n if i + n < len(view.forms) and _is_host_verb(view, i + n) else None


def _is_host_verb(view: SentenceView, k: int) -> bool:
    """By its written form, or by its lemma when a pronoun is glued to it ("HOSTED-them")."""
    verbs = view.rules.lexicon.host_verbs
    return (verbs.match_at(view.forms, k) is not None
            or (view.upos[k] == "VERB" and verbs.match_at([view.lemmas[k]], 0) is not None))


def _hosted(view: SentenceView, events: list[EventMention], verb: int) -> EventMention | None:
    """What a host verb says was hosted: the noun its relative clause is on ("talks THAT Cairo
    hosted"), else its object."""
    for k in (view.head_word(verb), *(c for c in view.children(verb) if view.deprel(c) == "obj")):
        if k is not None and (hit := next((e for e in events if e.i <= k < e.j), None)):
            return hit
    return None


def _another_verb(view: SentenceView, k: int, objects) -> bool:
    """A verb of another clause. Not one that only gives a value ("worth a total that AMOUNTS to
    4.2 billion") nor the second word of an object the tagger read as a verb ("memorandum of
    UNDERSTANDING")."""
    if view.upos[k] != "VERB" or view.rules.lexicon.measures.level_verbs.get(view.lemmas[k]):
        return False
    return not (objects and k > 0 and objects.match_at(view.forms, k - 1))


def _held_by(view: SentenceView, event: EventMention) -> int | None:
    """Where the event's clause goes on: a verb that only says the event took place ("held",
    "convened"), after the event noun and the words that name it, with nothing but a relative
    pronoun between ("a meeting of the pricing committee WHICH WAS HELD on Wednesday at the
    ministry in Cairo"), or right before it (then the noun itself: "HELD its meeting ... in")."""
    lex = view.rules.lexicon
    if view.upos[event.i] != "NOUN":
        return None
    before = event.i - 1 - bool(event.i > 0 and view.upos[event.i - 1] in ("NOUN", "PROPN"))
    if before >= 0 and view.upos[before] == "VERB" and view.verb_in(lex.light_verbs, before):
        return event.j - 1      # "the cabinet HELD its meeting ... at its seat in the capital"
    for k in range(event.j, min(len(view.forms), event.j + NEAR_VERB + 2)):
        if view.upos[k] == "VERB":
            return k if view.verb_in(lex.light_verbs, k) else None
        if view.is_punct(k):
            if not (view.forms[k] in COMMAS and k + 1 < len(view.forms) and view.upos[k + 1] == "PRON"):
                return None     # (a comma only before "which": "the weekly meeting, WHICH was held")
        elif view.upos[k] not in ("NOUN", "PROPN", "ADJ", "ADP", "PRON", "DET"):
            return None
    return None


def _place_of(view: SentenceView, event: EventMention, i: int, j: int, preps) -> bool:
    """Whether the place at words i..j is where the event happened. After an event verb ("signed,
    on Thursday in Doha, ...") anywhere in its clause up to VERB_REACH words, across commas but not
    across another verb. Near an event noun otherwise; farther after it only across a verb of the
    event's clause ("a summit that lasted three days in Brussels"), not along a noun chain ("talks on
    a ceasefire in Gaza"). No topic marker ("a summit on peace in Ukraine") may stand between."""
    markers = view.rules.lexicon.topic_markers
    start = _phrase_start(view, i, preps)
    verb_like = view.upos[event.i] == "VERB" or event.kind in view.rules.lexicon.event_objects
    if verb_like and event.j <= i <= event.j + VERB_REACH:      # "the LAUNCH of the satellite ... from"
        objects = view.rules.lexicon.event_objects.get(event.kind)
        between = [k for k in range(event.j, i) if not (objects and objects.match_at(view.forms, k))]
        return not any(_another_verb(view, k, objects) or markers.match_at(view.forms, k) for k in between)
    held = _held_by(view, event)
    if held is not None and held < i <= held + VERB_REACH:     # "a meeting that the committee HELD ... in Cairo"
        return not any(_another_verb(view, k, None) or markers.match_at(view.forms, k) for k in range(held + 1, i))
    # the words of a time between count for nothing ("a fire broke out LAST NIGHT, SATURDAY 11
    # OCTOBER/TISHREEN I, in the souk")
    timed = _time_words(view, event.j, i) if event.j <= i else set()
    time_start = len([k for k in timed if k < start])
    if event.j <= start <= event.j + NEAR_VERB + time_start and not _nouns_between(view, event.j, start):
        between = range(event.j, start)     # "an extraordinary summit in the Ethiopian capital Addis Ababa"
    elif event.j <= i <= event.j + NEAR + len(timed) or (
            i <= event.j + NEAR_VERB + len(timed) and any(view.upos[k] == "VERB" for k in range(event.j, i))):
        between = range(event.j, i)
    elif 0 <= event.i - j <= NEAR:
        between = range(j, event.i)
    else:
        return False
    return not any((view.is_punct(k) and k not in timed) or markers.match_at(view.forms, k) for k in between)


def _time_words(view: SentenceView, i: int, j: int) -> set[int]:
    """The words from i to j that name a time: time words and the rest of their phrase (a month's
    two words), a day's number beside them, and a slash or bracket between two of them."""
    timed: set[int] = set()
    for k in range(i, j):
        timed.update(range(k, min(j, k + time_words_at(view, k))))
    for k in range(i, j):
        beside = (k - 1 in timed) + (k + 1 in timed)
        if (view.forms[k].isdecimal() and beside) or (view.forms[k] in MONTH_BRACKETS and beside == 2):
            timed.add(k)
    return timed
