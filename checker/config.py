"""Settings shared by the CLI and the Python API, and the bundle of everything in rules/."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .catalogue import Catalogue, load_catalogue
from .kb import KnowledgeBase, load_kb
from .lexicon import Lexicon, load_lexicon

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RULES_DIR = PROJECT_ROOT / "rules"
SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Rules:
    lexicon: Lexicon
    kb: KnowledgeBase
    catalogue: Catalogue
    extraction_version: str   # hash of lexicon/ and kb/: what claims are extracted and resolved with
    checks_version: str       # hash of checks/: only detection depends on it

    @property
    def version(self) -> str:
        return f"{self.extraction_version}.{self.checks_version}"


def load_rules(rules_dir: Path | str | None = None) -> Rules:
    root = Path(rules_dir or os.environ.get("CHECKER_RULES_DIR") or DEFAULT_RULES_DIR)
    lexicon = load_lexicon(root / "lexicon")
    return Rules(lexicon=lexicon,
                 kb=load_kb(root / "kb", lexicon.normalizer),
                 catalogue=load_catalogue(root / "checks"),
                 extraction_version=_tree_hash(root, ("lexicon", "kb")),
                 checks_version=_tree_hash(root, ("checks",)))


def _tree_hash(root: Path, folders: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted((root / folder).rglob("*.yaml")):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def severity_at_least(severity: str, threshold: str) -> bool:
    if threshold == "never":
        return False
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)
