"""Counts, durations, money and percentages: a number, its qualifier, what it counts and what it
measures.

What a number counts is a unit from rules/lexicon/units.yaml when one follows it ("27 leaders",
"1.2 billion riyals"), else the noun right after it as the parser reads it ("45 seats", "64
films"): no list has to name a story's nouns for its counts to be compared. Numbers with nothing
to count (years, codes in brackets, ordinals) make no claim.
"""
from __future__ import annotations

import copy

from dataclasses import dataclass, replace

from ..model import Interval
from ..schemas import Frame, Qualifier, Unit
from .base import SentenceView
from .events import event_for, find_events
from .measures import STOPS, YEAR_RANGE, matter_after, measure_of, said_of
from .names import nisba_adverb
from .numbers import NumberSpan, after_definite_noun, find_numbers, fraction_after, number_word_has_article
from .registry import extractor

UNIT_WINDOW = 5          # words after a number in which its counted noun may appear
UNIT_BEFORE_WINDOW = 8   # words before it in which "the number of NOUN" may stand
OFFSET_REACH = 2         # words from "after" to the number ("after ABOUT two hours")
ONGOING_REACH = 20       # words back from "its Nth day" to the verb of entering it (its object often comes late)
AGE_REACH = 4            # words from "age" to the number of years it gives
CUE_OVER_UNIT = 2        # a frame's cue this close overrides the frame the unit always has
QUALIFIER_REACH = 3      # words from a one-word qualifier the number depends on ("exceeded the heat 50")
FIRST_COUNTED_AFTER = 3  # the smallest number read as a count when it follows its definite noun


@extractor("quantities", kinds=("count", "duration", "money", "percent"))
def extract_quantities(view: SentenceView):
    lex = view.rules.lexicon
    used_units = set()
    claims = []
    previous = None     # the last quantity, whose frame a coordinated one ("13 missiles and 728 drones") shares
    numbers = find_numbers(view)
    kinds = {}
    for number in numbers:
        if number.j < len(view.forms) and lex.months.match_at(view.forms, number.j):
            continue    # "11 December" is a date
        if _time_of_day(view, number) or _part_of_a_name(view, number):
            continue
        hit = (_noun_it_follows(view, number) or _unit_after(view, number) or _unit_before(view, number)
               or _noun_after(view, number) or _noun_of_its_whole(view, number, numbers))
        if number.sexagesimal and not (hit and hit.unit.kind == "duration"):
            continue    # "at 10:30": a time of day; only "2:09:47 hours" is a length
        if hit and hit.unit.kind == "duration" and _listed_before(view, lex.measures.age_words, number.i, AGE_REACH):
            continue    # "the under-15 age group": an age that defines a group, not how long something lasted
        if hit:
            used_units.add(hit.at)
            claim = _quantity(view, number, hit, _coordinated_with(view, previous, number))
            if _part_of_one_before(view, kinds, number, claim):
                claim.attrs["subset"] = True
            kinds[number.i] = (hit.unit.kind, claim)
            previous = (claim, hit.end)
            claims.append(claim)
        elif number.malformed:
            claims.append(view.claim("count", number.i, number.j, {"number": number.value, "unit": None},
                                     attrs={"malformed": number.malformed, "in_words": True}))
    for i, end in _range_ends(view, [n for n in numbers if n.i in kinds], kinds).items():
        kinds[i][1].attrs["measure"]["range_end"] = end
    for i, n, unit in lex.unit_duals.find_all(view.forms):
        if i not in used_units:
            claims.append(_quantity(view, NumberSpan(i, i, 2.0, in_words=True), UnitHit(unit, i, i + n, False, i)))
    claims += _nth_periods(view, {c.start for c in claims})
    yield from _parts_of_wholes(_compound_durations(view, _shared_measures(view, claims)))


