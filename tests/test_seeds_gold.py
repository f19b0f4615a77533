"""The seed corpus against tests/gold_seeds.yaml, scored by the rule of the file's header (checker.gold)."""
from pathlib import Path

import pytest
import yaml

from checker.gold import matches, score
from checker.report.json_report import to_dict

GOLD = yaml.safe_load((Path(__file__).with_name("gold_seeds.yaml")).read_text(encoding="utf-8"))
pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def report(seeds_result):
    return to_dict(seeds_result, {})


@pytest.mark.parametrize("entry", GOLD["must_flag"], ids=lambda e: e["id"])
def test_must_flag(report, entry):
    assert any(matches(d, entry["sides"]) for d in report["discrepancies"])


@pytest.mark.parametrize("entry", GOLD["must_not_flag"], ids=lambda e: e["id"])
def test_must_not_flag(report, entry):
    sides = [[s] for s in entry["sides"]]
    assert not any(matches(d, sides) for d in report["discrepancies"])


def test_noise_budget(report):
    outcome = score(GOLD, report)
    assert len(outcome.extra) <= GOLD["max_extra_warnings"], outcome.extra
