"""A topic's heading in another language never shows the English template it was labelled with."""
from pathlib import Path

from checker.i18n import strings
from checker.model import Claim
from checker.report.evidence import topic_heading

RULES = Path(__file__).resolve().parents[2] / "rules"


def _claim(kind: str, subject: str | None, attrs: dict | None = None) -> Claim:
    return Claim(id="c", kind=kind, article_id="a.txt", sentence_index=0, start=0, end=1, text="x", sentence="x",
                 value={}, subject=subject, attrs=attrs or {})


def test_a_person_named_two_ways_is_headed_by_the_fuller_name():
    ar = strings(RULES, "ar")
    claims = (_claim("role", "ترامب"), _claim("role", "دونالد ترامب"))
    heading = topic_heading("role", "offices of ترامب", ar, claims)
    assert heading.endswith("دونالد ترامب") and "offices" not in heading


def test_an_english_template_is_left_out_and_its_arabic_words_kept():
    ar = strings(RULES, "ar")
    heading = topic_heading("date", "day of انقطاع (weekday)", ar, (_claim("date", "root:قطع"),))
    assert "انقطاع" in heading and "day of" not in heading and "weekday" not in heading
    assert topic_heading("speaker", "who is quoted in a.txt", ar, (_claim("speaker", None),)) == ar["kind_speaker"]
    assert topic_heading("date", "day of the summit (weekday)", strings(RULES, "en")) == "day of the summit (weekday)"
