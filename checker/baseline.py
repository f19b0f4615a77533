"""Baselines: accept today's discrepancies so CI fails only on new ones (like ruff's --add-noqa)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from .model import RunResult

DEFAULT_BASELINE = Path(".checker-baseline.json")


def write_baseline(result: RunResult, path: Path, rules_version: str = "") -> int:
    entries = [{"id": d.id, "rule": d.rule, "severity": d.severity, "topic": d.topic, "message": d.message,
                "articles": sorted({c.article_id for c in (*d.claims, *d.also)})} for d in result.discrepancies]
    data = {"version": 1, "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rules_version": rules_version, "discrepancies": entries}
    from .report.safe import atomic_write
    with atomic_write(path) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def load_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {entry["id"] for entry in data["discrepancies"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a checker baseline ({exc})") from None
