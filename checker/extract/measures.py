"""What a quantity measures, read from its clause (rules/lexicon/measures.yaml names the words).

A measure is what two figures must share to be compared:

- what is measured: for a figure that a verb of change or level governs ("net profit rose to
  1.27 billion", "the revenue reached 4.82 billion"), the verb's subject in the parse; for a figure
  another verb governs ("Ofuq distributes 960 million"), that verb; else the noun phrase nearest
  before the figure in its clause (past words that only introduce a value: "at a value of") or
  its of-phrase ("30% of the votes");
- whose figure it is: the names in that subject ("the Islamic Action Front won 31 seats",
  "Saudi Arabia pledged 1.5 billion"); two figures of two owners are two measures;
- whether it is a change or a level ("rose BY 14%" against "rose TO 1.27 billion"), the period it
  covers, whether it is a comparison figure ("against 1.11 billion a year earlier"), a rate ("per
  share"), and for a counted noun no list names, its adjectives ("films" and "feature films").
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..model import ONE_DAY
from ..morph import root
from ..normalize import ARABIC_SEMICOLON
from .base import SentenceView
from .events import background, duration_word, event_for, find_events, year_as_name
from .names import after_a_first_name_in_article, common_word, name_at
from .titles import QUOTED_NAME

PHRASE_REACH = 14        # words back from a figure in which what it measures may be named
PHRASE_WORDS = 4         # content words of one noun phrase
CHANGE_REACH = 20        # words back from a figure to the verb or noun of change it belongs to
NEAR_REACH = 2           # a noun this close before a figure (past value introducers and possessors) names it
VERB_HOPS = 3            # steps up the parse from a figure to the verb that governs it
MODAL_REACH = 8          # words after a verb of ability ("managed") in which what was done is named
MONTH_REACH = 4          # words after a month in which "last" makes it a past one ("February/Shubat LAST")
RATE_REACH = 8           # words back from a figure to the "each" that makes it a rate
RATE_AFTER = 3           # words after it ("... to the family of each")
PLUPERFECT_REACH = 8     # words from "kana" to "qad" ("kanat al-hasila al-awwaliya allati a'lanatha ... QAD")
OUT_OF_REACH = 3         # words after a count in which "out of" may still name its whole
OWNER_REACH = 12         # words back from a figure in which whose figure it is may be named
STATED_TIME_AFTER = 12  # words after a figure in its clause in which a year is the figure's ("6 killed in an
#                         explosion inside a restaurant in the Zahraa district in September 2024")
REFERENCE_AFTER = 6      # words after a figure in which "a year earlier" makes it a comparison figure
MONTH_BRACKETS = ("(", ")", "/")
LAST_YEAR = "-1"         # a stated time relative to an undated article's own year
OF_REACH = 4             # words from the noun a counted noun depends on to the figure
REFERENCE_BEFORE = 5     # words before a figure in which "compared with" makes it one
EVENT_BEFORE_VERB = 4    # words before a verb in which the event its object pronoun stands for is named
DESTINATION_REACH = 4    # words after a figure in which "to" says where what it counts was taken
DESTINATION_WORDS = 4    # ... and the words of that place's name
SINCE_REACH = 3          # words before a year in which "since" makes it a running total's start
DAY_REACH = 4            # words around a figure in which a named day makes it that day's
BEGAN_REACH = 8          # words before a year in which "began" makes it when something started ("BEGAN early in 2022")
PHRASE_TAGS = ("NOUN", "PROPN", "ADJ", "X")
COUNTED_TAGS = ("NOUN", "ADJ", "ADV", "X")     # (a counted noun in the accusative is often tagged an adverb)
NAME_TAGS = ("PROPN",)
PHRASE_RELATIONS = ("nmod", "amod", "flat", "compound", "appos", "nmod:poss")
YEAR_RANGE = (1900, 2100)
STOPS = (".", ":", ARABIC_SEMICOLON, ";")      # a figure's measure is never named across these
FINER_FIRST = ("last-24-hours", "q1", "q2", "q3", "q4", "quarter", "h1", "h2", "half", "month", "week", "day", "year",
               "cumulative")


@dataclass(frozen=True)
class Measure:
    head: str | None = None             # the word that names what is measured (folded lemma)
    head_root: str | None = None
    head_key: str | None = None         # the head without its number and gender endings ("pesticides")
    words: tuple[str, ...] = ()         # the content lemmas of its phrase
    keys: tuple[str, ...] = ()          # each word without its article and endings (Normalizer.noun_key)
    roots: tuple[str, ...] = ()         # the root of each word, for words of one family written differently
    #                                     (kept with the claim: detection then needs no stemmer)
    adjectives: tuple[str, ...] = ()    # its adjectives and names ("golden", "silver"): they tell two apart
    purpose: tuple[str, ...] = ()       # roots of what it is for ("2 billion FOR reconstruction")
    owner: tuple[str, ...] = ()         # the names of whose figure it is
    change: bool = False
    change_roots: tuple[str, ...] = ()  # the roots of its word of change ("CUT by 150", "the 200 CUT"),
    #                                     by its lemma and by its form (a lemmatizer may cut a root letter)
    period: str | None = None
    reference: bool = False
    rate: str | None = None
    mods: tuple[str, ...] = ()          # adjectives of a counted noun ("feature films")
    by_verb: bool = False               # what is measured is only the verb the figure depends on
    whole: bool = False                 # "out of 138 seats": the whole others are parts of
    out_of: float | None = None         # "31 seats out of 138": the whole it is a part of
    deadline: bool = False              # "within 60 days": a time limit, not how long something lasted
    label: str | None = None            # the code that names one of a kind: "petrol 92", "flight 447"
    stated_time: str | None = None      # the year ("2025") or month ("2025-08") its clause dates it to
    planned: bool = False               # a level a change is to reach later ("... on condition they RISE TO five")
    of_counted: str | None = None       # the counted noun whose figure comes right before ("nine JUDGES from seven
    #                                     countries"): the figure counts something of theirs
    destination: tuple[str, ...] = ()   # where what it counts was taken ("12 injured taken TO King Abdulaziz
    #                                     hospital"): the names after "to", less the kind of place

    def as_attrs(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


def measure_of(view: SentenceView, start: int, end: int, counted: tuple[int, int] | None = None,
               number_at: int | None = None, matter: int | None = None) -> Measure:
    """The measure of the figure at words start..end; counted: where its counted noun is, when it
    is a noun no unit list names (its adjectives then distinguish it); number_at: where its number
    stands, when the claim begins before it ("the number of deaths since January rose TO 47");
    matter: where the noun is that a unit of weight or volume weighs ("tonnes of ORE")."""
    at = start if number_at is None else number_at
    described = _described_by_clause(view, counted[0], at) if counted and counted[0] < at else None
    of_noun = _counted_is_of(view, counted[0], start) if counted and counted[0] > at else None
    if of_noun is None and counted is None:
        of_noun = _time_of(view, end)
    if described is not None:       # "the carriages the four THAT LEFT the rails"
        subject, phrase, changed = [], [described], None
    elif of_noun is not None:       # "its CREW made up of 24 sailors"
        subject, phrase, changed = [], [of_noun], _change_at(view, at, end)
    else:
        replaced = _figure_it_is_set_against(view, at)
        subject, phrase = (_measured(view, replaced, replaced + 1) if replaced is not None
                           else _measured(view, start, end, own_noun=counted is not None))
        changed = _change_at(view, at, end)
    if counted and phrase and all(_same_noun(view, k, counted[0]) for k in phrase):
        phrase = []         # "the number of FAMILIES reached 2.4 million families": it names nothing more
    if matter is not None and matter not in phrase:
        # "the site CONTAINS 120 million tonnes of ore" and "reserves of 150 million tonnes of ore":
        # the matter weighed is what a verb alone measures, and a word of any other phrase
        alone = not phrase or (len(phrase) == 1 and view.upos[phrase[0]] == "VERB")
        phrase = [matter] if alone else [*phrase, matter]
    verb_only = len(phrase) == 1 and view.upos[phrase[0]] == "VERB"
    words = tuple(sorted({view.lemmas[k] for k in phrase}))
    purpose = _purpose(view, start, end)
    head = view.lemmas[phrase[0]] if phrase else None
    groups = view.rules.lexicon.measure_groups
    family = lambda word: groups.get(word) or root(word)    # noqa: E731  (a listed synonym's group, else its root)
    return Measure(head=head, head_root=family(head) if head else None,
                   head_key=view.rules.lexicon.normalizer.noun_key(head) if head else None, words=words,
                   keys=tuple(sorted({view.rules.lexicon.normalizer.noun_key(w) for w in words})),
                   roots=tuple(family(w) for w in words),
                   adjectives=tuple(sorted({view.lemmas[k] for k in phrase[1:] if view.upos[k] in ("ADJ", "PROPN")})),
                   purpose=tuple(sorted({root(view.lemmas[k]) for k in purpose})),
                   owner=_owner(view, subject) or _owner_before(view, start), change=changed is not None,
                   change_roots=_roots_of(view, changed) if changed is not None else (),
                   period=None if described is not None else _period(view, at, end), reference=_is_reference(view, start, end),
                   rate=_rate(view, start, end), mods=_mods(view, counted[1]) if counted else (),
                   by_verb=verb_only, whole=_is_whole(view, start) or _is_whole(view, at), out_of=_out_of(view, end),
                   deadline=_is_deadline(view, start), label=_label(view, phrase, at),
                   stated_time=_stated_time(view, start, end), planned=_planned_level(view, at),
                   of_counted=_counted_before(view, at), destination=_destination(view, end))


def _destination(view: SentenceView, end: int) -> tuple[str, ...]:
    """"moved 19 injured TO KHULAIS general hospital": the words that name where, after "to" a few
    words past the figure in its clause, without the nouns that only say what kind of place it is."""
    lex = view.rules.lexicon
    for k in range(end, min(len(view.forms) - 1, end + DESTINATION_REACH)):
        if view.is_punct(k) or _a_figure(view.forms[k]) or lex.complementizers.match_at(view.forms, k):
            return ()
        if lex.destination_prepositions.match_at(view.forms, k) and view.upos[k + 1] in ("NOUN", "PROPN"):
            words = []
            for m in range(k + 1, min(len(view.forms), k + 1 + DESTINATION_WORDS)):
                if view.is_punct(m) or view.upos[m] not in ("NOUN", "PROPN", "ADJ"):
                    break
                if not (lex.venue_nouns.match_at(view.forms, m) or lex.place_nouns.match_at(view.forms, m)):
                    words.append(lex.normalizer.noun_key(view.lemmas[m] or view.forms[m]))
            return tuple(sorted(set(words)))
    return ()


def matter_after(view: SentenceView, end: int) -> int | None:
    """The noun after "of" right after a unit of weight or volume ("tonnes OF ORE"), if one is there."""
    hit = view.rules.lexicon.measures.of_words.match_at(view.forms, end) if end < len(view.forms) else None
    if not hit:
        return None
    k = end + hit[1]
    return k if k < len(view.forms) and view.upos[k] == "NOUN" else None


def _counted_before(view: SentenceView, at: int) -> str | None:
    """The counted noun of the figure right before this one, joined to it by "from" or by a verb
    of its own: "nine JUDGES from seven countries", "78 contestants REPRESENTING 54 countries". The
    countries are the judges' or the contestants': two such figures of two nouns are two measures."""
    link, noun, number = at - 1, at - 2, at - 3
    lex = view.rules.lexicon
    if number < 0 or not (view.forms[link] in lex.measures.from_words or view.upos[link] == "VERB"):
        return None
    if _described_noun(view, noun):     # "the HORSES coming from 11 countries"
        noun = number
    elif not (view.upos[noun] in COUNTED_TAGS and (
            _a_figure(view.forms[number]) or lex.normalizer.fold(view.forms[number]) in lex.number_forms)):
        return None
    key = lex.normalizer.noun_key(view.lemmas[noun] or view.forms[noun])
    return lex.noun_synonyms.get(key, key)


def _described_noun(view: SentenceView, k: int) -> bool:
    """Word k is a participle with the article that describes the definite noun right before it
    ("the horses THE-COMING from 11 countries")."""
    before = k - 1
    return (before >= 0 and view.upos[k] in ("ADJ", "VERB") and view.rules.lexicon.normalizer.has_article(view.forms[k])
            and view.upos[before] == "NOUN" and view.rules.lexicon.normalizer.has_article(view.forms[before])
            and view.head_word(k) == before)


def _planned_level(view: SentenceView, at: int) -> bool:
    """"three flights a week, ON CONDITION THAT they RISE TO five", "will rise to five", "plans TO
    RAISE the number to 400": the level a change is to reach later, not the figure now. The change
    word stands before "to", or before what it changes and "to"; a glued "for" on it makes it a
    purpose."""
    m = view.rules.lexicon.measures
    if at < 2 or not m.levels.match_at(view.forms, at - 1):
        return False
    verb = next((k for k in (at - 2, at - 3) if k >= 0 and _change_word(view, k)
                 and all(view.upos[b] == "NOUN" for b in range(k + 1, at - 1))), None)
    if verb is None:
        return False
    return (view.forms[verb].startswith(m.future_prefixes) or view.glued_for(verb)
            or m.plan_markers.ending_at(view.forms, verb, reach=3) is not None)


def _label(view: SentenceView, phrase: list[int], start: int) -> str | None:
    """A number right after a word of the measured phrase and before the figure: not a count but
    the code of one of a kind ("the price of a litre of petrol 92 rose to 19.25")."""
    return next((view.forms[k + 1] for k in phrase if k + 1 < start and view.forms[k + 1].isdecimal()
                 and not _year(view.forms[k + 1])), None)


def _figure_it_is_set_against(view: SentenceView, start: int) -> int | None:
    """"petrol 92 at 19.25 pounds INSTEAD OF 17.25": a figure set against the one right before it
    measures what that one does."""
    m = view.rules.lexicon.measures
    cue = next((k for k in range(start - 1, max(-1, start - 3), -1) if m.references_before.match_at(view.forms, k)), None)
    if cue is None:
        return None
    for k in range(cue - 1, max(-1, cue - 4), -1):
        if _a_figure(view.forms[k]):
            return k
        if not view.rules.lexicon.units.match_at(view.forms, k):
            return None
    return None


def _same_noun(view: SentenceView, k: int, noun: int) -> bool:
    key = view.rules.lexicon.normalizer.noun_key
    return key(view.lemmas[k] or view.forms[k]) == key(view.lemmas[noun] or view.forms[noun]) or key(view.forms[k]) == key(view.forms[noun])


def _counted_is_of(view: SentenceView, noun: int, start: int) -> int | None:
    """The noun a counted noun depends on in the parse, before the figure in its clause: "its CREW,
    made up of 24 sailors" counts the crew; not a person's name ("won NAME 30 votes": whose they are)."""
    owner = view.head_word(noun)
    if owner is None or owner >= start or start - owner > OF_REACH or view.upos[owner] != "NOUN" \
            or not view.deprel(noun).startswith("nmod") or _stop(view, owner) or owner in _person_words(view):
        return None
    return None if any(view.forms[k] in STOPS or view.upos[k] == "VERB" for k in range(owner + 1, start)) else owner


