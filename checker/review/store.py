"""The decisions store: SQLite, append-only, one row per decision with the evidence as it was.

Writes run in an IMMEDIATE transaction, so concurrent writers queue on SQLite's lock instead of
overwriting each other. A decision applies while the discrepancy's evidence (articles, claim
words and sentences) is unchanged; when an article is edited, the discrepancy reopens and says why.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, TextIO

from ..model import Discrepancy

DECISIONS = ("confirm", "dismiss", "reopen")
SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    discrepancy_id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('confirm', 'dismiss', 'reopen')),
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    evidence_hash TEXT NOT NULL,
    evidence TEXT NOT NULL,
    UNIQUE (discrepancy_id, decision, reviewer, at)
);
CREATE INDEX IF NOT EXISTS by_discrepancy ON decisions (discrepancy_id, seq);
"""


@dataclass(frozen=True)
class Decision:
    discrepancy_id: str
    decision: str
    note: str
    reviewer: str
    at: str
    evidence_hash: str
    evidence: dict


@dataclass(frozen=True)
class ReviewStatus:
    status: str                  # open | confirmed | dismissed | reopened
    decision: Decision | None = None
    reason: str = ""


EVIDENCE_KEYS = ("article", "text", "sentence", "start", "end")


def evidence_of(d: Discrepancy) -> dict:
    """What an editor decided on: every claim, those that only repeat a value too (a new article
    joining a dismissed discrepancy reopens it)."""
    claims = [dict(zip(EVIDENCE_KEYS, (c.article_id, c.text, c.sentence, c.start, c.end)))
              for c in (*d.claims, *d.also)]
    return {"rule": d.rule, "topic": d.topic, "message": d.message, "claims": claims}


def evidence_of_record(record: dict) -> dict:
    """The same evidence, from a discrepancy as the JSON report holds it."""
    claims = [{k: c[k] for k in EVIDENCE_KEYS} for c in (*record["claims"], *record.get("also", []))]
    return {"rule": record["rule"], "topic": record["topic"], "message": record["message"], "claims": claims}


def evidence_hash(evidence: dict) -> str:
    """What an editor looked at: the articles, claim words and sentences (not offsets)."""
    parts = sorted(f"{c['article']}\0{c['text']}\0{c['sentence']}" for c in evidence["claims"])
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


class ReviewStore:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def record(self, discrepancy_id: str, decision: str, evidence: dict, note: str = "",
               reviewer: str | None = None, at: str | None = None) -> Decision:
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
        row = Decision(discrepancy_id, decision, note, reviewer or default_reviewer(),
                       at or datetime.now(timezone.utc).isoformat(timespec="microseconds"),
                       evidence_hash(evidence), evidence)
        self._insert([row])
        return row

    def _insert(self, rows: list[Decision]) -> int:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            before = self.db.total_changes
            self.db.executemany(
                "INSERT OR IGNORE INTO decisions (discrepancy_id, decision, note, reviewer, at, evidence_hash, evidence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r.discrepancy_id, r.decision, r.note, r.reviewer, r.at, r.evidence_hash,
                  json.dumps(r.evidence, ensure_ascii=False)) for r in rows])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return self.db.total_changes - before

    def history(self, discrepancy_id: str | None = None) -> list[Decision]:
        """Decisions in the order they were made (their time, then the order they were stored).
        A row that cannot be read (edited by hand, another tool) is left out, never fatal."""
        query = "SELECT discrepancy_id, decision, note, reviewer, at, evidence_hash, evidence FROM decisions"
        args: tuple = ()
        if discrepancy_id:
            query, args = query + " WHERE discrepancy_id = ?", (discrepancy_id,)
        rows = self.db.execute(query + " ORDER BY at, seq", args).fetchall()
        decisions = []
        for r in rows:
            try:
                decisions.append(validated(dict(zip(Decision.__dataclass_fields__, (*r[:6], json.loads(r[6]))))))
            except (ValueError, TypeError):
                continue
        return decisions

    def latest(self) -> dict[str, Decision]:
        """Each discrepancy's newest decision by time: an older one imported later does not win."""
        return {d.discrepancy_id: d for d in self.history()}

    def export_jsonl(self, out: TextIO) -> int:
        rows = self.history()
        for row in rows:
            out.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
        return len(rows)

    def import_jsonl(self, lines: Iterable[str]) -> int:
        """All rows or none: every row is checked first, and the bad ones are listed by line."""
        rows, bad = [], []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                rows.append(validated(json.loads(line)))
            except (ValueError, TypeError) as exc:
                bad.append(f"line {number}: {exc}")
        if bad:
            raise ImportRejected(bad)
        return self._insert(rows)


class ImportRejected(ValueError):
    def __init__(self, problems: list[str]):
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        super().__init__(f"nothing imported: {len(problems)} bad row(s): {shown}")
        self.problems = problems


def validated(data) -> Decision:
    """A decision row from outside (an import, the database), checked field by field."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    fields = list(Decision.__dataclass_fields__)
    missing = [f for f in fields if f not in data]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    for name in ("discrepancy_id", "note", "reviewer", "at", "evidence_hash"):
        if not isinstance(data[name], str):
            raise ValueError(f"{name} must be text")
    if data["decision"] not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
    evidence = data["evidence"]
    if not (isinstance(evidence, dict) and isinstance(evidence.get("claims"), list)
            and all(isinstance(c, dict) and {"article", "sentence"} <= set(c) for c in evidence["claims"])):
        raise ValueError("evidence must hold the claims as they were decided")
    try:
        at = datetime.fromisoformat(data["at"])
    except ValueError:
        raise ValueError(f"at is not an ISO date and time: {data['at']!r}") from None
    at = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    return Decision(**{**{f: data[f] for f in fields}, "at": at.isoformat(timespec="microseconds")})


def status_of(evidence: dict, decision: Decision | None) -> ReviewStatus:
    if decision is None or decision.decision == "reopen":
        return ReviewStatus("open", decision)
    if decision.evidence_hash != evidence_hash(evidence):
        return ReviewStatus("reopened", decision, _changed_reason(decision, evidence))
    return ReviewStatus("confirmed" if decision.decision == "confirm" else "dismissed", decision)


def _changed_reason(decision: Decision, evidence: dict) -> str:
    before = {(c["article"], c["sentence"]) for c in decision.evidence["claims"]}
    after = {(c["article"], c["sentence"]) for c in evidence["claims"]}
    articles = sorted({a for a, _ in before ^ after})
    return (f"evidence changed since it was {decision.decision}ed by {decision.reviewer} on {decision.at[:10]}"
            + (f" (edited: {', '.join(articles)})" if articles else ""))


def apply_reviews(discrepancies: list[Discrepancy], store: ReviewStore) -> dict[str, ReviewStatus]:
    latest = store.latest()
    return {d.id: status_of(evidence_of(d), latest.get(d.id)) for d in discrepancies}
