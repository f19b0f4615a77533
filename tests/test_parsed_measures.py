"""What figures, places and days are of, read through the real parser (the shipped models).

Each case pairs what must be flagged with the look-alike that must not, in sentences written for
these tests (not taken from any corpus). Texts carry `story:` so the few words are one story."""
import pytest

pytestmark = pytest.mark.models


def _texts(**bodies: str) -> dict[str, str]:
    return {f"{name}.txt": f"---\nstory: t\ndate: 2025-03-10\n---\n{body}\n" for name, body in bodies.items()}


def rules_of(checker, **bodies: str) -> list[str]:
    return sorted(d.rule for d in checker.check(_texts(**bodies)).discrepancies)


def test_what_a_unit_already_says_is_not_what_is_measured(checker):
    # "the weight of the ship" (kg) and "the ship weighs": one measure, whatever the plural of the unit
    assert rules_of(checker, a="ويبلغ وزن السفينة 900 كيلوغرامات.", b="وتزن السفينة 700 كيلوغرام.") == ["CC101"]
    assert rules_of(checker, a="ويبلغ وزن السفينة 900 كيلوغرامات.", b="وتزن السفينة 900 كيلوغرام.") == []


def test_the_noun_of_change_names_the_figure(checker):
    # "cut production by 500 thousand" and "the size of the new cut is 300 thousand"
    assert rules_of(checker, a="قررت الشركة خفض إنتاجها بمقدار 500 ألف طن سنوياً.",
                    b="ويبلغ حجم الخفض الجديد 300 ألف طن سنوياً.") == ["CC101"]


def test_a_part_named_after_among_them_is_not_the_whole(checker):
    assert rules_of(checker, a="يضم الاتحاد 30 نادياً، بينها 12 نادياً من العاصمة.") == []


def test_a_count_after_that_belongs_to_its_own_verb(checker):
    # "sources said that nine of the 20 members agreed" against "eight members agreed"
    assert rules_of(checker, a="وأوضحت مصادر أن تسعة أعضاء من أصل 20 عضواً وافقوا على الخطة.",
                    b="اتفق ثمانية أعضاء على الخطة.") == ["CC101"]


def test_the_next_meeting_is_another_meeting(checker):
    assert rules_of(checker, a="عقد المجلس اجتماعه يوم الأحد.",
                    b="ومن المقرر أن يعقد المجلس اجتماعه المقبل يوم الخميس.") == []
    assert rules_of(checker, a="عقد المجلس اجتماعه يوم الأحد.", b="عقد المجلس اجتماعه يوم الخميس.") == ["CD101"]


def test_a_venue_spelt_two_ways_is_one_venue(checker):
    # a transliterated name with and without a long vowel; a third, other name is another venue
    one = "أطلقت الوكالة القمر الصناعي من مركز جيوتشيوان لإطلاق الأقمار."
    other = "أطلقت الوكالة القمر الصناعي من مركز جيوتشوان لإطلاق الأقمار."
    third = "أطلقت الوكالة القمر الصناعي من مركز شيتشانغ لإطلاق الأقمار."
    assert rules_of(checker, a=one, b=other) == []
    assert rules_of(checker, a=one, b=third) == ["CL101"]


def test_a_venue_in_a_known_city_compares_by_its_city(checker):
    assert rules_of(checker, a="عقدت القمة في قصر الشعب بالعاصمة جيبوتي.",
                    b="عقدت القمة في العاصمة الإثيوبية أديس أبابا.") == ["CL101"]
    assert rules_of(checker, a="عقدت القمة في قصر الشعب بالعاصمة جيبوتي.", b="عقدت القمة في جيبوتي.") == []


def test_notes_beside_the_articles_are_not_read_as_an_article(checker, tmp_path):
    (tmp_path / "a.txt").write_text("عقدت القمة في جيبوتي.", encoding="utf-8")
    (tmp_path / "NOTES.md").write_text("Planted: the summit (القمة) was in Djibouti, not Addis Ababa.",
                                       encoding="utf-8")
    result = checker.check_paths([tmp_path])
    assert [a.id for a in result.articles] == ["a.txt"]
    assert [s.path for s in result.skipped] == ["NOTES.md"]


def test_a_noun_counted_in_the_plural_and_in_the_singular_is_one_noun(checker):
    # numbers from 3 to 10 take the plural, from 11 the singular: "8 members" and "12 members"
    assert rules_of(checker, a="انضم إلى اللجنة 8 أعضاء.", b="انضم إلى اللجنة 12 عضوا.") == ["CC101"]


def test_a_time_of_day_and_a_model_number_are_no_figures(checker):
    result = checker.check(_texts(a="انطلق الصاروخ «فالكون-9» في الساعة السادسة و20 دقيقة صباحاً."))
    assert [c.text for c in result.claims if c.kind in ("count", "duration")] == []


def test_the_two_ends_of_a_range_are_two_figures(checker):
    # an age range in one article is not a contradiction; the same end given twice is compared
    assert rules_of(checker, a="تستهدف الحملة الأطفال من عمر ستة أشهر إلى عشر سنوات.") == []
    assert rules_of(checker, a="تستهدف الحملة الأطفال من عمر ستة أشهر إلى عشر سنوات.",
                    b="تستهدف الحملة الأطفال من عمر ستة أشهر إلى ثماني سنوات.") == ["CD103"]


def test_durations_no_listed_event_owns_compare_by_the_family_of_their_words(checker):
    # "a designed operating life of five years" and "a life by design of 84 months"; another span is not it
    assert rules_of(checker, a="ويعمل الجهاز بعمر تشغيلي مصمم يبلغ خمس سنوات.",
                    b="ويعمل الجهاز بعمر تصميمي يمتد 84 شهرا.") == ["CD103"]
    assert rules_of(checker, a="ويعمل الجهاز بعمر تشغيلي مصمم يبلغ خمس سنوات.",
                    b="واستغرق بناء المصنع سبع سنوات.") == []


def test_a_verb_of_happening_gives_its_day_to_its_subject(checker):
    # "the rescue operation took place on Sunday" against "... was carried out on Monday"
    assert rules_of(checker, a="وقال مسؤول إن عملية الإنقاذ جرت يوم الأحد.",
                    b="وأكد الدفاع المدني أن عملية الإنقاذ نفذت يوم الاثنين.") == ["CD101"]


def test_a_decision_has_no_length_of_its_own(checker):
    # "decided to close the bridge for four days": the closure lasts, not the decision
    assert rules_of(checker, a="قررت البلدية إغلاق الجسر لمدة أربعة أيام.",
                    b="وقالت البلدية في بيان إنها قررت إغلاق الجسر لمدة ستة أيام.") != []


def test_a_year_right_after_a_figure_is_its_own(checker):
    # the 2024 level and the 2028 target are two figures, and neither is last year's
    assert rules_of(checker, a="ويستهدف البرنامج خفض البطالة من 12 بالمئة في 2024 إلى 8 بالمئة بحلول 2028.",
                    b="وكانت البطالة قد بلغت 12 بالمئة في 2024.") == []


def test_a_press_conference_has_one_place(checker):
    # the reports of one story that describe the minister's press conference put it in two cities
    assert rules_of(checker, a="وقال وزير الزراعة خلال مؤتمر صحفي عقده في عمان إن الموسم جيد.",
                    b="وقال وزير الزراعة في مؤتمر صحفي عقده في مدينة العقبة إن الموسم جيد.") == ["CL101"]


def test_an_opening_is_no_part_of_a_press_conference(checker):
    # "return flights start on Sunday from Riyadh" says nothing of where the press conference was held
    assert rules_of(checker, a="وقال الوزير في مؤتمر صحفي بالمدينة المنورة إن الخطط نفذت.",
                    b="وتبدأ رحلات عودة الزوار إلى بلدانهم تباعاً اعتباراً من الأحد، عبر مطار الملك خالد "
                      "في الرياض.") == []


def test_the_day_two_leads_give_is_one_event_whatever_word_names_it(checker):
    # a gas leak is no listed event: one outlet names the leak, the other the workers taken to hospital
    leak = "تسرب غاز من مصنع للأسمدة في المنطقة الصناعية صباح الثلاثاء، ونقل عشرات العمال إلى المستشفيات."
    workers = "نُقل عشرات العمال إلى المستشفيات بعد استنشاقهم غازاً في مصنع للأسمدة صباح الأربعاء."
    assert rules_of(checker, a=leak, b=workers) == ["CD101"]
    # a lead that gives the day of the news and the day of the event agrees with one that gives the event's
    news = "أعلنت الشركة يوم الأربعاء أن تسرب الغاز من مصنع الأسمدة وقع صباح الثلاثاء."
    assert rules_of(checker, a=leak, b=news) == []


def test_each_who_makes_no_rate(checker):
    # "a reward FOR EACH WHO gives information" is the reward, as "for whoever gives" says
    assert rules_of(checker, a="رصدت الشرطة مكافأة قدرها 5 آلاف دينار لكل من يدلي بمعلومات عن اللصوص.",
                    b="وخصصت الشرطة مكافأة قدرها 8 آلاف دينار لمن يدلي بمعلومات عن اللصوص.") == ["CM101"]


def test_what_a_subject_managed_to_do_is_what_is_counted(checker):
    # "30 workers MANAGED TO ESCAPE the fire" and "25 workers escaped the fire": one count
    assert rules_of(checker, a="وتمكن 30 عاملاً من الفرار من الحريق.", b="وفر 25 عاملاً من الحريق.") == ["CC101"]


def test_a_negated_more_than_is_at_most(checker):
    # "did NOT take MORE THAN four minutes" against "lasted about 12 minutes": at most 4, not over 4
    assert rules_of(checker, a="قال الناطق إن العملية لم تستغرق أكثر من أربع دقائق.",
                    b="قال الناطق إن العملية استمرت نحو 12 دقيقة.") == ["CD103"]
    assert rules_of(checker, a="قال الناطق إن العملية لم تستغرق أكثر من أربع دقائق.",
                    b="قال الناطق إن العملية استمرت ثلاث دقائق.") == []


