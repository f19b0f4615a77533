"""Numbers in digits or words, with a well-formedness check of word numerals.

Values of word numerals are computed from the ranks in rules/lexicon/numbers.yaml by hand:
pyarabic's text2number misreads common spelling variants (ha for ta marbuta, bare alef) and accepts
malformed sequences without a word, and neither is acceptable for evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..schemas import NumberWord
from .base import SentenceView

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_THOUSANDS_DECIMAL = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$")
_CLITIC_DIGITS = re.compile(r"^(\D+)(\d.*)$")
_ORDER = {"hundred": 0, "unit": 1, "teen": 1, "ten": 2}
MAX_DIGITS = 15          # longer digit strings are codes or garbage, never a quantity
MAX_VALUE = 1e18         # no quantity in the news comes near it; above it, scale words were stacked


@dataclass(frozen=True)
class NumberSpan:
    i: int
    j: int
    value: float
    in_words: bool
    malformed: str | None = None
    rounding: float = 0.0       # half the place of its last decimal when scaled: "11.7 million" is 11.65-11.75 million
    precision: float | None = None  # the place of its last significant digit, scaled: 0.1 million for "4.6 million"
    sexagesimal: bool = False   # "2:09:47 hours": a length in the unit after it and sixtieths; no count


def find_numbers(view: SentenceView) -> list[NumberSpan]:
    """The numbers of a sentence, read once (quantities and measures both ask)."""
    return view.once(_find_numbers)


def _find_numbers(view: SentenceView) -> list[NumberSpan]:
    lex = view.rules.lexicon
    spans, i = [], 0
    while i < len(view.forms):
        span = _digits_at(view, lex, i) or _words_at(view, lex, i)
        if span:
            spans.append(span)
            i = span.j
        else:
            i += 1
    return spans


def _digits_at(view: SentenceView, lex: Lexicon, i: int) -> NumberSpan | None:
    if clock := _clock_length_at(view, i):
        return clock
    # digits may carry a proclitic ("and 728", "by 50" written as one word)
    form = _digits_behind_clitics(view.forms[i], lex)
    value = digit_value(form) if form else None
    if value is None:
        return None
    j = i + 1
    scale = 1.0
    while j < len(view.forms):
        hit = lex.number_words.match_at(view.forms, j)
        if not hit or hit[0].rank != "scale":
            break
        value, scale = value * hit[0].value, hit[0].value
        j += hit[1]
    rounding, extra = 0.0, 0.0
    if scale > 1:
        extra, k = fraction_after(view, lex, j, scale)
        if k == j:
            extra, k = _smaller_parts_after(view, lex, j, scale)
        value, j = value + extra, k
        rounding = 0.0 if extra else _rounding(form, scale)
    return NumberSpan(i, j, value, in_words=False, malformed=_too_large(value), rounding=rounding,
                      precision=None if extra else _precision(form, scale))


def _clock_length_at(view: SentenceView, i: int) -> NumberSpan | None:
    """"2:09:47" (the parser splits it at the colons, written without spaces): a whole and its
    sixtieths, in the unit after it when that is a length ("2:09:47 hours"); see extract_quantities."""
    forms, words = view.forms, view.words
    parts, j = [forms[i]], i + 1
    while (j + 1 < len(forms) and forms[j] == ":" and len(forms[j + 1]) == 2 and forms[j + 1].isdecimal()
           and words[j - 1].end == words[j].start and words[j].end == words[j + 1].start and len(parts) < 3):
        parts.append(forms[j + 1])
        j += 2
    if len(parts) < 2 or not forms[i].isdecimal() or any(int(p) >= 60 for p in parts[1:]):
        return None
    value = sum(int(p) / 60 ** k for k, p in enumerate(parts))
    return NumberSpan(i, j, value, in_words=False, sexagesimal=True)


def _precision(form: str, scale: float) -> float:
    """The place of the last significant digit a writer gave: "4.6 million" is written to 0.1
    million, "11500" to the hundred, "85 billion" to the billion."""
    decimals = _decimals(form)
    if decimals is not None:
        return scale / 10 ** decimals
    digits = form.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return scale * 10 ** zeros


def _decimals(form: str) -> int | None:
    """How many decimals written digits have ("2,5" has a decimal comma), None for a whole number."""
    for mark in (".", ","):
        if mark in form and not _THOUSANDS.match(form):
            return len(form.rsplit(mark, 1)[1])
    return None


def _rounding(form: str, scale: float) -> float:
    """How far a scaled figure may be from the figure it rounds: "11.7 million" stands for anything
    from 11.65 to 11.75 million, so it does not contradict 11,742,315; a whole figure of two digits
    or more is rounded to its scale ("18 thousand" in a headline for 18,426). A single digit ("2
    billion") is not taken as rounded: the half-scale would span a quarter of it."""
    decimals = _decimals(form)
    if decimals is None:
        whole = form.replace(",", "")
        return 0.5 * scale if whole.isdecimal() and int(whole) >= 10 else 0.0
    return 0.5 * scale / 10 ** decimals


def _smaller_parts_after(view: SentenceView, lex: Lexicon, j: int, scale: float) -> tuple[float, int]:
    """Each smaller part in turn: "11 million AND 742 thousand AND 315"."""
    total = 0.0
    while True:
        part, k = _smaller_part_after(view, lex, j, scale)
        if k == j:
            return total, j
        total, j = total + part, k
        scale = _scale_of(part)


def _scale_of(value: float) -> float:
    """The place of a part's leading digit group: 742,000 is of the thousands."""
    scale = 1.0
    while value >= scale * 1000:
        scale *= 1000
    return scale


def _smaller_part_after(view: SentenceView, lex: Lexicon, j: int, scale: float) -> tuple[float, int]:
    """"29 thousand AND 400", "2 million and 500 thousand": a smaller figure in digits that "and"
    joins to a scaled one is part of it."""
    forms = view.forms
    if j >= len(forms) or not forms[j].startswith(lex.connector):
        return 0.0, j
    k = j + 1 if forms[j] == lex.connector else j
    if k >= len(forms):
        return 0.0, j
    value = digit_value(forms[k] if k > j else forms[k][len(lex.connector):])
    if value is None:
        return 0.0, j
    k += 1
    while k < len(forms):
        hit = lex.number_words.match_at(forms, k)
        if not hit or hit[0].rank != "scale":
            break
        value *= hit[0].value
        k += hit[1]
    return (value, k) if value < scale else (0.0, j)


def _too_large(value: float) -> str | None:
    return f"{value:.3g} is too large to be a quantity" if value > MAX_VALUE else None


def _digits_behind_clitics(word: str, lex: Lexicon) -> str | None:
    """The digits of a word, behind proclitics glued to them ("and-27", "by-5", "the-60")."""
    if _DIGITS.match(word):
        return word
    m = _CLITIC_DIGITS.match(word)
    return m.group(2) if m and m.group(1) in lex.normalizer.prefixes and _DIGITS.match(m.group(2)) else None


def digit_value(form: str) -> float | None:
    """The value of digits with separators: "1,234" and "1,234.5" (thousands), "2,5" (a decimal
    comma), "58.40". None for what is not such a number, or too long to be a quantity (codes, garbage)."""
    if not _DIGITS.match(form) or len(form.replace(",", "").replace(".", "")) > MAX_DIGITS:
        return None
    if "," in form and "." in form:
        return float(form.replace(",", "")) if _THOUSANDS_DECIMAL.match(form) else None
    if _THOUSANDS.match(form):
        return float(form.replace(",", ""))
    if form.count(".") > 1 or form.count(",") > 1:
        return None         # a dotted date or a code, not a number
    return float(form.replace(",", "."))


def fraction_after(view: SentenceView, lex: Lexicon, j: int, scale: float) -> tuple[float, int]:
    """"a billion AND A HALF", "... and half a billion": the fraction of the scale just read."""
    forms = view.forms
    if j + 1 < len(forms) and forms[j] == lex.connector:
        hit = lex.fractions.match_at(forms, j + 1)
        k = j + 1
    else:
        hit = lex.fractions.match_at(forms, j) if j < len(forms) and forms[j].startswith(lex.connector) else None
        k = j
    if not hit:
        return 0.0, j
    k += hit[1]
    again = lex.number_words.match_at(forms, k) if k < len(forms) else None
    if again and again[0].rank == "scale" and again[0].value == scale:
        k += again[1]       # "... and half of THE billion"
    return hit[0] * scale, k


def _fraction_of_scale(view: SentenceView, lex: Lexicon, i: int) -> NumberSpan | None:
    """"HALF a million pounds", "a quarter of a billion": a fraction before a scale word."""
    hit = lex.fractions.match_at(view.forms, i)
    k = i + hit[1] if hit else len(view.forms)
    scale = lex.number_words.match_at(view.forms, k) if k < len(view.forms) else None
    if not (hit and scale and scale[0].rank == "scale"):
        return None
    return NumberSpan(i, k + scale[1], hit[0] * scale[0].value, in_words=True)


def _words_at(view: SentenceView, lex: Lexicon, i: int) -> NumberSpan | None:
    if fraction := _fraction_of_scale(view, lex, i):
        return fraction
    sequence: list[NumberWord] = []
    j = i
    adjectival = after_definite_noun(view, i)
    while j < len(view.forms):
        if sequence and view.forms[j] == lex.connector and j + 1 < len(view.forms):
            j += 1      # a detached "and" between two number words
        # (after a definite noun every word of the numeral has the article: "the hours THE-EIGHT AND-THE-FORTY")
        hit = _number_word(view.forms, lex, j, first=not sequence, definite_ok=adjectival)
        if hit and sequence and hit[0].rank == sequence[-1].rank != "scale" and _opens_range(view, lex, i):
            hit = None      # "BETWEEN three AND seven years": the range's other end, not one numeral
        if not hit:
            if sequence and view.forms[j - 1] == lex.connector:
                j -= 1
            break
        sequence.append(hit[0])
        j += hit[1]
    if not sequence:
        return None
    if len(sequence) == 1 and sequence[0].value == 1 and view.forms[i] in lex.one_of_forms:
        return None         # "ihda al-duwal", one of the countries: a number only in "ihda wa-sabʿin" (71)
    if len(sequence) == 1 and view.forms[i] in lex.vague_plurals:
        return None         # "THOUSANDS of fans": no figure
    value = numeral_value(sequence)
    if sequence[-1].rank == "scale":
        scale = float(sequence[-1].value)
        extra, k = fraction_after(view, lex, j, scale)
        if k == j:
            extra, k = _smaller_parts_after(view, lex, j, scale)    # "two million AND 514 thousand"
        value, j = value + extra, k
    return NumberSpan(i, j, value, in_words=True, malformed=numeral_problem(sequence) or _too_large(value))


def _opens_range(view: SentenceView, lex: Lexicon, i: int) -> bool:
    """A range's opener ends right before word i ("BETWEEN three and seven"), not "more THAN"."""
    return (i > 0 and lex.range_openers.ending_at(view.forms, i, reach=2) is not None
            and not lex.qualifiers_before.ending_at(view.forms, i, reach=3))


def _number_word(forms: list[str], lex: Lexicon, j: int, first: bool,
                 definite_ok: bool = False) -> tuple[NumberWord, int] | None:
    hit = lex.number_words.match_at(forms, j)
    if not hit:
        return None
    word = forms[j]
    # A definite number word is an ordinal or a weekday (al-ithnayn, Monday), never a count ...
    if word not in lex.number_forms and number_word_has_article(word, lex) and not definite_ok:
        return None
    if not first and word not in lex.number_forms and not word.startswith(lex.connector):
        return None
    return hit


def after_definite_noun(view: SentenceView, i: int) -> bool:
    """... except after a definite plural noun it agrees with, as its adjective: "THE carriages THE
    four" (al-ʿarabāt al-arbaʿ), not after "day" (Monday) nor as a weekday's name."""
    lex = view.rules.lexicon
    if i == 0 or view.upos[i - 1] != "NOUN" or not lex.normalizer.definite(view.surface(i - 1, i)):
        return False
    if (hit := lex.number_words.match_at(view.forms, i)) and hit[0].value == 1:
        return False        # "the SINGLE meal" (al-wajba al-wāḥida): an adjective, no count of one
    if view.forms[i].startswith(lex.connector):
        return False        # "... AND-the-thirtieth": an adjective follows its noun with no "and"
    return not any(t.match_at(view.forms, k) for t in (lex.day_markers, lex.weekdays, lex.months)
                   for k in (i - 1, i))


def number_word_has_article(word: str, lex: Lexicon) -> bool:
    """A number word written with the article ("al-arba'"), read off what is left before the
    number's form: "alf" (a thousand) only starts like "al-"."""
    form = max((f for f in lex.number_forms if word.endswith(f)), key=len, default="")
    prefix = word[:len(word) - len(form)]
    return any(prefix.endswith(a) or prefix.endswith(a[1:] * 2) for a in lex.normalizer.articles)


def numeral_value(sequence: list[NumberWord]) -> float:
    total, group, term = 0, 0, 0
    previous: NumberWord | None = None
    for word in sequence:
        if word.rank == "scale" and previous is not None and previous.rank == "scale":
            total += term * word.value - term       # "a thousand million": the scale multiplies
            term *= word.value
        elif word.rank == "scale":
            term = (group or 1) * word.value
            total += term
            group = 0
        else:
            group += word.value
        previous = word
    return float(total + group)


def numeral_problem(sequence: list[NumberWord]) -> str | None:
    """Why a sequence of number words is not a well-formed Arabic numeral, or None."""
    previous: NumberWord | None = None
    for word in sequence:
        if word.rank == "scale" and previous is not None and previous.rank == "scale" \
                and word.value <= previous.value:
            return f"{word.value:g} cannot follow {previous.value:g} (a scale repeated or falling)"
        if word.rank == "scale" or previous is None or previous.rank == "scale":
            previous = word
            continue
        if word.rank == previous.rank:
            return f"two {word.rank}s joined: {previous.value} and {word.value}"
        if _ORDER[word.rank] < _ORDER[previous.rank]:
            return f"{word.value} cannot follow {previous.value}"
        if previous.rank == "teen":
            return f"{word.value} cannot follow {previous.value}"
        previous = word
    return None
