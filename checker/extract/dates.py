"""Weekdays, calendar dates and days named relative to the article ("yesterday"), attached to the
event they date. Days are resolved to calendar dates against the article's own date when it has
one: "yesterday, Wednesday", "last Thursday", "on 4 September" (the year nearest the article).
"""
from __future__ import annotations

from calendar import month_name
from datetime import date, datetime, timedelta

import dateparser

from .base import SentenceView
from .events import event_for, in_the_lead, time_word, weekday_in_a_name
from .registry import extractor

YEAR_DIGITS = 4
BRACKETS = ("(", ")", "[", "]")
BACKGROUND_DAYS = 60     # a day this long before a dated article is of an earlier occurrence
PHASE_HOPS = 3           # steps up the parse from a day to the verb of opening or closing it is the day of


@extractor("dates", kinds=("date",))
def extract_dates(view: SentenceView):
    lex = view.rules.lexicon
    taken: set[int] = set()
    for start, end, value in _weekday_claims(view):
        taken.update(range(start, end))
        yield _dated(view, start, end, value)
    for i, n, month in lex.months.find_all(view.forms):
        if _folded_into_another_word(view, i, n):
            continue
        start, end, value = _month_claim(view, i, n, month)
        taken.update(range(start, end))
        yield _dated(view, start, end, value)
    for start, end, value in _relative_day_claims(view, taken):
        yield _dated(view, start, end, value)


def _folded_into_another_word(view: SentenceView, i: int, n: int) -> bool:
    """"bāb" (a door) is no "bi-Āb" (in August): a month's name that folding leaves a couple of
    letters long is the month only written as the calendar writes it (with its madda)."""
    lex = view.rules.lexicon
    if n != 1:
        return False
    short = [name for name in lex.short_months if view.forms[i].endswith(lex.normalizer.fold(name))]
    written = view.surface(i, i + 1)
    return bool(short) and not any(written.endswith(name) for name in short)


def _weekday_claims(view: SentenceView) -> list[tuple[int, int, dict]]:
    """(start, end, value) per weekday expression: "Tuesday-Wednesday" is one claim of two days;
    "the night of Tuesday" and "Wednesday at dawn" carry the part of the day (see same-weekday.v1);
    "yesterday, Wednesday", "last Thursday" carry a calendar date when the article has one."""
    lex = view.rules.lexicon
    out: list[tuple[int, int, dict]] = []
    for i, n, weekday in lex.weekdays.find_all(view.forms):
        if weekday_in_a_name(view, i):
            continue
        if out and i - out[-1][1] <= 1 and (i == out[-1][1] or _links_days(view, i - 1)):
            start, _, value = out.pop()
            days = sorted({*value.get("weekdays", [value["weekday"]]), weekday})
            out.append((start, i + n, {k: v for k, v in {**value, "weekdays": days}.items() if k != "iso"}))
            continue
        start, value = i, {"weekday": weekday}
        offset = _relative_day_before(view, i)
        if offset is not None:
            start, value["relative_day"] = offset[0], offset[1]
        elif i > 0 and lex.day_markers.match_at(view.forms, i - 1):
            start = i - 1
        part = lex.day_parts.match_at(view.forms, start - 1) if start > 0 else None
        if part:
            start, value["part"] = start - 1, part[0]
        end = i + n
        relative = lex.relative.match_at(view.forms, end) if end < len(view.forms) else None
        if relative:
            value["relative"], end = relative[0], end + relative[1]
        if view.article.dated:
            resolved = _weekday_date(view.article.date, value)
            if resolved:
                value["iso"] = resolved.isoformat()
        out.append((start, end, value))
    return out


def _relative_day_before(view: SentenceView, i: int) -> tuple[int, int] | None:
    """"yesterday, Wednesday", "today Tuesday", "tomorrow Sunday": (start word, day offset)."""
    table = view.rules.lexicon.relative_days
    for start in range(max(0, i - 3), i):
        hit = table.match_at(view.forms, start)
        if hit and all(view.is_punct(k) or view.forms[k] in BRACKETS for k in range(start + hit[1], i)):
            return start, hit[0]
    return None


