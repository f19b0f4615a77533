"""Strict models for everything under rules/: a misspelt key stops loading with its location."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when first validated


class RulesError(Exception):
    """A rules/ file is missing or invalid. The message names the file and the key."""


class Clitics(Strict):
    conjunctions: list[str]
    prepositions: list[str]
    articles: list[str]
    pronoun_suffixes: list[str] = Field(default_factory=list)
    case_endings: list[str] = Field(default_factory=list)
    noun_endings: list[str] = Field(default_factory=list)
    feminine_endings: list[str] = Field(default_factory=list)
    stem_endings: dict[str, str] = Field(default_factory=dict)
    past_verb_endings: list[str] = Field(default_factory=list)


class NormalizeSpec(Strict):
    fold: dict[str, str]
    quotes: list[str]
    digit_sets: list[str]
    clitics: Clitics


class NumberWord(Strict):
    value: int
    rank: Literal["unit", "teen", "ten", "hundred", "scale"]
    forms: list[str]


class Fraction(Strict):
    value: float
    forms: list[str]


class NumbersSpec(Strict):
    connector: str
    partitives: list[str]
    words: list[NumberWord]
    fractions: list[Fraction] = Field(default_factory=list)
    count_nouns: list[str] = Field(default_factory=list)
    range_openers: list[str] = Field(default_factory=list)
    one_of: list[str] = Field(default_factory=list)
    vague_plurals: list[str] = Field(default_factory=list)


class QualifierInterval(Strict):
    low: Literal["exclusive", "inclusive"] | None = None
    high: Literal["exclusive", "inclusive"] | None = None
    relative: float | None = None


class Qualifier(Strict):
    id: str
    interval: QualifierInterval
    phrases: list[str]
    position: Literal["before", "after"] = "before"
    negated: str | None = None      # the qualifier it becomes after "not" ("does NOT exceed": at most)


class Unit(Strict):
    id: str
    kind: Literal["count", "duration", "money", "percent"]
    forms: list[str]
    duals: list[str] = Field(default_factory=list)    # dual forms that mean "two" on their own
    scale: float = 1.0
    base: str | None = None         # the unit this one converts to with scale (a subunit of a currency)
    about: float | None = None      # the tolerance of "about" for this unit, when not the qualifier's own
    dimensions: list[str] = Field(default_factory=list)    # nouns the unit already says ("weight" of kg)
    matter: bool = False            # names what it weighs after "of" ("tonnes OF ORE")


class Frame(Strict):
    id: str
    label: str
    labels: dict[str, str] = Field(default_factory=dict)     # the label in other languages: {ar: ...}
    units: list[str]
    cues: list[str] = Field(default_factory=list)
    cue_window: int | None = 4
    measure: str | None = None

    def takes(self, unit: "Unit") -> bool:
        """`units` names units (usd) or a kind of unit (money: any currency)."""
        return unit.id in self.units or unit.kind in self.units


class MeasuresSpec(Strict):
    introducers: list[str]
    changes: list[str]
    levels: list[str]
    level_verbs: list[str] = Field(default_factory=list)
    modal_verbs: list[str] = Field(default_factory=list)
    from_words: list[str] = Field(default_factory=list)
    references_before: list[str] = Field(default_factory=list)
    references_after: list[str] = Field(default_factory=list)
    periods: dict[str, list[str]] = Field(default_factory=dict)
    time_words: list[str] = Field(default_factory=list)
    deadlines: list[str] = Field(default_factory=list)
    spans: list[str] = Field(default_factory=list)
    of_words: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    wholes: list[str] = Field(default_factory=list)
    purpose_prefixes: list[str] = Field(default_factory=list)
    rate_markers: list[str] = Field(default_factory=list)
    each_words: list[str] = Field(default_factory=list)
    age_words: list[str] = Field(default_factory=list)
    offset_words: dict[str, list[str]] = Field(default_factory=dict)
    past_years: list[str] = Field(default_factory=list)
    preliminary: list[str] = Field(default_factory=list)
    plan_markers: list[str] = Field(default_factory=list)
    future_prefixes: list[str] = Field(default_factory=list)
    count_modifiers: dict[str, list[str]] = Field(default_factory=dict)
    rate_groups: dict[str, list[str]] = Field(default_factory=dict)


class EventClass(Strict):
    """One kind of event. Kinds of one class are different events of a story unless one is generic;
    class 'any' (a ceremony) is whichever event the story is about."""
    id: str
    label: str
    labels: dict[str, str] = Field(default_factory=dict)     # the label in other languages: {ar: ...}
    class_: str = Field(alias="class")
    nouns: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)      # lemmas
    objects: list[str] = Field(default_factory=list)    # a verb names the event only with one of these after it
    generic: bool = False
    compare: bool = True        # False: its dates and places are never compared (a statement's day)
    lasts: bool = True          # False: it has a day, not a length; a duration given with it is of what it decided or announced
    place_prepositions: list[str] = Field(default_factory=list)    # "launched FROM the centre": its place
    located: bool = True        # False: it holds over an area, and has no place of its own (a truce)
    news: bool = False          # True: the news of another event (a statement, a press conference), whose day
    #                             and place are not those of what the news tells
    coming: bool = False        # True: it names a coming occurrence ("ADJOURNED the case TO 28 April": the next session)


class PhaseSpec(Strict):
    verbs: list[str] = Field(default_factory=list)      # lemmas
    nouns: list[str] = Field(default_factory=list)


class EventsSpec(Strict):
    events: list[EventClass]
    phases: dict[str, PhaseSpec] = Field(default_factory=dict)
    light_verbs: list[str] = Field(default_factory=list)
    happening_verbs: list[str] = Field(default_factory=list)
    phrase_links: list[str] = Field(default_factory=list)
    start_markers: list[str] = Field(default_factory=list)
    reference_points: list[str] = Field(default_factory=list)
    facets: dict[str, list[str]] = Field(default_factory=dict)
    follow_up_cues: list[str]
    previous_cues: list[str]
    pluperfect: dict[str, list[str] | str] = Field(default_factory=dict)
    scheduled_cues: list[str] = Field(default_factory=list)
    next_cues: list[str] = Field(default_factory=list)
    this_cues: list[str] = Field(default_factory=list)
    background_cues: list[str] = Field(default_factory=list)
    location_prepositions: list[str]
    glued_location_prepositions: list[str] = Field(default_factory=list)
    destination_prepositions: list[str] = Field(default_factory=list)
    superlatives: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(default_factory=list)
    verb_endings: list[str] = Field(default_factory=list)
    lasting_verbs: list[str] = Field(default_factory=list)
    ongoing_verbs: list[str] = Field(default_factory=list)
    ongoing_after: list[str] = Field(default_factory=list)
    relative_pronouns: list[str] = Field(default_factory=list)
    place_nouns: list[str] = Field(default_factory=list)
    venue_nouns: list[str] = Field(default_factory=list)
    building_kinds: list[list[str]] = Field(default_factory=list)
    venue_name_ends: list[str] = Field(default_factory=list)
    host_verbs: list[str] = Field(default_factory=list)
    topic_markers: list[str] = Field(default_factory=list)


class RelativeSpec(Strict):
    previous: list[str]
    next: list[str]


class CalendarSpec(Strict):
    weekdays: dict[int, list[str]]
    months: dict[int, list[str]]
    day_markers: list[str]
    relative: RelativeSpec
    weekday_name_heads: list[str] = Field(default_factory=list)
    relative_days: dict[int, list[str]] = Field(default_factory=dict)
    standalone_relative_days: list[str] = Field(default_factory=list)
    ordinal_days: dict[int, list[str]] = Field(default_factory=dict)
    ordinal_links: list[str] = Field(default_factory=list)
    day_parts: dict[Literal["night", "evening", "dawn", "daytime"], list[str]] = Field(default_factory=dict)
    day_links: list[str] = Field(default_factory=list)
    clock_words: list[str] = Field(default_factory=list)
    clock_hours: list[str] = Field(default_factory=list)


class SynonymsSpec(Strict):
    groups: list[list[str]]
    measure_groups: list[list[str]] = Field(default_factory=list)


class NamesSpec(Strict):
    particles: list[str]
    letter_classes: list[str] = Field(default_factory=list)
    vowels: str = ""
    min_skeleton: int = 5
    possessive_endings: list[str] = Field(default_factory=list)
    family_prefixes: list[str] = Field(default_factory=list)
    nisba_ending: str = ""
    adverb_ending: str = ""
    construct_ending: str = ""
    word_names: list[str] = Field(default_factory=list)


class GivenNamesSpec(Strict):
    given_names: list[str]


class SpeechSpec(Strict):
    verbs: list[str]
    publication_verbs: list[str] = Field(default_factory=list)
    rulings: list[str] = Field(default_factory=list)
    back_references: list[str] = Field(default_factory=list)
    honorifics: list[str]
    complementizers: list[str]
    attribution_cues: list[str] = Field(default_factory=list)
    anonymous_sources: list[str] = Field(default_factory=list)
    pointing: list[str] = Field(default_factory=list)


class Place(Strict):
    id: str
    type: Literal["country", "city", "region", "venue"]
    names: list[str]
    adjectives: list[str] = Field(default_factory=list)
    within: str | None = None
    iso: str | None = None      # a country's ISO 3166 code (the gazetteer's cities name their country by it)
    gazetteer: bool = False     # from scripts/build_gazetteer.py: a place, never the end of a person's name


class Org(Strict):
    id: str
    names: list[str]


class OfficeFamily(Strict):
    id: str
    exclusive: bool
    phrases: list[str]
    needs_jurisdiction: bool = False
    generic_for: list[str] = Field(default_factory=list)


class OfficeHead(Strict):
    id: str
    words: list[str]
    exclusive: bool = False
    relational: bool = False      # held towards what follows: "the adviser OF the prime minister"
    kin: bool = False             # a relative, not an office
    deputy: bool = False          # the second of a body: its title and the body's head clash
    apart: bool = False           # a post of its own: neither the body's head nor its deputy
    covers: list[str] = Field(default_factory=list)     # heads it may be called by when no portfolio is
    #                                                     named ("the director general" is "the director")


class OfficesSpec(Strict):
    families: list[OfficeFamily]
    heads: list[OfficeHead] = Field(default_factory=list)
    counterparts: list[str] = Field(default_factory=list)
    lesser: list[str] = Field(default_factory=list)
    title_links: list[str] = Field(default_factory=list)
    head_links: list[str] = Field(default_factory=list)
    linked_heads: dict[str, list[str]] = Field(default_factory=dict)
    former_links: list[str] = Field(default_factory=list)
    former_markers: list[str]
    relational_nouns: list[str]
    org_nouns: list[str] = Field(default_factory=list)


class Term(Strict):
    office: str
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None
    note: str | None = None

    def covers(self, day: date) -> bool:
        return (self.from_ is None or self.from_ <= day) and (self.to is None or day < self.to)


class Person(Strict):
    id: str
    names: list[str]
    short_forms: list[str] = Field(default_factory=list)
    held: list[Term] = Field(default_factory=list)
    styles: list[str] = Field(default_factory=list)     # families borne as a rank, not an office ("Prince")
    sources: list[str] = Field(default_factory=list)


class Explanation(Strict):
    what: str
    why: str
    example: str
    not_flagged: str


class Translation(Strict):
    """A rule in another language: its title, message template and (optionally) explanation."""
    title: str
    message: str
    explanation: Explanation | None = None


class Check(Strict):
    code: str
    name: str
    kind: Literal["count", "date", "duration", "money", "percent", "role", "speaker", "quote", "location"]
    compare: str
    severity: Literal["error", "warning", "info"]
    message: str
    explanation: Explanation
    status: Literal["preview", "stable", "deprecated"] = "stable"
    replaced_by: str | None = None
    topics: list[str] = Field(default_factory=list)   # topic-key globs; empty: every topic of its kind
    scope: Literal["topic", "claim"] = "topic"        # claim: judged on every claim of the corpus, once
    translations: dict[str, Translation] = Field(default_factory=dict)   # language code → the rule in it

    def message_in(self, lang: str) -> str:
        return self.translations[lang].message if lang in self.translations else self.message

    def title_in(self, lang: str) -> str:
        return self.translations[lang].title if lang in self.translations else self.name

    def explanation_in(self, lang: str) -> Explanation:
        translated = self.translations.get(lang)
        return translated.explanation if translated and translated.explanation else self.explanation


M = TypeVar("M")


# libyaml's loader when PyYAML was built with it: the same safe subset, about ten times faster.
_FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_FAST_SAFE_LOADER)
    except FileNotFoundError:
        raise RulesError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML: {exc}") from None


def load_model(path: Path, model: type[M] | Any) -> M:
    """Validate one YAML file against a model (or a list[...] of models)."""
    data = read_yaml(path)
    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        first = errors[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        hint = _expected_keys(model, first) if first["type"] == "extra_forbidden" else ""
        raise RulesError(f"{path}: {where}: {first['msg']}{hint}") from None


def _expected_keys(model: Any, error: dict) -> str:
    target = getattr(model, "__args__", (model,))[0]
    fields = getattr(target, "model_fields", {})
    names = [f.alias or n for n, f in fields.items()]
    return f" (expected {', '.join(names)})" if names else ""
