"""An article's content words (folded lemmas of nouns, names, adjectives and verbs): what stories
compare articles by."""
from __future__ import annotations

from collections import Counter

from ..model import ParsedArticle, Term
from ..normalize import Normalizer

CONTENT_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "X"})
MIN_KEY_LETTERS = 2


def term_key(lemma: str, normalizer: Normalizer) -> str:
    return normalizer.bare(normalizer.fold(lemma))


def content_terms(parsed: ParsedArticle, normalizer: Normalizer) -> tuple[Term, ...]:
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    names: set[str] = set()
    for sentence in parsed.sentences:
        for token in sentence.tokens:
            if token.upos not in CONTENT_TAGS or not token.text.isalpha():
                continue
            key = term_key(token.lemma or token.text, normalizer)
            if len(key) < MIN_KEY_LETTERS:
                continue
            counts[key] += 1
            surface.setdefault(key, token.text)
            if token.upos == "PROPN":
                names.add(key)
    return tuple(Term(k, n, surface[k], k in names) for k, n in sorted(counts.items()))