def _described_by_clause(view: SentenceView, noun: int, after: int) -> int | None:
    """The verb of a relative clause on a counted noun written before its number ("the four
    carriages THAT LEFT the rails"): the clause, not what the sentence does with them, says which."""
    return next((k for k in range(after + 1, len(view.forms)) if view.upos[k] == "VERB"
                 and view.head_word(k) == noun and view.deprel(k).startswith("acl")), None)


def said_of(view: SentenceView, start: int) -> list[int]:
    """The subject of the nearest verb of change or level before a figure ("the toll ROSE to 14")."""
    verbs = [k for k in _changes_and_levels_before(view, start) if view.upos[k] == "VERB"]
    return _subject(view, verbs[0]) if verbs else []


def _measured(view: SentenceView, start: int, end: int, own_noun: bool = False) -> tuple[list[int], list[int]]:
    """(subject, phrase): the subject of the verb the figure is said of, and the words naming what
    is measured. A noun right before the figure names it ("a capital of 5 billion", "its
    contribution of 1.5 billion"); else a word of change or level before the figure in its clause
    ("net profit ROSE to", "the RISE of net profit by") says it of its subject, or of the phrase
    after it; else another verb the figure depends on is itself what is measured ("distributes 960
    million"); else the phrase nearest before the figure, or after it. own_noun: the figure counts
    a noun of its own, so a word of change an earlier figure's clause closed is not its."""
    elliptic = _elliptic_phrase(view, start)
    if elliptic:
        return [], elliptic
    if (verb := _verb_over_a_span(view, start)) is not None:
        return _subject(view, verb), [_what_it_manages(view, verb)]
    if (dimension := _dimension_before(view, start)) is not None:
        return [], [dimension]
    if (aside := _aside_clause(view, start)) is not None:
        return _subject(view, aside), [aside]   # "(the dollar EQUALS about 49 pounds)": its own clause
    near = _phrase_before(view, start, reach=NEAR_REACH, passing=True) or _adverb_read_as_noun(view, start)
    if near and any(k in _person_words(view) for k in near):
        # "... won Mohammed al-Abbasi 21 votes": a person's name before the figure is whose it is;
        # the verb it depends on says what is measured
        verb = _governing_verb(view, start, end)
        if verb is None:
            verb = _clause_verb_before(view, near[0])
        if verb is not None:
            return near, [_what_it_manages(view, verb)]
    if near and not _only_adjectives(view, near):
        return _doer(view, near[0]), near + _change_noun_before(view, near[0])
    for said in _changes_and_levels_before(view, start, own_noun):
        subject = _subject(view, said) if view.upos[said] == "VERB" else []
        phrase = [k for k in subject if not _stop(view, k)] or _phrase_after_word(view, said)
        if view.upos[said] == "NOUN":
            # "the cut OF production by 800,000" and "the size of the new CUT is 600,000": the noun
            # of change is a word of what is measured, and the head when only adjectives follow it
            if phrase:
                phrase = [said, *phrase] if _only_adjectives(view, phrase) else [*phrase, said]
        if phrase:
            return subject, phrase
    said = next(iter(_changes_and_levels_before(view, start, own_noun)), None)
    if said is not None and (phrase := _phrase_before(view, said)):
        return [], phrase
    verb = _governing_verb(view, start, end)
    if verb is None and start > 0 and view.upos[start - 1] == "VERB":
        verb = start - 1    # "each passenger PAID 2,500", whatever the parse hangs the figure on
    if verb is not None:
        return _subject(view, verb), [_what_it_manages(view, verb)]
    return [], _phrase_before(view, start) or _phrase_after(view, end)