def _nth_periods(view: SentenceView, taken: set[int]) -> list:
    """"the strike ENTERED ITS EIGHTEENTH DAY", "for THE THIRD DAY IN A ROW": how long an event has
    lasted so far, more than N-1 and at most N days (weeks, months)."""
    lex = view.rules.lexicon
    out = []
    for k in range(len(view.forms) - 1):
        unit = _duration_unit(view, k)
        ordinal = lex.ordinal_days.match_at(view.forms, k + 1)
        if unit is None or ordinal is None or ordinal[0] < 2:
            continue
        end = k + 1 + ordinal[1]
        in_a_row = end < len(view.forms) and lex.ongoing_after.match_at(view.forms, end)
        if not (in_a_row or _entered(view, k)):
            continue
        claim = _quantity(view, NumberSpan(k + 1, end, float(ordinal[0]), in_words=True), UnitHit(unit, k, end, False, k))
        if claim.start in taken:
            continue
        n = ordinal[0] * unit.scale
        claim.value["interval"] = [n - unit.scale, n, False, False]
        out.append(claim)
    return out


def _entered(view: SentenceView, k: int) -> bool:
    """A verb of entering ("the strike ENTERED ...") before word k in its clause."""
    for m in range(k - 1, max(-1, k - 1 - ONGOING_REACH), -1):
        if view.forms[m] in STOPS:
            return False
        if view.verb_in(view.rules.lexicon.ongoing_verbs, m):
            return True
    return False


def _duration_unit(view: SentenceView, k: int):
    """The unit of time word k names, with or without a possessive ending ("ITS day")."""
    lex = view.rules.lexicon
    for form in (view.forms[k], *sorted(lex.normalizer.without_pronoun(view.forms[k]))):
        if (hit := lex.units.match_at([form], 0)) and hit[0].kind == "duration":
            return hit[0]
    return None


def _shared_measures(view: SentenceView, claims: list) -> list:
    """"bans of two years AND four years": a figure joined by "and" right after another in the same
    unit measures what that one measures (read alone, it would measure the noun before it, the first
    figure's unit). Not "three agreements and seven memoranda": two things counted."""
    ordered = sorted(claims, key=lambda c: c.start)
    connector = view.rules.lexicon.connector
    for before, claim in zip(ordered, ordered[1:]):
        gap = view.article.text[before.end:claim.start].strip()
        joined = gap == connector or (gap == "" and claim.text.startswith(connector))
        if joined and claim.kind == before.kind and claim.kind != "percent" and not claim.attrs.get("frame") \
                and claim.value.get("unit") == before.value.get("unit"):
            shared = {k: v for k, v in before.attrs.items() if k == "measure" or k.startswith("event")}
            claim.attrs.update(copy.deepcopy(shared))
    return claims


def _compound_durations(view: SentenceView, claims: list) -> list:
    """"two hours AND 11 minutes AND 47 seconds": one length, the sum of its parts, each part in a
    smaller unit than the one before and joined to it by "and"."""
    runs: list[list] = []
    for claim in sorted((c for c in claims if c.kind == "duration"), key=lambda c: c.start):
        if runs and _continues_length(view, runs[-1][-1], claim):
            runs[-1].append(claim)
        else:
            runs.append([claim])
    parts = {c.id: run for run in runs if len(run) > 1 for c in run}
    if not parts:
        return claims
    out = [c for c in claims if c.id not in parts]
    return sorted(out + [_summed(view, run) for run in runs if len(run) > 1], key=lambda c: c.start)


def _continues_length(view: SentenceView, before, after) -> bool:
    connector = view.rules.lexicon.connector
    gap = view.article.text[before.end:after.start].strip()
    joined = gap == connector or (gap == "" and after.text.startswith(connector))
    scales = [_unit_scale(c) for c in (before, after)]
    return joined and None not in scales and scales[1] < scales[0] and after.value.get("qualifier") is None


def _unit_scale(claim) -> float | None:
    number, interval = claim.value.get("number"), claim.value.get("interval")
    return interval[0] / number if number and interval and interval[0] is not None else None


def _summed(view: SentenceView, run: list):
    """The run as one claim in the first part's unit; the later parts are exact (_continues_length)."""
    first, last = run[0], run[-1]
    rest = sum(c.value["interval"][0] for c in run[1:])
    low, high, *open_ends = first.value["interval"]
    text = view.article.text[first.start:last.end]
    value = {**first.value, "number": first.value["number"] + rest / _unit_scale(first),
             "interval": [low + rest, None if high is None else high + rest, *open_ends], "display": text}
    return replace(first, id=f"{first.article_id}#{first.start}-{last.end}:duration", end=last.end, text=text,
                   value=value)


