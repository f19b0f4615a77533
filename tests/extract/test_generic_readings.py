"""Readings that come from the sentence's shape, not from a story's words: found on blind corpora
(a migrant boat, a cabinet reshuffle, a donors' conference) and fixed in general."""
from checker.extract.dates import extract_dates
from checker.extract.locations import extract_locations
from checker.extract.people import extract_roles
from checker.extract.quantities import extract_quantities
from checker.model import Claim


def quantities(view, text, **tags):
    return [c for c in extract_quantities(view(text, **tags)) if isinstance(c, Claim)]


def roles(view, text, **tags):
    return [c for c in extract_roles(view(text, **tags)) if isinstance(c, Claim)]


def test_the_noun_right_after_a_number_is_what_it_counts(view):
    (c,) = quantities(view, "كان على متنه 52 مهاجرا أغلبهم من دول جنوب الصحراء")
    assert c.value["unit"].startswith("noun:") and c.value["number"] == 52    # not "52 countries"


def test_each_makes_a_figure_a_rate_and_words_for_one_person_are_one_rate(view):
    (each,) = quantities(view, "أفاد الناجون بأن كل راكب دفع 2500 دينار", verb="دفع")
    (per,) = quantities(view, "قالوا إنهم دفعوا 4000 دينار للشخص الواحد", verb="دفعوا")
    assert each.attrs["measure"]["rate"] == per.attrs["measure"]["rate"] == "person"
    assert each.attrs["measure"]["head"] != "راكب"      # what is measured is the paying, not the passenger


def test_a_noun_after_the_head_makes_it_the_head_of_that_noun(view):
    (c,) = roles(view, "وقالت كلاوديا ريتشي، رئيسة بعثة المنظمة الدولية للهجرة في تونس، إن", propn="كلاوديا ريتشي")
    assert c.value["family"] is None and c.value["office"] is None     # not the president of Tunisia
    assert c.value["head"] == "head"


def test_a_new_count_modifier_makes_its_own_group(view):
    new, whole = quantities(view, "شمل التعديل دخول سبعة وزراء جدد لتبقى الحكومة تضم 30 وزيرا", verb="شمل تضم")
    assert new.attrs["measure"]["mods"] == ["new"] and whole.attrs["measure"]["mods"] == []


def test_a_venue_name_ends_before_its_day(view):
    (c,) = [c for c in extract_locations(view("أدى الوزراء اليمين الدستورية في قصر الحسينية يوم الثلاثاء", verb="أدى"))
            if isinstance(c, Claim)]
    assert "يوم" not in c.value["display"] and c.attrs["event_kind"] == "swearing-in"


def test_a_verb_of_attribution_owns_no_date_before_it(view):
    dates = [c for c in extract_dates(view("غرق قارب قبالة سواحل المهدية فجر الاثنين، وفق ما أعلن الحرس الوطني",
                                           verb="أعلن")) if isinstance(c, Claim)]
    assert dates and all(c.attrs["event_kind"] == "accident" for c in dates)


def test_a_smaller_figure_joined_by_and_is_part_of_the_scaled_one(view):
    (c,) = quantities(view, "بلغ الاستهلاك 31 ألفاً و250 ميغاواط")
    assert c.value["number"] == 31250


def test_for_each_named_after_a_sum_makes_it_a_rate_of_that_noun(view):
    (c,) = quantities(view, "تقرر صرف 5 آلاف دينار لكل طالب")
    assert c.attrs["measure"]["rate"] == "طالب"


def test_a_definite_number_word_after_a_definite_noun_counts_it(view):
    (c,) = quantities(view, "أقلعت الطائرات الثلاث من القاعدة", verb="أقلعت")
    assert c.value["number"] == 3 and c.text == "الطائرات الثلاث"
    assert quantities(view, "وصل الوفد يوم الاثنين", verb="وصل") == []     # a weekday, not two