def test_a_time_clause_after_a_comma_makes_no_comparison_figure(checker):
    # "seized about 68 thousand dinars from the safe, BEFORE they fled" is the sum seized
    assert rules_of(checker, a="واستولى المسلحون على نحو 68 ألف دينار من خزينة الفرع، قبل أن يفروا.",
                    b="واستولى المسلحون على 87 ألف دينار من خزينة الفرع.") == ["CM101"]


def test_half_a_million_is_half_of_it(checker):
    # "a fine of HALF A MILLION pounds" against "500 thousand pounds": one sum; against 300 thousand: two
    half = "وفرضت اللجنة على النادي غرامة قدرها نصف مليون جنيه."
    assert rules_of(checker, a=half, b="وفرضت اللجنة على النادي غرامة قدرها 500 ألف جنيه.") == []
    assert rules_of(checker, a=half, b="وفرضت اللجنة على النادي غرامة قدرها 300 ألف جنيه.") == ["CM101"]


def test_a_time_before_a_moment_is_no_length(checker):
    # "about three months BEFORE the tournament" is when, not how long the ban lasts
    assert rules_of(checker, a="وقررت اللجنة إيقاف اللاعب أربع سنوات.",
                    b="وقررت اللجنة إيقاف اللاعب قبل نحو ثلاثة أشهر من انطلاق البطولة.") == []


def test_two_articles_that_each_give_both_figures_agree(checker):
    # "bans of two years and four years" against "four years for three of them, two for the others"
    both = "وتراوحت العقوبات بين الإيقاف عامين وأربعة أعوام بحسب نوع المادة."
    split = "وقررت اللجنة إيقاف ثلاثة منهم أربع سنوات، فيما عوقب الآخران بالإيقاف عامين."
    assert rules_of(checker, a=both, b=split) == []


def test_a_part_named_after_among_the_group_is_no_rival_count(checker):
    # "AMONG THE PARTICIPANTS 45 grooms from the villages" is part of the 120
    assert rules_of(checker, a="واحتفل 120 عريساً بزفافهم في الحفل الجماعي.\n\n"
                               "ومن بين المشاركين 45 عريساً من القرى التابعة للمحافظة.") == []


def test_a_pluperfect_sentence_with_a_year_tells_an_earlier_occurrence(checker):
    # "the ninth edition HAD BEEN held in April 2025, and 96 took part" is no rival of this year's 120
    assert rules_of(checker, a="واحتفل 120 شاباً بزفافهم في الحفل الجماعي العاشر.",
                    b="وكانت النسخة التاسعة قد أقيمت في أبريل 2025، وشارك فيها 96 شاباً.") == []


def test_a_venue_that_hosts_and_a_district_no_gazetteer_lists_are_places(checker):
    assert rules_of(checker, a="واحتضن مركز الخرج للمعارض الحفل الجماعي.",
                    b="وأقيم الحفل الجماعي في ميدان الفروسية بمحافظة الدلم.") == ["CL101"]
    # a district ("qada'") before a town's name, and a raid no list names
    assert rules_of(checker, a="وقالت الشرطة إن قوة أمنية دهمت مخزناً في قضاء الشرقاط شمالي المدينة.",
                    b="وقالت الشرطة إن قوة أمنية دهمت مخزناً في قضاء طوزخورماتو جنوبي المدينة.") == ["CL101"]


def test_a_share_after_a_name_in_quotes_is_that_name_s(checker):
    # "«Total» with a share of 40%, and «Shell» with a share of 35%": two owners, no clash between them
    assert rules_of(checker, a="ويضم التحالف شركة «توتال» الفرنسية بحصة 40 في المائة، و«شل» البريطانية بحصة 35 في المائة.",
                    b="وتبلغ حصة شركة شل البريطانية 35 في المئة.") == []


def test_the_head_of_a_national_body_holds_no_office_of_the_country(checker):
    result = checker.check(_texts(a="وقال رئيس الاتحاد التونسي للسباحة كمال الورتاني إن البطولة ستقام في موعدها."))
    roles = [c for c in result.claims if c.kind == "role"]
    assert roles and all(c.value["office"] is None and c.value["family"] is None for c in roles)


def test_a_deputy_of_a_ministry_and_its_minister_exclude_each_other(checker):
    # "the undersecretary of the culture ministry" and "the minister of culture and tourism": one body
    assert rules_of(checker, a="وقال وكيل وزارة الثقافة سامي الموسوي إن التحقيق مستمر.",
                    b="وقال وزير الثقافة والسياحة سامي الموسوي إن التحقيق مستمر.") == ["CR101"]
    # "the head of the federation" and "the head of the Kuwaiti swimming federation": one office
    assert rules_of(checker, a="وقال رئيس الاتحاد فيصل العنزي إن البطولة ستقام في موعدها.",
                    b="وقال فيصل العنزي، رئيس الاتحاد الكويتي للسباحة، إن البطولة ستقام في موعدها.") == []


def test_the_lead_skips_bylines(checker):
    # a byline and a dateline between the headline and the body do not push the day out of the lead
    a = "سرقة قطع أثرية من متحف المدينة\n\nبغداد: مراسلنا\n\nأعلنت الشرطة القبض على اللصوص.\n\nوكان اللصوص قد اقتحموا المتحف فجر الثلاثاء."
    b = "سرقة قطع أثرية من متحف المدينة\n\nسطا لصوص على متحف المدينة فجر الأربعاء واستولوا على قطع أثرية."
    assert rules_of(checker, a=a, b=b) == ["CD101"]


def test_a_counted_noun_tagged_an_adverb_is_still_counted(checker):
    # "carrying 250 passengers-an": the accusative noun is what is counted; "40 as well" counts nothing
    assert rules_of(checker, a="وكانت السفينة «الأمل»، التابعة لشركة النقل البحري، تقل 250 راكباً، معظمهم من العمال.",
                    b="وكانت السفينة «الأمل» تقل 310 راكبا عند إبحارها.") == ["CC101"]


def test_a_rank_s_adjective_is_no_part_of_the_name(checker):
    # "the spokesman of the navy, the NAVAL colonel Karim al-Hadidi": the title is the spokesman's
    result = checker.check(_texts(a="وقال الناطق باسم القوات البحرية العقيد البحري كريم الحديدي إن البحث مستمر."))
    assert [(c.subject, c.value["head"]) for c in result.claims if c.kind == "role"] == [("كريم الحديدي", "spokesperson")]


def test_votes_are_the_candidate_s_whose_name_comes_before_them(checker):
    # "the deputy NAME won 30 votes": whose the votes are, not what they measure
    salem = "وفاز النائب سالم العتيبي بـ30 صوتاً في الجولة الأولى."
    assert rules_of(checker, a=salem, b="وفاز النائب فهد الكندري بـ41 صوتاً في الجولة الأولى.") == []
    assert rules_of(checker, a=salem, b="وفاز النائب سالم العتيبي بـ35 صوتاً في الجولة الأولى.") == ["CC101"]


def test_a_scheduled_session_is_a_coming_one(checker):
    # "IT IS SCHEDULED THAT the cabinet hold a session on Tuesday" is no rival day of Sunday's session
    sunday = "عقد مجلس الوزراء جلسة يوم الأحد أقر فيها المشروع."
    assert rules_of(checker, a=sunday, b="ومن المقرر أن يعقد مجلس الوزراء جلسة يوم الثلاثاء لمناقشة المشروع.") == []
    assert rules_of(checker, a=sunday, b="وعقد مجلس الوزراء جلسة يوم الثلاثاء أقر فيها المشروع.") == ["CD101"]



def test_a_figure_dated_to_a_month_long_past_is_another_occurrence(checker):
    # an article without a date cannot tell alone that August 2025 is past; the story's dated one can
    from datetime import date
    dated = "---\nstory: t\ndate: 2026-03-14\n---\nلقي 14 عاملاً حتفهم في انهيار نفق المنجم.\n"
    undated = "---\nstory: t\n---\nلقي 11 عاملاً حتفهم {when}إثر انهيار نفق المنجم.\n"
    texts = {"a.txt": dated, "b.txt": undated.format(when="في أغسطس (آب) 2025 ")}
    assert [d.rule for d in checker.check(texts, as_of=date(2026, 3, 20)).discrepancies] == []
    texts["b.txt"] = undated.format(when="")
    assert [d.rule for d in checker.check(texts, as_of=date(2026, 3, 20)).discrepancies] == ["CC101"]


def test_a_pluperfect_with_a_long_subject_tells_an_earlier_occurrence(checker):
    # "the government and the group HAD completed on 22 January last an exchange that covered 210"
    now = "أنجزت الحكومة والجماعة صفقة تبادل شملت 318 محتجزاً."
    assert rules_of(checker, a=now, b="وكانت الحكومة اليمنية وجماعة الحوثيين قد أنجزت في 22 يناير الماضي صفقة شملت 210 محتجزين.") == []
    assert rules_of(checker, a=now, b="وأنجزت الحكومة اليمنية وجماعة الحوثيين صفقة تبادل شملت 210 محتجزين.") == ["CC101"]


def test_one_office_in_two_wordings_is_one_value_of_a_finding(checker):
    # "director general of social security" and "director general of the social security corporation"
    found = checker.check(_texts(
        a="وقال مدير عام الضمان الاجتماعي رامي الهنداوي إن الإصلاح ضروري.",
        b="وقال رامي الهنداوي، مدير عام مؤسسة الضمان الاجتماعي، إن الإصلاح ضروري.",
        c="وقال وزير العمل رامي الهنداوي إن الإصلاح ضروري.")).discrepancies
    assert [(d.rule, len(d.claims), len(d.also)) for d in found] == [("CR101", 2, 1)]


def test_two_portfolios_of_one_country_are_two_offices(checker):
    # the country's adjective is where, not which ministry: "social affairs" and "the displaced" differ
    assert rules_of(checker, a="وقالت وزيرة الشؤون الاجتماعية اللبنانية رشا عيتاني إن القافلة وصلت.",
                    b="وقالت وزيرة المهجرين اللبنانية رشا عيتاني إن القافلة وصلت.") == ["CR101"]


