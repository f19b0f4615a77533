"""Counts, durations, money and percentages: a number, its qualifier and what it counts."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Interval
from ..schemas import Frame, Qualifier, Unit
from .base import SentenceView
from .numbers import NumberSpan, find_numbers
from .registry import extractor

UNIT_WINDOW = 5          # words after a number in which its counted noun may appear
UNIT_BEFORE_WINDOW = 5   # words before it in which "the number of NOUN" may stand


@extractor("quantities", kinds=("count", "duration", "money", "percent"))
def extract_quantities(view: SentenceView):
    lex = view.rules.lexicon
    used_units = set()
    previous = None     # the last quantity, whose frame a coordinated one ("13 missiles and 728 drones") shares
    for number in find_numbers(view):
        if number.j < len(view.forms) and lex.months.match_at(view.forms, number.j):
            continue    # "11 December" is a date
        hit = _unit_after(view, number) or _unit_before(view, number)
        if hit:
            used_units.add(hit.at)
            claim = _quantity(view, number, hit, _coordinated_with(view, previous, number))
            previous = (claim, hit.end)
            yield claim
        elif number.malformed:
            yield view.claim("count", number.i, number.j, {"number": number.value, "unit": None},
                             attrs={"malformed": number.malformed, "in_words": True})
    for i, n, unit in lex.unit_duals.find_all(view.forms):
        if i not in used_units:
            yield _quantity(view, NumberSpan(i, i, 2.0, in_words=True), UnitHit(unit, i, i + n, False, i))


def _coordinated_with(view: SentenceView, previous, number: NumberSpan):
    """The previous quantity claim when this number follows it after "and" (detached or glued)."""
    if previous is None:
        return None
    claim, end = previous
    return claim if view.forms[end:number.i] in ([], [view.rules.lexicon.connector]) else None


def _quantity(view: SentenceView, number: NumberSpan, hit: UnitHit, coordinated=None):
    lex = view.rules.lexicon
    unit, u_end, partitive = hit.unit, hit.end, hit.partitive
    qualifier, q_start = _qualifier_before(view, number.i)
    after = lex.qualifiers_after.match_at(view.forms, u_end) if u_end < len(view.forms) else None
    if after and qualifier is None:
        qualifier, u_end = after[0], u_end + after[1]
    interval = qualified_interval(number.value * unit.scale, qualifier, unit.about)
    start = min(q_start if qualifier and q_start is not None else number.i, hit.start)
    frame = frame_for(view, unit, start, u_end) or _shared_frame(view, coordinated, unit)
    value = {"number": number.value, "unit": unit.id, "qualifier": qualifier.id if qualifier else None,
             "interval": [interval.low, interval.high, interval.low_open, interval.high_open],
             "display": f"{qualified_display(number.value, qualifier)} {unit.id}"}
    attrs = {"frame": frame.id if frame else None, "measure": (frame.measure or unit.id) if frame else None,
             "partitive": partitive, "in_words": number.in_words}
    if number.malformed:
        attrs["malformed"] = number.malformed
    return view.claim(unit.kind, start, u_end, value, subject=attrs["frame"], attrs=attrs)


@dataclass(frozen=True)
class UnitHit:
    unit: Unit
    at: int             # the unit's first word
    end: int            # one past the claim's last word
    partitive: bool
    start: int          # the claim's first word before any qualifier: the number, or "the number of"


def _unit_after(view: SentenceView, number: NumberSpan) -> UnitHit | None:
    lex = view.rules.lexicon
    partitive = False
    for k in range(number.j, min(number.j + UNIT_WINDOW, len(view.forms))):
        if view.is_punct(k) and view.forms[k] != "%":
            return None
        hit = lex.units.match_at(view.forms, k)
        if hit:
            return UnitHit(hit[0], k, k + hit[1], partitive, number.i)
        if lex.number_words.match_at(view.forms, k) or view.forms[k][:1].isdigit():
            return None
        partitive = partitive or bool(lex.partitives.match_at(view.forms, k))
    return None


def _unit_before(view: SentenceView, number: NumberSpan) -> UnitHit | None:
    """The counted noun named before the number: "the number of dead exceeded 70 thousand"."""
    lex = view.rules.lexicon
    for k in range(number.i - 1, max(-1, number.i - 1 - UNIT_BEFORE_WINDOW), -1):
        if view.is_punct(k) or view.forms[k][:1].isdigit():
            return None
        if lex.count_nouns.match_at(view.forms, k) and (hit := lex.units.match_at(view.forms, k + 1)):
            return UnitHit(hit[0], k + 1, number.j, False, k) if k + 1 + hit[1] <= number.i else None
    return None


def _qualifier_before(view: SentenceView, i: int) -> tuple[Qualifier | None, int | None]:
    table = view.rules.lexicon.qualifiers_before
    for start in range(max(0, i - 4), i):
        hit = table.match_at(view.forms, start)
        if hit and start + hit[1] == i:
            return hit[0], start
    return None, None


def qualified_interval(value: float, qualifier: Qualifier | None, about: float | None = None) -> Interval:
    if qualifier is None:
        return Interval.exact(value)
    spec = qualifier.interval
    if spec.relative is not None:
        relative = spec.relative if about is None else about
        return Interval(value * (1 - relative), value * (1 + relative))
    low = value if spec.low else None
    high = value if spec.high else None
    return Interval(low, high, spec.low == "exclusive", spec.high == "exclusive")


def qualified_display(value: float, qualifier: Qualifier | None) -> str:
    shown = Interval.exact(value).describe()
    return f"{qualifier.id} {shown}" if qualifier else shown


def _shared_frame(view: SentenceView, coordinated, unit: Unit) -> Frame | None:
    frame_id = coordinated.attrs["frame"] if coordinated is not None else None
    return next((f for f in view.rules.lexicon.frames if f.id == frame_id and unit.id in f.units), None)


def frame_for(view: SentenceView, unit: Unit, start: int, end: int) -> Frame | None:
    lex = view.rules.lexicon
    for frame, cues in zip(lex.frames, lex.frame_cues):
        if unit.id not in frame.units:
            continue
        if not frame.cues:
            return frame
        window = len(view.forms) if frame.cue_window is None else frame.cue_window
        lo, hi = max(0, start - window), min(len(view.forms), end + window)
        if cues.contains_any(view.forms[lo:hi]):
            return frame
    return None
