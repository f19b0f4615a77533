import json
import re
from pathlib import Path

import pytest

from checker.detect.compare import CLAIM_COMPARATORS, TOPIC_COMPARATORS
from checker.extract import EXTRACTORS

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = Path(__file__).with_name("registry_snapshot.json")


def test_every_rule_has_a_full_explanation_and_a_known_comparator(rules):
    for check in rules.catalogue.checks.values():
        ex = check.explanation
        assert all(len(x) > 10 for x in (ex.what, ex.why, ex.example, ex.not_flagged)), check.code
        assert check.compare in TOPIC_COMPARATORS or check.compare in CLAIM_COMPARATORS, check.code


def test_explain_prints_header_and_sections(rules):
    text = rules.catalogue.explain("cc101")
    assert text.startswith("count-mismatch (CC101) · counts · error · stable")
    for section in ("What", "Why it matters", "Example", "Not flagged"):
        assert f"\n{section}\n" in text
    assert json.loads(rules.catalogue.explain("CC101", as_json=True))["code"] == "CC101"


def test_unknown_code_suggests_codes_of_its_family(rules):
    with pytest.raises(KeyError, match="CC101"):
        rules.catalogue.get("CC999")


def test_registry_snapshot_pins_extractor_names_and_rule_codes(rules):
    """Removing or renaming an extractor or a rule code must be deliberate: update the snapshot."""
    current = {"extractors": sorted(EXTRACTORS), "rules": sorted(rules.catalogue.checks)}
    pinned = json.loads(SNAPSHOT.read_text())
    assert set(pinned["extractors"]) <= set(current["extractors"])
    assert set(pinned["rules"]) <= set(current["rules"])


def test_no_knowledge_in_code():
    """Arabic words (names, titles, number words) live in rules/, never in checker/."""
    arabic = re.compile(r"[\u0600-\u06FF]")
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "checker").rglob("*.py") if arabic.search(p.read_text())]
    assert offenders == []


def test_selection_by_prefix_with_more_specific_ignore_and_severity_override(rules):
    chosen = rules.catalogue.selected(select=["CR", "CC101"], ignore=["CR103"], severity={"CR101": "warning"})
    assert sorted(chosen.checks) == ["CC101", "CR101", "CR102", "CR104", "CR105"]
    assert chosen.checks["CR101"].severity == "warning"
    assert sorted(rules.catalogue.selected(ignore=["CD"]).checks) == sorted(c for c in rules.catalogue.checks if c[:2] != "CD")


def test_unknown_selector_suggests_close_codes(rules):
    with pytest.raises(Exception, match="did you mean"):
        rules.catalogue.selected(select=["CC1O1"])

