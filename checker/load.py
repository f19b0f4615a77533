"""Paths or in-memory texts → Articles, and Skipped records for what cannot be read."""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Mapping, Protocol

import yaml

from .model import Article, Skipped

ARTICLE_SUFFIXES = (".txt", ".md")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_NOT_LETTER = re.compile(r"[\W\d_\u00b2\u00b3\u00b9\u00bc-\u00be]+")     # (digits, "²" and "½" are no letters)
_NOT_ARABIC = re.compile(r"[^\u0600-\u06FF]+")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
META_KEYS = {"outlet", "url", "date", "title", "story"}
# Control characters (escape sequences, bells) become spaces: same length, so every offset holds,
# and no report can carry them to a terminal or a page.
CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CONTROLS = re.compile(f"[{CONTROL_CHARS}]")
MIN_ARABIC_SHARE = 0.5      # of a file's letters; below it the file is notes about articles, not one
# Bytes per character at most in UTF-8: a file over 4 × the limit is skipped before it is read.
_MAX_UTF8_BYTES = 4


@dataclass(frozen=True)
class Limits:
    """What checker accepts. A news article is rarely over 30,000 characters; 200,000 is a book chapter."""
    max_article_chars: int = 200_000
    follow_symlinks: bool = False


@dataclass(frozen=True)
class Loaded:
    articles: list[Article]
    skipped: list[Skipped]


def load_paths(paths: Iterable[Path | str], as_of: date, limits: Limits = Limits()) -> Loaded:
    """Folders are read recursively (ids relative to the folder); files by name."""
    articles, skipped = [], []
    for given in map(Path, paths):
        if given.is_dir():
            entries = _folder_entries(given, limits)
        elif given.exists():
            entries = [(given, given.name)]
        else:
            skipped.append(Skipped(str(given), "load", "no such file or folder"))
            continue
        root = given if given.is_dir() else None
        for path, article_id in entries:
            result = load_file(path, article_id, as_of, limits, root)
            (articles if isinstance(result, Article) else skipped).append(result)
    return _distinct_ids(articles, skipped)


class FileIndex(Protocol):
    """Where the files of a folder were seen before (checker.cache.ClaimCache keeps it)."""
    def known_files(self) -> dict[str, tuple[str, dict]]: ...
    def remember_files(self, rows: list[tuple[str, str, dict]]) -> None: ...


def load_folder_indexed(folder: Path, as_of: date, index: FileIndex, limits: Limits = Limits()) -> Loaded:
    """A folder as load_paths reads it, except that a file whose size and modification time (and its
    sidecar's) are those indexed before is not read: its article comes back without its text
    (lazy; read_text gives it), as `checker ci --incremental` needs of the unchanged archive."""
    known = index.known_files()
    articles, skipped, seen = [], [], []
    for path, article_id in _folder_entries(folder, limits):
        signature = _signature(path)
        indexed_signature, fields = known.get(str(path), (None, None))
        if signature and signature == indexed_signature and fields["id"] == safe_id(article_id):
            articles.append(_lazy_article(fields, str(path), as_of))
            continue
        result = load_file(path, article_id, as_of, limits, folder)
        (articles if isinstance(result, Article) else skipped).append(result)
        if isinstance(result, Article) and signature:
            seen.append((str(path), signature, _indexed_fields(result)))
    if seen:
        index.remember_files(seen)
    return _distinct_ids(articles, skipped)


def read_text(article: Article, limits: Limits = Limits()) -> Article | Skipped:
    """A lazy article with its text read (its file may have changed since: then as it is now)."""
    if not article.lazy:
        return article
    result = load_file(Path(article.path), article.id, article.date, limits)
    return replace(result, id=article.id) if isinstance(result, Article) else result


def _signature(path: Path) -> str | None:
    """What tells a file unchanged without reading it: its size and modification time, and its sidecar's."""
    try:
        stat = path.stat()
        sidecar = path.with_name(path.stem + ".meta.json")
        side = sidecar.stat().st_mtime_ns if sidecar.exists() else -1
    except OSError:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}:{side}"


def _indexed_fields(article: Article) -> dict:
    return {"id": article.id, "date": article.date.isoformat(), "headline": article.headline,
            "meta": {k: v.isoformat() if isinstance(v, date) else v for k, v in article.meta.items()},
            "dated": article.dated, "digest": article.digest}


def _lazy_article(fields: dict, path: str, as_of: date) -> Article:
    """An indexed article without its text; an undated one takes this run's date."""
    day = date.fromisoformat(fields["date"]) if fields["dated"] else as_of
    return Article(id=fields["id"], text="", date=day, path=path, headline=fields["headline"], meta=fields["meta"],
                   dated=fields["dated"], digest=fields["digest"], lazy=True)


def _distinct_ids(articles: list[Article], skipped: list[Skipped]) -> Loaded:
    """Two files of one name (day1/x.txt and day2/x.txt given together) are told apart by their
    paths as given; a file given twice is read once."""
    count = Counter(article.id for article in articles)
    distinct, seen = [], set()
    for article in articles:
        if count[article.id] > 1 and article.path:
            article = replace(article, id=Path(article.path).as_posix())
        if article.id in seen:
            skipped.append(Skipped(article.id, "load", "given more than once; read once"))
            continue
        seen.add(article.id)
        distinct.append(article)
    return Loaded(distinct, skipped)


def _folder_entries(root: Path, limits: Limits) -> list[tuple[Path, str]]:
    entries = []
    for folder, dirs, files in os.walk(root, followlinks=limits.follow_symlinks):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(folder, name)
            if path.suffix in ARTICLE_SUFFIXES and not name.startswith("."):
                entries.append((path, path.relative_to(root).as_posix()))
    return sorted(entries, key=lambda entry: entry[1])