def test_digits_with_the_article_count_a_plural_noun_not_a_singular_one(checker):
    # "the buses the-27" counts the buses; "the session the-27" is the 27th session
    assert rules_of(checker, a="انطلقت الحافلات الـ27 نحو الحدود.", b="انطلقت الحافلات الـ31 نحو الحدود.") == ["CC101"]
    assert rules_of(checker, a="عقد المجلس الدورة الـ27 في عمان.", b="عقد المجلس الدورة الـ31 في عمان.") == []


def test_a_place_in_someone_s_quoted_words_is_read(checker):
    # a quote of speech says where as the sentence's own words do; a short quoted name does not
    said = "وقال المتحدث إن \"المهاجمين تسللوا عبر مركز بيانات في مدينة {}، ثم شفروا الملفات\"."
    assert rules_of(checker, a=said.format("سوسة"), b=said.format("صفاقس")) == ["CL101"]


def test_last_year_s_total_meets_the_total_of_that_year(checker):
    # "LAST YEAR the fund recorded a deficit of 280 million" is 2025's figure in an article of 2026
    texts = {"a.txt": "---\nstory: t\ndate: 2026-02-10\n---\nوسجل الصندوق عام 2025 عجزاً بلغ 240 مليون دينار.\n",
             "b.txt": "---\nstory: t\ndate: 2026-02-10\n---\nوسجل الصندوق العام الماضي عجزاً بلغ 280 مليون دينار.\n"}
    assert [d.rule for d in checker.check(texts).discrepancies] == ["CM101"]


def test_a_place_of_what_a_speaker_points_to_is_that_event_s(checker):
    # "..., INDICATING the death of a worker in Diwaniyah" against "..., POINTING to the death ... in Hillah"
    a = "وقال مدير الدفاع المدني إن فرقه تعاملت مع البلاغات، مشيرا إلى وفاة عامل في محافظة الديوانية."
    b = "وأكد مدير الدفاع المدني أن الفرق منتشرة، لافتا إلى \"وفاة عامل بسقوط لوحة إعلانية في مدينة الحلة\"."
    assert rules_of(checker, a=a, b=b) == ["CL101"]


def test_a_day_after_its_clause_s_verb_is_not_a_later_statement_s(checker):
    # "the coastguard SEIZED, on Monday evening, seven boats that it SAID were fishing illegally"
    said = "ضبطت وحدات خفر السواحل، مساء {}، سبعة زوارق صيد قالت إنها كانت تصطاد بصورة غير مشروعة."
    assert rules_of(checker, a=said.format("الاثنين"), b="احتجز خفر السواحل فجر الثلاثاء سبعة زوارق صيد.") == ["CD101"]


def test_an_initial_toll_that_was_revised_is_not_the_toll(checker):
    # "the INITIAL toll HAD put the dead at 9, before two of the injured died"
    now = "قتل 11 شخصا في انفجار أسطوانة غاز داخل سوق شعبي."
    had = "وكانت الحصيلة {}التي أعلنتها المديرية ليلة الحادث قد أشارت إلى سقوط 9 قتلى، قبل أن يتوفى اثنان من المصابين."
    assert rules_of(checker, a=now, b=had.format("الأولية ")) == []
    assert rules_of(checker, a=now, b=had.format("")) == ["CC101"]


def test_a_year_at_the_end_of_a_figure_s_clause_dates_it(checker):
    # "six were killed in an explosion inside a restaurant in the Zahraa district in September 2024"
    earlier = "إذ قتل ستة أشخاص في انفجار أسطوانة غاز داخل مطعم بحي الزهراء في سبتمبر 2024."
    assert rules_of(checker, a="قتل 11 شخصا في انفجار أسطوانة غاز داخل سوق شعبي.", b=earlier) == []


def test_two_speakers_own_figures_are_a_dispute_not_a_clash(checker):
    union = "وقال رئيس النقابة رامي الهنداوي إن نسبة المشاركة في الإضراب بلغت 78 في المئة."
    ministry = "وقال وزير الصحة {} إن نسبة المشاركة في الإضراب لم تتجاوز 41 في المئة."
    assert rules_of(checker, a=union, b=ministry.format("سامي العمري")) == []
    assert rules_of(checker, a=union, b=ministry.replace("وزير الصحة {}", "رئيس النقابة رامي الهنداوي")) == ["CP101"]


def test_a_length_in_a_relative_clause_is_its_antecedent_s(checker):
    # "this STRIKE, WHICH is expected to LAST five days" against "a three-day strike"
    assert rules_of(checker, a="قررت النقابة خوض إضراب وطني لمدة ثلاثة أيام.",
                    b="ويأتي هذا الإضراب، الذي يرتقب أن يستمر خمسة أيام، في سياق احتقان متصاعد.") == ["CD103"]


def test_between_two_number_words_is_a_range_not_a_malformed_number(checker):
    assert rules_of(checker, a="وقضت المحكمة بسجن الآخرين مدة تتراوح بين ثلاث وسبع سنوات.") == []
    assert rules_of(checker, a="أصيب ثلاث وسبع أشخاص في الحادث.") == ["CC102"]


def test_a_figure_of_the_last_edition_is_a_comparison_figure(checker):
    # "this year's total exceeded the LAST EDITION's, in which 15,200 units were collected"
    assert rules_of(checker, a="اختتمت الحملة الوطنية للتبرع بالدم بحصيلة 18460 وحدة.",
                    b="وأوضحت المديرة أن حصيلة هذا العام تجاوزت حصيلة النسخة الماضية التي جمعت خلالها 15200 وحدة.") == []


def test_a_counted_noun_in_the_accusative_is_no_place(checker):
    # "malik-an" (owners) folds to a gazetteer's spelling of Malaga: its tanween says it is a noun
    assert rules_of(checker, a="وشارك في السوق 300 مالكاً للمتاجر.", b="وشارك في السوق 450 مالكاً للمتاجر.") == ["CC101"]


def test_a_thousand_in_words_is_no_definite_number(checker):
    # "alf" (a thousand) starts like the article "al-": it is no "the-N" after a definite noun
    assert rules_of(checker, a="وتنافس في البطولة ألف و200 لاعب من عشرين دولة.",
                    b="وتنافس في البطولة 1500 لاعب من عشرين دولة.") == ["CC101"]


def test_a_count_after_a_comma_is_not_the_earlier_figure_s_change(checker):
    # "visitors ROSE to two million, THROUGH 800 cruises": the rise is the visitors', not the cruises'
    rose = "وأظهرت الأرقام ارتفاع أعداد الزوار إلى مليوني زائر بنسبة نمو بلغت 8%، عبر 800 رحلة بحرية."
    assert rules_of(checker, a=rose, b="واستقبل الميناء خلال العام 950 رحلة بحرية.") == ["CC101"]
    assert rules_of(checker, a=rose, b="واستقبل الميناء خلال العام 800 رحلة بحرية.") == []


def test_a_place_after_one_of_its_hotels_is_the_event_s_place(checker):
    # "in ONE OF THE HOTELS of the city of Jeddah"
    hotel = "وعقدت الهيئة مؤتمراً صحافياً في أحد فنادق مدينة جدة لعرض النتائج."
    assert rules_of(checker, a=hotel, b="وعقدت الهيئة مؤتمراً صحافياً في مدينة الدمام لعرض النتائج.") == ["CL101"]
    assert rules_of(checker, a=hotel, b="وعقدت الهيئة مؤتمراً صحافياً في جدة لعرض النتائج.") == []


def test_a_part_written_before_its_whole_counts_the_whole_s_noun(checker):
    # "convicted 5 OUT OF 12 workers" against "the conviction of seven workers"
    part = "دانت المحكمة، يوم الأحد، 5 من أصل 12 عاملاً في قضية الاختلاس."
    assert rules_of(checker, a=part, b="وقضت المحكمة بإدانة سبعة عمال في قضية الاختلاس.") == ["CC101"]
    assert rules_of(checker, a=part, b="وقضت المحكمة بإدانة خمسة عمال في قضية الاختلاس.") == []


def test_the_day_a_court_issues_its_verdict_is_the_verdict_s_day(checker):
    # "issued, on Monday, its verdict": not the day of a news item (as "published on Monday" is)
    assert rules_of(checker, a="أصدرت محكمة الجنايات في بغداد، يوم الاثنين، حكمها في قضية الرشوة.",
                    b="أصدرت محكمة الجنايات في بغداد، يوم الأربعاء، حكمها في قضية الرشوة.") == ["CD101"]


def test_a_noun_with_a_glued_preposition_is_counted_by_no_year(checker):
    # "seized in Tishrin al-Awwal 2023 AT-the-port 40 thousand pills": 2023 counts nothing
    text = "وكانت السلطات قد ضبطت في تشرين الأول 2023 بميناء العقبة 40 ألف حبة مخدرة."
    claims = checker.check(_texts(a=text)).claims
    assert not any(c.kind == "count" and c.value.get("number") == 2023 for c in claims)


def test_a_first_name_with_the_article_ends_a_title(checker):
    # "the minister of agriculture AL-HADI Ben Ammar": al-Hadi is his first name, not his portfolio
    claims = checker.check(_texts(a="وقال وزير الفلاحة الهادي بن عمار إن الدولة ستعوض المتضررين.")).claims
    roles = [c for c in claims if c.kind == "role"]
    assert [(c.subject, c.value["title"]) for c in roles] == [("الهادي بن عمار", "وزير الفلاحة")]


def test_a_regional_delegate_is_no_governor(checker):
    delegate = "وأفاد المندوب الجهوي للتنمية الفلاحية بسوسة، كمال الورغي، بأن الأضرار كبيرة."
    assert rules_of(checker, a=delegate, b="وأفاد والي سوسة كمال الورغي بأن الأضرار كبيرة.") == ["CR101"]
    assert rules_of(checker, a=delegate, b="وأفاد المندوب الجهوي للتنمية الفلاحية كمال الورغي بأن الأضرار كبيرة.") == []


