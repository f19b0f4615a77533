import io
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema

from checker.report import render

SARIF_SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "sarif-2.1.0-rtm.5.json").read_text())


def rendered(result, fmt, **opts):
    out = io.StringIO()
    render(result, fmt, out, {"version": "0.1.0", **opts})
    return out.getvalue()


def test_sarif_validates_and_has_a_location_per_claim(run_texts, rules):
    result = run_texts({"a.txt": "سطر أول\nالقمة تضم أكثر من 27 قائدًا", "b.txt": "القمة بمشاركة 27 قائدًا"})
    sarif = json.loads(rendered(result, "sarif", checks=list(rules.catalogue.checks.values()),
                                status={result.discrepancies[0].id: "new"}))
    jsonschema.validate(sarif, SARIF_SCHEMA)
    (res,) = sarif["runs"][0]["results"]
    assert res["ruleId"] == "CC101" and res["level"] == "error" and res["baselineState"] == "new"
    regions = {loc["physicalLocation"]["artifactLocation"]["uri"]: loc["physicalLocation"]["region"]
               for loc in res["locations"]}
    assert regions["a.txt"]["startLine"] == 2 and regions["a.txt"]["startColumn"] == 11
    assert regions["a.txt"]["snippet"]["text"] == "أكثر من 27 قائدًا"
    assert {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]} >= {"CC101", "CS101"}


def test_junit_has_one_case_per_new_article(run_texts):
    result = run_texts({"a.txt": "القمة تضم أكثر من 27 قائدًا", "b.txt": "القمة بمشاركة 27 قائدًا", "c.txt": "خبر"})
    xml = ET.fromstring(rendered(result, "junit", articles=["b.txt", "c.txt"], failing=[result.discrepancies[0].id]))
    cases = {c.get("name"): c for c in xml.iter("testcase")}
    assert set(cases) == {"b.txt", "c.txt"} and xml.get("failures") == "1"
    assert cases["b.txt"].find("failure") is not None and cases["c.txt"].find("failure") is None


def test_github_annotations_escape_properties(run_texts):
    result = run_texts({"a.txt": "القمة تضم أكثر من 27 قائدًا", "b.txt": "القمة بمشاركة 27 قائدًا"})
    lines = rendered(result, "github").splitlines()
    assert lines[0].startswith("::error file=a.txt,line=1,col=11,")
    assert "title=CC101 [" in lines[0] and len(lines) == 2


def test_html_is_self_contained_rtl_with_marked_claims(run_texts, rules):
    result = run_texts({"a.txt": "القمة تضم أكثر من 27 قائدًا", "b.txt": "القمة بمشاركة 27 قائدًا"})
    page = rendered(result, "html", lang="ar", rules=rules, checks=list(rules.catalogue.checks.values()))
    assert '<html lang="ar" dir="rtl">' in page and "<mark>أكثر من 27 قائدًا</mark>" in page
    assert "<title>تقرير checker</title>" in page and "عددان مختلفان لشيء واحد" in page     # rule title
    assert "تذكر a.txt «أكثر من 27 قائدًا» بينما تذكر b.txt «27 قائدًا»" in re.sub("</?bdi[^>]*>", "", page)
    english = rendered(result, "html", lang="en", rules=rules)
    assert '<html lang="en" dir="ltr">' in english and "more than 27 leaders" in english
    assert '<div dir="rtl"><mark>' in english or 'dir="rtl">القمة' in english           # evidence stays RTL
    assert "http" not in page.split("<body>")[1].split("fetch(")[0]      # no external resources
    assert 'id="f-kind"' in page and 'id="chart-kind"' in page


def test_cards_say_who_said_it_and_when(run_texts, rules):
    result = run_texts({"a.txt": "القمة تضم 30 قائدًا", "b.txt": "القمة بمشاركة 27 قائدًا"},
                       meta={"a.txt": {"story": "s", "outlet": "الجزيرة"}, "b.txt": {"story": "s", "outlet": "العربية"}})
    page = rendered(result, "html", lang="ar", rules=rules)
    assert '<div class="who">الجزيرة' in page and '<div class="who">العربية' in page
    assert '<span class="ltr">2026-01-06</span>' in page                      # the article's date
    markdown = rendered(result, "md", lang="ar", rules=rules)
    assert "(الجزيرة · 2026-01-06)" in markdown and "(العربية · 2026-01-06)" in markdown
    line = rendered(result, "line", lang="ar", rules=rules)
    assert line.rstrip().endswith("(الجزيرة)") or line.rstrip().endswith("(العربية)")
    record = json.loads(rendered(result, "json", rules=rules))["discrepancies"][0]
    assert {c["outlet"] for c in record["claims"]} == {"الجزيرة", "العربية"}
    assert record["messages"]["ar"].startswith("تذكر") and record["messages"]["en"] == record["message"]


def test_arabic_headings_name_the_event_and_the_measure_in_arabic(run_texts, rules):
    result = run_texts({"a.txt": "انعقدت القمة في باريس يوم الثلاثاء وأسفر الحادث عن مقتل 12 شخصا",
                        "b.txt": "انعقدت القمة في برلين يوم الأربعاء وأسفر الحادث عن مقتل 15 شخصا"})
    markdown = rendered(result, "md", lang="ar", rules=rules)
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert "### مكان القمة" in headings and "### عدد · عدد القتلى" in headings
    assert not any(re.search("[A-Za-z]{3,}", h) for h in headings)        # no English label on the Arabic page
    english = rendered(result, "md", lang="en", rules=rules)
    assert "### place of the summit" in english
