"""Extracted claims per article in SQLite, keyed by the article's id, date and text, the model
identity and the rules version. One file serves every folder checked (beside the parse cache).

Extraction output is stored per article (claims and name mentions before resolution). What the
later stages made of a whole set of articles (resolution, stories, topics, detection) is stored
too, keyed by every article's key, its metadata and the whole rules version: a run on exactly the
same articles with the same rules and code (a warm re-run, CI run again) takes it as it is, and
any change anywhere computes it again. Editing rules/lexicon or rules/kb changes the extraction
version and every article is extracted again (from cached parses). `checker ci --incremental`
also keeps what the loader read of each file but its text, by its size and modification time, so
an unchanged archive is not read again (checker.load.load_folder_indexed).
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import time
from dataclasses import asdict, astuple
from pathlib import Path

from .load import text_digest
from .model import Article, Claim, Extracted, IndexEntry, PersonMention, Term

SCHEMA = """
CREATE TABLE IF NOT EXISTS extracted (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    claims TEXT NOT NULL,
    mentions TEXT NOT NULL,
    terms TEXT NOT NULL
)
"""
INDEX_SCHEMA = """
CREATE TABLE IF NOT EXISTS focus_index (
    key TEXT PRIMARY KEY,
    entry BLOB NOT NULL
)
"""
COMPARED_SCHEMA = """
CREATE TABLE IF NOT EXISTS compared (
    key TEXT PRIMARY KEY,
    used REAL NOT NULL,
    result BLOB NOT NULL
)
"""
SNAPSHOT_SCHEMA = """
CREATE TABLE IF NOT EXISTS focus_snapshot (
    name TEXT PRIMARY KEY,
    blob BLOB NOT NULL
)
"""
FILES_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    article BLOB NOT NULL
)
"""
KEEP_COMPARED = 8       # the results of this many sets of articles are kept (the latest used)
INDEX_CHUNK = 900       # keys per query (SQLite allows 999 parameters)


# Bump when Claim or PersonMention change shape, so rows written by older code are not read back.
EXTRACT_FORMAT = "9"


def content_key(article: Article, model_id: str, extraction_version: str) -> str:
    payload = (f"{EXTRACT_FORMAT}\0{model_id}\0{extraction_version}\0{article.id}\0{article.date.isoformat()}"
               f"\0{article.digest or text_digest(article.text)}")
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
                self.db.execute("DROP TABLE IF EXISTS focus_index")
                self.db.execute("DROP TABLE IF EXISTS focus_snapshot")
                self.db.execute("DROP TABLE IF EXISTS files")
                self.db.execute(f"PRAGMA user_version = {int(EXTRACT_FORMAT)}")
            self.db.execute(SCHEMA)
            self.db.execute(INDEX_SCHEMA)
            self.db.execute(SNAPSHOT_SCHEMA)
            self.db.execute(COMPARED_SCHEMA)
            self.db.execute(FILES_SCHEMA)

    def get(self, key: str) -> Extracted | None:
        row = self.db.execute("SELECT claims, mentions, terms FROM extracted WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        claims = [Claim(**{**c, "entity_ids": tuple(c["entity_ids"])}) for c in json.loads(row[0])]
        mentions = [PersonMention(**m) for m in json.loads(row[1])]
        terms = tuple(Term(*t) for t in json.loads(row[2]))     # (lists: an archive holds millions)
        return Extracted(claims, mentions, terms)

    def put(self, article_id: str, key: str, extracted: Extracted, entry: IndexEntry) -> None:
        """entry: what checker.focus needs of the article, read back by get_index."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO extracted VALUES (?, ?, ?, ?, ?)",
                            (key, article_id, _dumps(extracted.claims), _dumps(extracted.mentions),
                             json.dumps([astuple(t) for t in extracted.terms], ensure_ascii=False)))
            self.db.execute("INSERT OR REPLACE INTO focus_index VALUES (?, ?)", (key, _pickled((entry.terms, entry.office_people))))

    def get_index(self, keys: list[str]) -> dict[str, IndexEntry]:
        """The index entries of those keys that have one: a CI run reads these for every article of
        an archive, and the claims of the few it compares."""
        out = {}
        for chunk in range(0, len(keys), INDEX_CHUNK):
            part = keys[chunk:chunk + INDEX_CHUNK]
            rows = self.db.execute(f"SELECT key, entry FROM focus_index WHERE key IN "
                                   f"({','.join('?' * len(part))})", part)
            out.update({key: IndexEntry(*pickle.loads(entry)) for key, entry in rows})
        return out

    def get_snapshot(self) -> bytes | None:
        """The latest CI run's index entries as one blob (checker.focus_index)."""
        row = self.db.execute("SELECT blob FROM focus_snapshot WHERE name = 'latest'").fetchone()
        return row[0] if row else None

    def put_snapshot(self, blob: bytes) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO focus_snapshot VALUES ('latest', ?)", (blob,))

    def known_files(self) -> dict[str, tuple[str, dict]]:
        """{path: (signature, the article's fields but its text)} of every file indexed (checker.load)."""
        return {path: (signature, pickle.loads(article))
                for path, signature, article in self.db.execute("SELECT path, signature, article FROM files")}

    def remember_files(self, rows: list[tuple[str, str, dict]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                                [(path, signature, _pickled(fields)) for path, signature, fields in rows])

    def get_compared(self, key: str):
        """What the later stages made of one set of articles, as put_compared stored it (checker's
        own pickle, in the user's own cache: it holds only checker's dataclasses)."""
        row = self.db.execute("SELECT result FROM compared WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        with self.db:
            self.db.execute("UPDATE compared SET used = ? WHERE key = ?", (time.time(), key))
        return pickle.loads(row[0])

    def put_compared(self, key: str, result) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO compared VALUES (?, ?, ?)",
                            (key, time.time(), pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
            self.db.execute("DELETE FROM compared WHERE key NOT IN "
                            "(SELECT key FROM compared ORDER BY used DESC LIMIT ?)", (KEEP_COMPARED,))

    def close(self) -> None:
        self.db.close()


def compared_key(article_keys: list[tuple[str, str, str]], rules_version: str, checks: list[tuple]) -> str:
    """The key of a set of articles' later stages: (article id, content key, metadata) of each, the
    rules and code version, and the checks as selected (codes, severities)."""
    payload = json.dumps([EXTRACT_FORMAT, rules_version, checks, sorted(article_keys)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _pickled(value) -> bytes:
    """Index rows are read 10,000 at a time by a CI run: pickle decodes them several times faster
    than JSON (only plain dicts, lists and strings; the user's own cache, as for `compared`)."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _dumps(items) -> str:
    return json.dumps([asdict(x) for x in items], ensure_ascii=False)
