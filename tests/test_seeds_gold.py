"""The seed corpus against tests/gold_seeds.yaml, with the matching rule from the file's header."""
from pathlib import Path

import pytest
import yaml

from checker.report.json_report import to_dict

GOLD = yaml.safe_load((Path(__file__).with_name("gold_seeds.yaml")).read_text(encoding="utf-8"))
pytestmark = pytest.mark.models


def _norm(s):
    return " ".join((s or "").split())


def claim_matches(claim, alt):
    anchor = _norm(alt["anchor"])
    return claim["article"] == alt["article"] and (anchor in _norm(claim["sentence"]) or anchor in _norm(claim["text"]))


def matches(disc, sides):
    claims = disc["claims"]
    hits = [{i for i, c in enumerate(claims) for alt in side if claim_matches(c, alt)} for side in sides]
    if not all(hits):
        return False
    if len(hits) == 2 and hits[0] == hits[1] and len(hits[0]) == 1:
        shared = [a for a in sides[0] if a in sides[1]]
        (i,) = hits[0]
        return any(claim_matches(claims[i], a) for a in shared)
    return True


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
    used = {i for e in GOLD["must_flag"] for i, d in enumerate(report["discrepancies"]) if matches(d, e["sides"])}
    extra = [d["message"] for i, d in enumerate(report["discrepancies"])
             if i not in used and d["severity"] in ("warning", "error")]
    assert len(extra) <= GOLD["max_extra_warnings"], extra
