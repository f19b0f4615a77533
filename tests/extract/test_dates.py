import pytest

from checker.extract.dates import extract_dates


def dates(view, text):
    return list(extract_dates(view(text)))


def test_weekday_of_the_reported_gathering(view):
    (c,) = dates(view, "تستضيف باريس، اليوم الثلاثاء، قمة دولية")
    assert c.value == {"weekday": 2} and c.subject == "gathering" and c.text == "اليوم الثلاثاء"


def test_follow_up_session_is_not_the_gathering_day(view):
    (c,) = dates(view, "يجتمع الممثلون مجدداً يوم الأربعاء لمواصلة المحادثات")
    assert c.attrs["event"] == "follow-up" and c.subject is None


def test_weekday_without_a_gathering_is_not_compared(view):
    (c,) = dates(view, "التقى الأربعاء الرئيس الصيني")
    assert c.subject is None


def test_one_of_is_not_sunday(view):
    assert dates(view, "أحد مستشاري الرئاسة") == []


def test_day_and_month_resolve_to_the_latest_date_before_the_article(view):
    (c,) = dates(view, "عقب الاجتماع الأخير في 11 ديسمبر")
    assert c.value["iso"] == "2025-12-11" and c.attrs["event"] == "previous"


def test_relative_month(view):
    (c,) = dates(view, "أطلقته فرنسا في مارس الماضي")
    assert c.value == {"month": 3, "relative": "previous"}


@pytest.mark.parametrize("text,value", [
    ("وقع الهجوم يوم الثلاثاء", {"weekday": 2}),
    ("وقع الهجوم ليل الثلاثاء", {"weekday": 2, "part": "night"}),
    ("وقع الهجوم فجر الأربعاء", {"weekday": 3, "part": "dawn"}),
    ("وقع الهجوم ليل الثلاثاء - الأربعاء", {"weekday": 2, "part": "night", "weekdays": [2, 3]}),
])
def test_weekday_with_the_part_of_the_day(view, text, value):
    (claim,) = dates(view, text)
    assert claim.value == value


def test_levantine_month_names_resolve_to_a_calendar_date(view):
    (c,) = dates(view, "أقرت القمة يوم 18 كانون الأول الحزمة")
    assert c.value["iso"].endswith("-12-18")


def test_an_event_noun_with_a_possessive_suffix_dates_the_event(view):
    (c,) = dates(view, "وافق الزعماء في قمتهم يوم الجمعة على القرض")
    assert c.subject == "gathering"
