"""SARIF 2.1.0: one result per discrepancy, each claim a location (line/column in the article file)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from ..model import Article, Claim, RunResult
from .evidence import articles_by_id, line_col

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    json.dump(to_sarif(result, opts), out, ensure_ascii=False, indent=2)
    out.write("\n")


def to_sarif(result: RunResult, opts: dict) -> dict:
    articles = articles_by_id(result)
    status = opts.get("status", {})
    results = []
    for d in result.discrepancies:
        entry = {"ruleId": d.rule, "level": LEVELS[d.severity], "message": {"text": d.message},
                 "locations": [_location(c, articles.get(c.article_id)) for c in d.claims],
                 "partialFingerprints": {"checkerDiscrepancyId/v1": d.id}}
        if d.id in status:
            entry["baselineState"] = "unchanged" if status[d.id] == "baselined" else "new"
        if status.get(d.id) == "dismissed":
            entry["suppressions"] = [{"kind": "external", "justification": "dismissed in the review store"}]
        results.append(entry)
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0",
            "runs": [{"tool": {"driver": _driver(opts)}, "columnKind": "unicodeCodePoints", "results": results}]}


def _driver(opts: dict) -> dict:
    rules = [{"id": c.code, "name": c.name,
              "shortDescription": {"text": c.explanation.what},
              "fullDescription": {"text": f"{c.explanation.what} {c.explanation.why}"},
              "help": {"text": f"Example: {c.explanation.example}\nNot flagged: {c.explanation.not_flagged}"},
              "defaultConfiguration": {"level": LEVELS[c.severity]}}
             for c in sorted(opts.get("checks", []), key=lambda c: c.code)]
    return {"name": "checker", "version": opts.get("version", "0"), "rules": rules}


def _location(claim: Claim, article: Article | None) -> dict:
    start_line, start_col = line_col(article.text, claim.start) if article else (1, 1)
    end_line, end_col = line_col(article.text, claim.end) if article else (1, 1)
    return {"physicalLocation": {
        "artifactLocation": {"uri": _uri(article, claim.article_id)},
        "region": {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col,
                   "snippet": {"text": claim.text}}}}


def _uri(article: Article | None, article_id: str) -> str:
    """Path relative to the working directory (the repository root in CI), POSIX style."""
    if article is None or article.path is None:
        return article_id
    path = Path(article.path).resolve()
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path.as_uri()
