"""End to end on small corpora about other events (tests/corpora/*).

Two formats of expected.yaml:
- a list of {rule, claims}: every planted contradiction is flagged with exactly those claim words,
  and nothing else;
- a gold file (must_flag / must_not_flag / max_extra_warnings, as ../shared/gold/seeds.yaml): every
  must_flag entry is found, no look-alike is flagged, and the other warnings stay within budget.
"""
from pathlib import Path

import pytest
import yaml

from checker.gold import score
from checker.report.json_report import to_dict

pytestmark = pytest.mark.models
CORPORA = sorted(p for p in (Path(__file__).parent / "corpora").iterdir() if p.is_dir())


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_flags_what_was_planted(checker, corpus):
    expected = yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8"))
    result = checker.check_paths([corpus])
    assert not result.skipped
    if isinstance(expected, dict):
        outcome = score(expected, to_dict(result, {}))
        assert outcome.passed, outcome
        return
    found = {(d.rule, frozenset(_norm(c.text) for c in d.claims)) for d in result.discrepancies}
    wanted = {(e["rule"], frozenset(_norm(t) for t in e["claims"])) for e in expected}
    assert found == wanted