def load_texts(texts: Mapping[str, str], as_of: date, limits: Limits = Limits()) -> Loaded:
    articles, skipped = [], []
    for article_id, text in texts.items():
        result = make_article(article_id, text, None, {}, as_of, limits)
        (articles if isinstance(result, Article) else skipped).append(result)
    return Loaded(articles, skipped)


def load_file(path: Path, article_id: str, as_of: date, limits: Limits = Limits(),
              root: Path | None = None) -> Article | Skipped:
    """root: the folder being checked; a link out of it is not followed unless the limits allow it."""
    article_id = safe_id(article_id)
    if root and path.is_symlink() and not limits.follow_symlinks and not _inside(path, root):
        return Skipped(article_id, "load", "symbolic link to a file outside the folder, not followed "
                                           "(--follow-symlinks to read it)")
    try:
        if path.stat().st_size > limits.max_article_chars * _MAX_UTF8_BYTES:
            return Skipped(article_id, "load", _too_long(limits))
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
    return make_article(article_id, text, str(path), meta, as_of, limits)


def safe_id(article_id: str) -> str:
    """A file name as shown in reports: control characters (escape sequences) replaced."""
    return _CONTROLS.sub("\ufffd", article_id)


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):     # a loop of links
        return False


def _too_long(limits: Limits) -> str:
    return (f"longer than {limits.max_article_chars:,} characters, the most an article may have "
            "(max-article-chars in checker.toml, or --max-article-chars)")


def make_article(article_id: str, text: str, path: str | None, meta: dict, as_of: date,
                 limits: Limits = Limits()) -> Article | Skipped:
    if len(text) > limits.max_article_chars:
        return Skipped(article_id, "load", _too_long(limits))
    text = _CONTROLS.sub(" ", unicodedata.normalize("NFC", text))
    article_id = safe_id(article_id)
    front, body_start = _front_matter(text)
    if isinstance(front, str):
        return Skipped(article_id, "load", front)
    meta = {**front, **meta}
    problem = _bad_meta(meta)
    if problem:
        return Skipped(article_id, "load", problem)
    meta = {k: v if isinstance(v, date) or v is None else str(v) for k, v in meta.items()}
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
        return Skipped(article_id, "load", f"metadata date '{meta.get('date')}' is not a calendar date "
                                           "(YYYY-MM-DD, a time may follow)")
    # The body is kept with its front matter blanked out, so offsets stay those of the file.
    text = " " * body_start + body if body_start else text
    headline = next((ln.strip() for ln in body.splitlines() if ln.strip()), None)
    return Article(id=article_id, text=text, date=day, path=path, headline=headline, meta=meta,
                   dated=meta.get("date") is not None, digest=text_digest(text))


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _arabic_share(text: str) -> float:
    """Arabic letters among all letters (two passes of the regex engine: an archive is read whole)."""
    letters = _NOT_LETTER.sub("", text)
    return len(_NOT_ARABIC.sub("", letters)) / len(letters) if letters else 0.0


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML without aliases (a few hundred bytes of nested aliases expand to gigabytes) and
    without implicit timestamps (an impossible date would raise inside the YAML reader)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not allowed in front matter")
        return super().compose_node(parent, index)


class _FastFrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same for front matter that holds no anchor or alias character, read by libyaml where
    PyYAML has it (an archive's front matter is most of the time it takes to load)."""


_FrontMatterLoader.yaml_implicit_resolvers = _FastFrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _front_matter(text: str) -> tuple[dict | str, int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    source = m.group(1)
    try:
        loader = _FrontMatterLoader if "&" in source or "*" in source else _FastFrontMatterLoader
        data = yaml.load(source, Loader=loader) or {}
    except yaml.YAMLError as exc:
        data = _plain_front_matter(source)
        if data is None:
            return f"front matter is not valid YAML: {str(exc).splitlines()[0]}", 0
    if not isinstance(data, dict):
        return "front matter must be a mapping", 0
    return {k: v for k, v in data.items() if k in META_KEYS}, m.end()


_PLAIN_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
_YAML_STRUCTURE = ("[", "{", "&", "*", "|", ">", "!")


def _plain_front_matter(source: str) -> dict | None:
    """Front matter written by hand as one "key: value" per line, that YAML refuses for what a
    value holds ("title: Kasserine: hail ruins crops", a title opening with a quoted name): each
    value is the rest of its line, as written. None when a line is no such field."""
    fields = {}
    for line in source.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_FIELD.fullmatch(line.rstrip())
        if m is None or m.group(2).startswith(_YAML_STRUCTURE):
            return None     # a list, a mapping, an anchor or alias, a block: YAML's, and refused
        fields[m.group(1)] = m.group(2).strip() or None
    return fields


def _sidecar_meta(path: Path) -> dict | Skipped:
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Skipped(path.name, "load", f"{sidecar.name}: invalid JSON ({exc})")
    return {k: v for k, v in data.items() if k in META_KEYS} if isinstance(data, dict) else {}


def _bad_meta(meta: dict) -> str | None:
    for key in sorted(meta):
        if meta[key] is not None and not isinstance(meta[key], (str, int, float, date)):
            return f"metadata {key} must be text, not a {type(meta[key]).__name__}"
    return None


def _as_date(value) -> date | None:
    """YYYY-MM-DD, optionally followed by a time ('2026-01-06 10:00:00', '2026-01-06T10:00Z')."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", text):
        raise ValueError(text)
    return date.fromisoformat(text[:10])
