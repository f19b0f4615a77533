"""Comparators, named as rule files name them in `compare:`. Each is pure.

A pair comparator answers True (contradict), False (agree) or None (not comparable), with a detail
(and, optionally, a severity that overrides the rule's for that finding).
A claim comparator returns a Finding for a claim that is wrong on its own (it may set the severity),
else None.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import Callable, Iterable

from ..config import Rules
from ..model import Claim, Interval, PersonMention, Topic
from .index import SAME_TIME_DAYS, indexed_pairs
from .same import (both_wholes, by_owner_only, compatible_events, counted_strength, exact_key, one_change,
                   one_reported_event, own_adjectives, same_measure)

UNDATED_SLACK_DAYS = 366    # how long before this run an article without a date may have been written


@dataclass(frozen=True)
class Finding:
    rule: str
    claims: tuple[Claim, ...]
    contradict: bool = True
    detail: str = ""
    severity: str | None = None      # overrides the rule's severity for this finding


@dataclass(frozen=True)
class Context:
    rules: Rules
    dates: dict[str, date]
    mentions: dict[str, list[PersonMention]] = field(default_factory=dict)
    undated: frozenset[str] = frozenset()     # articles judged as of --as-of, not their own date
    introduced: dict[str, frozenset[str]] = field(default_factory=dict)   # person → articles naming them in full
    speakers: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)   # (article, sentence) → who speaks


PairFn = Callable[[Claim, Claim, Context], "tuple[bool | None, str]"]
TopicFn = Callable[[str, Topic, Context], Iterable[Finding]]
ClaimFn = Callable[[Claim, Context], "Finding | None"]   # rule code filled in by the caller
TOPIC_COMPARATORS: dict[str, TopicFn] = {}
CLAIM_COMPARATORS: dict[str, ClaimFn] = {}


def pairwise(name: str):
    """Register a pair comparator as a topic comparator over every pair of claims."""
    def register(fn: PairFn) -> PairFn:
        def over_topic(rule: str, topic: Topic, ctx: Context) -> Iterable[Finding]:
            for a, b, (verdict, detail, *severity) in _judged_pairs(topic, ctx, fn):
                yield Finding(rule, (a, b), contradict=verdict, detail=detail,
                              severity=severity[0] if severity else None)
        TOPIC_COMPARATORS[name] = over_topic
        return fn
    return register


def _judged_pairs(topic: Topic, ctx: Context, fn: PairFn):
    """Every pair of a story's topic; a topic across stories (a person's offices) through the index."""
    if topic.story is None:
        yield from indexed_pairs(topic.claims, ctx.dates, ctx.undated, lambda a, b: fn(a, b, ctx))
        return
    for a, b in combinations(topic.claims, 2):
        verdict = fn(a, b, ctx)
        if verdict[0] is not None:
            yield a, b, verdict


def per_claim(name: str):
    def register(fn: ClaimFn) -> ClaimFn:
        CLAIM_COMPARATORS[name] = fn
        return fn
    return register


def kb_person(claim: Claim | None) -> str | None:
    """The knowledge-base id a claim's subject resolved to, if any."""
    entity = claim.entity_ids[0] if claim and claim.entity_ids else ""
    return entity.split(":", 1)[1] if entity.startswith("person:") else None


def interval_of(claim: Claim) -> Interval:
    low, high, low_open, high_open = claim.value["interval"]
    return Interval(low, high, low_open, high_open)


def interval_overlap(rule: str, topic: Topic, ctx: Context) -> Iterable[Finding]:
    """Figures of one topic whose ranges cannot both hold. When the topic's figures belong to
    several owners (the seats of three parties), a figure whose owner is not named is compared
    with an owned one only when both name what they measure with the same word: else it could be
    anyone's."""
    several = len(_owner_groups(topic.claims)) > 1
    written = _written_on(topic.claims, ctx)
    intervals = {c.id: interval_of(c) for c in topic.claims}
    figures = [c for c in topic.claims if not c.attrs.get("malformed")]
    parts = _breakdown(figures)
    sole = _sole_figures([c for c in figures if c.id not in parts])
    alone = _alone(figures)
    findings = []
    for a, b in _pairs_of_a_class(figures):
        if not comparable_quantities(a, b, sole=(a.id in sole) + (b.id in sole), alone=(a.id in alone) + (b.id in alone)) \
                or of_another_time(a, b, written) \
                or _two_sources(a, b, ctx) or _part_and_total(a, b, parts) or _part_and_total(b, a, parts):
            continue
        owned = [bool(c.attrs.get("measure", {}).get("owner")) for c in (a, b)]
        if several and owned[0] != owned[1] and (not _same_head(a, b) and not _listed_event(a, b)
                                                  and not both_wholes(a.attrs.get("measure") or {}, b.attrs.get("measure") or {})
                                                  or _another_owners(*((b, a) if owned[0] else (a, b)), figures, intervals)):
            continue
        findings.append(Finding(rule, (a, b), contradict=not intervals[a.id].overlaps(intervals[b.id])))
    yield from _each_gives_both(findings, topic.claims, intervals)