def _word_before(view: SentenceView, start: int) -> int:
    """The word right before a figure, past its qualifier ("AT A DEPTH OF about 34 metres")."""
    k = start - 1
    while k > 0 and view.rules.lexicon.qualifiers_before.match_at(view.forms, k):
        k -= 1
    return k


def _dimension_before(view: SentenceView, start: int) -> int | None:
    """"lies AT A DEPTH OF 34 metres": a level phrase right before the figure (or its qualifier) that
    ends on a noun names the dimension measured, whatever the verb ("lies", "works")."""
    k = _word_before(view, start)
    for first in range(max(0, k - 2), k + 1):
        hit = view.rules.lexicon.measures.levels.match_at(view.forms, first)
        if hit and first + hit[1] - 1 == k and view.upos[k] == "NOUN":
            return k
    return None


def _verb_over_a_span(view: SentenceView, start: int) -> int | None:
    """"WORKED over the course of seven years": the verb a span word right before the figure (or
    before its qualifier) depends on in the parse."""
    k = _word_before(view, start)
    if k < 0 or not view.rules.lexicon.measures.spans.match_at(view.forms, k):
        return None
    head = view.head_word(k)
    return head if head is not None and view.upos[head] == "VERB" else None


def _time_of(view: SentenceView, end: int) -> int | None:
    """"after six YEARS OF WORK": a length of time followed by "of" and a noun with the article is
    that noun's length."""
    lex = view.rules.lexicon
    if not duration_word(view, end - 1) or end + 1 >= len(view.forms):
        return None
    if lex.measures.of_words.match_at(view.forms, end) and view.upos[end + 1] == "NOUN" \
            and lex.normalizer.has_article(view.forms[end + 1]):
        return end + 1
    return None


def _clause_verb_before(view: SentenceView, k: int) -> int | None:
    """The verb of the clause a subject at word k follows (Arabic puts the verb first): the nearest
    verb before it, else the clause's first word, which the small tagger may call a noun ("wa-FAZA
    the deputy NAME")."""
    first = None
    for m in range(k - 1, -1, -1):
        if view.is_punct(m):
            break
        if view.upos[m] == "VERB":
            return m
        first = m
    return first if first is not None and view.upos[first] in ("NOUN", "VERB") and first not in _person_words(view) else None


def _what_it_manages(view: SentenceView, verb: int) -> int:
    """"12 inmates MANAGED TO ESCAPE": the complement of a verb of ability or attempt, which says
    what was done; any other verb is itself what its figure measures."""
    if not view.verb_in(view.rules.lexicon.measures.modal_verbs, verb):
        event = _event_it_takes_part_in(view, verb)
        return verb if event is None else event
    complement = next((c for c in view.children(verb) if c > verb and view.upos[c] in ("NOUN", "VERB")
                       and view.deprel(c) in ("obl", "xcomp", "ccomp", "obj")), None)
    # (the parse may hang the complement on the subject between: "managed 30 workers TO ESCAPE")
    return complement if complement is not None else next(
        (k for k in range(verb + 1, min(len(view.forms), verb + MODAL_REACH)) if view.upos[k] == "NOUN"
         and view.has_case(k) and not any(view.upos[m] == "VERB" for m in range(verb + 1, k))), verb)


def _event_it_takes_part_in(view: SentenceView, verb: int) -> int | None:
    """A listed event a verb's object names, or that the verb's relative clause is on: "37 detainees
    CONTINUE a hunger STRIKE", "a STRIKE that 43 detainees WAGE", "37 ENTERED day 18 of a STRIKE":
    whoever counts them counts those in the event, whatever the verb."""
    nouns = {m.i: m for m in find_events(view) if m.compare and m.cls != "statement" and view.upos[m.i] == "NOUN"}
    if not nouns:
        return None
    head = view.head_word(verb)
    if head in nouns and view.deprel(verb).startswith("acl"):
        return head
    objects = [c for c in view.children(verb) if c > verb and view.deprel(c) == "obj"]
    for k in objects + [g for c in objects for g in view.children(c) if g > c]:
        if k in nouns:
            return k
    if _has_object_pronoun(view, verb):     # "a STRIKE that 43 detainees WAGE-IT" (no relative pronoun)
        for k in range(verb - 1, max(-1, verb - 1 - EVENT_BEFORE_VERB), -1):
            if view.is_punct(k):
                break
            if k in nouns:
                return k
    return None


def _has_object_pronoun(view: SentenceView, verb: int) -> bool:
    form = view.rules.lexicon.normalizer.fold(view.forms[verb])
    lemma = view.rules.lexicon.normalizer.fold(view.lemmas[verb])
    return any(form.endswith(suffix) and not lemma.endswith(suffix)
               for suffix in view.rules.lexicon.normalizer.pronoun_suffixes)


