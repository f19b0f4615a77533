"""Fold Arabic text for matching while keeping a map back to original offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pyarabic import araby

from .model import NormText
from .schemas import NormalizeSpec

# Bidi and zero-width controls carry no meaning for matching.
_INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}
ARABIC_COMMA, ARABIC_SEMICOLON, ARABIC_QUESTION = "\u060c", "\u061b", "\u061f"
COMMAS = frozenset({ARABIC_COMMA, ","})
# A number may carry proclitics glued to it ("and 27", "by 1.11", "the 60" written with tatweel).
_WORD_RE = re.compile(r"[^\W\d]*\d+(?:[.,]\d+)*|\w+|[^\w\s]")


@dataclass(frozen=True)
class Word:
    """A word of normalized text; start/end are offsets into the normalized text."""
    norm: str
    start: int
    end: int


class Normalizer:
    def __init__(self, spec: NormalizeSpec):
        self.table: dict[str, str] = dict(spec.fold)
        for quote in spec.quotes:
            self.table[quote] = '"'
        for digits in spec.digit_sets:
            self.table.update({d: str(i) for i, d in enumerate(digits)})
        self.dropped = set(araby.TASHKEEL) | {araby.TATWEEL} | _INVISIBLE
        self.prefixes = _clitic_prefixes(spec)
        # (longest first: "wa-l-" before "al-")
        self.article_prefixes = tuple(sorted(_clitic_prefixes(spec, with_article=True), key=len, reverse=True))
        self.articles = tuple(spec.clitics.articles)
        self.conjunctions = tuple(self.fold(c) for c in spec.clitics.conjunctions)
        self.prepositions = tuple(self.fold(p) for p in spec.clitics.prepositions)
        self.pronoun_suffixes = tuple(self.fold(x) for x in spec.clitics.pronoun_suffixes)
        self.case_endings = tuple(self.fold(x) for x in spec.clitics.case_endings)
        self.noun_endings = tuple(self.fold(x) for x in spec.clitics.noun_endings)
        self.feminine_endings = tuple(self.fold(x) for x in spec.clitics.feminine_endings)
        self.stem_endings = {self.fold(k): self.fold(v) for k, v in spec.clitics.stem_endings.items()}
        self.past_verb_endings = tuple(self.fold(x) for x in spec.clitics.past_verb_endings)

    def normalize(self, article_id: str, text: str) -> NormText:
        chars: list[str] = []
        to_orig: list[int] = []
        for i, ch in enumerate(text):
            if ch in self.dropped:
                continue
            chars.append(self.table.get(ch, ch))
            to_orig.append(i)
        to_orig.append(len(text))
        return NormText(article_id, "".join(chars), tuple(to_orig))

    def fold(self, phrase: str) -> str:
        return self.normalize("", phrase).text

    def variants(self, word: str) -> frozenset[str]:
        """The word and every form left after stripping a valid proclitic sequence."""
        return _variants(word, self.prefixes)

    def without_pronoun(self, word: str) -> frozenset[str]:
        """The word and its stems without a possessive suffix ("their summit" -> "summit") or an
        accusative alef ("a meeting" as an object)."""
        stems = {word}
        stems.update(word[: -len(e)] for e in self.case_endings if word.endswith(e) and len(word) - len(e) >= 3)
        for suffix in self.pronoun_suffixes:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 2:
                stems.add(stem)
                stems.update(stem[: -len(end)] + written for end, written in self.stem_endings.items()
                             if stem.endswith(end))
        return frozenset(stems)

    def noun_key(self, word: str) -> str:
        """A folded noun without its article, case alef, sound-plural or dual ending and feminine
        ending (broken plurals are left to the parser's lemma)."""
        word = self.bare(word)
        # (the feminine ending first: a lemmatizer gives "mukafa'a" with it or without it, and the
        # alef left before it is then a case alef like any other)
        for endings, keep in ((self.feminine_endings, 3), (self.case_endings, 3), (self.noun_endings, 4)):
            ending = next((e for e in endings if word.endswith(e) and len(word) - len(e) >= keep), None)
            if ending:
                word = word[: -len(ending)]
        return word

    def has_article(self, raw_word: str) -> bool:
        """Whether a word as written (before folding) starts with the definite article."""
        return raw_word.startswith(tuple(self.articles))

    def definite(self, raw_word: str) -> bool:
        return self.definite_stem(raw_word) is not None

    def definite_stem(self, raw_word: str) -> str | None:
        """The folded word past its article and any proclitics before it ("and-the-", "by-the-",
        "for-the-" written "li-l-"); None when it has no article."""
        word = self.fold(raw_word)
        return next((word[len(p):] for p in self.article_prefixes
                     if word.startswith(p) and len(word) - len(p) >= 2), None)

    def bare(self, word: str) -> str:
        """The word without a leading definite article."""
        for art in self.articles:
            if word.startswith(art) and len(word) - len(art) >= 2:
                return word[len(art):]
        return word


def split_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    end = len(text) if end is None else end
    return [Word(m.group(), m.start() + start, m.end() + start)
            for m in _WORD_RE.finditer(text[start:end])]


def _clitic_prefixes(spec: NormalizeSpec, with_article: bool = False) -> tuple[str, ...]:
    """Every valid sequence of proclitics (with_article: those that end in the article)."""
    cl = spec.clitics
    out = set()
    for conj in ["", *cl.conjunctions]:
        for prep in ["", *cl.prepositions]:
            for art in cl.articles if with_article else ["", *cl.articles]:
                # A preposition lam before the article drops the article's alef (li + al- is written lil-).
                glued = prep + art[1:] if prep and art and prep == art[1:2] else prep + art
                out.add(conj + glued)
    out.discard("")
    return tuple(sorted(out, key=len))


@lru_cache(maxsize=65536)
def _variants(word: str, prefixes: tuple[str, ...]) -> frozenset[str]:
    forms = {word}
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            forms.add(word[len(prefix):])
    return frozenset(forms)