CLOCK_REACH = 3     # words from "at" (the hour) to the minutes of a time of day
HOURS_IN_DAY = 24


def _listed_before(view: SentenceView, table, i: int, reach: int) -> bool:
    """A word of `table` in the `reach` words before word i ("AGED 15 years", "AFTER two hours")."""
    return any(table.match_at(view.forms, k) for k in range(max(0, i - reach), i))


def _time_of_day(view: SentenceView, number: NumberSpan) -> bool:
    """"at six and 20 minutes", "at 11:20 in the morning": a time of day, no duration or count. Not a
    number past punctuation after the word ("it lasted 48 HOURS, 86 teams") nor one no clock shows."""
    if number.value > HOURS_IN_DAY:
        return False
    lex = view.rules.lexicon
    clock = any(lex.clock_words.match_at(view.forms, k) and not any(view.is_punct(m) for m in range(k + 1, number.i))
                for k in range(max(0, number.i - CLOCK_REACH), number.i))
    part_after = number.j < len(view.forms) and lex.day_parts.match_at(view.forms, number.j)
    return clock or bool(part_after and not number.in_words)


RANGE_GAP = 3       # words between the two ends of a range (a unit, the link)


def _range_ends(view: SentenceView, numbers: list[NumberSpan], kinds: dict) -> dict[int, str]:
    """"between six months AND ten years", "from the age of 3 TO 5": number index → "low" or
    "high"; both ends of one kind (two durations), not "more than 700 drones and 20 missiles"."""
    lex = view.rules.lexicon
    out = {}
    for low, high in zip(numbers, numbers[1:]):
        if kinds[low.i][0] != kinds[high.i][0]:
            continue
        opened = any((hit := lex.range_openers.match_at(view.forms, k)) and low.i - 1 <= k + hit[1] <= low.i
                     and not lex.qualifiers_before.ending_at(view.forms, k + hit[1], reach=3)  # "MORE THAN 700"
                     for k in range(max(0, low.i - 3), low.i))
        between = view.forms[low.j:high.i]
        linked = (view.forms[high.i].startswith(lex.connector) and not between[-1:] == [lex.connector]) or any(
            lex.day_links.match_at(view.forms, k) for k in range(low.j, high.i))
        if opened and linked and high.i - low.j <= RANGE_GAP and not any(view.is_punct(k) for k in range(low.j, high.i)):
            out[low.i], out[high.i] = "low", "high"
    return out


def _part_of_a_name(view: SentenceView, number: NumberSpan) -> bool:
    """"Horus-2", "Long March-2C": a number hyphenated to a word is part of a name or a model."""
    i, words = number.i, view.words
    return (i >= 2 and view.forms[i - 1] in ("-", "\u2013") and view.forms[i - 2].isalpha()
            and words[i - 2].end == words[i - 1].start and words[i - 1].end == words[i].start)


def _parts_of_wholes(claims: list):
    """"acquitted three defendants out of 14": in a sentence that names a whole ("out of 14
    defendants"), the other counts of that noun are parts of it."""
    wholes = {c.value["unit"]: c.value["number"] for c in claims if c.attrs.get("measure", {}).get("whole")}
    for c in claims:
        measure = c.attrs.get("measure")
        if measure and not measure["whole"] and measure["out_of"] is None and c.value.get("unit") in wholes:
            measure["out_of"] = wholes[c.value["unit"]]
    return claims


def _coordinated_with(view: SentenceView, previous, number: NumberSpan):
    """The previous quantity claim when this number follows it after "and" (detached or glued)."""
    if previous is None:
        return None
    claim, end = previous
    return claim if view.forms[end:number.i] in ([], [view.rules.lexicon.connector]) else None


