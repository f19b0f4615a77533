"""CI on new or changed articles: which articles changed, and which discrepancies fail the run."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .config import severity_at_least
from .load import ARTICLE_SUFFIXES
from .model import Discrepancy, RunResult, Skipped


class CiError(Exception):
    """Git or input problem that makes the CI run meaningless (exit 2)."""


@dataclass
class CiOutcome:
    result: RunResult
    changed: set[str]
    touching: list[Discrepancy] = field(default_factory=list)    # involve a new or changed article
    baselined: list[Discrepancy] = field(default_factory=list)
    dismissed: list[Discrepancy] = field(default_factory=list)
    new: list[Discrepancy] = field(default_factory=list)         # touching, neither baselined nor dismissed
    failing: list[Discrepancy] = field(default_factory=list)
    unchecked: list[Skipped] = field(default_factory=list)      # new or changed, but could not be checked

    def status_of(self) -> dict[str, str]:
        status = {d.id: "new" for d in self.new}
        status.update({d.id: "baselined" for d in self.baselined})
        status.update({d.id: "dismissed" for d in self.dismissed})
        return status

    def summary(self) -> str:
        return (f"ci: {len(self.changed)} new or changed article(s); {len(self.touching)} discrepancies touch them: "
                f"{len(self.new)} new, {len(self.baselined)} baselined, {len(self.dismissed)} dismissed; "
                f"{len(self.failing)} failing"
                + (f"; {len(self.unchecked)} could not be checked" if self.unchecked else ""))


def _git(corpus: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(corpus), *args], check=True, capture_output=True, text=True).stdout
    except FileNotFoundError:
        raise CiError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        raise CiError(f"git {' '.join(args)}: {exc.stderr.strip() or exc}") from None


def changed_since(corpus: Path, ref: str) -> set[str]:
    """Article ids (relative to corpus) added or modified since ref, including uncommitted and untracked files."""
    top = Path(_git(corpus, "rev-parse", "--show-toplevel").strip())
    names = _git(corpus, "diff", "--name-only", "--diff-filter=ACMR", ref, "--", ".").splitlines()
    untracked = _git(corpus, "ls-files", "--others", "--exclude-standard", "--full-name", ".").splitlines()
    return _article_ids(corpus, (top / n for n in [*names, *untracked]))


def named_articles(corpus: Path, files: Iterable[str]) -> set[str]:
    paths = [Path(f) for f in files]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise CiError(f"no such file: {', '.join(missing)}")
    return _article_ids(corpus, paths)


def _article_ids(corpus: Path, paths: Iterable[Path]) -> set[str]:
    root = corpus.resolve()
    ids = set()
    for path in paths:
        path = path.resolve()
        if path.suffix in ARTICLE_SUFFIXES and path.is_relative_to(root):
            ids.add(path.relative_to(root).as_posix())
    return ids


def classify(result: RunResult, changed: set[str], baseline: set[str], dismissed: set[str],
             fail_on: str) -> CiOutcome:
    outcome = CiOutcome(result, changed)
    outcome.unchecked = [s for s in result.skipped if s.path in changed]
    for d in result.discrepancies:
        if not any(c.article_id in changed for c in (*d.claims, *d.also)):
            continue
        outcome.touching.append(d)
        if d.id in dismissed:
            outcome.dismissed.append(d)
        elif d.id in baseline:
            outcome.baselined.append(d)
        else:
            outcome.new.append(d)
    outcome.failing = [d for d in outcome.new if severity_at_least(d.severity, fail_on)]
    return outcome
