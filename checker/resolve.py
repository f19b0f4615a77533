"""Claims and mentions → canonical entity ids (knowledge base first, then name variants)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from .config import Rules
from .model import Article, Claim, PersonMention

PERSON_KINDS = ("role", "speaker")


class NameIndex:
    """Maps every name seen in the corpus, and its last word, to one entity id. Names and family
    names are keyed by their skeleton too (see Lexicon.name_skeleton), so "Nuno Gomes" written with
    ghain and with jeem is one person."""

    def __init__(self, mentions: list[PersonMention], skeleton: Callable[..., str | None]):
        self._skeleton_of, self._skeletons = skeleton, {}
        self.by_surname: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for m in sorted(mentions, key=lambda m: -len(m.name.split())):
            entity = self._entity_for(m)
            for key in self._name_keys(m.name):
                self.by_name.setdefault(key, entity)
            if len(m.name.split()) >= 2:
                for key in self._surname_keys(m.name):
                    self.by_surname.setdefault(key, entity)
        for name, entity in sorted(self.by_name.items()):     # once every name is known
            if entity == f"name:{name}" and (shorter := self._run_on(name)):
                self.by_name[name] = shorter

    def skeleton(self, name: str, parts_needed: int = 2) -> str | None:
        """(memoized: an archive names the same people thousands of times)"""
        key = (name, parts_needed)
        if key not in self._skeletons:
            self._skeletons[key] = self._skeleton_of(name, parts_needed=parts_needed)
        return self._skeletons[key]

    def _name_keys(self, name: str) -> list[str]:
        return [name] + ([f"~{k}"] if (k := self.skeleton(name)) else [])

    def _surname_keys(self, name: str) -> list[str]:
        last = name.split()[-1]
        return [last] + ([f"~{k}"] if (k := self.skeleton(last, parts_needed=1)) else [])

    def _lookup(self, name: str) -> str | None:
        found = next((self.by_name[k] for k in self._name_keys(name) if k in self.by_name), None)
        return found or next((self.by_surname[k] for k in self._surname_keys(name) if k in self.by_surname), None)

    def _entity_for(self, m: PersonMention) -> str:
        if m.kb_id:
            return f"person:{m.kb_id}"
        return self._lookup(m.name) or f"name:{m.name}"

    def entity(self, name: str, kb_id: str | None) -> str:
        if kb_id:
            return f"person:{kb_id}"
        return self._lookup(name) or self._run_on(name) or f"name:{name}"

    def _run_on(self, name: str) -> str | None:
        """"Hadi Haig THE DEAL": a name read one word too far, when its first words are a name
        seen elsewhere in the corpus (the longest such, of two words at least)."""
        words = name.split()
        for n in range(len(words) - 1, 1, -1):
            shorter = " ".join(words[:n])
            if (found := self.by_name.get(shorter)) is not None and found != f"name:{name}":
                return found
        return None


def resolve(claims: list[Claim], mentions: list[PersonMention], articles: list[Article],
            rules: Rules) -> tuple[list[Claim], list[PersonMention]]:
    index = NameIndex(mentions, rules.lexicon.name_skeleton)
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