def _quantity(view: SentenceView, number: NumberSpan, hit: UnitHit, coordinated=None):
    lex = view.rules.lexicon
    unit, u_end, partitive = hit.unit, hit.end, hit.partitive
    qualifier, q_start = _qualifier_before(view, number.i, range(hit.start, hit.end))
    after = lex.qualifiers_after.match_at(view.forms, u_end) if u_end < len(view.forms) else None
    if after and qualifier is None:
        qualifier, u_end = after[0], u_end + after[1]
    if unit.kind in ("duration", "count") and not after:
        fraction, u_end = _fraction_of_unit(view, u_end, hit)
        number = replace(number, value=number.value + fraction) if fraction else number
    precision = number.precision * unit.scale if number.precision else None
    interval = qualified_interval(number.value * unit.scale, qualifier, unit.about, precision)
    if number.rounding and qualifier is None:
        low, high = (number.value - number.rounding) * unit.scale, (number.value + number.rounding) * unit.scale
        interval = Interval(low, high)
    start = min(q_start if qualifier and q_start is not None else number.i, hit.start)
    frame = (frame_for(view, unit, start, u_end) or _shared_frame(view, coordinated, unit)
             or _frame_said_of(view, unit, start))
    value = {"number": number.value, "unit": unit.base or unit.id, "qualifier": qualifier.id if qualifier else None,
             "interval": [interval.low, interval.high, interval.low_open, interval.high_open],
             "display": f"{_figure_shown(view, number, qualifier)} {hit.words or unit.id}"}
    measure = measure_of(view, start, u_end, counted=(hit.at, hit.end) if hit.words else None, number_at=number.i,
                         matter=matter_after(view, u_end) if unit.matter else None)
    attrs = {"frame": frame.id if frame else None, "frame_measure": (frame.measure or unit.id) if frame else None,
             "partitive": partitive, "in_words": number.in_words, "measure": measure.as_attrs(),
             "subset": hit.subset or _partitive_before(view, start)}
    if hit.keys:
        attrs["noun_keys"] = list(hit.keys)
    if unit.kind == "duration":
        event = _event_named_after(view, u_end) or event_for(view, start, u_end, lasting=True) or _only_event(view)
        attrs.update(event.fields() if event else {"event": None})
        if offset := _offset(view, number, u_end, event):
            attrs["offset"] = offset
    if number.malformed:
        attrs["malformed"] = number.malformed
    return view.claim(unit.kind, start, u_end, value, subject=attrs["frame"], attrs=attrs)


def _fraction_of_unit(view: SentenceView, u_end: int, hit: "UnitHit") -> tuple[float, int]:
    """"nine hours AND A HALF (of the hour)", "seven points AND HALF OF THE POINT": the fraction of
    the unit said after it, and where the claim then ends. After a count the unit must be said
    again ("seven members and half of them" is no fraction of a member)."""
    fraction, k = fraction_after(view, view.rules.lexicon, u_end, 1.0)
    if fraction and k < len(view.forms):
        again = view.rules.lexicon.units.match_at(view.forms, k)
        if again and again[0].id == hit.unit.id:
            return fraction, k + again[1]
        if hit.keys and set(_noun_at(view, k, k + 1, k).keys) & set(hit.keys):
            return fraction, k + 1
    return (fraction, k) if hit.unit.kind == "duration" else (0.0, u_end)


@dataclass(frozen=True)
class UnitHit:
    unit: Unit
    at: int             # the unit's first word
    end: int            # one past the claim's last word
    partitive: bool
    start: int          # the claim's first word before any qualifier: the number, or "the number of"
    words: str = ""     # a counted noun no list names, as written (its lemma is the unit)
    keys: tuple[str, ...] = ()      # that noun's written and lemma keys: counts whose keys meet count one noun
    subset: bool = False    # "four OF THE injured": part of a group named before


def _definite_unit(view: SentenceView, k: int) -> bool:
    """A unit written with the article right after "of": the figure counts some of that group."""
    if k >= len(view.forms) or not view.rules.lexicon.units.match_at(view.forms, k):
        return False
    return view.rules.lexicon.normalizer.has_article(view.surface(k, k + 1))


def _only_event(view: SentenceView):
    """The one event a sentence names, however far from the duration ("suspended the strike ...,
    after five days of paralysis")."""
    listed = [e for e in find_events(view) if e.compare and e.lasts and not e.kind.startswith("lemma:") and e.cls != "any"]
    return listed[0] if len({e.kind for e in listed}) == 1 else None