def _doer(view: SentenceView, noun: int) -> list[int]:
    """The subject of the verb a verbal noun right before a figure is the object of ("the
    businessman PLEDGED the DONATION of 500 thousand"): whose figure it is. Not a verb of speech,
    whose subject only reports the figure."""
    verb = view.head_word(noun)
    if verb is None or view.upos[verb] != "VERB" or verb > noun or view.rules.lexicon.speech_verbs.match_at(view.forms, verb) \
            or any(view.forms[k] in STOPS for k in range(verb, noun)):
        return []
    return _subject(view, verb)


def _adverb_read_as_noun(view: SentenceView, start: int) -> list[int]:
    """A word right before a figure that the small tagger calls an adverb ("the ESCAPE of 14
    inmates"): Arabic puts no adverb between a noun in construct and the number it governs, so
    it names what is counted, unless a list knows it as a word that names nothing."""
    k = start - 1
    if k < 0 or view.upos[k] != "ADV" or not view.forms[k].isalpha() or not view.lemmas[k] \
            or _listed_stop(view, k) or view.glued_for(k):
        return []
    return [k]


def _aside_clause(view: SentenceView, start: int) -> int | None:
    """The verb of a clause in brackets that holds the figure: what is outside says nothing of it."""
    for k in range(start - 1, -1, -1):
        if view.forms[k] == "(":
            return next((v for v in range(k + 1, start) if view.upos[v] == "VERB"), None)
        if view.forms[k] == ")" or view.forms[k] in STOPS:
            return None
    return None


def _elliptic_phrase(view: SentenceView, start: int) -> list[int]:
    """"cut the deposit rate to 18.5%, AND THE LENDING RATE to 19.5%": a clause after a comma that
    opens with "and" + a noun and has no verb of its own names what its figure measures."""
    p = next((k for k in range(start - 1, max(-1, start - PHRASE_REACH), -1) if view.is_punct(k)), None)
    if p is None or p + 1 >= start or view.forms[p] in STOPS:
        return []
    first = p + 1
    if not (view.forms[first].startswith(view.rules.lexicon.connector) and view.upos[first] == "NOUN") \
            or any(view.upos[k] == "VERB" for k in range(first, start)):
        return []
    phrase = [first]
    for k in range(first + 1, start):
        if len(phrase) >= PHRASE_WORDS or view.upos[k] not in PHRASE_TAGS or view.glued_preposition(k) \
                or view.glued_for(k):
            break
        phrase.append(k)
    return phrase


def _change_noun_before(view: SentenceView, k: int) -> list[int]:
    """"the CUT of production by 800,000": the noun of change whose object a phrase is."""
    before = k - 1
    return [before] if before >= 0 and view.upos[before] == "NOUN" and _change_word(view, before) else []


def _change_word(view: SentenceView, k: int) -> bool:
    """"rose", "the rise", "cut": a word of change, by its written form or its lemma."""
    m = view.rules.lexicon.measures
    return bool(m.changes.match_at(view.forms, k) or m.change_lemmas.get(view.lemmas[k]))


def _only_adjectives(view: SentenceView, words: list[int]) -> bool:
    return all(view.upos[k] == "ADJ" for k in words)


def _out_of(view: SentenceView, end: int) -> float | None:
    """"31 seats OUT OF 138", "19 workers were pulled out alive OUT OF 23": the whole a count is a
    part of, right after it or after a few words of its clause (no punctuation, no other figure)."""
    m = view.rules.lexicon.measures
    from .numbers import find_numbers      # a number read where the whole starts
    for k in range(end, min(len(view.forms), end + OUT_OF_REACH + 1)):
        if view.is_punct(k) or (k > end and view.upos[k] == "NUM"):
            return None
        if hit := m.wholes.match_at(view.forms, k):
            return next((n.value for n in find_numbers(view) if n.i == k + hit[1]), None)
    return None


def _is_deadline(view: SentenceView, start: int) -> bool:
    deadlines = view.rules.lexicon.measures.deadlines
    return deadlines.ending_at(view.forms, start, reach=3) is not None


def _is_whole(view: SentenceView, start: int) -> bool:
    """"out of 138 seats": the figure is a whole others are parts of."""
    m = view.rules.lexicon.measures
    return m.wholes.ending_at(view.forms, start, reach=3) is not None


def _changes_and_levels_before(view: SentenceView, start: int, own_noun: bool = False) -> list[int]:
    """Verbs and nouns of change or level ("rose", "the rise", "reached") before a figure within its
    clause, nearest first; for a count of a noun of its own in a verbless phrase after a comma, not
    past the earlier figure the comma closes ("the number of passengers ROSE to 13.86 million,
    THROUGH 104,350 flights"; but "the price rose to 17.50, AN INCREASE of 14%" restates the change)."""
    m = view.rules.lexicon.measures
    lex = view.rules.lexicon
    out = []
    k = start - 1
    after_comma = False
    while k >= 0 and start - k <= CHANGE_REACH:
        if view.forms[k] in STOPS or lex.complementizers.match_at(view.forms, k):
            break
        if own_noun and after_comma and _a_figure(view.forms[k]) and not (
                k + 1 < len(view.forms) and lex.months.match_at(view.forms, k + 1)):
            break
        after_comma = after_comma or (view.is_punct(k) and view.forms[k] != "%"
                                      and not any(view.upos[v] == "VERB" for v in range(k + 1, start)))
        lemma = view.lemmas[k]
        if view.upos[k] in ("VERB", "NOUN") and (m.level_verbs.get(lemma) or _change_word(view, k)) \
                and not _beside_the_figure(view, k, start, start + 1):
            out.append(k)
        k -= 1
    return out


def _beside_the_figure(view: SentenceView, k: int, start: int, end: int) -> bool:
    """A noun of change after a preposition of its own word, that the verb of the figure's clause
    governs as it governs the figure ("4.6 million employees BENEFIT FROM THE RISE"): another of the
    verb's arguments, not the figure's change ("agreed ON CUTTING its output BY 800,000", where the
    figure hangs on the cut)."""
    if view.upos[k] != "NOUN" or view.glued_preposition(k) or not view.has_case(k):
        return False
    verb = view.head_word(k)
    return verb is not None and view.upos[verb] == "VERB" and any(
        view.head_word(w) == verb for w in range(start, min(end + 2, len(view.forms))))


def _phrase_after_word(view: SentenceView, k: int) -> list[int]:
    """The noun phrase right after a word ("rose [net profit of the company]")."""
    out = []
    m = k + 1
    while m < len(view.forms) and len(out) < PHRASE_WORDS and (view.forms[m] == '"' or not _stop(view, m)):
        if view.forms[m] != '"':
            out.append(m)
        m += 1
    return out


def _governing_verb(view: SentenceView, start: int, end: int) -> int | None:
    """The verb the figure depends on in the parse, never one across "that" ("sources said THAT nine
    countries agreed": agreed, the first verb after a figure that opens its clause)."""
    opens = next((k for k in range(start - 1, max(-1, start - 3), -1)
                  if view.rules.lexicon.complementizers.match_at(view.forms, k)), None)
    for k in range(start, end):
        for up in view.ancestors(k, limit=VERB_HOPS):
            if not start <= up < end and view.upos[up] == "VERB" and (opens is None or up > opens) \
                    and not view.rules.lexicon.measures.sources.match_at(view.forms, up):
                return up       # (not "according to", which a tagger may read as a verb)
    if opens is not None:
        return next((k for k in range(end, len(view.forms)) if view.upos[k] == "VERB"
                     and not any(view.is_punct(p) for p in range(end, k))), None)
    return None


