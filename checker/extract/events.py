"""Event mentions (summit, signing, opening, a statement...) and which one a date or place is about.

A date or place belongs to the nearest event mention of its clause, where "nearest" counts words,
and commas as two; a complementizer after a speech verb ("announced on Tuesday THAT the signing
will be on Thursday") is a wall, and a mention the claim depends on in the parse is nearest of all.
An event no list names is the noun or verb the claim stands by, keyed by its lemma and root, so
that two dates of one payout are compared without a word list naming payouts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..morph import root
from ..normalize import ARABIC_QUESTION, COMMAS
from ..schemas import EventClass
from .base import SENTENCE_PUNCT, SentenceView
from .titles import QUOTED_NAME

PREVIOUS_WINDOW = 2
FACET_WINDOW = 4         # words after an event noun that may name its facet ("the meeting of ministers")
PHASE_REACH = 12         # words between a phase verb ("opened") and the event it opens
PHASE_HOPS = 3           # steps up the parse from a phase verb to the noun whose clause it is in
OBJECT_REACH = 20        # words after an event verb in which its object must stand
LASTING_REACH = 4        # words from a verb of lasting to the duration it governs
MAX_DISTANCE = 12        # a mention farther than this from a claim is not its event
OWN_VERB_REACH = 8      # words back from a day to the verb of its own clause
RELATIVE_REACH = 4      # words back from a verb to the relative pronoun of its clause
GENERIC_REACH = 8        # words back from a generic noun ("its proceedings") to the event it is of
CEREMONY_REACH = 30      # ... and from a ceremony to the event of its sentence
UNLISTED_TAGS = ("NOUN", "VERB")
FULL_STOPS = (".", "!", "?", ARABIC_QUESTION)
CLAUSE_ENDS = (".", ":")        # a verb's clause is not looked for across these
YEAR_RANGE = (1900, 2100)
SCHEDULED_REACH = 2     # words from the sentence's start where "it is scheduled that" may begin
LEAD_SENTENCES = 2      # the headline and the first two full sentences of the body (bylines and
#                         subheads between them do not count): an article's lead
NEWS_HOPS = 3           # steps up the parse from a day or place to the verb of speech or publication it is of


@dataclass(frozen=True)
class EventMention:
    i: int
    j: int
    kind: str            # an events.yaml kind (summit, signing...) or "lemma:<lemma>" for an event no list names
    cls: str             # its class: kinds of one class are compared when one of them is generic
    label: str
    generic: bool = False
    compare: bool = True
    facet: str | None = None
    phase: str | None = None     # start | end
    status: str = "main"         # main | previous | next | follow-up
    root: str = ""
    lasts: bool = True           # (see EventClass.lasts)
    speaker: str | None = None   # a statement of an article's lead: who made it and with what verb

    def fields(self) -> dict:
        out = {"event": self.status, "event_kind": self.kind, "event_class": self.cls, "event_label": self.label,
               "event_generic": self.generic, "event_facet": self.facet, "event_phase": self.phase,
               "event_root": self.root, "event_lasts": self.lasts}
        if self.speaker:
            out["event_speaker"] = self.speaker
        return out


def find_events(view: SentenceView) -> list[EventMention]:
    return view.once(_events)


def _events(view: SentenceView) -> list[EventMention]:
    lex = view.rules.lexicon
    follow_up = lex.follow_up_cues.contains_any(view.forms)
    markers = {k for i, n, _ in lex.start_markers.find_all(view.forms) for k in range(i, i + n)}
    raw = [_noun_mention(view, i, n, event, follow_up) for i, n, event in lex.events.find_all(view.forms)
           if not _bare_generic(view, i, n, event) and i not in markers]    # ("enters INTO FORCE": no event)
    verbs, phases = [], []
    for k, lemma in enumerate(view.lemmas):
        if any(m.i <= k < m.j for m in raw):
            continue
        if (event := _event_verb(view, k)) and _verb_or_its_noun(view, k, event) and _has_object(view, k, event):
            verbs.append(_mention(k, k + 1, event, status="next" if event.coming else "follow-up" if follow_up else "main"))
        elif lex.speech_verbs.match_at(view.forms, k) and not lex.attribution_cues.ending_at(view.forms, k, reach=3):
            verbs.append(EventMention(k, k + 1, "statement", "statement", "the statement", compare=False, lasts=False,
                                      speaker=_lead_statement(view, k)))
        elif (phase := view.verb_in(lex.phase_verbs, k)) and view.upos[k] in ("VERB", "NOUN"):
            phases.append((k, phase))
    named = _named_by_what_follows(view, sorted(raw + verbs, key=lambda m: (m.i, m.j)))
    nouns = [m for m in named if m not in verbs]
    out = named + [_phase_verb(view, k, phase, nouns) for k, phase in phases] + _lone_phase_nouns(view, nouns)
    if any(lex.scheduled_cues.match_at(view.forms, k) for k in range(min(SCHEDULED_REACH, len(view.forms)))):
        # "IT IS SCHEDULED THAT parliament debate the draft in a session on Tuesday": a coming event
        out = [replace(m, status="next") if m.status == "main" and m.compare else m for m in out]
    return sorted(out, key=lambda m: (m.i, m.j, m.kind))


QUOTE_MARKS = frozenset(QUOTED_NAME) | frozenset(QUOTED_NAME.values())


def _lead_statement(view: SentenceView, k: int) -> str | None:
    """The news an article opens with is most often a statement ("the ministry ANNOUNCED on Tuesday
    that ..."): in the lead, a speech verb with its subject is keyed by the verb's root and the
    subject's words (its head and the noun it governs), so that two reports of one announcement
    compare its day. A statement further down, or with no subject, is one of many."""
    if view.lead_rank > LEAD_SENTENCES:
        return None
    # (Arabic puts the subject right after the verb, so one after it first: a dateline before it,
    # "CAIRO - the federation announced", is no subject; the small tagger sometimes calls it the object)
    subject = next((c for c in sorted(view.children(k), key=lambda c: (c < k, c)) if view.upos[c] in ("NOUN", "PROPN") and (
        view.deprel(c).startswith("nsubj") or (c == k + 1 and view.deprel(c) == "obj")) and not time_word(view, c)), None)
    if subject is None:
        return None
    governed = _word_after_subject(view, subject) or next(
        (view.lemmas[c] for c in view.children(subject)
         if view.deprel(c) in ("nmod", "flat") and view.upos[c] in ("NOUN", "PROPN")), None)
    words = [view.lemmas[subject], *([governed] if governed else [])]
    return ":".join([root(view.lemmas[k]), *(root(w) for w in words)])


def _word_after_subject(view: SentenceView, subject: int) -> str | None:
    """The noun a statement's subject governs, read as the next word past quote marks ('the company
    "Atlas"' and 'the company «Atlas»', which the parse attaches two ways): a quoted word as written,
    whatever the tagger calls it, else a noun's lemma."""
    after = next((m for m in range(subject + 1, min(len(view.forms), subject + 3))
                  if view.forms[m] not in QUOTE_MARKS), None)
    if after is None or time_word(view, after):
        return None
    if after > subject + 1:
        return view.forms[after]
    return view.lemmas[after] if view.upos[after] in ("NOUN", "PROPN") else None


def in_the_lead(view: SentenceView, start: int, attrs: dict) -> bool:
    """A day or place an article's lead gives to what it reports: of its story's main event, whatever
    word each outlet names that event with ("the escape", "managed to flee", "the inmates broke
    out"). Not of a statement (the news of a statement is its own), nor of an earlier or a coming
    occurrence. attrs: the claim's event fields."""
    if view.lead_rank > LEAD_SENTENCES or attrs.get("event") not in ("main", None) or attrs.get("event_speaker"):
        return False
    return attrs.get("event_class") not in view.rules.lexicon.news_classes and not _news_of(view, start)


def _news_of(view: SentenceView, start: int) -> bool:
    """The claim hangs on a verb of speech or publication in the parse ("the club ANNOUNCED yesterday,
    Tuesday, its signing of ...", "the figures the authority PUBLISHED on Saturday"), with no "that"
    between: the day or place of the news, not of what it tells."""
    lex = view.rules.lexicon
    for verb in view.ancestors(start, limit=NEWS_HOPS):
        if view.verb_in(lex.publication_verbs, verb) and _issues_a_ruling(view, verb):
            continue        # "the court ISSUED, yesterday Tuesday, its VERDICT": the verdict's day
        if (lex.speech_verbs.match_at(view.forms, verb) or view.verb_in(lex.publication_verbs, verb)) and verb < start:
            return not any(lex.complementizers.match_at(view.forms, k) for k in range(verb + 1, start))
    return False


def _issues_a_ruling(view: SentenceView, verb: int) -> bool:
    """What a verb of publication issues is a ruling (rules/lexicon/speech.yaml `rulings`): a word
    after it that depends on it, and not its subject (the small parser reads an object after a day
    between commas as a conjunct)."""
    return any(c > verb and not view.deprel(c).startswith("nsubj") and view.rules.lexicon.rulings.match_at(view.forms, c)
               for c in view.children(verb))


def _named_by_what_follows(view: SentenceView, nouns: list[EventMention]) -> list[EventMention]:
    """A generic noun is the event its phrase names: "the proceedings of the summit", or "the summit
    ... ended its proceedings" (the event named before it in its clause); a ceremony is the
    ceremony of the event its sentence reports before it ("signed ..., at a ceremony held in ...")."""
    out: list[EventMention] = []
    for m in nouns:
        if m.generic and m.cls != "any" and m.status != "next" \
                and not any(view.is_punct(k) for k in range(max(0, m.i - GENERIC_REACH), m.i)):
            # (a coming session, "ADJOURNED the case to ...", is named by its own verb)
            before = [p for p in out if not p.generic and 0 <= m.i - p.j <= GENERIC_REACH]
            if before:
                m = _as_kind(m, before[-1])
        elif m.cls == "any":
            # "... signed the agreement, during a ceremony held in N'Djamena": the ceremony of it
            before = [p for p in out if not p.generic and p.compare and 0 <= m.i - p.j <= CEREMONY_REACH]
            if before:
                m = _as_kind(m, before[-1])
        if out and out[-1].generic and out[-1].cls != "any" and 0 <= m.i - out[-1].j <= 1 and not m.generic:
            first = out.pop()
            m = replace(m, i=first.i, facet=m.facet or first.facet, phase=m.phase or first.phase,
                        status=m.status if m.status != "main" else first.status)
        out.append(m)
    return out


def _as_kind(m: EventMention, kind: EventMention) -> EventMention:
    """Mention m, taking the kind of event from another mention (keeping its own facet and phase if any)."""
    return replace(kind, i=m.i, j=m.j, facet=m.facet or kind.facet, phase=m.phase or kind.phase,
                   status=m.status if m.status != "main" else kind.status)


def _event_verb(view: SentenceView, k: int) -> EventClass | None:
    """The event a verb names, by its lemma, or (when the lemmatizer cut a root letter off as a
    clitic: "wa-qqa'at", signed, lemmatized as "qa'") by its written form less the inflection. A
    verb the tagger took for a noun is read by its written form only for an event that needs an
    object (which _has_object then asks for: two cues, not one)."""
    lex = view.rules.lexicon
    event = lex.event_verbs.get(view.lemmas[k])
    if event or view.upos[k] not in ("VERB", "NOUN"):
        return event
    for form in sorted(lex.normalizer.variants(view.forms[k])):
        for ending in ("", *lex.verb_endings):
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                event = lex.event_verbs.get(form[:len(form) - len(ending)])
                if event and (view.upos[k] == "VERB" or event.objects):
                    return event
    return None


def _verb_or_its_noun(view: SentenceView, k: int, event: EventClass) -> bool:
    """A verb, or its verbal noun when the event needs an object ("the LAUNCH of the satellite")."""
    return view.upos[k] == "VERB" or (view.upos[k] == "NOUN" and bool(event.objects))


def _has_object(view: SentenceView, k: int, event: EventClass) -> bool:
    objects = view.rules.lexicon.event_objects.get(event.id)
    if objects is None:
        return True
    for m in range(k + 1, min(len(view.forms), k + 1 + OBJECT_REACH)):
        if view.rules.lexicon.complementizers.match_at(view.forms, m):
            return False
        if objects.match_at(view.forms, m):
            return True
    return False


def background(view: SentenceView, by_year: bool = True) -> bool:
    """The sentence tells background: it opens with "it is worth recalling that", or (by_year) names
    a year before the article's own ("signed in August 2022"; a figure compared with last year's
    is no background, so measures ask without it)."""
    lex = view.rules.lexicon
    if any(lex.background_cues.match_at(view.forms, k) for k in range(min(2, len(view.forms)))):
        return True
    return by_year and any(past_year_at(view, k) for k in range(len(view.forms)))


def present_year(view: SentenceView) -> int:
    """The article's year; for an article without a date, the year before the one it is read in
    (--as-of, today), or a later year the article names up to that one ("on 10 March 2026"): a year
    older is background whenever the article was written."""
    year = view.article.date.year
    if view.article.dated:
        return year
    return max(year - 1, _latest_year(view.article.text, year) or 0)


def past_year(view: SentenceView, form: str) -> bool:
    """A year before the article's own ("2019" in an article of 2026)."""
    return form.isdecimal() and YEAR_RANGE[0] <= int(form) < present_year(view)


def past_year_at(view: SentenceView, k: int) -> bool:
    """Word k is a past year of time, not a year that names a thing ("2022 MODELS", "VISION 2030")."""
    return past_year(view, view.forms[k]) and not year_as_name(view, k)


def year_as_name(view: SentenceView, k: int) -> bool:
    """A year right after a noun that names neither a time nor an event ("the 2022-2024 MODELS",
    "VISION 2030"): part of that thing's name. After a month, "year" or an event ("the 2022
    elections", an earlier occurrence) it is a time."""
    before = k - 1
    if before < 0 or view.upos[before] not in ("NOUN", "PROPN") or view.glued[before]:
        return False        # (a noun behind a glued preposition is one of time: "BY-the-coming of 2027")
    lex = view.rules.lexicon
    unit = lex.units.ending_at(view.forms, k, reach=2)
    return not (lex.months.ending_at(view.forms, k, reach=3) or (unit and unit[0].kind == "duration")
                or any(i <= before < i + n for i, n, _ in lex.events.find_all(view.forms[:k])))


@lru_cache(maxsize=256)
def _latest_year(text: str, limit: int) -> int | None:
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", text) if YEAR_RANGE[0] <= int(y) <= limit]
    return max(years, default=None)


def _mention(i: int, j: int, event: EventClass, **fields) -> EventMention:
    return EventMention(i, j, event.id, event.class_, event.label, event.generic, event.compare,
                        lasts=event.lasts, **fields)


def _noun_mention(view: SentenceView, i: int, n: int, event: EventClass, follow_up: bool) -> EventMention:
    lex = view.rules.lexicon
    lo, hi = max(0, i - PREVIOUS_WINDOW), min(len(view.forms), i + n + PREVIOUS_WINDOW + 1)
    near = [k for k in range(lo, hi) if not i <= k < i + n]
    this = i > 0 and lex.this_cues.match_at(view.forms, i - 1) is not None
    previous = not this and (any(lex.previous_cues.match_at(view.forms, k) for k in near) or background(view, by_year=False)
                             or _past_year_in_clause(view, i, i + n))
    coming = any(lex.next_cues.match_at(view.forms, k) for k in near if k >= i + n)
    status = "previous" if previous else "next" if coming else "follow-up" if follow_up else "main"
    return _mention(i, i + n, event, facet=_facet(view, i + n), phase=_noun_phase(view, i, i + n), status=status)


def _past_year_in_clause(view: SentenceView, i: int, j: int) -> bool:
    """A year before the article's own in the event's clause ("the summit held in August 2022");
    one in another clause ("a state visit, the first since he took office in October 2024") is not."""
    lo = next((k + 1 for k in range(i - 1, -1, -1) if view.is_punct(k)), 0)
    hi = next((k for k in range(j, len(view.forms)) if view.is_punct(k)), len(view.forms))
    if any(view.upos[k] == "VERB" and view.verb_in(view.rules.lexicon.phase_verbs, k) == "start" for k in range(lo, hi)):
        return False    # "the works BEGAN early in 2022": when this event started, not an earlier one
    return any(past_year_at(view, k) for k in range(lo, hi))


def _facet(view: SentenceView, k: int) -> str | None:
    """A facet word in the event's noun phrase: up to FACET_WINDOW words, not past punctuation or a verb."""
    facets = view.rules.lexicon.facets
    for m in range(k, min(k + FACET_WINDOW, len(view.forms))):
        if view.is_punct(m) or view.upos[m] == "VERB":
            return None
        if hit := facets.match_at(view.forms, m):
            return hit[0]
    return None


def _noun_phase(view: SentenceView, i: int, j: int) -> str | None:
    """"the opening of the festival", "the closing session", or a phase verb governing the noun."""
    lex = view.rules.lexicon
    for k in (i - 1, i - 2, j, j + 1):
        if 0 <= k < len(view.forms) and not any(view.is_punct(m) for m in range(min(k, i), max(k, j))):
            if hit := lex.phase_nouns.match_at(view.forms, k):
                return hit[0]
    for k in view.ancestors(i, limit=2):
        if view.upos[k] == "VERB" and (phase := view.verb_in(lex.phase_verbs, k)):
            return phase
    return None


def _phase_verb(view: SentenceView, k: int, phase: str, nouns: list[EventMention]) -> EventMention:
    """"opened", "ended": the event it opens or ends is the nearest event noun of its clause (after it,
    or before it in a relative clause); without one, whatever event the story is about."""
    # (an announcement or a decision does not begin or end at an hour: what it announces does)
    reachable = [m for m in nouns if m.lasts and abs(_gap(k, k + 1, m)) <= PHASE_REACH and not _walled(view, k, k + 1, m)]
    target = min(reachable, key=lambda m: (abs(_gap(k, k + 1, m)), m.i), default=None)
    if target is None:
        # "a voyage that was to END in Mombasa": the noun the verb's clause hangs on is what ends
        host = next((phrase_head(view, a, nouns) for a in view.ancestors(k, limit=PHASE_HOPS) if view.upos[a] == "NOUN"
                     and not any(m.i <= a < m.j for m in nouns)), None)
        if host is None:    # "a voyage [that] was supposed to end": the noun the verbs follow
            before = next((b for b in range(k - 1, max(-1, k - 1 - PHASE_HOPS - 1), -1)
                           if view.upos[b] not in ("VERB", "AUX", "SCONJ", "PRON")), None)
            host = before if before is not None and view.upos[before] == "NOUN" and k - before > 1 else None
        if host is not None:
            return replace(unlisted_event_at(view, host), phase=phase)
        return EventMention(k, k + 1, "any", "any", "the event", generic=True, phase=phase)
    return replace(target, i=k, j=k + 1, phase=phase)


def _lone_phase_nouns(view: SentenceView, nouns: list[EventMention]) -> list[EventMention]:
    """"the closing ceremony" with no event named: the closing of whatever the story is about. Not
    "since the START OF THE YEAR" (a time), and a coming one when its clause says when ("the OPENING
    of two offices in Cairo ... during the COMING YEAR")."""
    out = []
    for i, n, phase in view.rules.lexicon.phase_nouns.find_all(view.forms):
        if not any(m.i - 2 <= i < m.j + 2 for m in nouns) and not duration_word(view, i + n):
            status = "next" if _coming_in_clause(view, i + n) else "main"
            out.append(EventMention(i, i + n, "any", "any", "the event", generic=True, phase=phase, status=status))
    return out


def duration_word(view: SentenceView, k: int) -> bool:
    """Word k is a unit of time ("year", "month", "two years")."""
    if not 0 <= k < len(view.forms):
        return False
    lex = view.rules.lexicon
    unit = lex.units.match_at(view.forms, k) or lex.unit_duals.match_at(view.forms, k)
    return bool(unit) and unit[0].kind == "duration"


def _coming_in_clause(view: SentenceView, k: int) -> bool:
    """A unit of time said to be the coming one ("the COMING YEAR") from word k to the clause's end."""
    lex = view.rules.lexicon
    for m in range(k, len(view.forms)):
        if view.is_punct(m) or view.upos[m] == "VERB":
            return False
        if m > 0 and lex.next_cues.match_at(view.forms, m) and duration_word(view, m - 1):
            return True
    return False


def _bare_generic(view: SentenceView, i: int, n: int, event: EventClass) -> bool:
    """A generic noun of a gathering ("a'mal", proceedings) is the event only as the proceedings OF
    something, or its own ("its proceedings"): "rowwad a'mal" (entrepreneurs), bare and governing
    nothing, names no event."""
    if not event.generic or event.class_ == "any" or n != 1:
        return False
    form = view.forms[i]
    normalizer = view.rules.lexicon.normalizer
    if normalizer.has_article(form) or normalizer.without_pronoun(form) != {form}:
        return False
    return not any(view.head_word(c) == i and view.upos[c] in ("NOUN", "PROPN") and view.deprel(c) == "nmod"
                   for c in range(i + 1, min(len(view.forms), i + 3)))


def _gap(i: int, j: int, m: EventMention) -> int:
    """Words between a claim at i..j and a mention (negative when the mention comes first)."""
    if m.j <= i:
        return -(i - m.j)
    if j <= m.i:
        return m.i - j
    return 0


def _walled(view: SentenceView, i: int, j: int, m: EventMention) -> bool:
    """A complementizer or a full stop stands between the claim and the mention."""
    lo, hi = (m.j, i) if m.j <= i else (j, m.i)
    lex = view.rules.lexicon
    return any(view.forms[k] in FULL_STOPS or lex.complementizers.match_at(view.forms, k)
               for k in range(lo, hi))


def event_for(view: SentenceView, i: int, j: int, lasting: bool = False) -> EventMention | None:
    """The event a claim at words i..j is about; lasting=True for a duration, which no event that
    only has a day can own ("decided to suspend classes FOR THREE DAYS": the suspension's)."""
    parents = set(view.ancestors(i, limit=3)) | set(view.ancestors(j - 1, limit=3))
    subjects = _subject_of_its_verb(view, i, j) or _what_lasts(view, i)     # "the TALKS lasted 12 days"
    parents |= set(subjects)
    mentions = find_events(view)
    # (a subject the tagger read as an adjective is a noun all the same: "al-ʿamaliyya", the operation)
    named = [k for k in subjects if any(m.i <= k < m.j for m in mentions)]
    unnamed = [k for k in subjects if _nominal(view, k) and k not in named]
    if unnamed and not (lasting and named):     # "the INQUIRY will take three months": what lasts, though
        #   no list names it (for a length, a listed one among the verb's subjects comes first: the parse
        #   may give it two)
        return unlisted_event_at(view, unnamed[0])
    best, best_cost = None, None
    for m in mentions:
        said_of = any(m.i <= k < m.j for k in subjects)     # (what a verb of lasting names: no wall between)
        if (_walled(view, i, j, m) and not said_of) or (lasting and not m.lasts) or _set_against(view, j, m):
            continue
        if m.cls == "statement" and m.i >= j and _own_verb_before(view, i):
            continue        # "SEIZED, on Monday evening, seven boats that it SAID were fishing": the seizure's day
        lo, hi = (m.j, i) if m.j <= i else (j, m.i)
        # clause punctuation costs; a quoted name («Air Hidhab») counts as one word, its quotes as none
        gap = sum(1 for k in range(lo, hi) if not (view.quoted(k) or view.is_punct(k))) \
            + any(view.quoted(k) for k in range(lo, hi))
        cost = gap + sum(view.forms[k] in SENTENCE_PUNCT for k in range(lo, hi)) * 2
        if m.compare and any(m.i <= k < m.j for k in parents):
            cost = min(cost, 1)     # (a statement's day is the nearest day: a parse may hang a
            #                         reported event's day on the "said" of a later clause)
        if cost <= MAX_DISTANCE and (best_cost is None or cost < best_cost):
            best, best_cost = m, cost
    return best or _unlisted_event(view, i, j)


def _own_verb_before(view: SentenceView, i: int) -> bool:
    """The claim's clause has a verb of its own before it (not one of speech), within a few words."""
    lex = view.rules.lexicon
    for k in range(i - 1, max(-1, i - 1 - OWN_VERB_REACH), -1):
        if view.forms[k] in CLAUSE_ENDS or lex.complementizers.match_at(view.forms, k):
            return False
        if view.upos[k] == "VERB":
            return not lex.speech_verbs.match_at(view.forms, k)
    return False


def _set_against(view: SentenceView, j: int, m: EventMention) -> bool:
    """A mention after the claim with "after" or "before" between: a point the claim's time is
    set against ("on Friday, weeks AFTER their KIDNAPPING"), not what happened then."""
    points = view.rules.lexicon.reference_points
    return m.i >= j and any(points.match_at(view.forms, k) for k in range(j, m.i))


def _what_lasts(view: SentenceView, i: int) -> list[int]:
    """The noun a verb of lasting says a duration of, right after the verb or right before it, in
    the duration's clause ("will TAKE the INQUIRY three months", "the TALKS LASTED 12 days")."""
    lasting = view.rules.lexicon.lasting_verbs
    for k in range(i - 1, max(-1, i - 1 - LASTING_REACH), -1):
        if view.is_punct(k):
            return []
        if view.verb_in(lasting, k):
            after = k + 1       # the verb's definite subject right after it, not "over (a span of)", or
            #                     an event named with its owner's pronoun ("the dam TOOK ITS-EXECUTION")
            if after < i and view.upos[after] == "NOUN" and (view.rules.lexicon.normalizer.has_article(
                    view.surface(after, after + 1)) or any(m.i == after for m in find_events(view))):
                return [after]
            before = k - 1      # (past a negation: "the operation did NOT TAKE more than")
            if before > 0 and view.rules.lexicon.measures.negations.match_at(view.forms, before):
                before -= 1
            if before >= 0 and _definite_noun(view, before):
                while before > 0 and view.upos[before - 1] == "NOUN" and view.head_word(before) == before - 1:
                    before -= 1     # "the COMPLETION of the station took": the head of the idafa
                return [before]
            return _antecedent(view, k)
    return []


def _antecedent(view: SentenceView, k: int) -> list[int]:
    """The noun a relative clause is on, for a verb in it: "this STRIKE, WHICH is expected to LAST
    five days" (the relative pronoun a few words before the verb, the noun right before it)."""
    relatives = view.rules.lexicon.relative_pronouns
    for m in range(k - 1, max(-1, k - 1 - RELATIVE_REACH), -1):
        if view.forms[m] in CLAUSE_ENDS:
            return []
        if relatives.match_at(view.forms, m):
            noun = _before_commas(view, m)
            return [noun] if noun >= 0 and _definite_noun(view, noun) else []
    return []


def _before_commas(view: SentenceView, k: int) -> int:
    """The word before word k, past any commas (-1: none): a relative pronoun's noun."""
    k -= 1
    while k >= 0 and view.forms[k] in COMMAS:
        k -= 1
    return k


def _definite_noun(view: SentenceView, k: int) -> bool:
    """A noun, or a word with the article the tagger read as an adjective with no noun before it to
    describe ("al-ʿamaliyya lasted", the operation)."""
    if view.upos[k] == "NOUN":
        return True
    return view.upos[k] == "ADJ" and (k == 0 or view.upos[k - 1] not in ("NOUN", "PROPN", "ADJ")) \
        and view.rules.lexicon.normalizer.has_article(view.surface(k, k + 1))


def _subject_of_its_verb(view: SentenceView, i: int, j: int) -> list[int]:
    """The subject of the verb whose object the claim is ("the talks LASTED 12 days"): what the
    verb says the figure of. Not a verb the claim only hangs on ("came two years AFTER ...")."""
    verbs = {view.head_word(k) for k in range(i, j) if view.deprel(k) == "obj"}
    # "the OPERATION took place on Monday": a verb of happening's day or place is its subject's ...
    happening = {v for k in range(i, j) if view.deprel(k).startswith("obl")
                 and (v := view.head_word(k)) is not None and _happening_verb(view, v)}
    # ... or, in a relative clause, the noun's it describes ("the ELECTIONS, which took place on Wednesday")
    listed = find_events(view) if happening else []
    antecedents = [phrase_head(view, h, listed) for v in sorted(happening)
                   if view.deprel(v).startswith("acl") and (h := view.head_word(v)) is not None]
    verbs = {v for v in verbs | {v for v in happening if not view.deprel(v).startswith("acl")}
             if v is not None and view.upos[v] == "VERB"}
    subjects = [k for k in range(len(view.forms)) if view.deprel(k) == "nsubj" and view.head_word(k) in verbs]
    return antecedents + [_relative_antecedent(view, k) for k in subjects]


def _relative_antecedent(view: SentenceView, k: int) -> int:
    """A relative pronoun subject stands for the noun its clause is on ("the OPERATION, WHICH
    lasted eleven hours"): the word right before the pronoun when it names a listed event ("the
    programme of HIS VISIT, WHICH lasts four days"), else the noun the parse hangs the clause on.
    Any other subject stands for itself."""
    verb = view.head_word(k)
    if not (view.rules.lexicon.relative_pronouns.match_at(view.forms, k) and verb is not None
            and view.deprel(verb).startswith("acl") and (parsed := view.head_word(verb)) is not None):
        return k
    listed = find_events(view)
    return next((noun for noun in (_before_commas(view, k), parsed) if any(m.i <= noun < m.j for m in listed)),
                parsed)


def phrase_head(view: SentenceView, k: int, listed: list[EventMention]) -> int:
    """The first noun of the noun phrase that word k is in: "the total OUTAGE of the electric
    current that began at 2:40" began, whichever of its nouns the parse hangs the clause on. Up
    the parse through words that follow their head with no preposition, or with one of
    `phrase_links` ("of"), up to a listed event."""
    links = view.rules.lexicon.phrase_links
    for _ in range(PHASE_HOPS):
        if any(m.i <= k < m.j for m in listed):
            return k        # "the results of THE ELECTIONS that took place on Wednesday": a listed event
        head = view.head_word(k)
        if head is None or head >= k or view.upos[head] != "NOUN" or not view.deprel(k).startswith(("nmod", "amod")):
            return k
        glued = view.glued_preposition(k)
        if (glued and glued not in links) or (not glued and view.has_case(k)):
            return k
        k = head
    return k


def _nominal(view: SentenceView, k: int) -> bool:
    """A noun; or a subject the tagger read as an adjective of a verb of happening or lasting
    ("al-ʿamaliyya jarat", the operation took place: an adjective does not take place, nor last)."""
    if view.upos[k] == "NOUN":
        return True
    verb = view.head_word(k)
    return view.upos[k] == "ADJ" and verb is not None and (
        _happening_verb(view, verb) or bool(view.verb_in(view.rules.lexicon.lasting_verbs, verb)))


def _happening_verb(view: SentenceView, k: int) -> bool:
    """A verb that says something happened, by its lemma or, where the tagger's lemma is off, by
    the root of the word."""
    happening = view.rules.lexicon.happening_verbs
    return view.upos[k] == "VERB" and bool(happening.get(view.lemmas[k])
                                           or root(view.forms[k]) in _roots_of(tuple(sorted(happening.index))))


@lru_cache(maxsize=8)
def _roots_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(root(w) for w in words)


def _unlisted_event(view: SentenceView, i: int, j: int) -> EventMention | None:
    """The noun or verb a claim depends on (the parse first, else the nearest content word before it
    in its clause), as an event no list names."""
    lex = view.rules.lexicon
    skip = lambda k: (time_word(view, k) or view.forms[k][:1].isdecimal()  # noqa: E731
                      or view.verb_in(lex.light_verbs, k) or view.verb_in(lex.phase_verbs, k)
                      or lex.speech_verbs.match_at(view.forms, k) or view.rules.kb.place_names.match_at(view.forms, k)
                      or lex.measures.introducers.match_at(view.forms, k)      # "FOR 72 hours"
                      or lex.measures.spans.match_at(view.forms, k)            # "OVER THE COURSE OF 7 years"
                      or lex.start_markers.match_at(view.forms, k))            # "EFFECTIVE FROM Sunday"
    candidates = [k for k in view.ancestors(i, limit=3) if not i <= k < j]
    candidates += list(range(i - 1, max(-1, i - 1 - FACET_WINDOW), -1))
    for k in candidates:
        if k < i and any(view.is_punct(m) for m in range(k, i)):
            continue
        if (held := what_took_place(view, k)) is not None and not i <= held < j:
            return unlisted_event_at(view, held)    # (not the claim's own words: "LASTED 12 MINUTES")
        if view.upos[k] in UNLISTED_TAGS and view.lemmas[k] and view.forms[k].isalpha() and not skip(k):
            return unlisted_event_at(view, k)
    return None


def what_took_place(view: SentenceView, k: int) -> int | None:
    """For a verb that only says something took place (a light verb or a verb of happening), the
    noun it says took place: its object ("Iraq WITNESSED on Tuesday a total OUTAGE"), else its
    subject ("the HANDOVER took place in Ghat"). None for any other verb."""
    lex = view.rules.lexicon
    if view.upos[k] != "VERB" or not (view.verb_in(lex.light_verbs, k) or view.verb_in(lex.happening_verbs, k)):
        return None
    nouns = [c for c in view.children(k) if view.upos[c] == "NOUN" and not view.rules.kb.place_names.match_at(view.forms, c)]
    done = next((c for c in nouns if view.deprel(c) == "obj"), None)
    if done is None and view.deprel(k).startswith("acl") and (head := view.head_word(k)) is not None \
            and view.upos[head] == "NOUN" and not view.plural(head):
        return head     # "the field HOSPITAL that the forces SET UP in Kassala": what its relative clause is of
        #                 (not a kind of events: "the largest SHOWS that were held in Egypt")
    return done if done is not None else next((c for c in nouns if view.deprel(c).startswith("nsubj")), None)


def time_word(view: SentenceView, k: int) -> bool:
    """A word that names a time, not a thing: a weekday, a month, "day", "yesterday", "dawn"."""
    return time_words_at(view, k) > 0


def time_words_at(view: SentenceView, k: int) -> int:
    """How many words the time named at word k takes (a month's two words), 0 where none starts."""
    lex = view.rules.lexicon
    if weekday_in_a_name(view, k):
        return 0
    hit = next((h for t in (lex.weekdays, lex.months, lex.day_markers, lex.relative_days, lex.day_parts)
                if (h := t.match_at(view.forms, k))), None)
    return hit[1] if hit else int(bool(_clock_hour(view, k)))


def weekday_in_a_name(view: SentenceView, i: int) -> bool:
    """The weekday at word i is part of a place's name ("the solar plant of SOUK Lahad")."""
    return i > 0 and bool(view.rules.lexicon.weekday_name_heads.match_at(view.forms, i - 1)) \
        and bool(view.rules.lexicon.weekdays.match_at(view.forms, i))


def _clock_hour(view: SentenceView, k: int) -> bool:
    """"at SIX in the morning", "at the hour of TEN": an hour named by an ordinal."""
    lex = view.rules.lexicon
    if not lex.clock_hours.match_at(view.forms, k):
        return False
    return (k > 0 and bool(lex.clock_words.match_at(view.forms, k - 1))
            or any(lex.day_parts.match_at(view.forms, m) for m in range(k + 1, min(len(view.forms), k + 4))))


def unlisted_event_at(view: SentenceView, k: int) -> EventMention:
    """An event no list names, keyed by its word; its root (or the group of words that say one
    measure, synonyms.yaml) joins the same event said with another word of its family."""
    lemma = view.lemmas[k] or view.forms[k]
    family = view.rules.lexicon.measure_groups.get(view.rules.lexicon.normalizer.fold(lemma)) or root(lemma)
    return EventMention(k, k + 1, f"lemma:{lemma}", f"lemma:{lemma}", view.surface(k, k + 1), root=family)