def _offset(view: SentenceView, number: NumberSpan, end: int, event) -> bool | str | None:
    """A time from a moment, no length: "two hours AFTER the START of the attack" (True), "about three
    months BEFORE the championship" ("from:" and the moment's word, compared only with times from the
    same moment), "three months AGO" ("ago"). Not "AFTER 12 days OF talks", which is how long they took."""
    lex = view.rules.lexicon
    side = next((h[0] for k in range(max(0, number.i - OFFSET_REACH), number.i)
                 if (h := lex.measures.offset_words.match_at(view.forms, k))), None)
    if side == "after":
        return True if event is not None and event.phase == "start" else None
    if side != "before":
        return None
    moment = end + 1 if lex.measures.of_words.match_at(view.forms, end) else None
    if moment is not None and moment < len(view.forms) and view.upos[moment] in ("NOUN", "PROPN"):
        return "from:" + lex.normalizer.noun_key(view.lemmas[moment] or view.forms[moment])
    return "ago"


def _event_named_after(view: SentenceView, k: int):
    """"12 days OF TALKS": an event named right after a duration is what lasted."""
    if k < len(view.forms) and view.rules.lexicon.measures.of_words.match_at(view.forms, k):
        k += 1
    return next((e for e in find_events(view) if e.i == k), None)


def _noun_it_follows(view: SentenceView, number: NumberSpan) -> UnitHit | None:
    """"the four carriages" written as "the carriages the four": a definite number after the
    definite noun it counts ("the buses the-32")."""
    k = number.i - 1
    if not (_has_article(view, number) and after_definite_noun(view, number.i)):
        return None
    if not number.in_words and not view.plural(k):
        return None     # "the summit the-34" (al-qimma al-34): digits after a singular noun are an ordinal
    if number.value < FIRST_COUNTED_AFTER:
        return None     # "for the person THE ONE": one and two follow their noun as emphasis, not as a count
    listed = view.rules.lexicon.units.match_at(view.forms, k)
    if listed and listed[1] == 1:
        return UnitHit(listed[0], k, number.j, False, k)
    head = k - 1     # "the HALLS of the operations the-ten": the construct's first noun is what is counted
    if head >= 0 and view.upos[head] == "NOUN" and view.head_word(k) == head and view.deprel(k) == "nmod" \
            and view.plural(head) and not view.glued_preposition(head):
        listed = view.rules.lexicon.units.match_at(view.forms, head)     # "the DAYS of the contest the-eight"
        if listed and listed[1] == 1:
            return UnitHit(listed[0], head, number.j, False, head)
        return replace(_noun_at(view, head, number.j, start=head), at=head)
    return _noun_at(view, k, number.j, start=k)


def _noun_after(view: SentenceView, number: NumberSpan) -> UnitHit | None:
    """The noun right after a number, when no unit list names it: "45 seats", "64 films", "the-7
    matches". Not after a year, nor a number word glued to the article, nor one before a definite
    word ("the-34th"), nor a noun the lexicon knows as something else (a month, a weekday, a number
    word)."""
    k = number.j
    # the word after a number is what it counts, whatever the tagger says (it reads "memoranda" as an
    # adjective, and a counted noun in the accusative, "436 PASSENGERS-an", as an adverb)
    if k >= len(view.forms) or not view.forms[k].isalpha() or not view.lemmas[k] or not (
            view.upos[k] in ("NOUN", "PROPN", "X", "ADJ") or _accusative_noun(view, k)):
        return None
    if view.glued_preposition(k):
        return None     # "in October 2024 AT-the-crossing": a counted noun takes no preposition
    kb = view.rules.kb
    if _read_as_place(view, k) or kb.person_names.match_at(view.forms, k) or kb.jurisdictions.match_at(view.forms, k):
        return None
    if (_year_like(number) and _read_as_year(view, number)) or _lexicon_word(view, k):
        return None
    if _has_article(view, number) and (number.in_words or view.glued[k]
                                       or view.rules.lexicon.normalizer.has_article(view.surface(k, k + 1))):
        return None     # "the-34th THE-summit", "the-60th session OF-THE-festival"; "in the-7 matches" counts
    # keyed by the written word (the small lemmatizer mangles some nouns, "teacher"); its lemma
    # key joins "8 members" (plural) and "12 members" (singular) where the lemmatizer gets it
    # right: grouping unites the counts whose written or lemma keys meet
    return _noun_at(view, k, k + 1, start=number.i)


TANWEEN_FATH = "\u064b"


