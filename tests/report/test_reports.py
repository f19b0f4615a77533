import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from checker.report import render, write_default_reports

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "report.schema.json").read_text())


@pytest.fixture
def result(run_texts):
    return run_texts({"a.txt": "القمة تضم أكثر من 27 قائدًا يوم الثلاثاء", "b.txt": "القمة بمشاركة 27 قائدًا",
                      "c.txt": "وقال شولتز: \"سنواصل\""})


def rendered(result, fmt):
    out = io.StringIO()
    render(result, fmt, out, {"version": "test"})
    return out.getvalue()


def test_json_report_validates_against_the_schema(result):
    data = json.loads(rendered(result, "json"))
    jsonschema.validate(data, SCHEMA)
    (d,) = [d for d in data["discrepancies"] if d["rule"] == "CC101"]
    assert {c["article"] for c in d["claims"]} == {"a.txt", "b.txt"}
    assert d["claims"][0]["line"] == 1 and d["claims"][0]["text"] in d["claims"][0]["sentence"]


@pytest.mark.models
def test_seed_report_validates_against_the_schema(seeds_result):
    from checker.report.json_report import to_dict
    jsonschema.validate(json.loads(json.dumps(to_dict(seeds_result, {}))), SCHEMA)


def test_markdown_marks_the_claim_words(result):
    md = rendered(result, "md")
    assert "### gathering-participants" in md
    assert "القمة تضم **أكثر من 27 قائدًا** يوم الثلاثاء" in md and "`a.txt:1:" in md


def test_csv_and_line_formats(result, tmp_path):
    rows = list(csv.DictReader(io.StringIO(rendered(result, "csv"))))
    assert {r["article"] for r in rows if r["rule"] == "CC101"} == {"a.txt", "b.txt"}
    assert rendered(result, "line").startswith("a.txt:1:")
    written = write_default_reports(result, tmp_path)
    assert sorted(p.name for p in written) == ["claims.csv", "discrepancies.csv", "report.html", "report.json", "report.md",
                                               "stories.csv"]


def test_html_groups_findings_by_story(run_texts):
    result = run_texts({"a.txt": "القمة تضم 30 قائدًا", "b.txt": "القمة بمشاركة 27 قائدًا",
                        "c.txt": "الزلزال أودى بحياة 40 شخصا", "d.txt": "الزلزال أودى بحياة 90 شخصا"},
                       meta={"a.txt": {"story": "summit"}, "b.txt": {"story": "summit"},
                             "c.txt": {"story": "quake"}, "d.txt": {"story": "quake"}})
    html = rendered(result, "html")
    assert html.count('<section class="story">') == len({d.story for d in result.discrepancies}) == 2
    for story in result.stories:
        heading = html.index(f'{len(story.articles)} articles: <span class="ltr">{", ".join(story.articles)}</span>')
        cards = [html.index(f'id="d-{d.id}"') for d in result.discrepancies if d.story == story.id]
        following = [html.find('<section class="story">', heading)]
        assert all(heading < at and (following[0] < 0 or at < following[0]) for at in cards)


def test_story_sheet_shows_who_said_what(run_texts, tmp_path):
    """One row per thing the articles give, one column per outlet; the row in conflict is marked
    and links its discrepancy; the same sheet is stories.csv."""
    result = run_texts({"a.txt": "القمة تضم 30 قائدًا في باريس", "b.txt": "القمة بمشاركة 27 قائدًا في باريس"},
                       meta={"a.txt": {"story": "s", "outlet": "الجزيرة"}, "b.txt": {"story": "s", "outlet": "العربية"}})
    markdown = rendered(result, "md")
    conflict = result.discrepancies[0]
    assert "| what | الجزيرة | العربية |" in markdown
    assert f"| ⚠ `{conflict.id}` " in markdown and "| 30 قائدًا | 27 قائدًا |" in markdown
    written = write_default_reports(result, tmp_path)
    assert "stories.csv" in [p.name for p in written]
    rows = list(csv.DictReader((tmp_path / "stories.csv").open(encoding="utf-8")))
    assert {(r["outlet"], r["words"], r["conflict"]) for r in rows if r["conflict"]} == \
        {("الجزيرة", "30 قائدًا", conflict.id), ("العربية", "27 قائدًا", conflict.id)}
