"""Weekdays, day + month dates and months, attached to the event they date."""
from __future__ import annotations

from calendar import month_name
from datetime import datetime

import dateparser

from .base import SentenceView
from .events import event_fields, find_events, nearest_event
from .registry import extractor


@extractor("dates", kinds=("date",))
def extract_dates(view: SentenceView):
    lex = view.rules.lexicon
    events = find_events(view)
    for start, end, value in _weekday_claims(view):
        yield _dated(view, events, start, end, value)
    for i, n, month in lex.months.find_all(view.forms):
        yield _dated(view, events, *_month_claim(view, i, n, month))


def _weekday_claims(view: SentenceView) -> list[tuple[int, int, dict]]:
    """(start, end, value) per weekday expression: "Tuesday-Wednesday" is one claim of two days;
    "the night of Tuesday" and "Wednesday at dawn" carry the part of the day (see same-day.v1)."""
    lex = view.rules.lexicon
    out: list[tuple[int, int, dict]] = []
    for i, n, weekday in lex.weekdays.find_all(view.forms):
        if out and i - out[-1][1] <= 1 and (i == out[-1][1] or _links_days(view, i - 1)):
            start, _, value = out.pop()
            out.append((start, i + n, {**value, "weekdays": sorted({*value.get("weekdays", [value["weekday"]]), weekday})}))
            continue
        start = i - 1 if i > 0 and lex.day_markers.match_at(view.forms, i - 1) else i
        value = {"weekday": weekday}
        for part, markers in (("night", lex.night_markers), ("dawn", lex.dawn_markers)):
            if start > 0 and markers.match_at(view.forms, start - 1):
                start, value["part"] = start - 1, part
                break
        out.append((start, i + n, value))
    return out


def _links_days(view: SentenceView, k: int) -> bool:
    """A dash or 'to' between two weekdays (day_links in the calendar lexicon)."""
    return view.rules.lexicon.day_links.match_at(view.forms, k) is not None


def _month_claim(view: SentenceView, i: int, n: int, month: int) -> tuple[int, int, dict]:
    lex = view.rules.lexicon
    start, end, value = i, i + n, {"month": month}
    if i > 0 and view.forms[i - 1].isdigit() and 1 <= int(view.forms[i - 1]) <= 31:
        start, value["day"] = i - 1, int(view.forms[i - 1])
    if end < len(view.forms) and view.forms[end].isdigit() and len(view.forms[end]) == 4:
        value["year"], end = int(view.forms[end]), end + 1
    relative = lex.relative.match_at(view.forms, end) if end < len(view.forms) else None
    if relative:
        value["relative"], end = relative[0], end + relative[1]
    if "day" in value:
        resolved = _resolve_date(value, view.article.date)
        if resolved:
            value["iso"] = resolved
    return start, end, value


def _resolve_date(value: dict, as_of) -> str | None:
    """Calendar date of a day + month (+ year) claim: without a year, the latest one not after the
    article date, or the next one for "next month". The month number comes from the calendar
    lexicon (which knows the Levantine and Maghrebi names dateparser does not), so dateparser
    is given the date in a spelling it always reads."""
    base = datetime(as_of.year, as_of.month, as_of.day)
    spelled = f"{value['day']} {month_name[value['month']]} {value.get('year', '')}".strip()
    prefer = "future" if value.get("relative") == "next" else "past"
    parsed = dateparser.parse(spelled, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer})
    return parsed.date().isoformat() if parsed else None


def _dated(view: SentenceView, events, start: int, end: int, value: dict):
    subject, attrs = event_fields(nearest_event(events, start))
    return view.claim("date", start, end, value, subject=subject, attrs=attrs)