def _read_as_place(view: SentenceView, k: int) -> bool:
    """A place name at word k, unless the word is written as a common noun in the accusative
    ("1420 malik-AN", owners, folds to the gazetteer's Malaga): names of places take no tanween,
    and a name only the gazetteer knows must be tagged a proper noun."""
    hit = view.rules.kb.place_names.match_at(view.forms, k)
    if not hit or TANWEEN_FATH in view.surface(k, k + 1):
        return False
    return not hit[0].gazetteer or view.upos[k] == "PROPN"


def _noun_of_its_whole(view: SentenceView, number: NumberSpan, numbers: list[NumberSpan]) -> UnitHit | None:
    """"convicted 9 OUT OF 14 defendants": a part written before its whole counts what the whole
    counts (the whole's unit, or the noun after it)."""
    hit = view.rules.lexicon.measures.wholes.match_at(view.forms, number.j) if number.j < len(view.forms) else None
    whole = next((n for n in numbers if hit and n.i == number.j + hit[1]), None)
    if whole is None:
        return None
    found = _unit_after(view, whole) or _noun_after(view, whole)
    if found is None or found.unit.kind != "count":
        return None
    return replace(found, start=number.i)


def _accusative_noun(view: SentenceView, k: int) -> bool:
    """A word tagged an adverb that is a noun in the accusative ("rakib-an"): it ends in the
    accusative's alif and its lemma does not (an adverb, "aydan", keeps it), it is no "-iyyan"
    adverb ("annually") and no word a list knows."""
    lex, form = view.rules.lexicon, view.forms[k]
    return (view.upos[k] == "ADV" and len(form) > 3 and form.endswith(lex.adverb_ending)
            and not view.lemmas[k].endswith(lex.adverb_ending) and not nisba_adverb(view, k)
            and not _lexicon_word(view, k))


def _noun_at(view: SentenceView, k: int, end: int, start: int) -> UnitHit:
    """The counted noun at word k as a unit of its own."""
    lex = view.rules.lexicon
    key = lex.normalizer.noun_key(lex.normalizer.definite_stem(view.forms[k]) or view.forms[k])
    unit = Unit(id=f"noun:{lex.noun_synonyms.get(key, key)}", kind="count", forms=[])
    lemma = lex.normalizer.noun_key(lex.normalizer.fold(view.lemmas[k]))
    keys = tuple(sorted({f"noun:{lex.noun_synonyms.get(x, x)}" for x in (key, lemma) if x}))
    return UnitHit(unit, k, end, False, start, words=view.surface(k, k + 1), keys=keys)


def _year_like(number: NumberSpan) -> bool:
    return not number.in_words and number.value.is_integer() and YEAR_RANGE[0] <= number.value <= YEAR_RANGE[1]


def _read_as_year(view: SentenceView, number: NumberSpan) -> bool:
    """A number that may be a year is one unless an indefinite noun follows it, as a counted noun
    does ("deployed 2000 inspectors"), with no year or month word before it ("in the year 2000")."""
    lex = view.rules.lexicon
    after, before = number.j, number.i - 1
    if lex.normalizer.has_article(view.forms[after]) or before < 0:
        return True
    year_word = lex.units.match_at(view.forms, before)
    return bool((year_word and year_word[0].id == "year") or lex.months.match_at(view.forms, before)
                or not view.forms[before].isalpha())


def _has_article(view: SentenceView, number: NumberSpan) -> bool:
    form = view.forms[number.i]
    if form[:1].isdecimal():
        return False
    if number.in_words:
        return number_word_has_article(form, view.rules.lexicon)
    return any(form.startswith(a) for a in view.rules.lexicon.normalizer.articles)


def _lexicon_word(view: SentenceView, k: int) -> bool:
    lex = view.rules.lexicon
    tables = (lex.months, lex.weekdays, lex.number_words, lex.day_markers, lex.partitives, lex.qualifiers_after,
              lex.relative, lex.measures.introducers, lex.measures.levels)
    return any(t.match_at(view.forms, k) for t in tables)


