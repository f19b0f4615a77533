"""Score a report against a gold file of expected discrepancies (the format of
../shared/gold/seeds.yaml and of tests/corpora/*/expected.yaml).

A discrepancy matches a must_flag entry when it holds, for each side, a claim of that side's
article whose sentence or text contains that side's anchor. A must_not_flag pair is violated when
one discrepancy holds claims from both of its sides. Extra findings are warnings and errors that
match no must_flag entry. This is the rule of ../shared/tools/score_gold.py, as a library.
"""
from __future__ import annotations

from dataclasses import dataclass, field


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def claim_matches(claim: dict, alt: dict) -> bool:
    anchor = _norm(alt["anchor"])
    return claim.get("article") == alt["article"] and (
        anchor in _norm(claim.get("sentence")) or anchor in _norm(claim.get("text")))


def matches(disc: dict, sides: list[list[dict]]) -> bool:
    claims = disc.get("claims", [])
    hits = [{i for i, c in enumerate(claims) for alt in side if claim_matches(c, alt)} for side in sides]
    if not all(hits):
        return False
    # One claim may witness both sides only when it matches an alternative listed on both
    # (a finding that stands alone, such as a malformed number).
    if len(hits) == 2 and hits[0] == hits[1] and len(hits[0]) == 1:
        (i,) = hits[0]
        return any(claim_matches(claims[i], a) for a in sides[0] if a in sides[1])
    return True


@dataclass
class Score:
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    violated: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)      # messages of unmatched warnings and errors
    budget: int = 0

    @property
    def planted(self) -> int:
        return len(self.found) + len(self.missed)

    @property
    def passed(self) -> bool:
        return not self.missed and not self.violated and len(self.extra) <= self.budget

    def summary(self) -> str:
        return (f"found {len(self.found)}/{self.planted} must_flag, violated {len(self.violated)} must_not_flag, "
                f"extra {len(self.extra)} (budget {self.budget})")


def score(gold: dict, report: dict) -> Score:
    discs = report.get("discrepancies", [])
    out = Score(budget=gold.get("max_extra_warnings", 0))
    used: set[int] = set()
    for entry in gold.get("must_flag", []):
        hit = [i for i, d in enumerate(discs) if matches(d, entry["sides"])]
        used.update(hit)
        (out.found if hit else out.missed).append(entry["id"])
    for entry in gold.get("must_not_flag", []):
        if any(matches(d, [[s] for s in entry["sides"]]) for d in discs):
            out.violated.append(entry["id"])
    out.extra = [d.get("message", "") for i, d in enumerate(discs)
                 if i not in used and d.get("severity") in ("warning", "error")]
    return out
