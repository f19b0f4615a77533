"""End to end on small corpora about other events (tests/corpora/*): every planted contradiction
is flagged, and nothing else."""
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.models
CORPORA = sorted(p for p in (Path(__file__).parent / "corpora").iterdir() if p.is_dir())


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_flags_exactly_what_was_planted(checker, corpus):
    expected = yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8"))
    result = checker.check_paths([corpus])
    found = {(d.rule, frozenset(_norm(c.text) for c in d.claims)) for d in result.discrepancies}
    wanted = {(e["rule"], frozenset(_norm(t) for t in e["claims"])) for e in expected}
    assert not result.skipped
    assert found == wanted
