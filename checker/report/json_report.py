"""The JSON report (schema: docs/report.schema.json)."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import TextIO

from ..model import RunResult
from .evidence import articles_by_id, claim_record, discrepancy_record, severity_counts, story_record

SCHEMA_VERSION = "1"
RUN_ONLY_STATS = ("parsed", "parse_cache_hits", "claims_cache_hits", "seconds")


def to_dict(result: RunResult, opts: dict) -> dict:
    articles = articles_by_id(result)
    names = opts.get("rule_names", {})
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "checker", "version": opts.get("version", ""), "models": opts.get("models", ""),
                 "rules_version": opts.get("rules_version", "")},
        "articles": [{"id": a.id, "path": a.path, "headline": a.headline, "date": a.date.isoformat(),
                      "meta": {k: str(v) for k, v in a.meta.items()}} for a in result.articles],
        "skipped": [asdict(s) for s in result.skipped],
        "stories": [story_record(s) for s in result.stories],
        "claims": [claim_record(c, articles.get(c.article_id)) for c in result.claims],
        "discrepancies": [{**discrepancy_record(d, articles, names.get(d.rule, "")),
                           "review": review_record(opts.get("reviews", {}).get(d.id))} for d in result.discrepancies],
        "hidden_dismissed": opts.get("hidden_dismissed", 0),
        "summary": severity_counts(result),
        # what this run happened to parse or take from the cache, and its time, are no part of
        # the report: the same articles give the same bytes (the terminal summary shows them)
        "stats": {k: v for k, v in result.stats.items() if k not in RUN_ONLY_STATS},
    }


def review_record(review) -> dict:
    if review is None or review.decision is None:
        return {"status": review.status if review else "open"}
    row = review.decision
    return {"status": review.status, "decision": row.decision, "note": row.note, "reviewer": row.reviewer,
            "at": row.at, "reason": review.reason}


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    write_json(to_dict(result, opts), out)


def write_json(report: dict, out: TextIO) -> None:
    """The report's top level indented, one record of each list per line: as easy to read, grep and
    diff as indented JSON, and written by the C encoder (an indented dump of an archive's 10,000
    articles and their claims is encoded in Python, 2 s of a CI run)."""
    out.write("{\n")
    for n, (key, value) in enumerate(report.items()):
        out.write(f"  {_compact(key)}: ")
        if isinstance(value, list) and value:
            out.write("[\n" + ",\n".join("    " + _compact(item) for item in value) + "\n  ]")
        else:
            out.write(_compact(value))
        out.write(",\n" if n < len(report) - 1 else "\n")
    out.write("}\n")


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
