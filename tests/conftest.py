"""Shared fixtures: rules loaded once, hand-built parses (no Stanza), and a model-backed checker."""
from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from checker.config import load_rules
from checker.extract.base import SentenceView
from checker.model import Article, ParsedArticle, ParsedSentence, Token

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2026, 1, 6)
PRONOUNS = {"هو", "هي", "هم", "هن", "نحن", "أنا"}     # tagged as the parser would


@pytest.fixture(scope="session")
def rules():
    return load_rules()


def hand_parse(text: str, propn: str = "", adj: str = "", offset: int = 0, index: int = 0,
               verb: str = "", lemmas: dict[str, str] | None = None) -> ParsedSentence:
    """One sentence over the whole text: words split on spaces and punctuation, POS and lemmas
    (the word itself unless given) by hand."""
    lemmas = lemmas or {}
    names, adjectives, verbs = set(propn.split()), set(adj.split()), set(verb.split())
    tokens = []
    for m in re.finditer(r"\d+|\w+|[^\w\s]", text):
        word = m.group()
        upos = ("PUNCT" if not word[0].isalnum() else "PROPN" if word in names else "ADJ" if word in adjectives
                else "VERB" if word in verbs else "PRON" if word in PRONOUNS else "NUM" if word.isdigit() else "NOUN")
        head = 0 if not tokens else 1          # a valid tree: the first word is the root
        tokens.append(Token(word, lemmas.get(word, word), upos, head, "root" if head == 0 else "dep", m.start() + offset, m.end() + offset))
    return ParsedSentence(index, offset, offset + len(text), tuple(tokens))


def hand_parse_article(article_id: str, text: str, propn: str = "") -> ParsedArticle:
    """Each line of the text is one sentence."""
    sentences, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(hand_parse(line, propn, offset=offset, index=len(sentences)))
        offset += len(line) + 1
    return ParsedArticle(article_id, tuple(sentences))


@pytest.fixture
def run_texts(rules):
    """Every stage after parsing, on hand-parsed articles: {id: text} → RunResult."""
    from checker.detect import detect
    from checker.extract import extract_article
    from checker.group import group_claims
    from checker.model import RunResult
    from checker.resolve import resolve
    from checker.stories import find_stories

    def run(texts: dict[str, str], propn: str = "", day: date = DAY, dated: bool = True,
            select: list[str] | None = None, one_story: bool = True,
            meta: dict[str, dict] | None = None) -> RunResult:
        """one_story: the articles name one story in their metadata (detection tests on a few
        words each, which the clustering alone could not tell are one story); meta: each
        article's own metadata instead."""
        from checker.config import Selection
        chosen = Selection(select=select).apply(rules)
        shared = {"story": "test"} if one_story and not meta else {}
        articles = [Article(aid, text, day, dated=dated, meta=(meta or {}).get(aid, shared)) for aid, text in texts.items()]
        claims, mentions, terms = [], [], {}
        for article in articles:
            norm = rules.lexicon.normalizer.normalize(article.id, article.text)
            out = extract_article(article, norm, hand_parse_article(article.id, article.text, propn), rules)
            claims += out.claims
            mentions += out.mentions
            terms[article.id] = out.terms
        claims, mentions = resolve(claims, mentions, articles, rules)
        stories = find_stories(articles, terms, claims, mentions, rules.background)
        topics = group_claims(claims, chosen, stories)
        found, _ = detect(topics, claims, mentions, chosen, {a.id: a.date for a in articles},
                          undated=[a.id for a in articles if not a.dated])
        return RunResult(articles, [], claims, found, stories=list(stories.stories), topics=topics)
    return run


@pytest.fixture
def view(rules):
    def make(text: str, propn: str = "", adj: str = "", article_id: str = "a.txt", day: date = DAY,
             verb: str = "", dated: bool = False, lemmas: dict[str, str] | None = None) -> SentenceView:
        article = Article(article_id, text, day, dated=dated)
        norm = rules.lexicon.normalizer.normalize(article_id, text)
        return SentenceView(article, norm, hand_parse(text, propn, adj, verb=verb, lemmas=lemmas), rules)
    return make


def model_dir() -> str:
    configured = os.environ.get("CHECKER_STANZA_DIR")
    if configured:
        return configured
    if (ROOT / "models" / "resources.json").exists():
        return str(ROOT / "models")
    raise RuntimeError("no Stanza models in models/ and CHECKER_STANZA_DIR unset (tests never download models)")


@pytest.fixture(scope="session")
def checker(tmp_path_factory):
    from checker import Checker
    return Checker(models=model_dir(), cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def seeds_result(checker):
    return checker.check_paths([ROOT / "seeds"])