def test_where_something_was_taken_is_compared_with_where_it_was_taken(checker):
    # "the truck was towed TO the port of Aqaba" against "... to the port of Haifa"; "in" is not "to"
    aqaba = "وقُطرت الشاحنة مساء أمس إلى ميناء العقبة لفحصها."
    assert rules_of(checker, a=aqaba, b="وأوضح أن الشاحنة قُطرت إلى ميناء حيفا لفحصها.") == ["CL101"]
    assert rules_of(checker, a=aqaba, b="وأوضح أن الشاحنة قُطرت إلى ميناء العقبة لفحصها.") == []
    assert rules_of(checker, a=aqaba, b="وقُطرت الشاحنة مساء أمس في ميناء حيفا.") == []


def test_one_of_several_destinations_or_a_pronoun_s_is_no_claim(checker):
    # "took the injured to the Karama hospital AND the Yarmouk hospital"; "took THEM to ..."
    several = "ونقلت فرق الإسعاف المصابين إلى مستشفى الكرامة ومستشفى اليرموك في بغداد."
    assert rules_of(checker, a=several, b="ونقلت فرق الإسعاف المصابين إلى مستشفى اليرموك في بغداد.") == []
    assert rules_of(checker, a="ونقلت فرق الإسعاف المصابين إلى مستشفى الكرامة في بغداد.",
                    b="ونقلتهم فرق الإسعاف إلى مستشفى اليرموك في بغداد.") == []


def test_a_first_name_and_a_family_name_used_again_introduce_someone(checker):
    # the parser makes a verb of "Adil" here; the family name said again alone still refers back
    text = ("ومنحت الجامعة الدكتوراه الفخرية لكل من رجل الأعمال عادل القطامين والشاعرة ليلى الحسيني. "
            "وقال القطامين إن \"التكريم شرف كبير\".")
    assert rules_of(checker, a=text) == []


def test_the_place_said_to_be_the_most_affected_is_compared(checker):
    # "the port of Sousse, the oldest in the region, WAS THE MOST AFFECTED": another port, a clash;
    # "the capital was the most affected" names no place
    sousse = "وأوضح المسؤول أن ميناء سوسة، الأقدم في الجهة، كان الأكثر تضرراً من العاصفة."
    assert rules_of(checker, a=sousse, b="وأكد المسؤول أن ميناء المنستير كان الأكثر تضرراً من العاصفة.") == ["CL101"]
    assert rules_of(checker, a=sousse, b="وأكد المسؤول أن ميناء سوسة كان الأكثر تضرراً من العاصفة.") == []
    assert rules_of(checker, a=sousse, b="وأكد المسؤول أن العاصمة كانت الأكثر تضرراً من العاصفة.") == []
    assert rules_of(checker, a=sousse, b="ويعد ميناء المنستير من أكثر الموانئ ازدحاماً بالسفن.") == []


def test_a_weekday_in_a_market_town_s_name_is_no_day(checker):
    # "the solar plant of SOUK El-Had" (Sunday market): no Sunday against the Thursday of the opening
    text = "افتتحت الحكومة، الخميس، محطة سوق الأحد للطاقة الشمسية في ولاية قبلي."
    claims = checker.check(_texts(a=text)).claims
    assert [c.value.get("weekday") for c in claims if c.kind == "date"] == [4]


def test_a_level_a_change_is_planned_to_reach_is_no_figure_of_now(checker):
    # "three flights a week, ON CONDITION THAT they RISE TO five" against "three flights a week"
    plan = "وتسير الشركة ثلاث رحلات أسبوعية على الخط، على أن ترتفع إلى خمس رحلات أسبوعياً في الصيف."
    assert rules_of(checker, a=plan, b="وتسير الشركة ثلاث رحلات أسبوعية على الخط.") == []
    assert rules_of(checker, a=plan, b="وتسير الشركة أربع رحلات أسبوعية على الخط.") == ["CC101"]


def test_where_a_plane_landed_is_compared(checker):
    assert rules_of(checker, a="وهبطت الطائرة مساء الأحد في مطار قرطاج الدولي بتونس.",
                    b="وحطت الطائرة مساء الأحد في مطار النفيضة الدولي.") == ["CL101"]


def test_each_report_s_only_count_of_a_noun_is_one_count(checker):
    # each report counts the manuscripts once, on phrases that share no word; a second count of the
    # noun in a report (a part of them) keeps its phrase's reading
    a = "وتحتوي القاعة الرئيسية على 900 كتاب، إضافة إلى 4350 مخطوطة."
    assert rules_of(checker, a=a, b="أما الجناح الشرقي فقد خصص لحفظ 3450 مخطوطة.") == ["CC101"]
    assert rules_of(checker, a=a, b="أما الجناح الشرقي فقد خصص لحفظ 4350 مخطوطة.") == []


def test_a_venue_hosted_it_in_a_known_city(checker):
    # "a ceremony that the X hotel HOSTED-IT in Doha": the venue lies in the city after it
    hosted = "أقيم الحفل الذي احتضنه فندق النخيل الكبير في الدوحة يوم الأحد."
    assert rules_of(checker, a=hosted, b="أقيم الحفل في مدينة الرياض يوم الأحد.") == ["CL101"]
    assert rules_of(checker, a=hosted, b="أقيم الحفل في الدوحة يوم الأحد.") == []


def test_one_place_of_several_is_no_event_s_place(checker):
    # "the opening of two branches in Tunis AND Sfax next year" says nowhere the event happened
    assert rules_of(checker, a="عقد المؤتمر في سوسة.",
                    b="عقد المؤتمر أمس. وأعلنت الشركة افتتاح فرعين في تونس وصفاقس العام المقبل.") == []


def test_the_start_of_the_year_is_a_time_not_an_event(checker):
    assert rules_of(checker, a="أقيم المعرض في عمّان.",
                    b="أقيم المعرض أمس. ويعد من بين أكبر المعارض التي أقيمت في مصر منذ بداية العام الجاري.") == []


def test_a_round_of_funding_is_no_talks(checker):
    talks = "انطلقت جولة مفاوضات جديدة في الدوحة يوم الخميس."
    assert rules_of(checker, a=talks + " وأغلقت الشركة جولة تمويل في دبي يوم الأحد.", b=talks) == []


def test_a_title_after_and_in_an_apposition(checker):
    # "NAME, the co-founder AND the chief financial officer of the company"
    cfo = "قالت سلمى العنزي، الشريكة المؤسسة والمديرة المالية للشركة، إن الأرباح ارتفعت."
    ceo = "قالت سلمى العنزي، الرئيسة التنفيذية للشركة، إن الأرباح ارتفعت."
    assert rules_of(checker, a=cfo, b=ceo) == ["CR101"]
    assert rules_of(checker, a=cfo, b=cfo) == []


def test_a_number_planned_to_be_raised_to_is_no_figure_of_now(checker):
    assert rules_of(checker, a="تضم الشركة 150 موظفاً، وتخطط لرفع العدد إلى 300 موظف بحلول 2028.",
                    b="تضم الشركة 150 موظفاً.") == []


def test_a_part_out_of_a_whole_is_compared_with_the_same_part(checker):
    part = "فازت القائمة بحصولها على 400 مقعد من أصل 1200 مقعد."
    assert rules_of(checker, a=part, b="فازت القائمة بحصولها على 450 مقعداً.") == ["CC101"]
    assert rules_of(checker, a=part, b="فازت القائمة بحصولها على 1200 مقعد.") == []


def test_the_subject_after_that_names_the_figure(checker):
    # "that the TURNOUT in the elections which were held last Sunday REACHED 41%": the parse gives
    # the verb no subject; the noun after "that" is it, so the figure is the turnout
    text = ("أعلنت الهيئة العليا المستقلة للانتخابات في المغرب، اليوم الخميس، أن نسبة المشاركة في الانتخابات "
            "البلدية التي نُظمت الأحد الماضي بلغت 31.4 بالمئة، في اقتراع دُعي إليه أكثر من 8.1 مليون ناخب مسجل.")
    shares = [c for c in checker.check(_texts(a=text)).claims if c.kind == "percent"]
    assert [c.attrs.get("frame") for c in shares] == ["turnout"]


def test_another_noun_counted_with_the_noun_is_no_kind_of_it(checker):
    # "80 workers AND ENGINEERS" counts workers as "95 workers" does
    assert rules_of(checker, a="شارك 80 عاملاً ومهندسين في بناء الجسر.", b="شارك 95 عاملاً في بناء الجسر.") == ["CC101"]


def test_the_year_something_began_is_not_the_year_of_its_figure(checker):
    assert rules_of(checker, a="بدأت الأعمال مطلع عام 2023 بمشاركة 95 عاملاً.",
                    b="شارك 80 عاملاً في الأعمال.") == ["CC101"]


def test_a_length_of_time_of_a_noun(checker):
    # "after five years OF WORK" is the length of the work
    assert rules_of(checker, a="استمرت أعمال الترميم ثلاث سنوات. وقال المدير: بعد خمس سنوات من العمل نسلم المبنى.") \
        == ["CD103"]


def test_a_dot_in_an_outlet_s_web_name_ends_no_sentence(checker):
    # 'told "Al-Arabiya.net" ...': the sentence and its apposition go on past the dot
    a = 'ونقلت "العربية.نت" عن سالم الحكيمي، وكيل محافظة إب، قوله إن فرق الإنقاذ تعمل منذ الفجر.'
    b = "وقال سالم الحكيمي، مدير الدفاع المدني في إب، إن فرق الإنقاذ تعمل منذ الفجر."
    assert rules_of(checker, a=a, b=b) == ["CR101"]


def test_a_place_that_shares_its_name_is_the_one_its_article_is_in(checker):
    # Kenitra (Morocco) and Quneitra (Syria) are one name once folded
    def country(text):
        return [c.value.get("country") for c in checker.check(_texts(a=text)).claims if c.kind == "location"]
    assert country("افتتح الوزير المصنع في مدينة القنيطرة، على بعد ساعة من الرباط عاصمة المغرب.") == ["morocco"]
    assert country("قصفت الطائرات مواقع في مدينة القنيطرة، جنوب غربي دمشق عاصمة سوريا.") == ["syria"]