def _weekday_date(day: date, value: dict) -> date | None:
    weekday = value["weekday"]
    if "relative_day" in value:
        resolved = day + timedelta(days=value["relative_day"])
        return resolved if resolved.isoweekday() == weekday else None
    if value.get("relative") == "previous":
        return day - timedelta(days=(day.isoweekday() - weekday - 1) % 7 + 1)
    if value.get("relative") == "next":
        return day + timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)
    return None


def _links_days(view: SentenceView, k: int) -> bool:
    """A dash or 'to' between two weekdays (day_links in the calendar lexicon)."""
    return view.rules.lexicon.day_links.match_at(view.forms, k) is not None


def _month_claim(view: SentenceView, i: int, n: int, month: int) -> tuple[int, int, dict]:
    lex = view.rules.lexicon
    start, end, value = i, i + n, {"month": month}
    day = _day_before_month(view, i)
    if day:
        start, value["day"] = day
    year_at = _past_other_month_name(view, end)
    if year_at < len(view.forms) and view.forms[year_at].isdecimal() and len(view.forms[year_at]) == YEAR_DIGITS:
        value["year"], end = int(view.forms[year_at]), year_at + 1     # "14 July (Tammuz) 2025"
    relative_at = end if "year" in value else year_at     # "24 February (Shubat) LAST": past its other name
    relative = lex.relative.match_at(view.forms, relative_at) if relative_at < len(view.forms) else None
    if relative:
        value["relative"] = relative[0]
        if relative_at == end:
            end += relative[1]
    if "day" in value and ("year" in value or view.article.dated):
        resolved = _resolve_date(value, view.article.date)
        if resolved:
            value["iso"] = resolved
    return start, end, value


def _past_other_month_name(view: SentenceView, k: int) -> int:
    """Past the month's other name in brackets or after a slash ("July (Tammuz)", "March/Adhar")."""
    if k + 1 >= len(view.forms) or view.forms[k] not in ("(", "/"):
        return k
    other = view.rules.lexicon.months.match_at(view.forms, k + 1)
    if other is None:
        return k
    after = k + 1 + other[1]
    if view.forms[k] == "/":
        return after
    return after + 1 if after < len(view.forms) and view.forms[after] == ")" else k


def _day_before_month(view: SentenceView, i: int) -> tuple[int, int] | None:
    """The day of a date: digits right before the month, or an ordinal and "of" ("the tenth of")."""
    lex = view.rules.lexicon
    if i > 0 and view.forms[i - 1].isdecimal() and 1 <= int(view.forms[i - 1]) <= 31:
        return i - 1, int(view.forms[i - 1])
    if i > 1 and lex.ordinal_links.match_at(view.forms, i - 1):
        if hit := lex.ordinal_days.ending_at(view.forms, i - 1, reach=3):
            return hit[1], hit[0]
    return None


def _resolve_date(value: dict, as_of: date) -> str | None:
    """Calendar date of a day + month (+ year) claim. Without a year: the year that puts it nearest
    the article's date ("4 September" in an article of 2 September is two days later, not last
    year), or the next or previous one for "next"/"last". The month number comes from the calendar
    lexicon (which knows the Levantine and Maghrebi names dateparser does not), so dateparser only
    checks that the day exists in that month and year."""
    years = [value["year"]] if "year" in value else [as_of.year - 1, as_of.year, as_of.year + 1]
    candidates = []
    for year in years:
        parsed = dateparser.parse(f"{value['day']} {month_name[value['month']]} {year}", languages=["en"],
                                  settings={"RELATIVE_BASE": datetime(as_of.year, as_of.month, as_of.day)})
        if parsed:
            candidates.append(parsed.date())
    if value.get("relative") == "next":
        candidates = [d for d in candidates if d > as_of] or candidates
    elif value.get("relative") == "previous":
        candidates = [d for d in candidates if d < as_of] or candidates
    best = min(candidates, key=lambda d: (abs((d - as_of).days), d), default=None)
    return best.isoformat() if best else None


