"""The model set shipped in models/: loads with no network, and splits Arabic punctuation itself."""
import json
import socket

import pytest

from checker.model import Article
from checker.parse import Parser, resolve_models
from tests.conftest import DAY, ROOT

pytestmark = pytest.mark.models
# Arabic comma, semicolon and question mark, and closing quotes.
GLUED = ("\u060c", "\u061b", "\u061f", "\u201d", "\u00bb")


@pytest.fixture(scope="module")
def shipped_parser():
    return Parser(ROOT / "models", use_cache=False)


def test_shipped_models_are_the_default_and_load_with_networking_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")
    monkeypatch.delenv("CHECKER_STANZA_DIR", raising=False)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert resolve_models(None).origin == "shipped"
    parsed = Parser(use_cache=False).parse(Article("t.txt", "قال المستشار الألماني فريدريش ميرتس، إن «ألمانيا» ستشارك.", DAY))
    words = [t.text for s in parsed.sentences for t in s.tokens]
    assert "ميرتس" in words and "\u060c" in words and "\u00ab" in words


def test_no_seed_token_ends_in_glued_punctuation(shipped_parser):
    """Raw Stanza tokens, before checker's own punctuation split: the tokenizer learned Arabic punctuation."""
    offenders = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for sentence in shipped_parser.nlp(line).sentences:
                offenders += [(path.name, t.text) for t in sentence.tokens if len(t.text) > 1 and t.text.endswith(GLUED)]
    assert offenders == []


def test_shipped_scores_reproduce_on_the_held_out_split():
    """eval.json beside the models is what the models score, from raw text, on the shipped held-out split."""
    from checker.models_info import evaluate
    recorded = json.loads((ROOT / "models" / "eval.json").read_text())
    measured = evaluate(ROOT / "models", ROOT / "models" / "heldout-test.conllu")
    for key, value in measured.items():
        assert abs(value - recorded[key]) <= 0.5, (key, value, recorded[key])


def test_models_info_names_the_set_its_scores_and_its_training(tmp_path):
    from checker.models_info import describe
    (tmp_path / "resources.json").write_text("{}")
    (tmp_path / "eval.json").write_text(json.dumps({"tokens_f1": 98.5, "las": 75.2}))
    (tmp_path / "train.json").write_text(json.dumps({"minutes": {"tokenize": 10.0, "pos": 30.0, "total": 40.0}}))
    text = describe(str(tmp_path))
    assert "chosen by: --models" in text
    assert "tokens_f1 98.5, las 75.2" in text
    assert "training: 40.0 min (tokenize 10.0, pos 30.0)" in text