def test_a_centre_named_after_a_place_for_something_is_a_venue(checker):
    # "the Oman Centre FOR Conferences" is a venue, not the place it is named after
    centre = "أقيم الحفل في مركز عمان للمؤتمرات والمعارض في مسقط."
    assert rules_of(checker, a=centre, b="أقيم الحفل في جامعة السلطان قابوس بمسقط.") == ["CL101"]
    assert rules_of(checker, a=centre, b="أقيم الحفل في مركز عمان للمؤتمرات.") == []


def test_every_word_of_a_numeral_after_a_definite_noun_has_the_article(checker):
    # "the hours THE-EIGHT AND-THE-FORTY" are 48 hours, two days
    assert rules_of(checker, a="توقع المركز استمرار الأمطار خلال الساعات الثماني والأربعين المقبلة.",
                    b="توقع المركز استمرار الأمطار خلال اليومين المقبلين.") == []


def test_a_part_among_them_leaves_the_whole_its_report_s_only_count(checker):
    # "a capacity of 320 beds, AMONG THEM 48 for intensive care" against "the hospital holds 400 beds"
    assert rules_of(checker, a="ويتألف المبنى من ستة طوابق بطاقة 320 سريراً، بينها 48 سريراً للعناية المركزة.",
                    b="ويضم المستشفى الجديد 400 سرير، منها 48 سريراً للعناية المركزة.") == ["CC101"]


def test_an_outlet_after_a_title_is_not_the_title_holder(checker):
    # "NAME, director of health in Basra, TO-THE-AGENCY Shafaq News": the director is NAME
    roles = [c for c in checker.check(_texts(a="وقالت الدكتورة ليلى الحسني، مديرة دائرة صحة البصرة، لوكالة "
                                                "ناس نيوز، إن المستشفى جاهز.")).claims if c.kind == "role"]
    assert [c.attrs["name"] for c in roles] == ["ليلى الحسني"]


def test_a_numeral_after_a_construct_counts_its_first_noun(checker):
    # "the HALLS of the operations the-ten" against "12 operation halls"
    assert rules_of(checker, a="ويضم المستشفى 12 صالة عمليات. وقالت المديرة إن صالات العمليات العشر جاهزة.") \
        == ["CC101"]


def test_two_verbs_of_allocating_name_one_sum(checker):
    # "the government SET ASIDE (rasadat) 250 million" and "ALLOCATED (khassasat) 320 million"
    assert rules_of(checker, a="وأكد الوزير أن الحكومة رصدت 250 مليون دينار، أي ما يعادل نحو 352 مليون دولار، للتحضيرات.",
                    b="وقال الوزير إن حكومة بلاده خصصت 320 مليون دينار أردني للتحضيرات.") == ["CM101"]


def test_the_day_a_lead_gives_its_announcement_is_the_news_s_day(checker):
    # a lead whose only day is the announcement's, against a lead that gives the day of what it reports
    assert rules_of(checker, a="أعلن الاتحاد القاري، الاثنين، فوز المغرب بتنظيم البطولة.",
                    b="منح الاتحاد القاري، الثلاثاء، المغرب حق تنظيم البطولة.") == ["CD101"]
    # two announcements by two speakers are two statements
    assert rules_of(checker, a="أعلن الاتحاد القاري، الاثنين، فوز المغرب بتنظيم البطولة.",
                    b="أعلنت وزارة الرياضة، الثلاثاء، فوز المغرب بتنظيم البطولة.") == []


def test_a_bound_is_no_second_figure_of_a_report(checker):
    # each report also says "a price of at least 15 dinars": a bound, which gives neither sum
    a = "وتقدر عائدات التصدير بنحو 3.6 مليار دينار. وطالب الفلاحون بسعر لا يقل عن 15 ديناراً."
    b = "وتقدر عائدات التصدير بـ4.2 مليار دينار. وطالب الفلاحون بسعر لا يقل عن 15 ديناراً."
    assert "CM101" in rules_of(checker, a=a, b=b)


def test_a_number_word_in_the_accusative_is_read(checker):
    # "arbaʿan wa-khamsina" (54, with the accusative alif) against 54 in digits, and against 45
    assert rules_of(checker, a="شارك في المعرض عارضون يمثلون أربعاً وخمسين دولة.",
                    b="شارك في المعرض عارضون يمثلون 54 دولة.") == []
    assert rules_of(checker, a="شارك في المعرض عارضون يمثلون أربعاً وخمسين دولة.",
                    b="شارك في المعرض عارضون يمثلون 45 دولة.") == ["CC101"]


def test_the_countries_of_the_judges_are_not_those_of_the_players(checker):
    both = ("اختتمت البطولة بمشاركة 120 لاعباً من 30 دولة، وذلك في حفل. وأوضح رئيس لجنة الحكام أن اللجنة ضمت "
            "تسعة حكام من ثماني دول.")
    assert rules_of(checker, a=both, b="انطلقت البطولة بمشاركة 120 لاعباً من 30 دولة.") == []
    assert rules_of(checker, a=both, b="انطلقت البطولة بمشاركة 120 لاعباً من 33 دولة.") == ["CC101"]


def test_parts_that_add_up_to_the_total_are_no_total(checker):
    # 70 and 50 in one sentence make the 120 of the first: neither is set against another report's 120
    a = "سجل المعرض 120 عارضاً. وشارك 70 عارضاً في الجناح المحلي، فيما شارك 50 عارضاً في الجناح الدولي."
    assert rules_of(checker, a=a, b="سجل المعرض 120 عارضاً.") == []
    assert rules_of(checker, a=a, b="سجل المعرض 130 عارضاً.") == ["CC101"]


def test_the_days_of_a_contest_counted_after_it_are_its_length(checker):
    a = "أقيمت المسابقة على مدى ستة أيام. وقال رئيس اللجنة إن أيام المسابقة الستة شهدت منافسة قوية."
    assert rules_of(checker, a=a) == []
    assert rules_of(checker, a=a.replace("الستة", "الثمانية")) == ["CD103"]


def test_a_palace_and_a_centre_are_two_venues(checker):
    # they share the word "culture", but a palace is no centre
    one = "أقيم الحفل في مركز النور الثقافي بعمان."
    assert rules_of(checker, a=one, b="أقيم الحفل في قصر الثقافة بعمان.") == ["CL101"]
    assert rules_of(checker, a=one, b="أقيم الحفل في مركز النور الثقافي.") == []


def test_a_day_of_a_month_without_a_year_meets_a_dated_day(checker):
    # an article with no date writes "8 March"; a dated one "the first of March"
    undated = {"a.txt": "---\nstory: t\n---\nتبدأ البنوك صرف الأوراق الجديدة بدءاً من الأحد 8 مارس/آذار.\n"}
    dated = "تبدأ البنوك صرف الأوراق الجديدة بدءاً من الأحد الأول من مارس/آذار المقبل."
    found = checker.check({**undated, **_texts(b=dated)}).discrepancies
    assert [d.rule for d in found] == ["CD102"]
    same = checker.check({**undated, **_texts(b=dated.replace("الأول من", "8"))}).discrepancies
    assert [d.rule for d in same] == []


def test_a_family_name_after_a_father_s_name_introduces_its_bearer(checker):
    # "Anas Omar al-Tarawneh won ... al-Tarawneh said": he was named in full before
    a = 'فاز الأردني أنس عمر الطراونة المركز الأول. وقال الطراونة، وهو طالب، إن "الفوز له طعم خاص".'
    result = checker.check(_texts(a=a))
    assert [c.value["speaker"] for c in result.claims if c.kind == "speaker"] == ["الطراونة"]
    assert [d.rule for d in result.discrepancies] == []


def test_a_family_name_that_is_a_nationality_follows_a_first_name(checker):
    # "Khalid AL-SUWAIDI" (also "the Swede"), chief executive in one report, chairman in the other
    a = "قال خالد السويدي، الرئيس التنفيذي لشركة النجم للمعارض، إن المعرض نجح."
    assert rules_of(checker, a=a, b="قال خالد السويدي، رئيس مجلس إدارة شركة النجم للمعارض، إن المعرض نجح.") == ["CR101"]
    assert rules_of(checker, a=a, b="قال خالد السويدي، الرئيس التنفيذي لشركة النجم للمعارض، إن الحدث نجح.") == []


def test_an_aside_between_a_title_and_its_holder(checker):
    # "the chief executive of the company, THE ORGANISER OF THE SHOW, Khalid Mansour"
    a = "قال الرئيس التنفيذي لشركة النجم للمعارض، الجهة المنظمة للمعرض، خالد منصور إن المعرض نجح."
    assert rules_of(checker, a=a, b="قال خالد منصور، رئيس مجلس إدارة شركة النجم للمعارض، إن المعرض نجح.") == ["CR101"]
    assert rules_of(checker, a=a, b="قال خالد منصور، الرئيس التنفيذي لشركة النجم للمعارض، إن الحدث نجح.") == []


def test_a_name_between_commas_keeps_its_ordinary_last_word(checker):
    # "Dr Awadallah Mohammed AL-AMIN" ("the trustworthy"): one man, minister in one report, undersecretary in the other
    a = "قال وزير الصحة بولاية كسلا، الدكتور عوض الله محمد الأمين، إن المستشفى أنقذ أرواحاً كثيرة."
    b = "وزار المستشفى الدكتور عوض الله محمد الأمين، وكيل وزارة الصحة الاتحادية، أمس."
    assert rules_of(checker, a=a, b=b) == ["CR101"]
    assert rules_of(checker, a=a, b=b.replace("وكيل وزارة الصحة الاتحادية", "وزير الصحة بولاية كسلا")) == []


def test_a_share_said_to_be_of_a_prize_is_the_share_another_report_gives(checker):
    # "the owner got 600,000 dollars OF IT" and "its owner took 450,000 dollars"
    a = "بلغت جوائز الكأس مليون دولار، حصل مالك الفائز منها على 600 ألف دولار."
    assert rules_of(checker, a=a, b="فاز الجواد وحصد مالكه 450 ألف دولار.") == ["CM101"]
    assert rules_of(checker, a=a, b="فاز الجواد وحصد مالكه 600 ألف دولار.") == []


