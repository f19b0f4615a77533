"""Claims and mentions → canonical entity ids (knowledge base first, then name variants)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .config import Rules
from .model import Article, Claim, PersonMention

PERSON_KINDS = ("role", "speaker")


class NameIndex:
    """Maps every name seen in the corpus, and its last word, to one entity id."""

    def __init__(self, mentions: list[PersonMention]):
        self.by_surname: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for m in sorted(mentions, key=lambda m: -len(m.name.split())):
            entity = self._entity_for(m)
            self.by_name.setdefault(m.name, entity)
            if len(m.name.split()) >= 2:
                self.by_surname.setdefault(m.name.split()[-1], entity)

    def _entity_for(self, m: PersonMention) -> str:
        if m.kb_id:
            return f"person:{m.kb_id}"
        return self.by_name.get(m.name) or self.by_surname.get(m.name) or f"name:{m.name}"

    def entity(self, name: str, kb_id: str | None) -> str:
        if kb_id:
            return f"person:{kb_id}"
        return self.by_name.get(name) or self.by_surname.get(name.split()[-1]) or f"name:{name}"


def resolve(claims: list[Claim], mentions: list[PersonMention], articles: list[Article],
            rules: Rules) -> tuple[list[Claim], list[PersonMention]]:
    index = NameIndex(mentions)
    dates = {a.id: a.date for a in articles}
    resolved_mentions = [replace(m, entity_id=index.entity(m.name, m.kb_id)) for m in mentions]
    resolved = [_resolve_claim(c, index, rules, dates.get(c.article_id)) for c in claims]
    return resolved, resolved_mentions


def _resolve_claim(claim: Claim, index: NameIndex, rules: Rules, day: date | None) -> Claim:
    if claim.kind not in PERSON_KINDS:
        return claim
    if claim.subject:
        return replace(claim, entity_ids=(index.entity(claim.subject, claim.attrs.get("kb_id")),))
    title = claim.attrs.get("title")
    holder = holder_by_title(rules, title, day) if title and day else None
    return replace(claim, entity_ids=(f"person:{holder}",)) if holder else claim


def holder_by_title(rules: Rules, title: dict, day: date) -> str | None:
    """Who held the office a bare title names ("the British leader") on that day, if one person did."""
    if not title.get("jurisdiction"):
        return None
    kb = rules.kb
    families = [f for f in kb.families if kb.compatible_families(title["family"], f)]
    holders = {p for f in families for p in kb.holders_of(f"{f}/{title['jurisdiction']}", day)}
    return holders.pop() if len(holders) == 1 else None
