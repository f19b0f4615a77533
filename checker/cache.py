"""Extracted claims per article in SQLite, keyed by the article's id, date and text, the model
identity and the rules version. One file serves every folder checked (beside the parse cache).

Only extraction output is stored (claims and name mentions before resolution): resolution,
grouping and detection depend on the whole corpus and run every time, cheaply. Editing
rules/checks therefore invalidates nothing here; editing rules/lexicon or rules/kb changes
the extraction version and every article is extracted again (from cached parses).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .model import Article, Claim, Extracted, PersonMention, Term

SCHEMA = """
CREATE TABLE IF NOT EXISTS extracted (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    claims TEXT NOT NULL,
    mentions TEXT NOT NULL,
    terms TEXT NOT NULL
)
"""


# Bump when Claim or PersonMention change shape, so rows written by older code are not read back.
EXTRACT_FORMAT = "4"


def content_key(article: Article, model_id: str, extraction_version: str) -> str:
    payload = (f"{EXTRACT_FORMAT}\0{model_id}\0{extraction_version}\0{article.id}\0{article.date.isoformat()}"
               f"\0{article.text}")
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ClaimCache:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        with self.db:
            # A cache written by older code (another table shape) is dropped, not migrated.
            if self.db.execute("PRAGMA user_version").fetchone()[0] != int(EXTRACT_FORMAT):
                self.db.execute("DROP TABLE IF EXISTS extracted")
                self.db.execute(f"PRAGMA user_version = {int(EXTRACT_FORMAT)}")
            self.db.execute(SCHEMA)

    def get(self, key: str) -> Extracted | None:
        row = self.db.execute("SELECT claims, mentions, terms FROM extracted WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        claims = [Claim(**{**c, "entity_ids": tuple(c["entity_ids"])}) for c in json.loads(row[0])]
        mentions = [PersonMention(**m) for m in json.loads(row[1])]
        terms = tuple(Term(**t) for t in json.loads(row[2]))
        return Extracted(claims, mentions, terms)

    def put(self, article_id: str, key: str, extracted: Extracted) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO extracted VALUES (?, ?, ?, ?, ?)",
                            (key, article_id, _dumps(extracted.claims), _dumps(extracted.mentions),
                             _dumps(extracted.terms)))

    def close(self) -> None:
        self.db.close()


def _dumps(items) -> str:
    return json.dumps([asdict(x) for x in items], ensure_ascii=False)