def _subject(view: SentenceView, verb: int) -> list[int]:
    """The verb's subject and its modifiers in the parse (not its prepositional phrases)."""
    subjects = [w for w in view.children(verb) if view.deprel(w).startswith("nsubj")]
    if not subjects:
        subjects = _subject_after_that(view, verb)
    if not subjects:
        return []
    antecedent = view.head_word(verb)
    if view.upos[subjects[0]] == "PRON" and view.deprel(verb) == "acl:relcl" and antecedent is not None:
        after = verb + 1    # "the port WHOSE capacity reaches": the noun right after the verb is its subject ...
        own = after < len(view.forms) and view.upos[after] == "NOUN" and view.head_word(after) == verb
        subjects = [after] if own else [antecedent]     # ... else "the consumption, WHICH approaches 20 million"
    words, frontier = [subjects[0]], [subjects[0]]
    while frontier and len(words) < PHRASE_WORDS:
        frontier = [w for k in frontier for w in view.children(k)
                    if view.deprel(w) in PHRASE_RELATIONS and not view.has_case(w) and view.forms[w].isalpha()]
        words += frontier
    return sorted(words[:PHRASE_WORDS])


def _subject_after_that(view: SentenceView, verb: int) -> list[int]:
    """"that THE TURNOUT in the elections which were held on Sunday REACHED 29.6%": with no subject
    in the parse, the noun right after "that", when only relative clauses stand between it and the
    verb."""
    lex = view.rules.lexicon
    for k in range(verb - 1, 0, -1):
        if view.is_punct(k):
            return []
        if view.upos[k] == "VERB" and not (k > 0 and lex.relative_pronouns.match_at(view.forms, k - 1)):
            return []
        if lex.complementizers.match_at(view.forms, k - 1):
            return [k] if view.upos[k] == "NOUN" else []
    return []


def _person_words(view: SentenceView) -> dict[int, str]:
    """The words of the sentence that belong to a person's name (checker.extract.names) that begins
    with a known first name or is a known person's, or a family name alone, each with the name."""
    return view.once(_find_person_words)


def _find_person_words(view: SentenceView) -> dict[int, str]:
    out: dict[int, str] = {}
    k = 0
    while k < len(view.forms):
        name = name_at(view, k)
        if name is not None and not (name.kb_id or view.forms[name.i] in view.rules.lexicon.given_name_forms):
            name = None     # (a name that begins with no known first name may be a noun the tagger got wrong)
        name = name or _family_name_alone(view, k)
        if name is None or name.j <= k:
            k += 1
            continue
        out.update((m, name.kb_id or name.words) for m in range(name.i, name.j))
        k = name.j
    return out


def _family_name_alone(view: SentenceView, k: int):
    """"al-Manai won 22 votes": a family name with the article, standing alone, that the article
    gives elsewhere after a first name."""
    name = name_at(view, k, alone=True)
    normalizer = view.rules.lexicon.normalizer
    if not (name and name.j - name.i == 1 and normalizer.has_article(view.surface(name.i, name.j))) \
            or common_word(view, name.i) or (name.i > 0 and view.upos[name.i - 1] == "ADP"):
        return None     # (not the object of a preposition: "took turns ON THE FLOOR")
    return name if after_a_first_name_in_article(view, view.forms[name.i]) else None


def _owner(view: SentenceView, subject: list[int]) -> tuple[str, ...]:
    """The names in a figure's subject: proper nouns, people's names, places and countries, not the
    nouns that only say what kind of body it is ("party", "company")."""
    kb = view.rules.kb
    names = [k for k in subject if not kb.org_nouns.match_at(view.forms, k) and (
        view.upos[k] in NAME_TAGS or view.person[k] or k in _person_words(view) or kb.place_names.match_at(view.forms, k)
        or kb.jurisdictions.match_at(view.forms, k) or kb.person_names.match_at(view.forms, k))]
    if not names:
        return ()
    return tuple(sorted({_name_key(view, k) for k in subject if not kb.org_nouns.match_at(view.forms, k)
                         and (not _stop(view, k) or _known_name(view, k))}))


def _known_name(view: SentenceView, k: int):
    kb = view.rules.kb
    for table in (kb.person_names, kb.jurisdictions, kb.place_names):
        if hit := table.match_at(view.forms, k):
            value = hit[0]
            return getattr(value, "person_id", None) or getattr(value, "id", None) or value
    return None


def _name_key(view: SentenceView, k: int) -> str:
    """A name as owners are compared: the knowledge base's id when it knows it, else the lemma."""
    return str(_known_name(view, k) or view.lemmas[k] or view.forms[k])


def _owner_before(view: SentenceView, start: int) -> tuple[str, ...]:
    """The name nearest before a figure in its clause (never across a comma): words after a noun of a
    body ("the party NAME", "the company NAME"), or a known person or country ("Saudi Arabia pledged")."""
    kb = view.rules.kb
    k = start - 1
    while k >= 0 and start - k <= OWNER_REACH:
        if view.rules.lexicon.complementizers.match_at(view.forms, k):
            return ()
        if view.forms[k] in _OPENING_QUOTE and (quoted := _quoted_name_ending(view, k)):
            return quoted       # "and «BP», the British one, with a share of 30%": the quoted name's
        if view.is_punct(k):
            if not _relative_after(view, k):
                return ()
            return _name_right_before(view, k)    # "the fund, whose capital is ...": the fund's
        if kb.org_nouns.match_at(view.forms, k) and k + 1 < start and _names_follow(view, k):
            name = [m for m in range(k + 1, min(start, k + 1 + PHRASE_WORDS))
                    if view.forms[m].isalpha() and view.upos[m] not in ("ADP", "VERB", "PUNCT")
                    and (not _stop(view, m) or _known_name(view, m)) and not (m > k + 1 and view.glued_preposition(m))]
            name = name[:next((i for i, m in enumerate(name) if m != k + 1 + i), len(name))]
            if name:
                return tuple(sorted({_name_key(view, m) for m in name}))
        if (view.upos[k] != "ADJ" and not _in_prepositional_phrase(view, k)
                and (kb.person_names.match_at(view.forms, k) or kb.jurisdictions.match_at(view.forms, k))):
            return (_name_key(view, k),)
        k -= 1
    return ()


_OPENING_QUOTE = {closing: opening for opening, closing in QUOTED_NAME.items()}


def _quoted_name_ending(view: SentenceView, k: int) -> tuple[str, ...]:
    """The words of a short name in quotes whose closing mark is word k («BP», «Eni»); not one after a
    preposition ("told «Asharq Al-Awsat»": the outlet)."""
    opening = next((m for m in range(k - 1, max(-1, k - 1 - PHRASE_WORDS), -1)
                    if view.forms[m] == _OPENING_QUOTE[view.forms[k]]), None)
    if opening is None or k - opening < 2 or not all(view.forms[m].isalpha() for m in range(opening + 1, k)):
        return ()
    before = opening - 1        # (a proclitic written apart with a tatweel, "li-«...»", is tagged punctuation)
    normalizer = view.rules.lexicon.normalizer
    if before >= 0 and (view.upos[before] == "ADP" or view.glued_preposition(opening + 1) or (
            view.forms[before] in normalizer.prefixes and view.forms[before] not in normalizer.conjunctions)):
        return ()
    return tuple(sorted({_name_key(view, m) for m in range(opening + 1, k)}))


def _names_follow(view: SentenceView, k: int) -> bool:
    """A body's noun is followed by its name ("the company of Aramco", "the Arab Organisation for
    ..."), unless the noun has the article and what follows is a noun without it ("the ministry
    [offered] a reward"): a subject and its verb's object, not a body and its name."""
    lex = view.rules.lexicon
    if not lex.normalizer.has_article(view.forms[k].removeprefix(lex.connector)) or view.upos[k + 1] != "NOUN":
        return True
    return lex.normalizer.has_article(view.forms[k + 1]) or bool(_known_name(view, k + 1))


def _name_right_before(view: SentenceView, k: int) -> tuple[str, ...]:
    """The known name that ends right before word k, if any (a country, a person)."""
    kb = view.rules.kb
    hits = [hit for table in (kb.person_names, kb.jurisdictions) if (hit := table.ending_at(view.forms, k, reach=3))]
    return (_name_key(view, min(start for _, start in hits)),) if hits else ()