def test_the_countries_of_one_noun_are_one_count_framed_or_not(checker):
    # "14 horses representing nine countries" and later "the horses coming from 11 countries"
    a = "انطلق السباق بمشاركة 14 جواداً تمثل تسع دول. وتصدرت الخيول القادمة من 11 دولة السباق."
    assert rules_of(checker, a=a) == ["CC101"]
    assert rules_of(checker, a=a.replace("11 دولة", "تسع دول")) == []


def test_numbering_introduces_a_count_of_what_was_named_before(checker):
    # "a crew of 146" and "the medical crew NUMBERING 164": one crew
    a = "ويعمل في المستشفى طاقم من 146 فرداً. وقال القائد إن الطاقم الطبي البالغ عدده 164 فرداً يعمل ليلاً ونهاراً."
    assert rules_of(checker, a=a) == ["CC101"]
    assert rules_of(checker, a=a.replace("164", "146")) == []


def test_a_place_of_what_a_relative_clause_set_up(checker):
    # "the field hospital THAT the forces SET UP in Kassala", beside a listed event ("since its opening")
    a = "أعلنت القوات أن المستشفى الميداني الذي أقامته في مدينة كسلا استقبل 400 مريض منذ افتتاحه."
    b = "وصل الوزير إلى المستشفى الميداني الذي أقامته القوات المسلحة في مدينة القضارف."
    assert rules_of(checker, a=a, b=b) == ["CL101"]
    assert rules_of(checker, a=a, b=b.replace("القضارف", "كسلا")) == []


def test_parts_after_their_total_in_one_sentence_are_no_total(checker):
    # "rescued 43 sailors: the tanker's crew of 24 and 19 of the container ship's"
    a = "انتشلت فرق الإنقاذ 43 بحاراً، هم طاقم الناقلة البالغ عددهم 24 بحاراً، و19 بحاراً من طاقم السفينة."
    assert rules_of(checker, a=a, b="انتشلت فرق الإنقاذ 43 بحاراً من المياه.") == []
    assert rules_of(checker, a=a, b="انتشلت فرق الإنقاذ 40 بحاراً من المياه.") == ["CC101"]


def test_a_period_right_after_a_figure_is_its_own(checker):
    # "an ANNUAL subsidy of 850 million, and it serves 480,000 riders DAILY": the riders are a day's
    a = "وأوضح أن الهيئة تحصل على دعم سنوي قدره 850 مليون جنيه من الموازنة العامة، وأنها تخدم قرابة 480 ألف راكب يوميا."
    claims = checker.check(_texts(a=a)).claims
    periods = {c.text: c.attrs["measure"]["period"] for c in claims if c.kind in ("count", "money")}
    assert periods == {"850 مليون جنيه": "year", "قرابة 480 ألف راكب": "day"}


def _roles(checker, text: str) -> set[tuple[str, str]]:
    return {(c.attrs["name"], c.value["title"]) for c in checker.check(_texts(a=text)).claims if c.kind == "role"}


def test_the_body_a_title_heads_is_no_name(checker):
    # "the head of the chamber of commerce of Irbid NAME", "NAME, commander of the fire brigade of Homs,"
    assert _roles(checker, "وقال رئيس غرفة تجارة إربد أحمد الزعبي إن الأسواق مستقرة.") == {
        ("أحمد الزعبي", "رئيس غرفة تجارة إربد")}
    assert _roles(checker, "وقال محمود العلي، قائد فوج إطفاء حمص، إن النيران أخمدت بالكامل.") == {
        ("محمود العلي", "قائد فوج إطفاء حمص")}


def test_a_name_ends_before_the_object_of_its_verb(checker):
    # "the minister Dr Firas al-Hawari announced THE LAUNCH of a campaign"
    assert _roles(checker, "وأعلن وزير الصحة الدكتور فراس الهواري إطلاق حملة لتطعيم الأطفال.") == {
        ("فراس الهواري", "وزير الصحة")}


def test_the_words_of_a_day_do_not_keep_a_place_from_its_event(checker):
    # "a fire broke out on the evening of Sunday 9 March/Adhar in the Hamidiya souk"
    a = "اندلع حريق كبير مساء الأحد 9 مارس/آذار في سوق الحميدية بدمشق."
    assert rules_of(checker, a=a, b="اندلع حريق كبير مساء الأحد في سوق البزورية.") == ["CL101"]
    assert rules_of(checker, a=a, b="اندلع حريق كبير مساء الأحد في سوق الحميدية.") == []


def test_a_venue_noun_with_an_adjective_of_a_kind_names_no_venue(checker):
    # "in A FIELD hospital in Mosul" says what kind of place, not which one
    a = "أقيم الحفل في مستشفى ميداني في الموصل."
    assert rules_of(checker, a=a, b="أقيم الحفل في مستشفى الرازي في الموصل.") == []
    assert rules_of(checker, a="أقيم الحفل في مستشفى الزهراء في الموصل.",
                    b="أقيم الحفل في مستشفى الرازي في الموصل.") == ["CL101"]


def test_a_common_noun_with_the_article_is_no_city_of_that_name(checker):
    # "IN-THE-BOURSE, the Saudi one" is no city named Bursa; "in Bursa" is
    def places(text):
        return [c.text for c in checker.check(_texts(a=text)).claims if c.kind == "location"]
    assert places("عقدت القمة بالبورصة السعودية.") == []
    assert places("عقدت القمة في بورصة.") == ["بورصة"]


def test_a_sum_each_report_gives_once_is_one_sum_in_other_words(checker):
    # "the costs, estimated at 1.6 million riyals" and "the costs amounting to 2.1 million riyals"
    a = "وتكفلت الحكومة بتكاليف العلاج التي قدرت بنحو 1.6 مليون ريال."
    b = "وتحملت الدولة نفقات الرعاية البالغة 2.1 مليون ريال."
    assert rules_of(checker, a=a, b=b) == ["CM101"]
    assert rules_of(checker, a=a, b=b.replace("2.1", "1.6")) == []
    # two givers' sums are two sums
    assert rules_of(checker, a="وقدمت السعودية منحة بقيمة 5 ملايين دولار.",
                    b="وقدمت الكويت منحة بقيمة 3 ملايين دولار.") == []


def test_a_fraction_after_a_length_is_part_of_it(checker):
    a = "واستغرقت الجراحة تسع ساعات ونصف الساعة."
    assert rules_of(checker, a=a, b="واستغرقت الجراحة تسع ساعات ونصفاً.") == []
    assert rules_of(checker, a=a, b="واستغرقت الجراحة تسع ساعات.") == ["CD103"]


def test_a_relative_pronoun_subject_lasts_as_its_noun(checker):
    # "the operation, WHICH lasted eleven hours, ended ..." is the operation's length
    assert rules_of(checker, a="واستغرقت عملية الفصل تسع ساعات.",
                    b="وقال إن عملية الفصل، التي امتدت إحدى عشرة ساعة، انتهت بنجاح.") == ["CD103"]


def test_a_number_after_its_noun_behind_a_preposition_counts_it(checker):
    # "for-the-phones the-thirty-six": a definite number after a definite noun with a proclitic
    assert rules_of(checker, a="وضبطت الشرطة 63 هاتفاً.",
                    b="وأظهر الفحص الفني للهواتف الستة والثلاثين أنها احتوت على قوائم.") == ["CC101"]


def test_a_door_is_no_month_glued_to_a_preposition(checker):
    # "opened the DOOR (bāb) of candidacy" is no "in August" (bi-Āb); "on 12 August (Āb)" is
    dates = lambda text: [c.value.get("month") for c in checker.check(_texts(a=text)).claims if c.kind == "date"]  # noqa: E731
    assert dates("وأعلن رئيس الجلسة فتح باب الترشح لمنصب الرئيس.") == []
    assert dates("وصل الوفد في 12 آب الماضي.") == [8]


def test_the_matter_a_unit_of_weight_weighs_names_the_figure(checker):
    # "the site contains 90 million tonnes of ore" and, later, "reserves of 110 million tonnes of ore"
    a = ("وتظهر الدراسات أن الحقل يحتوي على نحو 90 مليون طن من خام الحديد.\n"
         "وبحسب الشركة فإن المنجم يضم احتياطيات تقدر بـ110 ملايين طن من الخام.")
    assert rules_of(checker, a=a) == ["CC101"]
    # two kinds of matter are two figures
    assert rules_of(checker, a="وضبطت الشرطة 3 أطنان من الحشيش.", b="وضبطت الشرطة طنين من الكوكايين.") == []


def test_half_a_unit_said_again_after_a_count_is_part_of_it(checker):
    # "seven points and half of the point" is 7.5; "came third on seven points" is another player's
    a = ("وجمع البرازيلي ماركو سيلفا سبع نقاط ونصف النقطة.\n"
         "وحل الهندي راجيف كومار ثالثاً برصيد سبع نقاط.")
    assert rules_of(checker, a=a, b="وأنهى المتصدر البطولة برصيد 7.5 نقطة.") == []
    assert rules_of(checker, a="وجمع المتصدر سبع نقاط ونصف النقطة.", b="وجمع المتصدر ثماني نقاط.") == ["CC101"]


def test_an_unowned_figure_another_owner_has_in_the_other_report_is_theirs(checker):
    a = ("وتصدر البرازيلي ماركو سيلفا الترتيب برصيد 9 نقاط.\n"
         "وحل الهندي راجيف كومار ثانياً برصيد 8 نقاط.")
    assert rules_of(checker, a=a, b="وأنهى المتصدر السباق برصيد 9 نقاط.") == []


def test_a_venue_noun_before_an_ordinal_is_a_rank(checker):
    # "settled for THIRD PLACE" (al-markaz al-thalith) is no place where the race was held
    assert "CL101" not in rules_of(checker, a="واكتفى الفريق الضيف بالمركز الثالث في السباق.",
                                   b="واكتفى الفريق الضيف بالمركز الرابع في السباق.")


