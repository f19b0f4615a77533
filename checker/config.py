"""Settings shared by the CLI and the Python API, and the bundle of everything in rules/."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tomllib
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from .catalogue import Catalogue, load_catalogue
from .kb import KnowledgeBase, load_kb
from .lexicon import Lexicon, load_lexicon
from .schemas import RulesError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RULES_DIR = PROJECT_ROOT / "rules"
SEVERITIES = ("info", "warning", "error")
COMMON_DF = 2


@dataclass(frozen=True)
class Rules:
    lexicon: Lexicon
    kb: KnowledgeBase
    catalogue: Catalogue
    extraction_version: str   # hash of lexicon/, kb/ and checker's code: what claims are extracted with
    checks_version: str       # hash of checks/: only detection depends on it
    background: Path          # stories/background.json: how common each lemma is in ordinary text
    root: Path | None = None  # the rules folder (the words of the reports live in its i18n/)

    @property
    def version(self) -> str:
        return f"{self.extraction_version}.{self.checks_version}"

    def strings(self, lang: str):
        from .i18n import strings
        return strings(self.root or DEFAULT_RULES_DIR, lang)

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Lemmas ordinary text uses in more than one sentence of the background treebank."""
        data = json.loads(self.background.read_text(encoding="utf-8"))
        return frozenset(k for k, n in data["df"].items() if n >= COMMON_DF)


def load_rules(rules_dir: Path | str | None = None, cache_dir: Path | None = None) -> Rules:
    """Read and validate rules/; with a cache_dir, the validated bundle is kept there (a pickle
    named by the hash of rules/ and of checker's code) and read back while neither changes."""
    root = Path(rules_dir or os.environ.get("CHECKER_RULES_DIR") or DEFAULT_RULES_DIR)
    extraction_version = _tree_hash(root, ("lexicon", "kb", "stories"), code=True)
    checks_version = _tree_hash(root, ("checks", "i18n"))
    cached = cache_dir / f"rules-{extraction_version}.{checks_version}.pickle" if cache_dir else None
    if cached and cached.exists():
        try:
            rules = pickle.loads(cached.read_bytes())
            if isinstance(rules, Rules) and rules.root == root:
                return rules
        except Exception:  # noqa: BLE001 - a stale or broken cache entry is rebuilt, whatever it raises
            pass
    lexicon = load_lexicon(root / "lexicon")
    rules = Rules(lexicon=lexicon,
                  kb=load_kb(root / "kb", lexicon.normalizer, lexicon.name_skeleton),
                  catalogue=load_catalogue(root / "checks"),
                  extraction_version=extraction_version, checks_version=checks_version,
                  background=root / "stories" / "background.json", root=root)
    if cached:
        _write_atomically(cached, pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL))
    return rules


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def _tree_hash(root: Path, folders: tuple[str, ...], code: bool = False) -> str:
    """code=True adds checker's own source: a new version of checker never reads claims an older
    one cached."""
    digest = hashlib.sha256()
    if code:
        package = Path(__file__).resolve().parent
        for path in sorted(package.rglob("*.py")):
            digest.update(path.read_bytes())
    for folder in folders:
        for path in sorted(p for p in (root / folder).rglob("*") if p.suffix in (".yaml", ".json")):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class Selection:
    """Which rules run and at what severity: from checker.toml / [tool.checker], then the command line."""
    select: list[str] | None = None
    ignore: list[str] | None = None
    severity: dict[str, str] | None = None

    def apply(self, rules: Rules) -> Rules:
        if not (self.select or self.ignore or self.severity):
            return rules
        for code, level in (self.severity or {}).items():
            if level not in SEVERITIES:
                raise RulesError(f"severity for {code} must be one of {', '.join(SEVERITIES)}, not '{level}'")
        return replace(rules, catalogue=rules.catalogue.selected(self.select, self.ignore, self.severity))


def read_project_config(folder: Path = Path(".")) -> dict:
    """checker.toml, else [tool.checker] in pyproject.toml, from the given folder; {} when neither."""
    own = folder / "checker.toml"
    if own.exists():
        return _read_toml(own)
    pyproject = folder / "pyproject.toml"
    if pyproject.exists():
        return _read_toml(pyproject).get("tool", {}).get("checker", {})
    return {}


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from None


def severity_at_least(severity: str, threshold: str) -> bool:
    if threshold == "never":
        return False
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)