def _relative_after(view: SentenceView, k: int) -> bool:
    """"the fund, WHOSE capital is three billion": a comma before a clause about what precedes it."""
    m = view.rules.lexicon.measures
    return k + 1 < len(view.forms) and bool(m.introducers.match_at(view.forms, k + 1)
                                            or view.rules.lexicon.back_references.match_at(view.forms, k + 1))


def _in_prepositional_phrase(view: SentenceView, k: int) -> bool:
    """"an attack ON UKRAINE": a name after a preposition is a target or a place, not whose figure."""
    return bool(view.glued_preposition(k)) or (k > 0 and view.upos[k - 1] == "ADP")


def _purpose(view: SentenceView, start: int, end: int) -> list[int]:
    """"2 billion dollars FOR the reconstruction", "a package FOR UKRAINE worth 90 billion": the phrase
    a glued "for" opens right after the figure, or just before it."""
    prefixes = view.rules.lexicon.measures.purpose_prefixes
    before = [k for k in range(max(0, start - 3), start) if view.glued_for(k) and not _listed_stop(view, k)]
    if before:      # (not "FOR A PERIOD of 18 months": li-mudda only introduces the figure)
        return before
    k = end
    if k < len(view.forms) and view.forms[k].startswith(prefixes) and view.forms[k].isalpha():
        out = [k]
        while len(out) < 3 and k + 1 < len(view.forms) and not _stop(view, k + 1) and view.upos[k + 1] != "ADP":
            k += 1
            out.append(k)
        return out
    return []


def _stop(view: SentenceView, k: int) -> bool:
    """A word that names no measured thing: a value introducer, a change word, a period, a unit or
    what a unit already says ("the WEIGHT of the satellite: 310 kg" measures the satellite), a number, a date word, a place, a function word."""
    return (view.upos[k] not in PHRASE_TAGS or not view.forms[k].isalpha() or not view.lemmas[k]
            or _listed_stop(view, k))


def _listed_stop(view: SentenceView, k: int) -> bool:
    """A word a list knows as naming no measured thing (see _stop)."""
    lex = view.rules.lexicon
    m = lex.measures
    tables = (m.introducers, m.spans, m.changes, m.levels, m.periods, m.time_words, m.references_before, lex.units,
              lex.unit_dimensions,
              lex.number_words, lex.months, lex.weekdays, lex.day_markers, lex.qualifiers_before, lex.partitives,
              lex.complementizers, lex.relative, view.rules.kb.place_names, view.rules.kb.jurisdictions)
    return any(t.match_at(view.forms, k) for t in tables)


def _phrase_before(view: SentenceView, start: int, reach: int = PHRASE_REACH, passing: bool = False) -> list[int]:
    """The nearest noun phrase before the figure, up to `reach` words, never across a full stop;
    passing=True counts only words that are neither value introducers nor possessors ("a package
    for Ukraine at a value of 90 billion": the package is near)."""
    k, seen = start - 1, 0
    while k >= 0 and seen < reach and start - k <= PHRASE_REACH:
        if view.forms[k] in STOPS or view.rules.lexicon.complementizers.match_at(view.forms, k):
            return []       # the figure's clause starts after "that"
        if passing and view.upos[k] == "VERB" and not _value_verb(view, k):
            return []       # a noun is near a figure only with no verb between ("each passenger PAID 2,500")
        if not _stop(view, k) and not view.glued_for(k):
            phrase = _noun_phrase(view, k)
            if not (_a_source(view, phrase[0]) or _in_a_period(view, phrase[0])):
                return phrase
            k = phrase[0] - 1       # "according to official estimates", "since the start of the
            continue                # campaign": whose figure or when, not what; read on
        if not (passing and (view.glued_for(k) or view.rules.lexicon.measures.introducers.match_at(view.forms, k))):
            seen += 1
        k -= 1
    return []


def _a_source(view: SentenceView, first: int) -> bool:
    """The phrase starting at `first` follows "according to" (its word, or glued to it)."""
    sources = view.rules.lexicon.measures.sources
    return any(sources.match_at(view.forms, k) for k in range(max(0, first - 2), first)) \
        or bool(sources.match_at(view.forms, first))


def _in_a_period(view: SentenceView, first: int) -> bool:
    """The phrase starting at `first` follows a period's words ("since THE START OF THE CAMPAIGN")."""
    periods = view.rules.lexicon.measures.periods
    return any((hit := periods.match_at(view.forms, k)) and k + hit[1] >= first for k in range(max(0, first - 3), first))


def _value_verb(view: SentenceView, k: int) -> bool:
    """A verb that only gives a value ("AMOUNTS to", "rose to", "LASTS 84 months"): a noun before it
    still names the figure."""
    lex = view.rules.lexicon
    m = lex.measures
    return bool(m.introducers.match_at(view.forms, k) or m.level_verbs.get(view.lemmas[k]) or _change_word(view, k)
                or view.verb_in(lex.lasting_verbs, k))


def _year(form: str) -> bool:
    return form.isdecimal() and YEAR_RANGE[0] <= int(form) <= YEAR_RANGE[1]


def _noun_phrase(view: SentenceView, last: int) -> list[int]:
    """The content words of the noun phrase that ends at word `last` (an idafa chain and its
    adjectives: "the distribution of cash dividends"), first word first: words before it as long
    as the parse joins them to it (a subject before an object is another phrase); quotes inside
    are passed over."""
    words = [last]
    above = set(view.ancestors(last, limit=PHRASE_WORDS))
    k = last - 1
    while k >= 0 and len(words) < PHRASE_WORDS and (view.forms[k] == '"' or not (view.is_punct(k) or _stop(view, k))):
        if view.forms[k] != '"':
            if k not in above and view.head_word(k) not in words and not (
                    _only_adjectives(view, words) and view.upos[k] == "NOUN"):
                break       # (adjectives follow their noun, whatever the parse attached them to)
            words.insert(0, k)
        k -= 1
    return words


def _phrase_after(view: SentenceView, end: int) -> list[int]:
    """"30% of the votes": the of-phrase right after the figure."""
    if end < len(view.forms) and view.rules.lexicon.measures.of_words.match_at(view.forms, end):
        k = end + 1
        if k < len(view.forms) and not _stop(view, k):
            return [k]
    return []


def _roots_of(view: SentenceView, k: int) -> tuple[str, ...]:
    return tuple(sorted({root(w) for w in (view.lemmas[k], view.forms[k]) if w}))


def _change_at(view: SentenceView, start: int, end: int) -> int | None:
    """"rose BY 14%", "an increase of 9.4%": where the change word before the figure in its clause
    stands, when no "to" comes between them (which makes the figure the level reached)."""
    m = view.rules.lexicon.measures
    k = start - 1
    own_verb = False        # the figure's clause has a verb of its own ("..., as reserves RECORDED 50.4")
    while k >= 0 and start - k <= PHRASE_REACH and view.forms[k] not in STOPS:
        if m.levels.match_at(view.forms, k):
            return None
        if _change_word(view, k):
            return None if _beside_the_figure(view, k, start, end) else k
        if view.forms[k][:1].isdecimal() and not _year(view.forms[k]):
            return None
        own_verb = own_verb or view.upos[k] == "VERB"
        if own_verb and view.is_punct(k):
            return None     # a change word before the comma is another clause's ("kept improving,")
        k -= 1
    return None


