from datetime import date

import pytest

from checker.extract.dates import extract_dates
from checker.detect.same import compatible_events


def dates(view, text, **kw):
    return list(extract_dates(view(text, **kw)))


def test_weekday_of_the_reported_gathering(view):
    (c,) = dates(view, "تستضيف باريس، اليوم الثلاثاء، قمة دولية")
    assert c.value == {"weekday": 2, "relative_day": 0} and c.subject == "gathering" and c.text == "اليوم الثلاثاء"


def test_follow_up_session_is_not_the_gathering_day(view):
    (c,) = dates(view, "يجتمع الممثلون مجدداً يوم الأربعاء لمواصلة المحادثات")
    assert c.attrs["event"] == "follow-up" and c.subject is None


def test_a_weekday_by_a_verb_no_list_names_dates_that_verb_only(view):
    (c,) = dates(view, "التقى الأربعاء الرئيس الصيني", verb="التقى")
    assert c.subject.startswith("root:") and c.attrs["event_kind"] == "lemma:التقي" and c.subject != "gathering"


def test_one_of_is_not_sunday(view):
    assert dates(view, "أحد مستشاري الرئاسة") == []


def test_day_and_month_resolve_to_the_nearest_date(view):
    (c,) = dates(view, "عقب الاجتماع الأخير في 11 ديسمبر", dated=True)
    assert c.value["iso"] == "2025-12-11" and c.attrs["event"] == "previous"
    (c,) = dates(view, "يبدأ صرف الأرباح في 4 سبتمبر", day=date(2025, 9, 2), dated=True)
    assert c.value["iso"] == "2025-09-04"


def test_an_undated_article_resolves_no_calendar_date_without_a_year(view):
    (c,) = dates(view, "يبدأ صرف الأرباح في 4 سبتمبر")
    assert "iso" not in c.value
    (c,) = dates(view, "يبدأ صرف الأرباح في 4 سبتمبر 2025")
    assert c.value["iso"] == "2025-09-04" and c.value["weekday"] == 4


def test_an_ordinal_day_of_a_month(view):
    (c,) = dates(view, "سيتم صرف الأرباح في العاشر من سبتمبر المقبل", day=date(2025, 8, 4), dated=True)
    assert c.value["iso"] == "2025-09-10" and c.text == "العاشر من سبتمبر المقبل"


def test_days_named_from_the_article_date(view):
    day = date(2025, 11, 13)      # a Thursday
    (c,) = dates(view, "اختتمت المفاوضات أمس الأربعاء", day=day, dated=True, verb="اختتمت")
    assert c.value["iso"] == "2025-11-12" and c.value["weekday"] == 3
    (c,) = dates(view, "وقعت الحكومة أمس (الخميس) اتفاقا", day=date(2025, 11, 14), dated=True, verb="وقعت")
    assert c.value["iso"] == "2025-11-13"
    (c,) = dates(view, "عقدت القمة الخميس الماضي", day=day, dated=True)
    assert c.value["iso"] == "2025-11-06"
    (c,) = dates(view, "وقع الحادث أمس", day=day, dated=True)
    assert c.value == {"iso": "2025-11-12", "relative_day": -1, "weekday": 3}
    assert dates(view, "وقع الحادث أمس") == []      # no date of its own: "yesterday" is unknown


def test_relative_month(view):
    (c,) = dates(view, "أطلقته فرنسا في مارس الماضي")
    assert c.value == {"month": 3, "relative": "previous"}


@pytest.mark.parametrize("text,value", [
    ("وقع الهجوم يوم الثلاثاء", {"weekday": 2}),
    ("وقع الهجوم ليل الثلاثاء", {"weekday": 2, "part": "night"}),
    ("وقع الهجوم فجر الأربعاء", {"weekday": 3, "part": "dawn"}),
    ("وقع الهجوم مساء الأحد", {"weekday": 7, "part": "evening"}),
    ("وقع الهجوم ليل الثلاثاء - الأربعاء", {"weekday": 2, "part": "night", "weekdays": [2, 3]}),
])
def test_weekday_with_the_part_of_the_day(view, text, value):
    (claim,) = dates(view, text)
    assert claim.value == value


def test_levantine_month_names_resolve_to_a_calendar_date(view):
    (c,) = dates(view, "أقرت القمة يوم 18 كانون الأول الحزمة", dated=True)
    assert c.value["iso"].endswith("-12-18")


def test_an_event_noun_with_a_possessive_suffix_dates_the_event(view):
    (c,) = dates(view, "وافق الزعماء في قمتهم يوم الجمعة على القرض")
    assert c.subject == "gathering"


def test_the_day_of_an_announcement_is_not_the_day_of_what_it_announced(view):
    tuesday, thursday = dates(view, "وأعلنت الدوحة الثلاثاء أن التوقيع سيتم الخميس", verb="وأعلنت سيتم")
    assert tuesday.attrs["event_class"] == "statement" and tuesday.subject is None
    assert thursday.attrs["event_kind"] == "signing" and thursday.subject == "signing"


def test_a_verb_names_its_event_only_with_its_object(view):
    (c,) = dates(view, "وقعت الحكومة والجبهة يوم الخميس اتفاقا للسلام", verb="وقعت", lemmas={"وقعت": "وَقَّع"})
    assert c.attrs["event_kind"] == "signing"
    (c,) = dates(view, "أعاق الحادث الذي وقع مساء الأحد حركة المرور", verb="وقع أعاق", lemmas={"وقع": "وَقَع"})
    assert c.attrs["event_kind"] == "accident"


def test_a_preparatory_meeting_is_not_the_summit(view):
    (meeting,) = dates(view, "انعقد الاجتماع التحضيري لوزراء الخارجية يوم الاثنين")
    (summit,) = dates(view, "انعقدت القمة يوم الثلاثاء")
    (proceedings,) = dates(view, "انطلقت أعمال القمة يوم الثلاثاء", verb="انطلقت", lemmas={"انطلقت": "اِنطَلَق"})
    assert meeting.attrs["event_facet"] == "preparatory" and meeting.attrs["event_kind"] == "meeting"
    assert not compatible_events(meeting.attrs, summit.attrs)
    assert proceedings.attrs["event_kind"] == "summit" and proceedings.attrs["event_phase"] == "start"
    assert compatible_events(summit.attrs, proceedings.attrs)


def test_an_opening_and_a_closing_are_two_days(view):
    (opening,) = dates(view, "افتتح المهرجان يوم الخميس", verb="افتتح")
    (closing,) = dates(view, "اختتم المهرجان يوم الأربعاء", verb="اختتم")
    assert (opening.attrs["event_phase"], closing.attrs["event_phase"]) == ("start", "end")
    assert not compatible_events(opening.attrs, closing.attrs)
