"""The knowledge base in rules/kb: people with dated offices, office families, places, orgs."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable

from . import schemas as S
from .lexicon import PhraseTable
from .normalize import Normalizer


SPELLING_CLOSENESS = 0.9      # how alike (difflib ratio) a name and an alias split otherwise are spelt


@dataclass(frozen=True)
class PersonName:
    person_id: str
    full: bool


@dataclass(frozen=True)
class KnowledgeBase:
    people: dict[str, S.Person]
    places: dict[str, S.Place]
    families: dict[str, S.OfficeFamily]
    person_names: PhraseTable[PersonName]
    place_names: PhraseTable[S.Place]
    jurisdictions: PhraseTable[str]      # adjective, country or org name → jurisdiction id
    family_phrases: PhraseTable[S.OfficeFamily]
    heads: PhraseTable[S.OfficeHead]
    head_kinds: dict[str, S.OfficeHead]
    counterparts: PhraseTable[bool]
    lesser: PhraseTable[bool]
    title_links: PhraseTable[bool]
    head_links: PhraseTable[bool]
    linked_heads: PhraseTable[S.OfficeHead]
    former_links: PhraseTable[bool]
    former_markers: PhraseTable[bool]
    relational_nouns: PhraseTable[bool]
    org_nouns: PhraseTable[bool]
    title_words: frozenset[str]          # first words of every title phrase, as written (folded)
    skeletons: dict[str, tuple[str, tuple[str, ...]]]   # name skeleton -> (person id, its aliases folded),
    #                                                        for names no alias spells alike
    first_names: dict[str, frozenset[str]]      # first word of a full name -> whose it is
    family_names: dict[str, frozenset[str]]     # last word of a full name -> whose it is
    namesakes: dict[str, tuple[str, ...]] = field(default_factory=dict)   # place id -> other places of
    #                                                                        one of its names ("Amman", "Oman")
    skeleton: Callable[[str], str | None] | None = field(default=None, compare=False)
    fold: Callable[[str], str] | None = field(default=None, compare=False)

    def person_by_skeleton(self, words: str) -> str | None:
        """A known person whose alias has this name's skeleton and is spelt close to it: a
        transliteration's variant ("Gomes" with ghain or jeem), not another name that a lossy
        skeleton happens to meet ("Abd al-Ilah al-Wazzani" and "Abdullah al-Thani")."""
        key = self.skeleton(words) if self.skeleton else None
        hit = self.skeletons.get(key) if key else None
        if hit is None:
            return None
        spelt = self.fold(words) if self.fold else words
        return hit[0] if any(_spelt_alike(spelt, alias) for alias in hit[1]) else None

    def offices_of(self, person_id: str, day: date) -> list[str]:
        person = self.people.get(person_id)
        return [t.office for t in person.held if t.covers(day)] if person else []

    def holders_of(self, office: str, day: date) -> list[str]:
        return [p.id for p in self.people.values()
                if any(t.office == office and t.covers(day) for t in p.held)]

    def concurrent(self, person_id: str, office_a: str, office_b: str) -> bool:
        """True when the person held both offices on some common day."""
        person = self.people.get(person_id)
        if not person:
            return False
        terms_a = [t for t in person.held if t.office == office_a]
        terms_b = [t for t in person.held if t.office == office_b]
        return any(_terms_overlap(a, b) for a in terms_a for b in terms_b)

    def concurrent_families(self, person_id: str, family_a: str, family_b: str) -> bool:
        """True when the person held an office of each family on some common day (any country)."""
        person = self.people.get(person_id)
        if not person:
            return False
        terms_a = [t for t in person.held if t.office.split("/")[0] == family_a]
        terms_b = [t for t in person.held if t.office.split("/")[0] == family_b]
        return any(_terms_overlap(a, b) for a in terms_a for b in terms_b)

    def contains(self, outer: str, inner: str) -> bool:
        """Whether place `inner` lies within place `outer` (or is it)."""
        seen = set()
        while inner and inner not in seen:
            if inner == outer:
                return True
            seen.add(inner)
            place = self.places.get(inner)
            inner = place.within if place else None
        return False

    def country_of(self, place_id: str | None) -> str | None:
        """The country a known place lies in (itself, for a country); None when it is in none the
        knowledge base knows (a region of several, a venue no gazetteer lists)."""
        seen = set()
        while place_id and place_id not in seen:
            seen.add(place_id)
            place = self.places.get(place_id)
            if place is None:
                return None
            if place.type == "country":
                return place.id
            place_id = place.within
        return None

    def compatible_families(self, a: str, b: str) -> bool:
        if a == b:
            return True
        fa, fb = self.families.get(a), self.families.get(b)
        return bool((fa and b in fa.generic_for) or (fb and a in fb.generic_for))

    def covers(self, head: str | None, other: str | None) -> bool:
        """A title of `head` may also be called by `other` ("the director general" is also called
        "the director": offices.yaml `covers`)."""
        kind = self.head_kinds.get(head or "")
        return bool(kind and other in kind.covers)

    def one_head(self, a: str | None, b: str | None) -> bool:
        """Two title heads that may name one post: the same, or one that covers the other."""
        return a == b or self.covers(a, b) or self.covers(b, a)

    def is_exclusive(self, family: str) -> bool:
        fam = self.families.get(family)
        return bool(fam and fam.exclusive)


def _terms_overlap(a: S.Term, b: S.Term) -> bool:
    lo = max(a.from_ or date.min, b.from_ or date.min)
    hi = min(a.to or date.max, b.to or date.max)
    return lo < hi


def _with_world(places: list[S.Place], world: list[S.Place]) -> list[S.Place]:
    """The hand-kept places, with the generated gazetteer's: an entry under a hand-kept id adds
    its spellings to that place, which keeps its own standing (not `gazetteer`: its names end a
    person's name)."""
    by_id = {p.id: p for p in places}
    for place in world:
        kept = by_id.get(place.id)
        by_id[place.id] = kept.model_copy(update={"names": [*kept.names, *place.names]}) if kept else place
    return list(by_id.values())


def _shared_names(places: list[S.Place], normalizer: Normalizer) -> dict[str, list[str]]:
    """Names that several places share once folded, each with those places: "Amman" and "Oman" are
    both 'mn without their vowels, Kenitra and Quneitra one name."""
    by_name: dict[str, list[str]] = {}
    for place in places:
        for name in place.names:
            ids = by_name.setdefault(normalizer.fold(name), [])
            if place.id not in ids:
                ids.append(place.id)
    return {name: ids for name, ids in by_name.items() if len(ids) > 1}


def _namesakes(shared: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """For each place, the other places that share one of its names."""
    out: dict[str, list[str]] = {}
    for ids in shared.values():
        for a in ids:
            out.setdefault(a, [])
            out[a] += [b for b in ids if b != a and b not in out[a]]
    return {a: tuple(others) for a, others in sorted(out.items())}


def load_kb(kb_dir: Path, normalizer: Normalizer, skeleton: Callable[[str], str | None] | None = None) -> KnowledgeBase:
    people = {}
    for path in sorted((kb_dir / "people").glob("*.yaml")):
        person = S.load_model(path, S.Person)
        if person.id != path.stem:
            raise S.RulesError(f"{path}: id '{person.id}' must equal the file name '{path.stem}'")
        people[person.id] = person
    places = S.load_model(kb_dir / "places.yaml", list[S.Place])
    world = kb_dir / "places_world.yaml"       # the world's cities (scripts/build_gazetteer.py)
    if world.exists():
        places = _with_world(places, S.load_model(world, list[S.Place]))
    orgs = S.load_model(kb_dir / "orgs.yaml", list[S.Org])
    offices = S.load_model(kb_dir / "offices.yaml", S.OfficesSpec)
    table = lambda entries: PhraseTable(normalizer, entries)  # noqa: E731
    shared = _shared_names(places, normalizer)
    return KnowledgeBase(
        people=people,
        places={p.id: p for p in places},
        families={f.id: f for f in offices.families},
        person_names=table([*((n, PersonName(p.id, True)) for p in people.values() for n in p.names),
                            *((n, PersonName(p.id, False)) for p in people.values() for n in p.short_forms)]),
        place_names=table((n, p) for p in places for n in p.names),
        namesakes=_namesakes(shared),
        jurisdictions=table([*((a, p.id) for p in places if p.type == "country" for a in p.adjectives),
                             *((n, p.id) for p in places if p.type == "country" for n in p.names
                               if normalizer.fold(n) not in shared),    # ("'mn": Amman or Oman?)
                             *((n, o.id) for o in orgs for n in o.names)]),
        family_phrases=table((ph, f) for f in offices.families for ph in f.phrases),
        heads=table((w, h) for h in offices.heads for w in h.words),
        head_kinds={h.id: h for h in offices.heads},
        counterparts=PhraseTable(normalizer, ((w, True) for w in offices.counterparts), pronouns=True),
        lesser=table((w, True) for w in offices.lesser),
        title_links=table((w, True) for w in offices.title_links),
        head_links=table((w, True) for w in offices.head_links),
        linked_heads=table((w, h) for h in offices.heads for w in offices.linked_heads.get(h.id, ())),
        former_links=table((w, True) for w in offices.former_links),
        former_markers=table((m, True) for m in offices.former_markers),
        relational_nouns=table((m, True) for m in offices.relational_nouns),
        org_nouns=table((m, True) for m in offices.org_nouns),
        title_words=frozenset(w for phrase in [*(p for f in offices.families for p in f.phrases),
                                               *(w for h in offices.heads for w in h.words)]
                              for w in _first_forms(phrase, normalizer)),
        skeletons=_skeletons(people, skeleton, normalizer),
        first_names=_name_ends(people, normalizer, 0),
        family_names=_name_ends(people, normalizer, -1),
        skeleton=skeleton,
        fold=normalizer.fold,
    )


def _name_ends(people: dict[str, S.Person], normalizer: Normalizer, end: int) -> dict[str, frozenset[str]]:
    """The first (end=0) or last (end=-1) word of every full name of two words or more → its people."""
    found: dict[str, set[str]] = {}
    for person in people.values():
        for name in person.names:
            words = normalizer.fold(name).split()
            if len(words) >= 2:
                found.setdefault(words[end], set()).add(person.id)
    return {word: frozenset(ids) for word, ids in found.items()}


def _first_forms(phrase: str, normalizer: Normalizer) -> set[str]:
    first = normalizer.fold(phrase.split()[0])
    return {first, normalizer.bare(first)}


def _spelt_alike(name: str, alias: str) -> bool:
    """One word spelt another way at most ("Nuno GOMES"), or, where words are split otherwise
    ("Abdullah" and "Abd Allah"), letters nearly all alike."""
    a, b = name.split(), alias.split()
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    return SequenceMatcher(None, name.replace(" ", ""), alias.replace(" ", "")).ratio() >= SPELLING_CLOSENESS


def _skeletons(people: dict[str, S.Person], skeleton, normalizer: Normalizer) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every alias's skeleton -> its person and the aliases of that skeleton (folded); a skeleton two
    people share points to neither."""
    if skeleton is None:
        return {}
    seen: dict[str, set[str]] = {}
    spellings: dict[str, set[str]] = {}
    for person in people.values():
        for name in [*person.names, *person.short_forms]:
            if key := skeleton(name):
                seen.setdefault(key, set()).add(person.id)
                spellings.setdefault(key, set()).add(normalizer.fold(name))
    return {k: (ids.pop(), tuple(sorted(spellings[k]))) for k, ids in seen.items() if len(ids) == 1}