def _unit_after(view: SentenceView, number: NumberSpan) -> UnitHit | None:
    lex = view.rules.lexicon
    partitive = False
    for k in range(number.j, min(number.j + UNIT_WINDOW, len(view.forms))):
        if view.is_punct(k) and view.forms[k] != "%":
            return None
        hit = lex.units.match_at(view.forms, k)
        if hit:
            # Only what is counted may stand a few words away ("27 of them at the level of leaders");
            # a duration, a sum or a share follows its number ("400 of them within a month" is no duration).
            if hit[0].kind != "count" and k > number.j:
                return None
            return UnitHit(hit[0], k, k + hit[1], partitive, number.i)
        if lex.number_words.match_at(view.forms, k) or view.forms[k][:1].isdecimal():
            return None
        if k == number.j and (_counted_noun(view, k) or _accusative_noun(view, k)):
            return None     # "52 MIGRANTS, most of them from countries...": the noun after it is what it counts
        partitive = partitive or bool(lex.partitives.match_at(view.forms, k))
        if k == number.j and lex.measures.of_words.match_at(view.forms, k) and _definite_unit(view, k + 1):
            unit = lex.units.match_at(view.forms, k + 1)
            return UnitHit(unit[0], k + 1, k + 1 + unit[1], partitive, number.i, subset=True)
    return None


def _counted_noun(view: SentenceView, k: int) -> bool:
    """A noun right after a number that no list knows: the number counts it, whatever unit a
    list names a few words on."""
    lex = view.rules.lexicon
    return (view.upos[k] == "NOUN" and view.forms[k].isalpha() and not _lexicon_word(view, k)
            and not lex.partitives.match_at(view.forms, k) and not lex.measures.of_words.match_at(view.forms, k))


def _part_of_one_before(view: SentenceView, earlier: dict, number: NumberSpan, claim) -> bool:
    """"prizes worth 120,000 dollars, OF WHICH the winner gets 15,000 dollars": a partitive between
    an earlier figure of the same unit and this one makes this one a part of it."""
    lex = view.rules.lexicon
    for i, (_, before) in earlier.items():
        if before.value.get("unit") == claim.value.get("unit") and any(
                lex.partitives.match_at(view.forms, k) for k in range(i + 1, number.i)):
            return True
    return False


def _partitive_before(view: SentenceView, i: int) -> bool:
    """"22 countries, AMONG THEM 12 members of OPEC", "AMONG THE PARTICIPANTS 45 grooms": a part of
    the group just named."""
    partitives = view.rules.lexicon.partitives
    if partitives.ending_at(view.forms, i, reach=3) is not None:
        return True
    group = i - 1       # the group named by a definite noun between the partitive and the figure
    return group > 0 and view.upos[group] == "NOUN" and view.rules.lexicon.normalizer.has_article(
        view.surface(group, i)) and partitives.ending_at(view.forms, group, reach=3) is not None


def _unit_before(view: SentenceView, number: NumberSpan) -> UnitHit | None:
    """The counted noun named before the number: "the number of dead exceeded 70 thousand"."""
    lex = view.rules.lexicon
    for k in range(number.i - 1, max(-1, number.i - 1 - UNIT_BEFORE_WINDOW), -1):
        if view.is_punct(k) or view.forms[k][:1].isdecimal():
            return None
        if lex.count_nouns.match_at(view.forms, k) and (hit := lex.units.match_at(view.forms, k + 1)):
            return UnitHit(hit[0], k + 1, number.j, False, k) if k + 1 + hit[1] <= number.i else None
    return None


def _qualifier_before(view: SentenceView, i: int, unit_words: range = range(0)) -> tuple[Qualifier | None, int | None]:
    """The qualifier right before the number; else a one-word one ("exceeded") that the number or
    its unit depends on in the parse, with the verb's subject between: "as the heat EXCEEDED 50
    degrees" (the figure's span does not grow to it)."""
    table = view.rules.lexicon.qualifiers_before
    hit = table.ending_at(view.forms, i, reach=4)
    if hit:
        if hit[0].negated and _negated_before(view, hit[1]):
            # "did NOT EXCEED 4 minutes", "did NOT take MORE THAN four minutes": at most
            return view.rules.lexicon.qualifiers_by_id[hit[0].negated], hit[1]
        return hit
    for k in (i, *unit_words):
        governor = view.head_word(k)
        if governor is not None and i - QUALIFIER_REACH <= governor < i \
                and (found := table.match_at(view.forms, governor)) and found[1] == 1:
            if found[0].negated and _negated_before(view, governor):     # "its capacity does NOT EXCEED 65,000"
                return view.rules.lexicon.qualifiers_by_id[found[0].negated], None
            return found[0], None
    return None, None