def _relative_day_claims(view: SentenceView, taken: set[int]):
    """"yesterday", "tomorrow" on their own: a date only where the article has its own date."""
    if not view.article.dated:
        return
    lex = view.rules.lexicon
    for i, n, _ in lex.standalone_relative_days.find_all(view.forms):
        if taken & set(range(i, i + n)):
            continue
        offset = lex.relative_days.match_at(view.forms, i)
        if offset:
            day = view.article.date + timedelta(days=offset[0])
            yield i, i + n, {"iso": day.isoformat(), "relative_day": offset[0]}


def _dated(view: SentenceView, start: int, end: int, value: dict):
    value = {**value, **({"weekday": date.fromisoformat(value["iso"]).isoweekday()}
                         if "iso" in value and "weekday" not in value and "weekdays" not in value else {})}
    event = event_for(view, start, end)
    attrs = event.fields() if event else {"event": None}
    if event and not event.phase and _after_start_marker(view, start):
        attrs["event_phase"] = "start"      # "will apply EFFECTIVE FROM Wednesday": the day it starts
    if event and attrs.get("event") == "main" and _long_before(view, value):
        attrs["event"] = "previous"         # "the memorandum signed on 14 July 2025": the story's past
    if (in_the_lead(view, start, attrs) or _day_of_the_news(view, attrs)) and _a_day(value):
        attrs["lead_day"] = True
        if not attrs.get("event_phase") and (phase := _phase_said(view, start)):
            attrs["event_phase"] = phase    # "OPENED, on Thursday evening, the festival": its first day
    subject = event_group(attrs)
    return view.claim("date", start, end, value, subject=subject, attrs=attrs)


def _day_of_the_news(view: SentenceView, attrs: dict) -> bool:
    """The day the first sentence gives the statement it opens with ("the confederation ANNOUNCED,
    on Monday 9 March, that Jordan will host ..."): when the news is an announcement, its day is the
    day other leads give what they report (detect.same.one_reported_event)."""
    return bool(attrs.get("event_speaker")) and view.lead_rank <= 1 and attrs.get("event") == "main"


def _a_day(value: dict) -> bool:
    """Not a bare month, nor a coming day ("NEXT Sunday")."""
    return value.get("relative") != "next" and bool({"weekday", "weekdays", "iso", "day"} & set(value))


def _phase_said(view: SentenceView, start: int) -> str | None:
    """The phase a verb of opening or closing that the day hangs on in the parse gives it."""
    phases = view.rules.lexicon.phase_verbs
    return next((phase for verb in view.ancestors(start, limit=PHASE_HOPS) if (phase := view.verb_in(phases, verb))), None)


def _after_start_marker(view: SentenceView, start: int) -> bool:
    """"EFFECTIVE FROM Wednesday", "ENTERS INTO FORCE at six on Sunday morning": a start marker
    before the day, with at most an hour of the clock and its prepositions between."""
    k = start
    while k > 0 and start - k < 4 and (view.upos[k - 1] == "ADP" or time_word(view, k - 1)):
        k -= 1
    # (every end from there on: a marker may itself end in a preposition, "effective FROM")
    return any(view.rules.lexicon.start_markers.ending_at(view.forms, end, 3) for end in range(k, start + 1))


def _long_before(view: SentenceView, value: dict) -> bool:
    """A calendar day months before a dated article's own: news reports what just happened, so such
    a day is of an earlier occurrence, whatever event it is said of."""
    if "iso" not in value or not view.article.dated:
        return False
    return (view.article.date - date.fromisoformat(value["iso"])).days > BACKGROUND_DAYS


def event_group(attrs: dict) -> str | None:
    """The topic an event's claims are gathered under: its class, or the root of an unlisted one.
    (Compatibility within it, kind, facet and phase, is decided when claims are compared.)"""
    if attrs.get("event_speaker") and attrs.get("event") == "main":
        return "statement:" + attrs["event_speaker"]       # one announcement of a story's lead
    if attrs.get("event") not in ("main", "next") or not attrs.get("event_class") or attrs["event_class"] == "statement":
        return None
    cls = attrs["event_class"]
    group = f"root:{attrs['event_root']}" if cls.startswith("lemma:") else cls
    return group if attrs["event"] == "main" else f"next:{group}"     # (one story's next session is one)
