"""The rule catalogue in rules/checks: one YAML file per stable code."""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import schemas as S

CODE_RE = re.compile(r"^C[A-Z]\d{3}$")
FAMILIES = {"CC": "counts", "CD": "dates and durations", "CM": "money", "CP": "percentages",
            "CS": "speakers", "CR": "roles", "CL": "locations", "CQ": "quotes",
            "CX": "input and extraction"}


EXPLAIN_HEADINGS = ("What", "Why it matters", "Example", "Not flagged")


@dataclass(frozen=True)
class Catalogue:
    checks: dict[str, S.Check]

    def get(self, code: str) -> S.Check:
        try:
            return self.checks[code.upper()]
        except KeyError:
            close = [c for c in self.checks if c[:2] == code.upper()[:2]] or sorted(self.checks)
            raise KeyError(f"unknown rule code '{code}' (known: {', '.join(close)})") from None

    def explain(self, code: str, as_json: bool = False, lang: str = "en",
                headings: tuple[str, str, str, str] = EXPLAIN_HEADINGS) -> str:
        check = self.get(code)
        if as_json:
            return json.dumps(check.model_dump(mode="json"), ensure_ascii=False, indent=2)
        ex = check.explanation_in(lang)
        family = FAMILIES.get(check.code[:2], check.kind)
        heads = headings
        title = check.title_in(lang)
        return "\n".join([
            f"{title} ({check.code}{'' if title == check.name else ', ' + check.name}) · {family} · "
            f"{check.severity} · {check.status}", "",
            heads[0], f"  {ex.what}", "", heads[1], f"  {ex.why}", "",
            heads[2], f"  {ex.example}", "", heads[3], f"  {ex.not_flagged}", ""])

    def selected(self, select: list[str] | None = None, ignore: list[str] | None = None,
                 severity: dict[str, str] | None = None) -> "Catalogue":
        """Rules chosen by code or prefix (ruff style: the more specific selector wins), with severities
        overridden from config. An unknown selector is an error that names close matches."""
        for selector in [*(select or []), *(ignore or []), *(severity or {})]:
            self._check_selector(selector)
        chosen = {}
        for code, check in self.checks.items():
            best_select = max((len(s) for s in select or ["C"] if code.startswith(s.upper())), default=-1)
            best_ignore = max((len(s) for s in ignore or [] if code.startswith(s.upper())), default=-1)
            if best_select > best_ignore:
                override = (severity or {}).get(code)
                chosen[code] = check.model_copy(update={"severity": override}) if override else check
        return Catalogue(chosen)

    def _check_selector(self, selector: str) -> None:
        if selector.upper() in ("ALL", "C") or any(code.startswith(selector.upper()) for code in self.checks):
            return
        close = difflib.get_close_matches(selector.upper(), list(self.checks) + [c[:2] for c in self.checks], n=3)
        raise S.RulesError(f"unknown rule selector '{selector}'" + (f" (did you mean {', '.join(close)}?)" if close else ""))

    def table(self) -> list[tuple[str, str, str, str, str]]:
        return [(c.code, c.name, c.kind, c.severity, c.status) for c in sorted(self.checks.values(), key=lambda c: c.code)]


def load_catalogue(checks_dir: Path) -> Catalogue:
    checks = {}
    for path in sorted(checks_dir.glob("*.yaml")):
        check = S.load_model(path, S.Check)
        if check.code != path.stem:
            raise S.RulesError(f"{path}: code '{check.code}' must equal the file name '{path.stem}'")
        if not CODE_RE.match(check.code):
            raise S.RulesError(f"{path}: code '{check.code}' is not C + family letter + 3 digits")
        checks[check.code] = check
    if not checks:
        raise S.RulesError(f"{checks_dir}: no rule files found")
    return Catalogue(checks)