def _negated_before(view: SentenceView, k: int) -> bool:
    """A negation right before word k, or before the verb right before it ("did NOT take MORE THAN")."""
    negations = view.rules.lexicon.measures.negations
    return any(m >= 0 and negations.match_at(view.forms, m) and all(view.upos[v] in ("VERB", "AUX") for v in range(m + 1, k))
               for m in (k - 1, k - 2))


def qualified_interval(value: float, qualifier: Qualifier | None, about: float | None = None,
                       precision: float | None = None) -> Interval:
    """precision: the place of the figure's last written digit. "About" spans no more than one such
    place each side: "about 4.6 million" is 4.5 to 4.7 million (the writer gave a tenth), "about
    300" is 270 to 330."""
    if qualifier is None:
        return Interval.exact(value)
    spec = qualifier.interval
    if spec.relative is not None:
        relative = spec.relative if about is None else about
        width = abs(value) * relative
        if precision:
            width = min(width, precision)
        return Interval(value - width, value + width)
    low = value if spec.low else None
    high = value if spec.high else None
    return Interval(low, high, spec.low == "exclusive", spec.high == "exclusive")


def _figure_shown(view: SentenceView, number: NumberSpan, qualifier: Qualifier | None) -> str:
    return "".join(view.forms[number.i:number.j]) if number.sexagesimal else qualified_display(number.value, qualifier)


def qualified_display(value: float, qualifier: Qualifier | None) -> str:
    shown = Interval.exact(value).describe()
    return f"{qualifier.id} {shown}" if qualifier else shown


def _shared_frame(view: SentenceView, coordinated, unit: Unit) -> Frame | None:
    frame_id = coordinated.attrs["frame"] if coordinated is not None else None
    return next((f for f in view.rules.lexicon.frames if f.id == frame_id and f.takes(unit)), None)


def _cue_distance(view: SentenceView, cues, start: int, end: int, window: int) -> int | None:
    """Words between a claim and the nearest cue of a frame (a cue of several words counts from its
    end when it stands before the claim), if one lies within `window`."""
    best = None
    for k, n, _ in cues.find_all(view.forms):
        if k >= end and _opens_a_clause(view, k):
            continue        # "1,500 took part AND 32 WERE ARRESTED": a verb after "and" is the next figure's
        distance = start - (k + n) + 1 if k + n <= start else k - end + 1 if k >= end else None
        if distance is not None and distance <= window and (best is None or distance < best):
            best = distance
    return best


def _opens_a_clause(view: SentenceView, k: int) -> bool:
    return view.upos[k] == "VERB" and view.forms[k].startswith(view.rules.lexicon.connector)


def _frame_said_of(view: SentenceView, unit: Unit, start: int) -> Frame | None:
    """A frame whose cue is in the subject of the verb of change or level that carries the figure,
    however far it stands: "the TOLL OF THE DEAD from the heatwave that hits the south ROSE to 14
    people"."""
    subject = set(said_of(view, start))
    lex = view.rules.lexicon
    for frame, cues in zip(lex.frames, lex.frame_cues):
        if frame.cues and frame.takes(unit) and any(k in subject for k, _, _ in cues.find_all(view.forms)):
            return frame
    return None


def frame_for(view: SentenceView, unit: Unit, start: int, end: int) -> Frame | None:
    """The frame of a quantity: the one whose cue stands nearest ("14 people died and 23 others were
    injured": the 23 are the injured), where a frame its unit always has (spectators: the
    attendance) gives way only to a cue right beside the figure."""
    lex = view.rules.lexicon
    best, best_distance, plain = None, None, None
    for frame, cues in zip(lex.frames, lex.frame_cues):
        if not frame.takes(unit):
            continue
        if not frame.cues:
            plain = plain or frame
            continue
        window = len(view.forms) if frame.cue_window is None else frame.cue_window
        distance = _cue_distance(view, cues, start, end, window)
        if distance is not None and (best_distance is None or distance < best_distance):
            best, best_distance = frame, distance
    # a cue at hand beats the frame a unit always has: "7 fans MET THEIR DEATH" are the dead
    return best if best is not None and plain is not None and best_distance <= CUE_OVER_UNIT else plain or best