def test_one_title_before_and_after_the_name_is_one_office(checker):
    # the lemmatizer may change a word's last letter in one report only ("li-sh-shatranj")
    a = "وقال رئيس الاتحاد الأردني للشطرنج المهندس سامر الخطيب، في كلمة خلال حفل الختام، إن النسخة كانت الأقوى."
    b = "بدوره، قال سامر الخطيب، رئيس الاتحاد الأردني للشطرنج، إن البطولة حققت أهدافها."
    assert rules_of(checker, a=a, b=b) == []


def test_two_wholes_of_one_noun_compare_whoever_chose_from_them(checker):
    # "the jury chose them FROM AMONG 164 novels" and "chosen from among 146 novels", in a story whose
    # other figures belong to several owners
    a = ("وتفوقت الرواية الفائزة على خمس روايات أخرى في القائمة القصيرة المؤلفة من ست روايات، انتقتها لجنة "
         "التحكيم من بين 164 رواية تقدمت للمسابقة.")
    b = "واختيرت الرواية من بين 146 رواية تنافست على الجائزة، قبل أن تستقر اللجنة على قائمة قصيرة من 6 روايات."
    assert rules_of(checker, a=a, b=b) == ["CC101"]


def test_a_coast_of_a_known_city_is_that_city(checker):
    a = "تعرض الكابل البحري لقطع قبالة سواحل مدينة سفاجا المصرية."
    assert rules_of(checker, a=a, b="تعرض الكابل البحري لقطع قبالة سواحل ينبع السعودية.") == ["CL101"]


def test_an_approval_share_is_a_share_of_the_vote(checker):
    a = ("وأعلنت اللجنة أن نعم حصلت على 81.4 في المئة من الأصوات.\n"
         "ويرى مراقبون أن نسبة التأييد التي بلغت 84.1 في المئة تعكس قدرة الأغلبية على التعبئة.")
    assert rules_of(checker, a=a) == ["CP101"]


def test_a_family_name_that_is_a_first_name_introduces_its_bearer(checker):
    # "the novelist Othman al-Taher BASHIR" ... "Bashir said": introduced, not a bare unknown speaker
    a = ("فاز الروائي السوداني عثمان الطاهر بشير بجائزة البتراء للرواية العربية في دورتها الخامسة.\n"
         'وقالت رئيسة لجنة التحكيم نادية عبد الرحيم إن "الرواية استثنائية".\n'
         'وقال بشير إن "الفوز يخص كل السودانيين".')
    assert rules_of(checker, a=a) == []


def test_a_general_coordinator_is_no_chairman_of_the_board(checker):
    assert rules_of(checker, a="وأوضح ياسر الخوالدة، المنسق العام للجائزة، أن المشاركات ارتفعت.",
                    b="وقال رئيس مجلس أمناء الجائزة ياسر الخوالدة إن المشاركات ارتفعت.") == ["CR101"]


def test_the_chair_of_a_board_of_commissioners_heads_the_body(checker):
    a = "وقال رئيس الهيئة المستقلة للانتخاب موسى المعايطة إن النتائج نهائية."
    b = "وأعلن رئيس مجلس مفوضي الهيئة موسى المعايطة النتائج النهائية."
    result = checker.check(_texts(a=a, b=b))
    assert sorted(c.subject for c in result.claims if c.kind == "role") == ["موسي المعايطه"] * 2
    assert [d.rule for d in result.discrepancies] == []


def test_an_article_that_contradicts_itself_is_shown_with_its_own_claim(checker):
    # a's two phrases ("at the end of nine rounds", "the players PLAYED eleven rounds") are not comparable on their
    # own; b's nine agrees with a's nine and contradicts a's eleven: a's own nine is shown as evidence
    a = ("وتوج البطل باللقب بعدما تصدر الترتيب في ختام تسع جولات لعبت وفق النظام السويسري.\n"
         "ولعب المشاركون إحدى عشرة جولة في قاعة كبرى.")
    b = "اختتمت منافسات البطولة بتتويج البطل باللقب، بعد تسع جولات جرت في المركز الثقافي."
    result = checker.check(_texts(a=a, b=b))
    rounds = [d for d in result.discrepancies if d.rule == "CC101"]
    assert len(rounds) == 1
    assert sorted((c.article_id, c.value["number"]) for c in rounds[0].claims) == [
        ("a.txt", 9.0), ("a.txt", 11.0), ("b.txt", 9.0)]


def test_out_of_a_whole_a_few_words_after_the_count(checker):
    result = checker.check(_texts(a="وأضاف أن 19 عاملاً أخرجوا أحياء من أصل 23 كانوا تحت الأنقاض."))
    (count,) = [c for c in result.claims if c.kind == "count" and c.value["number"] == 19]
    assert count.attrs["measure"]["out_of"] == 23


def test_a_director_general_is_no_financial_director_but_is_the_director(checker):
    dg = "وقال المدير العام للشركة، هشام الودغيري، إن السوق تمر بمرحلة صعبة."
    assert rules_of(checker, a=dg, b="وقال هشام الودغيري، المدير المالي للشركة، إن القرار كان صعباً.") == ["CR101"]
    agency = "وقال مراد الحناشي، المدير العام للوكالة الوطنية للأمن السيبراني، إن الهجوم انتهى."
    assert rules_of(checker, a=agency, b="وقال مدير الوكالة الوطنية للأمن السيبراني مراد الحناشي إن الهجوم انتهى.") == []


def test_workers_laid_off_and_dispensed_with_are_one_count(checker):
    a = ("أعلنت الشركة تسريح ألف و240 عاملاً من مصنعها، في خطوة تطال ربع العاملين.\n"
         "ويشغل المصنع 4960 عاملاً في ثلاث ورديات.")
    b = ("أعلنت الشركة الاستغناء عن 1420 عاملاً من مصنعها بسبب تراجع الطلب.\n"
         "ويشغل المصنع أربعة آلاف و960 عاملاً في ثلاث ورديات.")
    assert rules_of(checker, a=a, b=b) == ["CC101"]


def test_one_announcer_whose_name_is_quoted_two_ways(checker):
    a = 'أعلنت شركة "أطلس كابلاج" المغربية، اليوم الثلاثاء، تسريح مئات العمال من مصنعها.'
    b = "أعلنت شركة «أطلس كابلاج» لصناعة الأسلاك، يوم الاثنين، تسريح مئات العمال من مصنعها."
    assert rules_of(checker, a=a, b=b) == ["CD101"]


def test_a_number_after_hours_and_a_comma_is_no_time_of_day(checker):
    result = checker.check(_texts(a="وتنافس في الهاكاثون، الذي امتد 48 ساعة متواصلة، 86 فريقاً من الجامعات."))
    assert sorted(c.value["number"] for c in result.claims if c.kind in ("count", "duration")) == [48.0, 86.0]


def test_out_of_about_a_figure_is_a_whole(checker):
    result = checker.check(_texts(a="وانخرط في الإضراب ستة آلاف وأربعمائة طبيب من أصل نحو 8200 طبيب يعملون في القطاع العام."))
    (whole,) = [c for c in result.claims if c.kind == "count" and c.value["number"] == 8200]
    assert whole.attrs["measure"]["whole"] is True


def test_a_length_over_a_span_is_the_length_of_its_verb(checker):
    # "the teams WORKED over the course of six years" and "after work that lasted four years"
    a = "وقال المدير إن 80 مهندساً عملوا على مدى ست سنوات في تشييد السد."
    b = "وافتتح السد بعد عمل متواصل استمر أربعة أعوام."
    assert rules_of(checker, a=a, b=b) == ["CD103"]
    assert rules_of(checker, a=a, b="وافتتح السد بعد عمل متواصل استمر ستة أعوام.") == []


def test_a_sum_in_exchange_for_a_thing_is_that_things_sum(checker):
    # muqābil is "compared with" and "in exchange for": before a noun given a value, the latter
    a = "وقال المحامي إن الدفاع طلب الإفراج عن موكله مقابل ضمانة قدرها 40 ألف جنيه."
    assert rules_of(checker, a=a, b="وعرض الدفاع ضمانة قدرها 30 ألف جنيه.") == ["CM101"]


def test_a_case_adjourned_to_a_day_names_the_next_session(checker):
    a = "وأجلت الدائرة الجنائية النظر في القضية إلى 19 مايو."
    assert rules_of(checker, a=a, b="وقالت المحكمة إن الجلسة المقبلة ستعقد يوم 12 مايو.") == ["CD102"]
    assert rules_of(checker, a=a, b="وقالت المحكمة إن الجلسة المقبلة ستعقد يوم 19 مايو.") == []


def test_one_days_figure_is_a_part_of_a_running_total(checker):
    a = "ومنذ بدء الاعتصام نقل تسعة عمال إلى المستشفى."
    assert rules_of(checker, a=a, b="ونقلت سيارات الإسعاف أربعة عمال، أمس الاثنين، إلى المستشفى.") == []
    assert rules_of(checker, a=a, b="ونقل أربعة عمال إلى المستشفى.") == ["CC101"]


def test_who_wage_or_continue_a_listed_event_are_counted_by_it(checker):
    # "22 workers CONTINUE a sit-in" and "a sit-in that 26 workers WAGE-IT": those in the sit-in
    a = "ويواصل 22 عاملاً اعتصاماً مفتوحاً أمام مقر الشركة.\nوتشغل الشركة 300 عامل في مصنعين."
    b = "ويدخل اعتصام يخوضه 26 عاملاً أمام مقر الشركة أسبوعه الثاني.\nوتشغل الشركة 300 عامل في مصنعين."
    assert rules_of(checker, a=a, b=b) == ["CC101"]


def test_the_price_of_the_barrel_is_a_price_per_barrel(checker):
    a = "وبلغ متوسط سعر البرميل 71.40 دولار خلال الشهر."
    assert rules_of(checker, a=a, b="وبلغ متوسط السعر 74.10 دولار للبرميل خلال الشهر.") == ["CM101"]
    assert rules_of(checker, a=a, b="وبلغ متوسط السعر 71.40 دولار للبرميل خلال الشهر.") == []


