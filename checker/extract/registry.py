"""Named extractors, run in registration order over every sentence of an article."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..config import Rules
from ..model import Article, Claim, Extracted, NormText, ParsedArticle, PersonMention, Term
from .base import SentenceView
from .terms import content_terms

Output = Claim | PersonMention | Term     # (a Term: a key of the article for stories, beside its words)
ExtractFn = Callable[[SentenceView], Iterable[Output]]


@dataclass(frozen=True)
class Extractor:
    name: str
    kinds: tuple[str, ...]
    fn: ExtractFn


EXTRACTORS: dict[str, Extractor] = {}


def extractor(name: str, kinds: tuple[str, ...]):
    def register(fn: ExtractFn) -> ExtractFn:
        if name in EXTRACTORS:
            raise ValueError(f"extractor '{name}' registered twice")
        EXTRACTORS[name] = Extractor(name, kinds, fn)
        return fn
    return register


def select(names: Iterable[str] | None) -> list[Extractor]:
    if names is None:
        return list(EXTRACTORS.values())
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown:
        raise KeyError(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}")
    return [EXTRACTORS[n] for n in names]


SENTENCE_STOPS = frozenset(".!?\u061f\u2026")     # (and the Arabic question mark, the ellipsis)


def extract_article(article: Article, norm: NormText, parsed: ParsedArticle, rules: Rules,
                    names: Iterable[str] | None = None) -> Extracted:
    claims: dict[str, Claim] = {}
    mentions: list[PersonMention] = []
    keys: dict[str, Term] = {}
    chosen = select(names)
    full = 0        # full sentences of the body so far: bylines, datelines and subheads end with no stop
    for sentence in parsed.sentences:
        view = SentenceView(article, norm, sentence, rules, lead_rank=0 if sentence.index == 0 else full + 1)
        if sentence.index > 0 and article.text[sentence.start:sentence.end].rstrip()[-1:] in SENTENCE_STOPS:
            full += 1
        for ex in chosen:
            for item in ex.fn(view):
                if isinstance(item, PersonMention):
                    mentions.append(item)
                elif isinstance(item, Term):
                    keys.setdefault(item.key, item)
                else:
                    claims.setdefault(item.id, item)
    return Extracted(sorted(claims.values(), key=lambda c: (c.start, c.end, c.id)), mentions,
                     content_terms(parsed, rules.lexicon.normalizer) + tuple(keys[k] for k in sorted(keys)))
