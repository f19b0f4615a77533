"""Paths or in-memory texts → Articles, and Skipped records for what cannot be read."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping

import yaml

from .model import Article, Skipped

ARTICLE_SUFFIXES = (".txt", ".md")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
META_KEYS = {"outlet", "url", "date", "title", "story"}
MIN_ARABIC_SHARE = 0.5      # of a file's letters; below it the file is notes about articles, not one


@dataclass(frozen=True)
class Loaded:
    articles: list[Article]
    skipped: list[Skipped]


def load_paths(paths: Iterable[Path | str], as_of: date) -> Loaded:
    """Folders are read recursively (ids relative to the folder); files by name."""
    articles, skipped = [], []
    for given in map(Path, paths):
        if given.is_dir():
            entries = [(p, p.relative_to(given).as_posix()) for p in sorted(given.rglob("*"))
                       if p.is_file() and p.suffix in ARTICLE_SUFFIXES and not p.name.startswith(".")]
        elif given.exists():
            entries = [(given, given.name)]
        else:
            skipped.append(Skipped(str(given), "load", "no such file or folder"))
            continue
        for path, article_id in entries:
            result = load_file(path, article_id, as_of)
            (articles if isinstance(result, Article) else skipped).append(result)
    return Loaded(articles, skipped)


def load_texts(texts: Mapping[str, str], as_of: date) -> Loaded:
    articles, skipped = [], []
    for article_id, text in texts.items():
        result = make_article(article_id, text, None, {}, as_of)
        (articles if isinstance(result, Article) else skipped).append(result)
    return Loaded(articles, skipped)


def load_file(path: Path, article_id: str, as_of: date) -> Article | Skipped:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Skipped(article_id, "load", f"cannot read: {exc.strerror or exc}")
    if b"\x00" in raw:
        return Skipped(article_id, "load", "binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(article_id, "load", f"not UTF-8 (invalid byte at offset {exc.start})")
    meta = _sidecar_meta(path)
    if isinstance(meta, Skipped):
        return meta
    return make_article(article_id, text, str(path), meta, as_of)


def make_article(article_id: str, text: str, path: str | None, meta: dict, as_of: date) -> Article | Skipped:
    text = unicodedata.normalize("NFC", text)
    front, body_start = _front_matter(text)
    if isinstance(front, str):
        return Skipped(article_id, "load", front)
    meta = {**front, **meta}
    body = text[body_start:]
    if not body.strip():
        return Skipped(article_id, "load", "empty file")
    if not _ARABIC.search(body):
        return Skipped(article_id, "load", "no Arabic text")
    share = _arabic_share(body)
    if share < MIN_ARABIC_SHARE:
        return Skipped(article_id, "load", f"mostly not Arabic ({share:.0%} of its letters are Arabic): "
                                           "notes or a translation, not an article")
    try:
        day = _as_date(meta.get("date")) or as_of
    except ValueError:
        return Skipped(article_id, "load", f"metadata date '{meta.get('date')}' is not YYYY-MM-DD")
    # The body is kept with its front matter blanked out, so offsets stay those of the file.
    text = " " * body_start + body if body_start else text
    headline = next((ln.strip() for ln in body.splitlines() if ln.strip()), None)
    return Article(id=article_id, text=text, date=day, path=path, headline=headline, meta=meta,
                   dated=meta.get("date") is not None)


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if _ARABIC.match(ch)) / len(letters) if letters else 0.0


def _front_matter(text: str) -> tuple[dict | str, int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return "front matter is not valid YAML", 0
    if not isinstance(data, dict):
        return "front matter must be a mapping", 0
    return {k: v for k, v in data.items() if k in META_KEYS}, m.end()


def _sidecar_meta(path: Path) -> dict | Skipped:
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Skipped(path.name, "load", f"{sidecar.name}: invalid JSON ({exc})")
    return {k: v for k, v in data.items() if k in META_KEYS} if isinstance(data, dict) else {}


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