def test_a_place_after_a_relative_clause_between_commas_is_of_the_clause_it_interrupts(checker):
    a = "وأقيمت القافلة، التي انطلقت يوم الأحد، في مستشفى النور التعليمي."
    b = "وأقيمت القافلة في مستشفى الأمل التعليمي."
    assert rules_of(checker, a=a, b=b) == ["CL101"]


def test_a_period_for_a_purpose_is_the_length_of_that_purpose():
    # "cancels its FEES over eight years" and "a period of 11 years to cancel the FEES": one family
    from checker.detect.compare import _one_family
    fees = {"roots": ["رسم", "درج"]}
    assert _one_family(fees, {"roots": ["مدد"], "purpose": ["رسم", "لغي"]})
    assert not _one_family(fees, {"roots": ["مدد"], "purpose": ["بني"]})


def test_a_later_lead_sentences_bare_day_is_not_the_leads_day(checker):
    # the lead's day is Wednesday; "moved two, YESTERDAY TUESDAY, to hospital" is the day of something else
    a = "يواصل عمال المصنع اعتصامهم المفتوح اليوم الأربعاء أمام مقر الإدارة.\nوقالت مصادر إن الإدارة نقلت عاملين، أمس الثلاثاء، إلى المستشفى."
    b = "يواصل عمال المصنع الأربعاء اعتصامهم المفتوح أمام مقر الإدارة."
    assert rules_of(checker, a=a, b=b) == []
    assert rules_of(checker, a=a, b="يواصل عمال المصنع الخميس اعتصامهم المفتوح أمام مقر الإدارة.") == ["CD101"]


def test_its_cost_is_the_cost_frame_and_a_length_is_no_period(checker):
    # "its total cost" (kulfatu-HA) is the cost; "completed WITHIN 20 MONTHS" earlier in the sentence is no period
    loan = "\nوقدم الصندوق العربي قرضاً بقيمة 60 مليون دولار."
    a = "وأنجز الجسر خلال 20 شهراً، وبلغت كلفته الإجمالية 95 مليون دولار." + loan
    assert rules_of(checker, a=a, b="وبلغت كلفة المشروع 115 مليون دولار." + loan) == ["CM101"]
    assert rules_of(checker, a=a, b="وبلغت كلفة المشروع 95 مليون دولار." + loan) == []


def test_a_title_whose_body_is_named_after_it_belongs_to_the_name_before(checker):
    # "NAME, director of the project at the company NOUR ENERGY, said" and "NAME, executive director
    # of the COMMISSION for regulating the sector, said": the words after the title name its body
    a = "وقالت ريم الخطيب، مديرة المشروع في شركة الريادة للطاقة، إن العمل انتهى."
    b = "وقالت ريم الخطيب، المديرة التنفيذية لهيئة تنظيم قطاع الاتصالات، إن العمل انتهى."
    assert rules_of(checker, a=a, b=b) == ["CR101"]
    assert rules_of(checker, a=a, b="وقالت ريم الخطيب، مديرة المشروع في شركة الريادة للطاقة، إن الافتتاح قريب.") == []


def test_two_days_words_apart_in_one_sentence_are_two_occurrences(checker):
    a = ('وقالت الوزارة إن الشاحنة الأولى وصلت يوم الاثنين إلى المعبر وعلى متنها أدوية، '
         'تلتها الشاحنة الثانية التي وصلت يوم الأربعاء إلى المعبر نفسه.')
    assert rules_of(checker, a=a) == []


def test_a_title_word_lemmatized_with_and_without_its_feminine_ending_is_one_word(checker):
    # the lemmatizer gives "oasis" as wāḥa in one report and wāḥ in another: one root either way
    from types import SimpleNamespace
    from checker.extract.people import _roots
    view = SimpleNamespace(rules=checker.rules)
    assert set(_roots(view, ["واحه"])) & set(_roots(view, ["واح"]))
    assert not set(_roots(view, ["واحه"])) & set(_roots(view, ["سوق"]))


def test_an_event_in_its_nth_day_has_lasted_about_n_days(checker):
    a = "ودخل اعتصام عمال المصنع أمام مقر الوزارة يومه العاشر أمس."
    assert rules_of(checker, a=a, b="ويواصل عمال المصنع اعتصامهم الذي استمر ستة أيام أمام مقر الوزارة.") == ["CD103"]
    assert rules_of(checker, a=a, b="ويواصل عمال المصنع اعتصامهم الذي استمر عشرة أيام أمام مقر الوزارة.") == []
    # "the first day of the fair" is a part of it, not how long it has lasted
    assert rules_of(checker, a="وشهد اليوم الثالث من المعرض إقبالاً كبيراً.", b="ويستمر المعرض عشرة أيام.") == []


def test_an_article_that_contradicts_itself_is_shown_by_its_own_two_claims(checker):
    # b says the tenth day, then six days; a's tenth day agrees with b's first: b's two claims are shown
    a = "ودخل اعتصام عمال المصنع يومه العاشر أمس الأحد."
    b = "ودخل اعتصام عمال المصنع يومه العاشر أمس.\nوقال العمال إن اعتصامهم الذي استمر ستة أيام لن يتوقف."
    (finding,) = [d for d in checker.check(_texts(a=a, b=b)).discrepancies if d.rule == "CD103"]
    assert [c.article_id for c in finding.claims] == ["b.txt", "b.txt"]


def test_a_year_after_since_starts_a_running_total_and_dates_no_figure(checker):
    a = "وقال المسؤول إن الفريق، الذي يعمل في الموقع منذ عام 2023، تمكن من انتشال 212 جرة فخارية."
    assert rules_of(checker, a=a, b="وانتشل الفريق حتى الآن 221 جرة فخارية من الموقع.") == ["CC101"]


def test_at_a_depth_of_names_the_depth_whatever_the_verb(checker):
    a = "ويرقد الحطام على عمق 27 متراً قبالة الساحل.\nوقال رئيس البعثة إن الغواصين يعملون على عمق 72 متراً في ظروف صعبة."
    assert rules_of(checker, a=a) == ["CC101"]
    b = "ويرقد الحطام على عمق 27 متراً قبالة الساحل.\nوقال رئيس البعثة إن الغواصين يعملون على عمق 27 متراً في ظروف صعبة."
    assert rules_of(checker, a=b) == []


def test_counts_taken_to_two_named_places_are_two_groups(checker):
    a = "وقال المتحدث إن 14 مصاباً نقلوا إلى مستشفى الأمير حمزة، فيما توزع الباقون على مستشفيات أخرى."
    b = "وأضاف أن سيارات الإسعاف نقلت 9 مصابين إلى مستشفى البشير الحكومي."
    assert rules_of(checker, a=a, b=b) == []
    assert rules_of(checker, a=a, b="وأضاف أن سيارات الإسعاف نقلت 9 مصابين إلى مستشفى الأمير حمزة.") == ["CC101"]


def test_the_single_meal_is_no_count_of_one(checker):
    assert rules_of(checker, a="ولا تتجاوز كلفة الوجبة الواحدة خمسة وثلاثين قرشاً.") == []


def test_an_organisations_representative_in_a_country_is_not_its_regional_director(checker):
    rep = "وقالت مريم الحداد، ممثلة منظمة الصحة العالمية في لبنان، إن الوضع مستقر."
    regional = "وقالت مريم الحداد، المديرة الإقليمية لمنظمة الصحة العالمية، إن الوضع مستقر."
    assert rules_of(checker, a=rep, b=regional) == ["CR101"]
    # a regional director may be called the organisation's director
    assert rules_of(checker, a=regional, b="وقالت مديرة منظمة الصحة العالمية مريم الحداد إن الوضع مستقر.") == []


def test_a_consul_general_is_not_the_ambassador(checker):
    a = "وقال القنصل العام لتونس في طرابلس الهادي بن عمر إن الصيادين بخير."
    b = "وقال سفير تونس لدى ليبيا الهادي بن عمر إن الصيادين بخير."
    assert rules_of(checker, a=a, b=b) == ["CR101"]


def test_building_works_are_one_event_however_named(checker):
    # "its EXECUTION took 20 months" and "its COMPLETION took 16 months"; "the COMPLETION of the bridge took"
    a = "وقال المهندس المشرف إن المشروع استغرق تنفيذه 20 شهراً."
    assert rules_of(checker, a=a, b="وأوضح الوزير أن الجسر استغرق إنجازه 16 شهراً.") == ["CD103"]
    assert rules_of(checker, a=a, b="وأوضح الوزير أن إنجاز الجسر استغرق 16 شهراً.") == ["CD103"]
    assert rules_of(checker, a=a, b="وأوضح الوزير أن إنجاز الجسر استغرق 20 شهراً.") == []


def test_entering_into_force_names_no_event(checker):
    result = checker.check(_texts(a="ويدخل القرار حيز التنفيذ يوم الأحد المقبل في كل المحافظات."))
    assert [c.attrs.get("event_class") for c in result.claims if c.kind == "date"] != ["construction"]
    assert all(c.attrs.get("event_class") != "construction" for c in result.claims)


def test_last_seasons_figure_is_of_another_time(checker):
    a = ("وقال المدير إن الصادرات بلغت هذا الموسم 250 ألف طن، وأضاف أنها ارتفعت بنحو 40 بالمئة مقارنة "
         "بالموسم الماضي الذي لم تتجاوز فيه 180 ألف طن.")
    b = "وبلغت صادرات الزيت 250 ألف طن خلال الموسم."
    assert rules_of(checker, a=a, b=b) == []


def test_a_figure_of_this_season_after_last_seasons_is_of_now(checker):
    a = "وأشار المدير إلى أن الموسم الماضي عرف غرس 5 ملايين شتلة، معتبراً أن بلوغ هدف 9 ملايين شتلة هذا الموسم ممكن."
    times = {c.value["number"]: c.attrs["measure"]["stated_time"] for c in checker.check(_texts(a=a)).claims
             if c.kind == "count"}
    assert times[9_000_000] is None and times[5_000_000] is not None
