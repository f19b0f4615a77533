"""Property tests: the readers of untrusted text never raise and never give an unbounded value,
whatever the text (Hypothesis generates thousands of them, built from the lexicon's own words
mixed with digits, separators, superscripts, controls and noise)."""
from __future__ import annotations

import math
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import extract_article
from checker.extract.numbers import MAX_VALUE, digit_value
from checker.load import Limits, load_texts
from checker.model import Article
from tests.conftest import DAY, ROOT, hand_parse_article

# Derandomized, so CI is never red by the luck of a draw; CHECKER_PROPERTY_EXAMPLES=20000 explores more.
EXAMPLES = settings(max_examples=int(os.environ.get("CHECKER_PROPERTY_EXAMPLES", 1500)), deadline=None,
                    derandomize=True, suppress_health_check=[HealthCheck.too_slow])
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩²³¹⁰"
SEPARATORS = ".,/:-٫٬"
NOISE = "\x1b\x07\x0b\u202e\u200f\t«»()[]%$€؟،؛!"


@pytest.fixture(scope="module")
def lexicon_words() -> list[str]:
    """Every word the readers know: number words, scales, months, weekdays, units, qualifiers."""
    import yaml
    words = set()
    for path in sorted((ROOT / "rules" / "lexicon").glob("*.yaml")):
        _collect(yaml.safe_load(path.read_text(encoding="utf-8")), words)
    return sorted(w for w in words if any("\u0600" <= ch <= "\u06ff" for ch in w))


def _collect(node, into: set) -> None:
    if isinstance(node, str):
        into.update(node.split())
    elif isinstance(node, dict):
        for value in node.values():
            _collect(value, into)
    elif isinstance(node, list):
        for value in node:
            _collect(value, into)


def _texts(words: list[str]):
    number = st.text(alphabet=DIGITS + SEPARATORS, min_size=1, max_size=40)
    token = st.one_of(st.sampled_from(words), number, st.text(alphabet=NOISE, min_size=1, max_size=3),
                      st.sampled_from(words).map(lambda w: "بال" + w), number.map(lambda n: "بـ" + n))
    line = st.lists(token, min_size=1, max_size=25).map(" ".join)
    return st.lists(line, min_size=1, max_size=4).map("\n".join)


def test_digit_reader_is_bounded():
    @EXAMPLES
    @given(st.text(alphabet=DIGITS + SEPARATORS, min_size=1, max_size=500))
    def check(form):
        value = digit_value(form)
        assert value is None or (math.isfinite(value) and 0 <= value < 10 ** 16)
    check()


def test_extraction_never_raises_and_values_are_bounded(rules, lexicon_words):
    @EXAMPLES
    @given(_texts(lexicon_words))
    def check(text):
        article = Article("a.txt", text, DAY)
        norm = rules.lexicon.normalizer.normalize(article.id, text)
        assert len(norm.to_orig) >= len(norm.text)
        extracted = extract_article(article, norm, hand_parse_article(article.id, text), rules)
        for claim in extracted.claims:
            assert 0 <= claim.start <= claim.end <= len(text)
            assert text[claim.start:claim.end] == claim.text
            number = claim.value.get("number") if isinstance(claim.value, dict) else None
            if isinstance(number, (int, float)) and not claim.attrs.get("malformed"):
                assert math.isfinite(number) and number <= MAX_VALUE
    check()


def test_loader_never_raises_on_front_matter():
    scalar = st.one_of(st.text(max_size=30), st.integers(), st.just("2026-02-30"), st.just("2026-01-06 10:00:00"),
                       st.just("*a"), st.just("&a [1, *a]"), st.just("[1, 2]"), st.just("{x: 1}"))
    @EXAMPLES
    @given(st.dictionaries(st.sampled_from(["date", "outlet", "title", "story", "url", "other"]), scalar, max_size=5))
    def check(meta):
        front = "".join(f"{k}: {v}\n" for k, v in meta.items())
        loaded = load_texts({"a.txt": f"---\n{front}---\nاجتمع 27 زعيما في بروكسل.\n"}, date(2026, 1, 6), Limits())
        assert len(loaded.articles) + len(loaded.skipped) == 1
        for skipped in loaded.skipped:
            assert skipped.reason
    check()