def _period(view: SentenceView, start: int, end: int) -> str | None:
    """The period a figure covers: the nearest period named before it in its sentence, read as one
    with the periods it runs into ("the second quarter OF the current year" is the quarter, "since
    the start of the year" is cumulative), else one right after it. A period right after the figure
    is its own, whatever the sentence named before ("an ANNUAL subsidy of 850 million, and it
    serves 480,000 riders DAILY")."""
    periods = view.rules.lexicon.measures.periods
    if own := periods.match_at(view.forms, end) if end < len(view.forms) else None:
        return own[0]
    runs: list[list[tuple[int, int, str]]] = []
    for i, n, period in periods.find_all(view.forms[:start]):
        if i > 0 and _counts_it(view, i - 1):
            continue        # "completed WITHIN 22 MONTHS": a length, no period
        if runs and i - (runs[-1][-1][0] + runs[-1][-1][1]) <= 1:
            runs[-1].append((i, n, period))
        else:
            runs.append([(i, n, period)])
    if not runs:
        after = [p for _, _, p in periods.find_all(view.forms[end:end + REFERENCE_AFTER])]
        return after[0] if after else ONE_DAY if _a_named_day_near(view, start, end) else None
    found = {p for _, _, p in runs[-1]}
    return "cumulative" if "cumulative" in found else next((p for p in FINER_FIRST if p in found), None)


def _a_named_day_near(view: SentenceView, start: int, end: int) -> bool:
    """A weekday or "yesterday" within a few words of the figure, in its sentence ("moved three
    strikers, YESTERDAY TUESDAY, to hospital"): a figure of that day, a part of any running total."""
    lex = view.rules.lexicon
    near = [k for k in range(max(0, start - DAY_REACH), min(len(view.forms), end + DAY_REACH)) if not start <= k < end]
    if any(view.forms[k] in STOPS for k in near):
        return False
    return any(lex.weekdays.match_at(view.forms, k) or (hit := lex.relative_days.match_at(view.forms, k)) and hit[0] < 0
               for k in near)


def _counts_it(view: SentenceView, k: int) -> bool:
    """Word k is a number (digits or a number word) that counts the word after it."""
    return _a_figure(view.forms[k]) or bool(view.rules.lexicon.number_words.match_at(view.forms, k))


def _is_reference(view: SentenceView, start: int, end: int) -> bool:
    """A comparison figure: "compared with 1.11 billion", "4.41 billion a year earlier", or any
    figure of a background sentence ("it is worth recalling that last year's edition drew 28,000")."""
    m = view.rules.lexicon.measures
    before = any(m.references_before.match_at(view.forms, k) and not any(view.is_punct(p) for p in range(k, start))
                 and not _valued_after(view, k, start) for k in range(max(0, start - REFERENCE_BEFORE), start))
    after = _reference_after(view, end)
    # (an earlier year is the figure's stated_time, which detection sets against the other figure's:
    # "a deficit of 240 million in 2025" and "LAST YEAR's deficit of 280 million" meet)
    return (before or after or _superseded(view, start)
            or _level_it_moved_from(view, start) or _of_an_earlier_occurrence(view, start, end)
            or background(view, by_year=False))


def _valued_after(view: SentenceView, cue: int, start: int) -> bool:
    """A noun stands between the cue and the figure, which a value introducer gives the value of:
    "release IN EXCHANGE FOR a bail OF 25,000 dirhams" (muqābil, also "compared with") is the bail's
    sum, not a comparison figure."""
    m = view.rules.lexicon.measures
    return start - 1 > cue and bool(m.introducers.match_at(view.forms, start - 1)) \
        and any(view.upos[k] == "NOUN" and not m.introducers.match_at(view.forms, k) for k in range(cue + 1, start - 1))


def _reference_after(view: SentenceView, end: int) -> bool:
    """"4.41 billion A YEAR EARLIER": a cue soon after the figure; not one that names the next
    figure ("64.8%, higher than LAST YEAR's rate, which reached 61.3%")."""
    m = view.rules.lexicon.measures
    for k in range(end, min(len(view.forms), end + REFERENCE_AFTER)):
        if _a_figure(view.forms[k]):
            return False    # "up 9.4%, against 4.41 billion A YEAR EARLIER": the cue is the next figure's
        if view.is_punct(k) and view.forms[k] != "%":
            return False    # "seized 68 thousand from the safe, BEFORE they fled": another clause's time
        if hit := m.references_after.match_at(view.forms[:end + REFERENCE_AFTER], k):
            return not _figure_soon_after(view, k + hit[1])
    return False


def _a_figure(form: str) -> bool:
    return any(ch.isdigit() for ch in form) and not _year(form)


def _figure_soon_after(view: SentenceView, k: int) -> bool:
    for j in range(k, min(len(view.forms), k + REFERENCE_AFTER)):
        if view.is_punct(j) and view.forms[j] != "%":
            return False
        if _a_figure(view.forms[j]):
            return True     # (a year is part of the cue: "the same period OF 2024")
    return False


def _of_an_earlier_occurrence(view: SentenceView, start: int, end: int) -> bool:
    """The event the figure is said of is an earlier one, and its sentence names an earlier year:
    two cues, since "the biggest attack SINCE the war began" is this one ("the 2014 accident, when
    a plane of the same airline ... killed 9")."""
    past = background(view) or _past_month(view)
    if _pluperfect(view) and (past or any(_year(f) for f in view.forms)):
        return True     # "the ninth edition HAD BEEN held in April 2025, and 96 took part"
    event = event_for(view, start, end)
    if event is not None and event.status == "previous":
        return past
    # a sentence about an earlier occurrence only ("after a SIMILAR protest on 20 February LAST, ...
    # in which 32 were arrested"), however far the figure stands from its noun
    mentions = [m for m in find_events(view) if m.compare and not m.kind.startswith("lemma:")]
    return past and bool(mentions) and all(m.status == "previous" for m in mentions)


def _superseded(view: SentenceView, start: int) -> bool:
    """"the INITIAL toll HAD put the dead at 9 (before two of the injured died)": a figure given
    first and revised since, in a pluperfect sentence that calls it preliminary before it."""
    preliminary = view.rules.lexicon.measures.preliminary
    return _pluperfect(view) and any(preliminary.match_at(view.forms, k) for k in range(start))


def _pluperfect(view: SentenceView) -> bool:
    """The sentence opens with "kana ... qad" (it had been): it tells what happened before."""
    lex = view.rules.lexicon
    opener = next((k for k in range(min(2, len(view.forms))) if lex.pluperfect_openers.match_at(view.forms, k)), None)
    if opener is None:
        return False
    for k in range(opener + 1, min(len(view.forms), opener + 1 + PLUPERFECT_REACH)):
        if view.is_punct(k):
            return False    # (the subject of "kana" runs to "qad" without a break)
        if view.forms[k] == lex.pluperfect_particle:
            return True
    return False


def _past_month(view: SentenceView) -> bool:
    """The sentence names a month as past ("on 20 February/Shubat LAST"), by the calendar's words."""
    lex = view.rules.lexicon
    return any(lex.months.match_at(view.forms, k) and any(
        (hit := lex.relative.match_at(view.forms, m)) and hit[0] == "previous"
        for m in range(k + 1, min(len(view.forms), k + 1 + MONTH_REACH)))
        for k in range(len(view.forms)))


def _level_it_moved_from(view: SentenceView, start: int) -> bool:
    """"fell TO 11.2% FROM 12.3%": the figure after "from" is where a change started, when the
    clause already gave the level it reached."""
    lex = view.rules.lexicon
    if start == 0 or view.forms[start - 1] not in lex.measures.from_words:
        return False
    for k in range(start - 2, max(-1, start - CHANGE_REACH), -1):
        if view.forms[k] in STOPS:
            return False
        if view.forms[k][:1].isdecimal() and k > 0 and (lex.measures.levels.match_at(view.forms, k - 1)
                                                       or lex.measures.level_verbs.get(view.lemmas[k - 1])):
            return True     # (or "REACHED 7.2 million, up FROM 6.4 million")
    return False


def _year_index_after(view: SentenceView, end: int) -> int | None:
    """The year right after a figure in its clause: "from 6.3% in 2025 to 4.5% BY 2027" (that year
    is the figure's, not the one before it)."""
    words, named = 0, False
    for k in range(end, len(view.forms)):
        if view.forms[k] in MONTH_BRACKETS:
            continue        # (a month's other name in brackets or after a slash is no end: "February (Shubat) 2025")
        if view.is_punct(k) or words == STATED_TIME_AFTER or _a_figure(view.forms[k]):
            return None     # (a figure between: the year is that one's, "51% against 47% IN 2024")
        if _year(view.forms[k]):
            if not (named or year_as_name(view, k)):
                return k
            named = True    # "MODELS 2016 to 2019": the range goes on naming the thing
        elif named and not view.rules.lexicon.day_links.match_at(view.forms, k):
            named = False
        words += 1
    return None


