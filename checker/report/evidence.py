"""Shared helpers: where a claim sits in its article (line, column) and its JSON form."""
from __future__ import annotations

from ..model import Article, Claim, Discrepancy, RunResult


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def articles_by_id(result: RunResult) -> dict[str, Article]:
    return {a.id: a for a in result.articles}


def claim_record(claim: Claim, article: Article | None) -> dict:
    line, col = line_col(article.text, claim.start) if article else (None, None)
    return {"id": claim.id, "kind": claim.kind, "article": claim.article_id, "sentence_index": claim.sentence_index,
            "sentence": claim.sentence, "text": claim.text, "start": claim.start, "end": claim.end,
            "line": line, "column": col, "value": claim.value, "subject": claim.subject,
            "entities": list(claim.entity_ids), "attrs": claim.attrs}


def discrepancy_record(d: Discrepancy, articles: dict[str, Article], name: str) -> dict:
    return {"id": d.id, "rule": d.rule, "name": name, "kind": d.kind, "severity": d.severity, "topic": d.topic,
            "message": d.message, "claims": [claim_record(c, articles.get(c.article_id)) for c in d.claims],
            "also": [claim_record(c, articles.get(c.article_id)) for c in d.also]}


def severity_counts(result: RunResult) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in result.discrepancies:
        counts[d.severity] += 1
    return counts


def marked_sentence(claim: Claim, article: Article | None, left: str, right: str) -> str:
    """The claim's sentence with the claim words wrapped in left/right markers."""
    if article is None:
        return claim.sentence
    lowest = max(0, claim.end - len(claim.sentence))
    start = article.text.find(claim.sentence, lowest) if claim.sentence else -1
    if start < 0 or not (start <= claim.start and claim.end <= start + len(claim.sentence)):
        return claim.sentence
    a, b = claim.start - start, claim.end - start
    s = claim.sentence
    return f"{s[:a]}{left}{s[a:b]}{right}{s[b:]}"
