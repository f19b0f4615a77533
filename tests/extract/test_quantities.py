from checker.extract.quantities import extract_quantities
from checker.model import Interval


def claims(view, text):
    return list(extract_quantities(view(text)))


def interval(claim):
    return Interval(*claim.value["interval"])


def test_more_than_is_an_open_interval_with_its_unit_and_frame(view):
    (c,) = claims(view, "اللقاء الذي يضم أكثر من 27 قائدًا")
    assert c.kind == "count" and c.value["unit"] == "leader" and c.value["qualifier"] == "more-than"
    assert c.text == "أكثر من 27 قائدًا"
    assert c.attrs["frame"] == "gathering-participants"
    assert interval(c) == Interval(27, None, True, False)


def test_about_is_ten_percent_either_side(view):
    (c,) = claims(view, "قمة جمعت حوالى ثلاثين من قيادات الدول")
    assert interval(c) == Interval(27.0, 33.0)


def test_unit_may_follow_a_partitive(view):
    (c,) = claims(view, "بمشاركة 35 دولة، تمثل 27 منها على مستوى رؤساء الدول")[1:]
    assert c.value["unit"] == "leader" and c.attrs["partitive"]


def test_durations_are_in_days(view):
    (c,) = claims(view, "النزاع المستمر منذ نحو أربع سنوات")
    assert c.kind == "duration" and c.attrs["frame"] == "conflict-duration"
    assert round(interval(c).low) == round(4 * 365.25 * 0.9)


def test_money_and_percent(view):
    money, pct = claims(view, "مساعدات بقيمة 5 مليارات دولار أي 3% من الميزانية")
    assert money.kind == "money" and money.value["number"] == 5e9
    assert pct.kind == "percent" and pct.value["number"] == 3


def test_frames_from_rules_name_what_is_measured(view):
    (truce,) = claims(view, "على أن تستمر الهدنة 90 يوما")
    assert truce.attrs["frame"] == "ceasefire-duration"
    (pledge,) = claims(view, "وتعهدت واشنطن بتقديم 3 مليارات دولار")
    assert pledge.attrs["frame"] == "aid-amount"
    (oil,) = claims(view, "وتراجعت أسعار النفط بنسبة 5% بعد الإعلان")
    assert oil.attrs["frame"] == "oil-price-change"
    (other,) = claims(view, "وتراجعت أسعار الذهب بنسبة 5% بعد الإعلان")
    assert other.attrs["frame"] is None
    hostages, prisoners = claims(view, "تنص الصفقة على الإفراج عن 20 رهينة مقابل 2000 أسير")
    assert (hostages.attrs["frame"], hostages.value["unit"]) == ("released", "hostage")
    assert (prisoners.attrs["frame"], prisoners.value["unit"]) == ("released", "prisoner")
    (quake,) = claims(view, "ضرب زلزال بقوة 6.8 درجات جنوب البلاد")
    assert (quake.attrs["frame"], quake.value["number"]) == ("quake-magnitude", 6.8)
    missiles, drones = claims(view, "أطلقت روسيا ليل الثلاثاء 40 صاروخا و 200 طائرة مسيرة")
    assert {missiles.value["unit"], drones.value["unit"]} == {"missile", "drone"}
    assert missiles.attrs["frame"] == drones.attrs["frame"] == "launched"     # the drones too far from the cue
    (dead,) = claims(view, "أسفر الهجوم عن مقتل شخصين")
    assert (dead.value["number"], dead.attrs["frame_measure"]) == (2, "dead")
    (fled,) = claims(view, "أدت المعارك إلى نزوح أكثر من 5000 شخص")
    assert (fled.attrs["frame"], fled.attrs["frame_measure"]) == ("displaced", "displaced")


def test_number_without_counted_noun_or_before_a_month_is_no_count(view):
    assert claims(view, "في 11 ديسمبر قال إن 40 هو الرقم") == []


def test_no_frame_without_its_cue(view):
    (c,) = claims(view, "أرسلت 35 دولة رسائل")
    assert c.attrs["frame"] is None


def test_counted_noun_before_the_number(view):
    (c,) = claims(view, "قالت الوزارة إن عدد القتلى تجاوز 70 ألفا")
    assert c.text == "عدد القتلى تجاوز 70 ألفا"
    assert (c.value["unit"], c.value["qualifier"], c.attrs["frame_measure"]) == ("dead", "more-than", "dead")
    assert claims(view, "قالت الوزارة إن عدد القتلى، بحسب مصادر، 70") == []