def _this_period_after(view: SentenceView, end: int) -> bool:
    """"... the target of 12 million THIS SEASON": the figure says it is of the present period,
    whatever earlier one its sentence named before it."""
    lex = view.rules.lexicon
    return any(lex.this_cues.match_at(view.forms, k) and k + 1 < len(view.forms) and view.upos[k + 1] == "NOUN"
               and lex.normalizer.has_article(view.forms[k + 1])
               for k in range(end, min(len(view.forms), end + REFERENCE_AFTER)))


def _last_year(view: SentenceView, start: int) -> str | None:
    """"LAST YEAR the fund recorded a deficit of 280 million": the year before a dated article's, or
    "-1" (the year before its own) in one without a date, for detection to place."""
    past_years = view.rules.lexicon.measures.past_years
    for k in range(start - 1, -1, -1):
        if view.forms[k] in STOPS:
            return None
        if past_years.match_at(view.forms, k):
            return str(view.article.date.year - 1) if view.article.dated else LAST_YEAR
    return None


def _year_index_before(view: SentenceView, start: int) -> int | None:
    """The last year of time before a figure in its clause, unless it starts a running total
    ("SINCE 2019") or says when what the figure is of began ("the works BEGAN early in 2022 with
    210 workers")."""
    periods = view.rules.lexicon.measures.periods
    for k in range(start - 1, -1, -1):
        if view.forms[k] in STOPS:
            return None
        if _year(view.forms[k]) and not year_as_name(view, k):
            since = any((hit := periods.match_at(view.forms, j)) and hit[0] == "cumulative"
                        for j in range(max(0, k - SINCE_REACH), k))      # "SINCE (the year) 2024"
            return None if _began_in(view, k) or since else k
    return None


def _began_in(view: SentenceView, year: int) -> bool:
    """The year is when something began: the verb of its clause, before it, is a verb of starting
    ("the works BEGAN in October/Tishrin 2022")."""
    for j in range(year - 1, max(-1, year - 1 - BEGAN_REACH), -1):
        if view.forms[j] in MONTH_BRACKETS:
            continue
        if view.is_punct(j):
            return False
        if view.upos[j] == "VERB":
            return view.verb_in(view.rules.lexicon.phase_verbs, j) == "start"
    return False


def _stated_time(view: SentenceView, start: int, end: int) -> str | None:
    """The year, and its month when one is named, that the figure's clause dates it to ("11 died IN
    AUGUST (AB) 2025"): "2025-08". Detection sets it against the other article's date: an article
    without a date cannot tell by itself whether 2025 is past."""
    k = _year_index_after(view, end)
    if k is None:
        k = _year_index_before(view, start)
    if k is None:
        return None if _this_period_after(view, end) else _last_year(view, start)
    months = view.rules.lexicon.months
    month = next((hit[0] for j in range(k - 1, max(-1, k - 1 - MONTH_REACH), -1)
                  if (hit := months.match_at(view.forms, j))), None)
    return f"{view.forms[k]}-{month:02d}" if month else view.forms[k]


def _rate(view: SentenceView, start: int, end: int) -> str | None:
    """"0.80 riyal per share": the thing a figure is per (the marker's word without its clitics), or
    "EACH passenger paid 2,500": the noun after "each" before the figure in its clause. Words of one
    group ("per person", "each one of them") are one rate."""
    m = view.rules.lexicon.measures
    end = _past_asides(view, end)
    if end < len(view.forms) and (hit := m.rate_markers.match_at(view.forms, end)):
        last = end + hit[1] - 1
        if m.each_words.match_at([view.forms[last][1:]], 0) and last + 1 < len(view.forms):
            return _each_rate(view, last + 1)       # "for-EACH injured": per injured
        return _rate_word(view, view.forms[last])
    for k in range(end, min(len(view.forms) - 1, end + RATE_AFTER)):
        if view.is_punct(k) or any(ch.isdigit() for ch in view.forms[k]):
            break
        if m.each_words.match_at(view.forms, k):
            return _each_rate(view, k + 1)          # "... for the family of EACH dead"
    for k in range(start - 1, max(-1, start - 1 - RATE_REACH), -1):
        if view.is_punct(k):
            break
        if (hit := m.each_words.match_at(view.forms, k)) and k + hit[1] < start:
            return _each_rate(view, k + hit[1])
        if _per_the_unit(view, k):
            return _rate_word(view, view.forms[k])   # "the price OF THE TONNE reached ..."
    return None


def _per_the_unit(view: SentenceView, k: int) -> bool:
    """Word k is a definite noun of what a rate is per ("the tonne", "the barrel") that the noun
    before it governs: "the price OF THE TONNE" is a price per tonne."""
    lex = view.rules.lexicon
    if k == 0 or view.head_word(k) != k - 1 or view.upos[k - 1] != "NOUN" or not lex.normalizer.has_article(view.forms[k]) \
            or lex.relative_days.match_at(view.forms, k) or lex.day_markers.match_at(view.forms, k):
        return False
    return _rate_word(view, view.forms[k]) in view.once(_rate_words)


def _rate_words(view: SentenceView) -> frozenset[str]:
    """What the listed rate markers make a figure per ("per tonne": the tonne)."""
    lex = view.rules.lexicon
    return frozenset(_rate_word(view, marker) for marker in lex.measures.rate_marker_words)


def _each_rate(view: SentenceView, k: int) -> str | None:
    """The rate "each" makes of the word after it; none when a preposition follows: "in EACH OF the
    men's and women's races" names whose figure it is, one per race, as "in the two races" does; nor
    a pronoun: "a reward FOR EACH WHO gives information" is the reward, as "for whoever gives" says."""
    return None if view.upos[k] in ("ADP", "PRON") else _rate_word(view, view.forms[k])


def _past_asides(view: SentenceView, end: int) -> int:
    """Where a figure's phrase goes on after its unit's adjective and a bracketed aside: "ten
    million Iraqi dinars (about 7,600 dollars) PER family"."""
    while end < len(view.forms) and view.upos[end] == "ADJ":
        end += 1
    if end < len(view.forms) and view.forms[end] == "(":
        close = next((k for k in range(end + 1, min(len(view.forms), end + 10)) if view.forms[k] == ")"), None)
        end = close + 1 if close is not None else end
    return end


def _rate_word(view: SentenceView, word: str) -> str:
    lex = view.rules.lexicon
    variants = sorted(lex.normalizer.variants(word), key=lambda v: (len(v), v))
    return next((lex.measures.rate_groups[v] for v in variants if v in lex.measures.rate_groups), variants[0])


def _mods(view: SentenceView, k: int) -> tuple[str, ...]:
    """Adjectives right after a counted noun ("feature films"), a nationality aside."""
    out = []
    kb, modifiers = view.rules.kb, view.rules.lexicon.measures.count_modifiers
    start_noun = k - 1
    while k < len(view.forms) and len(out) < 2:
        if listed := modifiers.match_at(view.forms, k):
            out.append(listed[0])   # (the tagger may read "new" as a noun)
        elif view.deprel(k) == "conj":
            break       # "120 workers AND CRAFTSMEN": another noun counted with it, not a kind of it
        elif view.upos[k] != "ADJ" or (view.head_word(k) is not None and view.head_word(k) < start_noun):
            break       # an "adjective" the parse hangs on something before the noun is none of its ("bi-ittijāh", towards)
        elif not kb.jurisdictions.match_at(view.forms, k):
            out.append(view.lemmas[k])
        k += 1
    return tuple(sorted(out))
