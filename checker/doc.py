"""spaCy document layer: a parsed article as a spaCy Doc, its claims as labelled spans.

This is the only module that registers spaCy extensions. Token offsets into the original text
are stored once per token; span offsets are getters over them, never a second copy.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy import displacy
from spacy.tokens import Doc, Span, Token

from .model import Article, Claim, ParsedArticle

SPANS_KEY = "claims"


def _register_extensions() -> None:
    if Token.has_extension("orig_start"):
        return
    Token.set_extension("orig_start", default=None)
    Token.set_extension("orig_end", default=None)
    Span.set_extension("orig_start", getter=lambda span: span[0]._.orig_start)
    Span.set_extension("orig_end", getter=lambda span: span[-1]._.orig_end)
    Span.set_extension("claim_id", default=None)


@lru_cache(maxsize=1)
def _vocab():
    _register_extensions()
    return spacy.blank("ar").vocab       # Arabic vocab: right-to-left for displaCy


def to_spacy(article: Article, parsed: ParsedArticle, claims: list[Claim] = ()) -> Doc:
    """The article's Stanza parse as a Doc (words, POS, lemmas, dependencies, sentences) with claims
    in doc.spans["claims"], each labelled with its kind and carrying span._.claim_id."""
    tokens = [t for s in parsed.sentences for t in s.tokens]
    starts = {id(s.tokens[0]) for s in parsed.sentences if s.tokens}
    base = {}
    offset = 0
    for s in parsed.sentences:
        base[id(s)] = offset
        offset += len(s.tokens)
    heads, deps = [], []
    for s in parsed.sentences:
        for i, t in enumerate(s.tokens):
            heads.append(base[id(s)] + (t.head - 1 if t.head else i))
            deps.append("ROOT" if t.head == 0 else t.deprel)
    spaces = [nxt.start > t.end for t, nxt in zip(tokens, tokens[1:])] + [False]
    doc = Doc(_vocab(), words=[t.text for t in tokens], spaces=spaces, pos=[t.upos for t in tokens],
              lemmas=[t.lemma for t in tokens], heads=heads, deps=deps,
              sent_starts=[id(t) in starts for t in tokens])
    for token, source in zip(doc, tokens):
        token._.orig_start, token._.orig_end = source.start, source.end
    doc.spans[SPANS_KEY] = [span for claim in claims if (span := _claim_span(doc, claim)) is not None]
    return doc


def _claim_span(doc: Doc, claim: Claim) -> Span | None:
    inside = [t.i for t in doc if t._.orig_start < claim.end and t._.orig_end > claim.start]
    if not inside:
        return None
    span = Span(doc, inside[0], inside[-1] + 1, label=claim.kind)
    span._.claim_id = claim.id
    return span


def render_claims(docs: list[tuple[str, Doc]]) -> str:
    """One self-contained HTML page: each article with its claims highlighted (displaCy span style)."""
    parts = [displacy.render(doc, style="span", options={"spans_key": SPANS_KEY}, page=False) for _, doc in docs]
    body = "".join(f"<h2 dir=\"ltr\">{name}</h2>{html}" for (name, _), html in zip(docs, parts))
    return f"<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>checker claims</title></head><body>{body}</body></html>"
