"""Claims → topics: same gathering + same quantity, same person's roles, an article's speakers."""
from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher

from .config import Rules
from .model import Claim, Topic

QUOTE_SIMILARITY = 0.8
MIN_QUOTE_WORDS = 3


def group_claims(claims: list[Claim], rules: Rules) -> list[Topic]:
    buckets: dict[str, list[Claim]] = defaultdict(list)
    heads: dict[str, tuple[str, str]] = {}      # key → (kind, label of its first claim)
    for claim in claims:
        for key, kind, label in topic_keys(claim):
            buckets[key].append(claim)
            heads.setdefault(key, (kind, label))
    for (key, kind, label), members in quote_clusters(claims).items():
        buckets[key] = members
        heads[key] = (kind, label)
    return [Topic(key=k, kind=heads[k][0], label=heads[k][1], claims=tuple(v)) for k, v in sorted(buckets.items())]


def topic_keys(claim: Claim) -> list[tuple[str, str, str]]:
    """(key, kind, label) of each topic a claim belongs to; none when it has no comparable subject."""
    v, a = claim.value, claim.attrs
    if claim.kind in ("count", "duration", "money", "percent"):
        if not a.get("frame"):
            return []
        measure = a.get("measure") or v["unit"]
        return [(f"{claim.kind}:{a['frame']}:{measure}", claim.kind, f"{a['frame']} ({measure})")]
    if claim.kind == "date" and claim.subject:
        field = "weekday" if "weekday" in v else "calendar" if "iso" in v else None
        return [(f"date:{claim.subject}:{field}", "date", f"day of {a['event_label']} ({field})")] if field else []
    if claim.kind == "location" and claim.subject:
        return [(f"location:{claim.subject}", "location", f"place of {a['event_label']}")]
    if claim.kind == "role" and claim.entity_ids:
        keys = [(f"role:{claim.entity_ids[0]}", "role", f"offices of {claim.subject}")]
        if v.get("office") and not v.get("former"):
            keys.append((f"office:{v['office']}", "role", f"holder of {v['office']}"))
        return keys
    if claim.kind == "speaker":
        return [(f"speaker:{claim.article_id}", "speaker", f"who is quoted in {claim.article_id}")]
    return []


def quote_clusters(claims: list[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    """Speaker claims whose quoted words are nearly the same, across articles."""
    quoted = [c for c in claims if c.kind == "speaker" and len((c.value.get("quote") or "").split()) >= MIN_QUOTE_WORDS]
    clusters: list[list[Claim]] = []
    for claim in quoted:
        home = next((cl for cl in clusters if _similar(cl[0].value["quote"], claim.value["quote"])), None)
        if home is None:
            clusters.append([claim])
        else:
            home.append(claim)
    out = {}
    for members in clusters:
        if len({c.article_id for c in members}) > 1:
            first = members[0].value["quote"]
            out[(f"quote:{first[:40]}", "quote", f"the quote «{first[:60]}»")] = members
    return out


def _similar(a: str, b: str) -> bool:
    return SequenceMatcher(None, a, b).ratio() >= QUOTE_SIMILARITY