def _another_owners(unowned: Claim, owned: Claim, figures: list[Claim], intervals: dict) -> bool:
    """The owned figure's report gives another owner a figure the unowned one matches ("the
    champion finished on 7.5 points" against "X scored 7.5 points, Y from India came third on
    7"): the unowned figure is that other owner's."""
    owner = set(owned.attrs["measure"]["owner"])
    return any(c.article_id == owned.article_id and (other := set(c.attrs.get("measure", {}).get("owner") or ()))
               and not other & owner and intervals[c.id].overlaps(intervals[unowned.id]) for c in figures)


BREAKDOWN_KINDS = ("count", "money")


def _breakdown(claims: list[Claim]) -> set[str]:
    """The figures of one sentence that add up to another figure of the same article ("55
    contestants in the memorisation branch, while 31 took part in recitation" after "86
    contestants"; "43 sailors: the tanker's crew of 24 and 19 of the container ship's", the total
    first; "assets of 13.4 billion and 8.1 billion" after "21.5 billion"): the parts of a total the
    article gives, each no figure of the whole. Not shares, which add up by chance ("Eni 50%, BP
    30% and Mubadala 20%"), nor, in one sentence, sums."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind in BREAKDOWN_KINDS and claim.value.get("number") is not None:
            by_sentence[(claim.article_id, claim.sentence_index)].append(claim)
    parts: set[str] = set()
    for (article, index), members in by_sentence.items():
        for total in (c for c in claims if c.article_id == article and c.kind in BREAKDOWN_KINDS
                      and c.value.get("number") is not None and (c.sentence_index != index or c.kind == "count")):
            rest = [c for c in members if c is not total and (total.sentence_index != index or c.start > total.start)]
            if len(rest) > 1 and sum(c.value["number"] for c in rest) == total.value["number"]:
                parts.update(c.id for c in rest)
                break
    return parts


def _part_and_total(a: Claim, b: Claim, parts: set[str]) -> bool:
    """a is a part of a breakdown (_breakdown) and b no part of anything: b may be the total, or any
    other figure; only a part compares with a part ("won 2,861 of the 7,248 seats")."""
    return a.id in parts and b.id not in parts and not (b.attrs.get("measure") or {}).get("out_of")


def _sole_figures(claims: list[Claim]) -> set[str]:
    """The figures that are their article's only figure of the topic (one counted noun): each
    report gives the number of flights once, whatever phrase it hangs it on. A part named as one
    ("AMONG THEM 48 beds for intensive care") is no second figure of the whole."""
    return _alone([c for c in claims if not c.attrs.get("subset")])


def _alone(claims: list[Claim]) -> set[str]:
    """The figures that are their article's only one among `claims`."""
    per_article = Counter(c.article_id for c in claims)
    return {c.id for c in claims if per_article[c.article_id] == 1}


def _two_sources(a: Claim, b: Claim, ctx: Context) -> bool:
    """Each figure is in the words of someone else ("the union's leader said turnout reached 78%",
    "the ministry's secretary general said it did not pass 41%"): two sides' own figures, a dispute
    the articles report, not one figure told two ways."""
    sa, sb = (ctx.speakers.get((c.article_id, c.sentence_index)) for c in (a, b))
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)


def of_another_time(a: Claim, b: Claim, written: dict[str, date]) -> bool:
    """One figure's clause dates it to a time the other's does not match ("11 died in August 2025"
    against a figure of "August 2024"), or to a month over well before the other's article was
    written (written: _written_on): two occurrences, not one figure told twice."""
    ta, tb = (_placed(c, written) for c in (a, b))
    if ta and tb:
        return not (ta.startswith(tb) or tb.startswith(ta))
    for time, other in ((ta, b), (tb, a)):
        if time and other.article_id in written:
            return _period_end(time) < written[other.article_id] - timedelta(days=SAME_TIME_DAYS)
    return False


def _placed(claim: Claim, written: dict[str, date]) -> str | None:
    """A figure's stated time as a year or month; "last year" in an article without a date is the
    year before the one it was written in."""
    time = claim.attrs.get("measure", {}).get("stated_time")
    if time and time.startswith("-"):
        day = written.get(claim.article_id)
        return str(day.year + int(time)) if day else None
    return time


def _written_on(claims: Iterable[Claim], ctx: Context) -> dict[str, date]:
    """When each article of a story's topic was written, as far as known: its own date, or for one
    without a date the earliest of the story's dated articles (it covers the same days). With none
    dated, a year before this run's date: a year named is past only when older than that, whenever
    the articles were written."""
    claims = list(claims)
    dated = {c.article_id: ctx.dates[c.article_id] for c in claims
             if c.article_id not in ctx.undated and c.article_id in ctx.dates}
    earliest = min(dated.values(), default=None)
    if earliest is None:
        return {c.article_id: ctx.dates[c.article_id] - timedelta(days=UNDATED_SLACK_DAYS)
                for c in claims if c.article_id in ctx.dates}
    return {**{c.article_id: earliest for c in claims}, **dated}


