"""Where an event happened: a place near the event noun, in its clause, and not its subject."""
import pytest

from checker.extract.locations import extract_locations


def places(view, text, verb=""):
    return [c.value["place"] for c in extract_locations(view(text, verb=verb)) if hasattr(c, "kind")]


@pytest.mark.parametrize("text,verb,expected", [
    ("انعقدت القمة في باريس", "", ["paris"]),
    ("انطلقت في الدوحة مفاوضات وقف إطلاق النار", "", ["doha"]),
    ("استضافت القاهرة يوم الأربعاء جولة جديدة من المفاوضات", "", ["cairo"]),
    ("في ختام قمة استمرت ثلاثة أيام في بروكسل", "استمرت", ["brussels"]),
])
def test_the_place_of_the_event(view, text, verb, expected):
    assert places(view, text, verb) == expected


@pytest.mark.parametrize("text", [
    "انطلقت مفاوضات وقف إطلاق النار في غزة",             # a noun chain: Gaza is the ceasefire's
    "ناقشت القمة بشأن السلام في أوكرانيا",                # a topic marker: Ukraine is the subject
    "تناول الغداء في قصر الإليزيه، قبل انطلاق أعمال القمة",  # another clause
    "وصل وفد من الدوحة إلى جولة من المفاوضات",            # a city that merely stands there
])
def test_not_the_place_of_the_event(view, text):
    assert places(view, text) == []