def _period_end(time: str) -> date:
    """The last day of a stated year ("2025") or month ("2025-08")."""
    year, _, month = time.partition("-")
    if not month:
        return date(int(year), 12, 31)
    first_of_next = date(int(year) + int(month) // 12, int(month) % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def _each_gives_both(findings: list[Finding], claims: list[Claim], intervals: dict) -> list[Finding]:
    """Less the clashes of two articles that each give both figures in the topic ("bans of two and
    four years" against "four years for three of them, two for the others")."""
    by_article: dict[str, list[Interval]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(intervals[claim.id])

    def also_gives(article: str, claim: Claim) -> bool:
        # (a bound, "at least 15 dinars" a kilo, gives no figure: it meets 4.2 billion too)
        return any(i.low is not None and i.high is not None and i.overlaps(intervals[claim.id])
                   for i in by_article[article])
    return [f for f in findings if not (
        f.contradict and f.claims[0].article_id != f.claims[1].article_id
        and also_gives(f.claims[0].article_id, f.claims[1]) and also_gives(f.claims[1].article_id, f.claims[0]))]


TOPIC_COMPARATORS["interval-overlap.v1"] = interval_overlap


def _pairs_of_a_class(claims: list[Claim]):
    """The pairs comparable_quantities may accept: only figures that share the exact part of their
    measure and their subset and offset (a topic of a dense story holds hundreds of figures)."""
    classes: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        # (a sum's part "of it" may still be the share another report names: _one_share)
        subset = claim.attrs.get("subset") if claim.kind != "money" else None
        key = (exact_key(claim.attrs.get("measure") or {}), subset, claim.attrs.get("offset"))
        classes[key].append(claim)
    for members in classes.values():
        yield from combinations(members, 2)


def _listed_event(a: Claim, b: Claim) -> bool:
    """Both durations are of one event a list names ("the visit"): the event says whose they are."""
    classes = {c.attrs.get("event_class") for c in (a, b)}
    return a.kind == "duration" and len(classes) == 1 and not ({None, "any"} & classes) \
        and not str(next(iter(classes))).startswith("lemma:")


def _same_head(a: Claim, b: Claim) -> bool:
    """Both figures name what they measure with one word ("the capital of 5 billion", "its capital of 3")."""
    ha, hb = (c.attrs.get("measure", {}).get("head") for c in (a, b))
    return bool(ha) and ha == hb


def _owner_groups(claims: Iterable[Claim]) -> list[set[str]]:
    """The owners of a topic's figures, names that share a word counted as one owner."""
    groups: list[set[str]] = []
    for claim in claims:
        owner = set(claim.attrs.get("measure", {}).get("owner") or ())
        if not owner:
            continue
        joined = [g for g in groups if g & owner]
        for g in joined:
            groups.remove(g)
            owner |= g
        groups.append(owner)
    return groups


def _listed_events_differ(a: Claim, b: Claim) -> bool:
    """Both figures said of events a list names, of two classes ("the talks lasted five days,
    announcing a truce" against "a truce of 30 days"; the talks and the summit are one class)."""
    listed = [c for c in (a.attrs.get("event_class"), b.attrs.get("event_class"))
              if c not in (None, "any", "statement") and not c.startswith("lemma:")]
    return len(listed) == 2 and listed[0] != listed[1]


def comparable_quantities(a: Claim, b: Claim, sole: int = 2, alone: int = 0) -> bool:
    """Two figures of one topic (kind and unit) measure the same thing: the same change or level,
    period, rate and owner, both a part of a group named before ("four of the injured") or neither; then
    - durations: one frame ("how long the ceasefire lasts"), else (neither framed) the same event;
    - counts: one frame ("killed", "injured"), or a counted noun no list names (it says itself what
      is counted), or the same measured phrase;
    - money and shares: one frame (its cues are synonyms: "turnout", "the rate of voting"), else the
      same measured phrase ("net profit").
    sole: how many of the two are their report's only figure of the topic (but its parts); alone:
    how many are its only figure of the topic at all."""
    if a.article_id == b.article_id and a.sentence_index == b.sentence_index:
        return False        # one sentence's figures are a list, a range, or a part and its whole
        #                     ("Eni with a 50% stake, BP with 30% and Mubadala with 20%")
    ma, mb = a.attrs.get("measure") or {}, b.attrs.get("measure") or {}
    if (a.attrs.get("subset") != b.attrs.get("subset") and not _one_share(a, b)) or not same_measure(ma, mb, phrase=False) \
            or whole_and_part(a, b) or whole_and_part(b, a):
        return False
    if a.attrs.get("offset") != b.attrs.get("offset"):
        return False        # "two hours after the start of the attack" is no length of the attack
    fa, fb = a.attrs.get("frame"), b.attrs.get("frame")
    if a.kind == "duration":
        if fa or fb:    # (a frame's cue near the figure, but the figure said of another listed event: no)
            return fa == fb and not _listed_events_differ(a, b)
        if a.attrs.get("event_class") not in (None, "any") and b.attrs.get("event_class") not in (None, "any"):
            return compatible_events(a.attrs, b.attrs) or (_unlisted(a) and _unlisted(b) and _one_family(ma, mb))
        return same_measure(ma, mb)
    if a.kind == "count":
        if ma.get("of_counted") and ma.get("of_counted") == mb.get("of_counted"):
            return True     # the countries of the horses, framed or not
        if fa and fb:
            return fa == fb
        if not str(a.value["unit"]).startswith("noun:"):
            return same_measure(ma, mb) or one_change(ma, mb)
        strength = counted_strength(ma, mb)
        if strength is None and sole == 2 and not own_adjectives(ma, mb):
            strength = "weak"   # two phrases that do not meet, but each its report's only count of the noun
        # on weak evidence only figures of one order compare: "10 children taken to hospital" and
        # "a million children targeted" are two counts, not one count given twice
        return strength == "strong" or (strength == "weak" and _same_order(a, b))
    if fa and fa == fb:
        return True         # one frame: "turnout" and "the share of voters who voted" are one measure
    # one owner's figures that name what they measure in other words ("the bank's SHARE rose to 318
    # fils", "the bank's ASSETS of 21.5 billion") are one figure only when of one order
    if same_measure(ma, mb):
        return not by_owner_only(ma, mb) or _same_order(a, b)
    return a.kind == "money" and _the_story_sum(a, b, alone)


def _the_story_sum(a: Claim, b: Claim, alone: int) -> bool:
    """Two sums whose phrases do not meet, each its report's only sum in the currency (no part of
    it either: "a million, of which the owner got 600,000"), of one order, neither with an
    adjective the other lacks: the story's one sum, hung by each report on other words ("the
    costs, ESTIMATED at about 1.6 million riyals", "the costs AMOUNTING to 2.1 million riyals").
    Two donors' sums are told apart by their owners (same_measure)."""
    ma, mb = a.attrs.get("measure") or {}, b.attrs.get("measure") or {}
    return alone == 2 and not own_adjectives(ma, mb) and _same_order(a, b)


WEAK_RATIO = 3.0


def _one_share(a: Claim, b: Claim) -> bool:
    """Two sums named by one word, one of them said to be a part of a sum before it: "the winner's
    owner got 600,000 dollars OF IT" and "its owner took 450,000": the owner's share either way."""
    return a.kind == b.kind == "money" and _same_head(a, b)


def whole_and_part(a: Claim, b: Claim) -> bool:
    """a is a part of a whole ("2,618 seats out of 7,248") and b is that whole or more: b gives the
    whole, not the part."""
    whole = (a.attrs.get("measure") or {}).get("out_of")
    return bool(whole) and not (b.attrs.get("measure") or {}).get("out_of") and _magnitude(b) >= whole


def _unlisted(claim: Claim) -> bool:
    return str(claim.attrs.get("event_class")).startswith("lemma:")


def _one_family(a: dict, b: dict) -> bool:
    """Two durations no listed event owns, whose phrases (or what they are for) share a root: "a
    DESIGNED life of five years", "a life by DESIGN of 60 months", "DESIGNED to work for seven
    years"; "CUTS its FEES over ten years" and "a period of 12 years TO CUT the FEES"."""
    return bool({*a.get("roots", ()), *a.get("purpose", ())} & {*b.get("roots", ()), *b.get("purpose", ())})


def _same_order(a: Claim, b: Claim) -> bool:
    """Two figures within a few times each other, in the base unit ("318 fils" is 0.318 dinar)."""
    x, y = (abs(_magnitude(c)) or 1.0 for c in (a, b))
    return max(x, y) / min(x, y) <= WEAK_RATIO


def _magnitude(claim: Claim) -> float:
    low, high = claim.value["interval"][:2]
    return low if low is not None else high if high is not None else claim.value["number"]


def _weekdays(value: dict) -> bool:
    return "weekday" in value or "weekdays" in value


@pairwise("same-weekday.v1")
def same_weekday(a: Claim, b: Claim, ctx: Context):
    """Two days of one event, when at least one is known only by its weekday (or by a part of
    the day, which a calendar date does not settle)."""
    if not _one_event(a, b) or not (_weekdays(a.value) and _weekdays(b.value)):
        return None, ""
    if "iso" in a.value and "iso" in b.value and not (a.value.get("part") or b.value.get("part")):
        return None, ""     # same-date.v1 judges two calendar dates
    return not day_parts(a.value) & day_parts(b.value), ""


OTHER_OCCURRENCE_DAYS = 30


def _one_event(a: Claim, b: Claim) -> bool:
    if _apart_in_one_sentence(a, b):
        return False    # "the first ship DOCKED on Monday ..., the second DOCKED the day before yesterday"
    return compatible_events(a.attrs, b.attrs) or one_reported_event(a, b)


ONE_PHRASE_CHARS = 25   # two days of one sentence closer than this are one day told twice ("Tuesday 21 April")


def _apart_in_one_sentence(a: Claim, b: Claim) -> bool:
    """Two days of one sentence, words apart: a writer gives two occurrences, not one event two days."""
    if a.article_id != b.article_id or a.sentence_index != b.sentence_index:
        return False
    first, second = sorted((a, b), key=lambda c: c.start)
    return second.start - first.end > ONE_PHRASE_CHARS


@pairwise("same-date.v1")
def same_date(a: Claim, b: Claim, ctx: Context):
    """Two calendar dates of one event. Dates a month or more apart are two occurrences (last May's
    summit named in a report of this one), not one event given two days."""
    days = _calendar_days(a.value, b.value)
    if not _one_event(a, b) or days is None:
        return None, ""
    if a.value.get("part") or b.value.get("part"):
        return None, ""
    apart = abs((days[0] - days[1]).days)
    if apart >= OTHER_OCCURRENCE_DAYS:
        return None, ""
    return apart > 0, ""


def _calendar_days(a: dict, b: dict) -> tuple[date, date] | None:
    """Two dates' days; a day of a month without a year (in an article without a date: "Sunday 8
    March") is taken in the year of the other ("1 March 2026"). Two such days are not compared:
    with no date to place them, "10 May" and "12 May" may be any two days of a story."""
    if "iso" in a and "iso" in b:
        return date.fromisoformat(a["iso"]), date.fromisoformat(b["iso"])
    if not all("iso" in v or ("month" in v and "day" in v and not v.get("relative")) for v in (a, b)) \
            or not ("iso" in a or "iso" in b):
        return None         # (nor is "24 February LAST", an earlier day, in an article with no date)
    known = next(date.fromisoformat(v["iso"]).year for v in (a, b) if "iso" in v)
    try:
        return tuple(date.fromisoformat(v["iso"]) if "iso" in v else date(v.get("year", known), v["month"], v["day"])
                     for v in (a, b))
    except ValueError:
        return None     # "29 February" in a year without one: no day to compare


DAWN, DAYTIME, EVENING = range(3)


def day_parts(value: dict) -> set[int]:
    """The parts of the week (dawn, daytime, evening of each ISO weekday) a weekday claim admits.
    A night may be named after either of its days, so it admits the evening before and after."""
    def part(day: int, which: int) -> int:
        return ((day - 1) * 3 + which) % 21
    parts = set()
    for day in value.get("weekdays") or [value["weekday"]]:
        named = value.get("part")
        if named == "night":
            parts |= {part(day - 1, EVENING), part(day, DAWN), part(day, EVENING), part(day + 1, DAWN)}
        elif named in ("dawn", "evening", "daytime"):
            parts.add(part(day, {"dawn": DAWN, "evening": EVENING, "daytime": DAYTIME}[named]))
        else:
            parts |= {part(day, DAWN), part(day, DAYTIME), part(day, EVENING)}
    return parts


@pairwise("same-place.v1")
def same_place(a: Claim, b: Claim, ctx: Context):
    if not _one_event(a, b):
        return None, ""
    p, q = a.value["place"], b.value["place"]
    kb = ctx.rules.kb
    venues = [x.removeprefix("venue:").split() for x in (p, q) if x.startswith("venue:")]
    if len(venues) == 1:
        # a venue no gazetteer lists and a known place: only the place the venue is said to be in compares
        within, other = (a.value.get("within"), q) if p.startswith("venue:") else (b.value.get("within"), p)
        if not within:
            return None, ""
        return not (kb.contains(within, other) or kb.contains(other, within)), ""
    if len(venues) == 2 and _two_buildings(venues, ctx):
        return True, ""
    if venues:      # "the Kerkennah islands" and "the Kerkennah archipelago": one place
        shorter, longer = sorted((_venue_name(v) for v in venues), key=len)
        return not shorter <= longer, ""
    return not (kb.contains(p, q) or kb.contains(q, p)), ""


def _two_buildings(venues: list[list[str]], ctx: Context) -> bool:
    """Two venues whose nouns name two kinds of building: a palace and a centre."""
    kinds = [ctx.rules.lexicon.building_kind(v[0]) for v in venues]
    return None not in kinds and kinds[0] != kinds[1]


def _venue_name(words: list[str]) -> set[str]:
    """The words that name a venue, less its venue noun (a venue's key starts with it) and a final
    letter the lemmatizer keeps or drops (taa marbuta, folded to heh in skeletons)."""
    return {w[:-1] if w.endswith(_HEH) and len(w) > 3 else w for w in (words[1:] or words)}


_HEH = "\u0647"


@pairwise("same-quote.v1")
def same_quote(a: Claim, b: Claim, ctx: Context):
    if not (a.entity_ids and b.entity_ids) or a.article_id == b.article_id:
        return None, ""
    return a.entity_ids[0] != b.entity_ids[0], ""


def _same_office_family(a: Claim, b: Claim, ctx: Context) -> bool:
    """One office in other words: two known families that agree ("the British leader", "the British
    prime minister") in one country; or, a family unknown, one head whose portfolios meet ("the
    head of the election commission", "the head of the board of the election commission")."""
    va, vb = a.value, b.value
    ja, jb = va["jurisdiction"], vb["jurisdiction"]
    if ja and jb and ja != jb:
        return False
    if va["family"] and vb["family"]:
        return ctx.rules.kb.compatible_families(va["family"], vb["family"])
    ca, cb = _body(a), _body(b)
    kb = ctx.rules.kb
    if va.get("head") != vb.get("head") and not (kb.covers(va.get("head"), vb.get("head")) and cb <= ca) \
            and not (kb.covers(vb.get("head"), va.get("head")) and ca <= cb):
        return False        # (a head that covers another, when the covered one names nothing more: "the
        #                     director of the agency", not "the FINANCIAL director of the company")
    if not ca or not cb:
        return True
    # portfolios that meet only in what kind of body or where lead two bodies: "the civil defence
    # director in the Nile State" and "the police director of the Nile State", "the president of
    # the club Al-Mina" and "the president of the club Al-Zawraa"
    if not ca & cb:
        return False
    wa, wb = ca - _generic(a), cb - _generic(b)
    if wa <= _generic(b) or wb <= _generic(a):
        return True     # one names only the kind of body the other names: "the head of the federation"
        #                 and "the head of the Egyptian athletics federation"
    return not (wa and wb and not wa & wb)


def _body(claim: Claim) -> set[str]:
    """What a title is of, by the roots of its words: "the railways authority" and "the authority
    of the railway" meet."""
    return set(claim.attrs.get("complement_roots") or claim.value.get("complement") or ())


def _generic(claim: Claim) -> set[str]:
    """The roots of the words of a title that say what kind of body it is or where ("the club",
    "... in the Nile State"), not which."""
    return set(claim.attrs.get("generic_roots") or ())


def _of_two_bodies(a: Claim, b: Claim) -> bool:
    """Two titles of different kinds, each naming what it is of, and nothing of one in the other."""
    ca, cb = _body(a), _body(b)
    return a.value.get("head") != b.value.get("head") and bool(ca) and bool(cb) and not ca & cb


def _deputy_of(deputy: Claim, principal: Claim, ctx: Context) -> bool:
    """One title is the deputy of the other's office in the same body: the two name a body in
    common ("deputy transport minister" and "transport minister", "the undersecretary of the
    culture ministry" and "the minister of culture, tourism and antiquities")."""
    cd, cp = _body(deputy), _body(principal)
    return (_a_deputy(deputy, ctx) and not _a_deputy(principal, ctx)
            and _exclusive(principal.value, ctx) and bool(cp & cd))


def _apart_from(post: Claim, other: Claim, ctx: Context) -> bool:
    """A post of its own (a spokesman) and the head or deputy of the same body: the body named in
    both, or in one only ("the ministry's spokesman" and "the electricity undersecretary")."""
    kind = ctx.rules.kb.head_kinds.get(post.value.get("head"))
    if not (kind and kind.apart) or other.value.get("head") == post.value.get("head"):
        return False
    bp, bo = _body(post), _body(other)
    return (_exclusive(other.value, ctx) or _a_deputy(other, ctx)) and (not bp or not bo or bool(bp & bo))


def _a_deputy(claim: Claim, ctx: Context) -> bool:
    kind = ctx.rules.kb.head_kinds.get(claim.value.get("head"))
    return bool(kind and kind.deputy)


def _exclusive(value: dict, ctx: Context) -> bool:
    return ctx.rules.kb.is_exclusive(value["family"]) if value["family"] else bool(value.get("exclusive"))


@pairwise("exclusive-office.v1")
def exclusive_office(a: Claim, b: Claim, ctx: Context):
    kb = ctx.rules.kb
    va, vb = a.value, b.value
    if va.get("kin") or vb.get("kin"):
        return None, ""
    if a.article_id == b.article_id and a.attrs.get("phrase") and a.attrs.get("phrase") == b.attrs.get("phrase"):
        return False, ""    # "prime minister and foreign minister": one phrase gives both, held together
    if va["former"] or vb["former"] or _same_office_family(a, b, ctx):
        return False, ""
    person = kb_person(a) or ""
    if not (_exclusive(va, ctx) and _exclusive(vb, ctx)):
        # offices one may hold together ("deputy prime minister", "energy minister"): a clash only
        # when the knowledge base has them hold one and not the other on the articles' dates ...
        settled = {_held_on(a, ctx), _held_on(b, ctx)} == {True, False}
        if settled:
            return True, _kb_offices_note(person, ctx.dates.get(b.article_id), ctx)
        # ... or, for someone it does not know, when one heads something and the other office is
        # of another body ("head of the IOM mission", "the UNHCR's spokeswoman"): a warning
        if not person and _of_two_bodies(a, b) and (_exclusive(va, ctx) or _exclusive(vb, ctx)):
            return True, "", "warning"
        if not person and (_deputy_of(a, b, ctx) or _deputy_of(b, a, ctx)):
            return True, "", "warning"     # "deputy secretary general" and "secretary general" of one party
        if not person and (_apart_from(a, b, ctx) or _apart_from(b, a, ctx)):
            return True, "", "warning"     # "the ministry's spokesman" and "its undersecretary"
        return None, ""
    if va["office"] and vb["office"] and kb.concurrent(person, va["office"], vb["office"]):
        return False, ""
    if va["family"] and vb["family"] and kb.concurrent_families(person, va["family"], vb["family"]):
        return False, ""    # offices the knowledge base has them hold together (one named without its country)
    # Someone the knowledge base does not know: an error only when both titles are said of them directly.
    direct = not (a.attrs.get("embedded") or b.attrs.get("embedded"))
    severity = None if person or direct else "warning"
    return True, _kb_offices_note(person, ctx.dates.get(b.article_id), ctx), severity


@pairwise("one-holder.v1")
def one_holder(a: Claim, b: Claim, ctx: Context):
    da, db = ctx.dates.get(a.article_id), ctx.dates.get(b.article_id)
    if not (a.entity_ids and b.entity_ids and da and db) or abs((da - db).days) > SAME_TIME_DAYS:
        return None, ""
    if a.entity_ids[0] == b.entity_ids[0]:
        return False, ""
    if blended(a, ctx) or blended(b, ctx):
        return None, ""     # a name made of two people's names is its own finding (name-blend.v1)
    if not (_well_named(a) and _well_named(b) and ctx.rules.kb.is_exclusive(a.value["family"])):
        return None, ""
    holders = ctx.rules.kb.holders_of(a.value["office"], db)
    note = f"; on {db} the knowledge base has {', '.join(holders)}" if holders else ""
    return True, note


def _well_named(claim: Claim) -> bool:
    """A knowledge-base person or a full name: a single unknown word after a title may be a misparse."""
    return bool(kb_person(claim)) or len((claim.subject or "").split()) >= 2


@pairwise("office-status.v1")
def office_status(a: Claim, b: Claim, ctx: Context):
    if not _same_office_family(a, b, ctx):
        return None, ""
    if a.value["former"] == b.value["former"]:
        return False, ""
    former = a if a.value["former"] else b
    return True, _kb_offices_note(kb_person(former), ctx.dates.get(former.article_id), ctx)


@per_claim("office-on-date.v1")
def office_on_date(claim: Claim, ctx: Context) -> Finding | None:
    detail = _office_on_date_detail(claim, ctx)
    if not detail:
        return None
    # Judged as of --as-of, not the article's own date: only a hint.
    return Finding("", (claim,), detail=detail, severity="info" if claim.article_id in ctx.undated else None)


def _kb_matching_offices(claim: Claim, ctx: Context) -> list[str] | None:
    """The offices the knowledge base has the claim's person hold on its article's date that its
    title may name; None when it cannot say (a person it does not know, no date, or a rank the
    person bears, "Prince Abdulaziz", which is no office they could leave)."""
    kb, person, day = ctx.rules.kb, kb_person(claim), ctx.dates.get(claim.article_id)
    if claim.kind != "role" or not person or not day or person not in kb.people:
        return None
    family, jurisdiction = claim.value["family"], claim.value["jurisdiction"]
    if family in kb.people[person].styles:
        return None
    return [o for o in kb.offices_of(person, day) if kb.compatible_families(family, o.split("/")[0])
            and (not jurisdiction or o.split("/")[1] == jurisdiction)]


def _held_on(claim: Claim, ctx: Context) -> bool | None:
    """Whether the knowledge base has the claim's person hold its office (family and country) on
    its article's date; None when it cannot say."""
    matching = _kb_matching_offices(claim, ctx)
    if matching is None or not (claim.value["family"] and claim.value["jurisdiction"]):
        return None
    return bool(matching)


def _office_on_date_detail(claim: Claim, ctx: Context) -> str | None:
    matching = _kb_matching_offices(claim, ctx)
    if matching is None:
        return None
    person, day, jurisdiction = kb_person(claim), ctx.dates.get(claim.article_id), claim.value["jurisdiction"]
    if claim.value["former"]:
        return f"lists them as sitting {', '.join(matching)}" if matching else None
    if jurisdiction and not matching:
        return _held_phrase(person, day, ctx)
    return None


@per_claim("numeral-grammar.v1")
def numeral_grammar(claim: Claim, ctx: Context) -> Finding | None:
    problem = claim.attrs.get("malformed")
    return Finding("", (claim,), detail=problem) if problem else None


def _held_phrase(person: str, day: date, ctx: Context) -> str:
    terms = ctx.rules.kb.people[person].held
    current = [t.office for t in terms if t.covers(day)]
    if current:
        return f"lists them as {', '.join(current)}"
    return "lists no office for them on that date" + (
        f" (last: {terms[-1].office} until {terms[-1].to})" if terms and terms[-1].to else "")


def _kb_offices_note(person: str | None, day: date | None, ctx: Context) -> str:
    if not person or not day or person not in ctx.rules.kb.people:
        return ""
    return f"; on {day} the knowledge base {_held_phrase(person, day, ctx)}"


def speaker_introduced(rule: str, topic: Topic, ctx: Context) -> Iterable[Finding]:
    speakers = sorted(topic.claims, key=lambda c: c.start)
    for pos, claim in enumerate(speakers):
        if not claim.attrs.get("bare") or _introduced_before(claim, ctx):
            continue
        previous = next((p for p in reversed(speakers[:pos]) if p.entity_ids != claim.entity_ids
                         and claim.sentence_index - p.sentence_index <= 3), None)
        hint = _kb_office_hint(claim, previous, ctx)
        # A name used bare that other reports introduce, or a sitting office-holder's, is house style.
        if not hint and (_introduced_elsewhere(claim, ctx) or _in_office(claim, ctx)):
            continue
        detail = f"; the previous quote is by «{previous.value['speaker']}»" if previous else ""
        yield Finding(rule, (claim, previous) if previous else (claim,), detail=detail + hint)


TOPIC_COMPARATORS["speaker-introduced.v1"] = speaker_introduced


def _introduced_before(claim: Claim, ctx: Context) -> bool:
    """Named in full earlier in the article: by this name, or by a full name it is the first word of
    ("President Prabowo Subianto" ... "Prabowo said": many are called by their first name)."""
    entity = claim.entity_ids[0] if claim.entity_ids else None
    bare = claim.subject or ""
    return any(m.full and m.start < claim.start and (m.entity_id == entity or m.name.split()[0] == bare)
               for m in ctx.mentions.get(claim.article_id, []))


def _in_office(claim: Claim, ctx: Context) -> bool:
    person, day = kb_person(claim), ctx.dates.get(claim.article_id)
    return bool(person and day and ctx.rules.kb.offices_of(person, day))


def _introduced_elsewhere(claim: Claim, ctx: Context) -> bool:
    entity = claim.entity_ids[0] if claim.entity_ids else None
    return bool(ctx.introduced.get(entity, frozenset()) - {claim.article_id})


def _kb_office_hint(claim: Claim, previous: Claim | None, ctx: Context) -> str:
    """When the knowledge base knows the bare-named speaker has left an office the previous speaker holds."""
    kb, day = ctx.rules.kb, ctx.dates.get(claim.article_id)
    person, other = kb_person(claim), kb_person(previous)
    if not (person and other and day and person in kb.people):
        return ""
    now = set(kb.offices_of(other, day))
    former = [t for t in kb.people[person].held if t.office in now and t.to and t.to <= day]
    return f"; «{claim.value['speaker']}» left {former[0].office} on {former[0].to}" if former else ""


def blended(claim: Claim, ctx: Context) -> tuple[str, str] | None:
    """(whose first name, whose family name) when a name no one in the knowledge base bears joins
    the first name of one known person and the family name of another ("Olaf Merz")."""
    words = (claim.subject or "").split()
    if claim.kind != "role" or len(words) < 2 or claim.attrs.get("kb_id"):
        return None     # (the name as written, not whom resolution took it for: "Olaf Merz" is Merz's surname)
    kb = ctx.rules.kb
    given = ctx.rules.lexicon.given_names.match_at(words, 0)
    if given and given[1] >= len(words):
        return None         # "Abdel Aziz": a first name of two words, not a first word and a family name
    first, last = kb.first_names.get(words[0], frozenset()), kb.family_names.get(words[-1], frozenset())
    if not first or not last or first & last:
        return None
    return min(first), min(last)


@per_claim("name-blend.v1")
def name_blend(claim: Claim, ctx: Context) -> Finding | None:
    found = blended(claim, ctx)
    if not found:
        return None
    people = ctx.rules.kb.people
    return Finding("", (claim,), detail=f"{people[found[0]].names[0]} / {people[found[1]].names[0]}")
