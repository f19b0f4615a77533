"""Word lists from rules/lexicon, compiled into clitic-aware phrase tables."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Generic, Iterable, TypeVar

from . import schemas as S
from .normalize import Normalizer, split_words

V = TypeVar("V")
MIN_SURNAME_SKELETON = 3
SHORT_MONTH = 2     # letters a month's folded name may have and still be read only as written


class PhraseTable(Generic[V]):
    """Longest-match lookup of (possibly multi-word) phrases over normalized words.

    A text word matches a phrase word when, after stripping proclitics (wa-, fa-, bi-, li-, ka-, al-),
    it equals the phrase word or the phrase word without its article. Only a written article (plain
    alef + lam) is optional: alfay (two thousand, hamza-alef + lam) folds like al-fi but is not "fi" with
    an article.
    """

    def __init__(self, normalizer: Normalizer, entries: Iterable[tuple[str, V]], allow_bare: bool = True,
                 pronouns: bool = False, clitics: bool = True):
        self.normalizer = normalizer
        self.allow_bare = allow_bare    # False: a phrase's article must be in the text too
        self.pronouns = pronouns        # True: a text word may carry a possessive suffix
        self.clitics = clitics          # False: a text word matches only as written (no proclitic off it)
        self.index: dict[str, list[tuple[tuple[frozenset[str], ...], V]]] = defaultdict(list)
        for phrase, value in entries:
            words = tuple(forms for raw in phrase.split() for forms in self._forms(raw))
            if words:
                for key in words[0]:
                    self.index[key].append((words, value))

    def _forms(self, raw: str) -> list[frozenset[str]]:
        """For each word of one written token, the folded forms it accepts: itself, and (the first
        word only) itself without a written article."""
        words = [w.norm for w in split_words(self.normalizer.fold(raw))]
        optional_article = self.allow_bare and self.normalizer.has_article(raw)
        return [frozenset({w, self.normalizer.bare(w) if optional_article and k == 0 else w})
                for k, w in enumerate(words)]

    def match_at(self, words: list[str], i: int) -> tuple[V, int] | None:
        best: tuple[V, int] | None = None
        for form in self._text_forms(words[i]):
            for entry, value in self.index.get(form, ()):
                n = len(entry)
                if (best is None or n > best[1]) and i + n <= len(words) and all(
                        self._text_forms(words[i + k]) & entry[k] for k in range(n)):
                    best = (value, n)
        return best

    def ending_at(self, words: list[str], end: int, reach: int) -> tuple[V, int] | None:
        """(value, first word) of a phrase that ends right before word `end` and starts at most
        `reach` words before it, the longest first: "MORE THAN 700", "out of 138"."""
        for start in range(max(0, end - reach), end):
            hit = self.match_at(words, start)
            if hit and start + hit[1] == end:
                return hit[0], start
        return None

    def _text_forms(self, word: str) -> frozenset[str]:
        if not self.clitics:
            return frozenset({word})
        if not self.pronouns:
            return self.normalizer.variants(word)
        return frozenset().union(*(self.normalizer.variants(s) for s in self.normalizer.without_pronoun(word)))

    def find_all(self, words: list[str]) -> list[tuple[int, int, V]]:
        """Non-overlapping matches, left to right: (first word, word count, value)."""
        out, i = [], 0
        while i < len(words):
            hit = self.match_at(words, i)
            if hit:
                out.append((i, hit[1], hit[0]))
                i += hit[1]
            else:
                i += 1
        return out

    def contains_any(self, words: list[str]) -> bool:
        return any(self.match_at(words, i) for i in range(len(words)))


class LemmaTable(Generic[V]):
    """Single-word entries matched on the parser's lemma, folded: a verb is found in every person,
    tense and clitic form ("signed", "they will sign")."""

    def __init__(self, normalizer: Normalizer, entries: Iterable[tuple[str, V]]):
        self.index = {normalizer.fold(lemma): value for lemma, value in entries}

    def get(self, lemma: str) -> V | None:
        return self.index.get(lemma)


@dataclass(frozen=True)
class MeasureWords:
    """rules/lexicon/measures.yaml as tables."""
    introducers: PhraseTable[bool]
    changes: PhraseTable[bool]
    change_lemmas: LemmaTable[bool]
    levels: PhraseTable[bool]
    level_verbs: LemmaTable[bool]
    modal_verbs: LemmaTable[bool]
    from_words: frozenset[str]
    references_before: PhraseTable[bool]
    references_after: PhraseTable[bool]
    periods: PhraseTable[str]
    time_words: PhraseTable[bool]
    deadlines: PhraseTable[bool]
    spans: PhraseTable[bool]
    of_words: PhraseTable[bool]
    sources: PhraseTable[bool]
    negations: PhraseTable[bool]
    wholes: PhraseTable[bool]
    purpose_prefixes: tuple[str, ...]
    rate_markers: PhraseTable[bool]
    rate_marker_words: tuple[str, ...]
    each_words: PhraseTable[bool]
    age_words: PhraseTable[bool]
    offset_words: PhraseTable[str]
    past_years: PhraseTable[bool]
    preliminary: PhraseTable[bool]
    plan_markers: PhraseTable[bool]
    future_prefixes: tuple[str, ...]
    count_modifiers: PhraseTable[str]
    rate_groups: dict[str, str]          # a folded word a rate may be per -> its group


@dataclass(frozen=True)
class Lexicon:
    normalizer: Normalizer
    number_words: PhraseTable[S.NumberWord]
    fractions: PhraseTable[float]
    connector: str
    number_forms: frozenset[str]
    one_of_forms: frozenset[str]
    vague_plurals: frozenset[str]
    partitives: PhraseTable[bool]
    range_openers: PhraseTable[bool]
    count_nouns: PhraseTable[bool]
    qualifiers_before: PhraseTable[S.Qualifier]
    qualifiers_after: PhraseTable[S.Qualifier]
    qualifiers_by_id: dict[str, S.Qualifier]
    units: PhraseTable[S.Unit]
    unit_duals: PhraseTable[S.Unit]
    unit_dimensions: PhraseTable[bool]
    frames: tuple[S.Frame, ...]
    frame_cues: tuple[PhraseTable[bool], ...]      # parallel to frames
    events: PhraseTable[S.EventClass]
    labels: dict[str, dict[str, str]]       # "event:<id>" / "frame:<id>" -> {language: label}
    event_verbs: LemmaTable[S.EventClass]
    phase_verbs: LemmaTable[str]
    phase_nouns: PhraseTable[str]
    light_verbs: LemmaTable[bool]
    happening_verbs: LemmaTable[bool]
    phrase_links: frozenset[str]
    reference_points: PhraseTable[bool]
    start_markers: PhraseTable[bool]
    facets: PhraseTable[str]
    follow_up_cues: PhraseTable[bool]
    previous_cues: PhraseTable[bool]
    pluperfect_openers: PhraseTable[bool]
    scheduled_cues: PhraseTable[bool]
    pluperfect_particle: str
    next_cues: PhraseTable[bool]
    this_cues: PhraseTable[bool]
    background_cues: PhraseTable[bool]
    location_prepositions: PhraseTable[bool]
    destination_prepositions: PhraseTable[bool]
    superlatives: PhraseTable[bool]
    copulas: PhraseTable[bool]
    event_place_prepositions: dict[str, PhraseTable[bool]]
    place_nouns: PhraseTable[bool]
    venue_nouns: PhraseTable[bool]
    venue_name_ends: PhraseTable[bool]
    glued_location_prepositions: tuple[str, ...]
    verb_endings: tuple[str, ...]
    lasting_verbs: LemmaTable[bool]
    ongoing_verbs: LemmaTable[bool]
    ongoing_after: PhraseTable[bool]
    relative_pronouns: PhraseTable[bool]
    event_objects: dict[str, PhraseTable[bool]]
    unlocated_events: frozenset[str]       # kinds of event that have no place of their own
    news_classes: frozenset[str]           # classes of event that are the news of another
    host_verbs: PhraseTable[bool]
    topic_markers: PhraseTable[bool]
    weekdays: PhraseTable[int]
    weekday_name_heads: PhraseTable[bool]
    months: PhraseTable[int]
    short_months: tuple[str, ...]       # month names folding leaves SHORT_MONTH letters long, as written
    day_markers: PhraseTable[bool]
    day_parts: PhraseTable[str]
    clock_words: PhraseTable[bool]
    clock_hours: PhraseTable[bool]
    day_links: PhraseTable[bool]
    relative: PhraseTable[str]
    relative_days: PhraseTable[int]
    standalone_relative_days: PhraseTable[bool]
    ordinal_days: PhraseTable[int]
    ordinal_links: PhraseTable[bool]
    speech_verbs: PhraseTable[bool]
    publication_verbs: LemmaTable[bool]
    rulings: PhraseTable[bool]
    back_references: PhraseTable[bool]
    honorifics: PhraseTable[bool]
    complementizers: PhraseTable[bool]
    attribution_cues: PhraseTable[bool]
    anonymous_sources: PhraseTable[bool]
    pointing: PhraseTable[bool]
    measures: MeasureWords
    noun_synonyms: dict[str, str]       # a counted noun's key -> its synonym group's key
    measure_groups: dict[str, str]      # a folded word of a measure -> "group:" and its group's first word
    name_particles: PhraseTable[bool]
    given_names: PhraseTable[bool]
    given_name_forms: frozenset[str]
    given_names_written: frozenset[str]
    name_letters: dict[str, str]        # letter -> the first letter of its class (transliteration variants)
    name_vowels: str
    min_skeleton: int
    possessive_endings: tuple[str, ...]
    family_prefixes: tuple[str, ...]
    nisba_ending: str
    word_names: frozenset[str]
    adverb_ending: str
    construct_ending: str
    building_kinds: tuple[tuple[str, ...], ...] = ()    # venue nouns of one kind of building, folded

    @cached_property
    def _building_kind_of(self) -> dict[str, str]:
        return {self.name_skeleton(w, parts_needed=1) or w: group[0] for group in self.building_kinds for w in group}

    def building_kind(self, venue_word: str) -> str | None:
        """The kind of building a venue's first word (as keyed: its name skeleton) names, if any:
        a palace and a centre are two buildings, a mosque and a jami' one."""
        return self._building_kind_of.get(venue_word)

    def name_skeleton(self, words: str, parts_needed: int = 2) -> str | None:
        """A name's letters as transliterations vary them least (see rules/lexicon/names.yaml),
        or None for a name too short to be told apart this way (parts_needed=1: a family name alone)."""
        parts = self.normalizer.fold(words).split()
        if len(parts) < parts_needed:
            return None
        joined = "".join(parts)
        letters = [self.name_letters.get(ch, ch) for i, ch in enumerate(joined) if i == 0 or ch not in self.name_vowels]
        skeleton = "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])
        return skeleton if len(skeleton) >= (self.min_skeleton if parts_needed > 1 else MIN_SURNAME_SKELETON) else None


def load_lexicon(lexicon_dir: Path) -> Lexicon:
    normalizer = Normalizer(S.load_model(lexicon_dir / "normalize.yaml", S.NormalizeSpec))
    table = lambda entries: PhraseTable(normalizer, entries)  # noqa: E731
    numbers = S.load_model(lexicon_dir / "numbers.yaml", S.NumbersSpec)
    qualifiers = S.load_model(lexicon_dir / "qualifiers.yaml", list[S.Qualifier])
    unknown = sorted({q.negated for q in qualifiers if q.negated} - {q.id for q in qualifiers})
    if unknown:
        raise S.RulesError(f"{lexicon_dir / 'qualifiers.yaml'}: negated names no qualifier: {', '.join(unknown)}")
    units = S.load_model(lexicon_dir / "units.yaml", list[S.Unit])
    frames = S.load_model(lexicon_dir / "frames.yaml", list[S.Frame])
    events = S.load_model(lexicon_dir / "events.yaml", S.EventsSpec)
    calendar = S.load_model(lexicon_dir / "calendar.yaml", S.CalendarSpec)
    speech = S.load_model(lexicon_dir / "speech.yaml", S.SpeechSpec)
    measures = S.load_model(lexicon_dir / "measures.yaml", S.MeasuresSpec)
    names = S.load_model(lexicon_dir / "names.yaml", S.NamesSpec)
    synonyms = S.load_model(lexicon_dir / "synonyms.yaml", S.SynonymsSpec)
    given = S.load_model(lexicon_dir / "given_names.yaml", S.GivenNamesSpec)
    _check_frame_units(lexicon_dir / "frames.yaml", frames, units)
    return Lexicon(
        normalizer=normalizer,
        number_words=table((f, w) for w in numbers.words for f in w.forms),
        fractions=table((f, x.value) for x in numbers.fractions for f in x.forms),
        connector=normalizer.fold(numbers.connector),
        number_forms=frozenset(normalizer.fold(f) for w in numbers.words for f in w.forms),
        one_of_forms=frozenset(normalizer.fold(f) for f in numbers.one_of),
        vague_plurals=frozenset(normalizer.fold(f) for f in numbers.vague_plurals),
        partitives=table((p, True) for p in numbers.partitives),
        range_openers=table((p, True) for p in numbers.range_openers),
        count_nouns=table((c, True) for c in numbers.count_nouns),
        qualifiers_before=table((p, q) for q in qualifiers if q.position == "before" for p in q.phrases),
        qualifiers_after=table((p, q) for q in qualifiers if q.position == "after" for p in q.phrases),
        qualifiers_by_id={q.id: q for q in qualifiers},
        units=table((f, u) for u in units for f in u.forms),
        unit_duals=table((f, u) for u in units for f in u.duals),
        unit_dimensions=table((d, True) for u in units for d in u.dimensions),
        frames=tuple(frames),
        frame_cues=tuple(PhraseTable(normalizer, ((c, True) for c in f.cues), pronouns=True) for f in frames),
        events=PhraseTable(normalizer, ((n, e) for e in events.events for n in e.nouns), pronouns=True),
        labels={**{f"event:{e.id}": {"en": e.label, **e.labels} for e in events.events},
                **{f"frame:{f.id}": {"en": f.label, **f.labels} for f in frames}},
        event_verbs=LemmaTable(normalizer, ((v, e) for e in events.events for v in e.verbs)),
        phase_verbs=LemmaTable(normalizer, ((v, p) for p, spec in events.phases.items() for v in spec.verbs)),
        phase_nouns=PhraseTable(normalizer, ((n, p) for p, spec in events.phases.items() for n in spec.nouns),
                                pronouns=True),
        light_verbs=LemmaTable(normalizer, ((v, True) for v in events.light_verbs)),
        happening_verbs=LemmaTable(normalizer, ((v, True) for v in events.happening_verbs)),
        phrase_links=frozenset(events.phrase_links),
        reference_points=table((w, True) for w in events.reference_points),
        start_markers=table((w, True) for w in events.start_markers),
        facets=PhraseTable(normalizer, ((w, f) for f, words in events.facets.items() for w in words), pronouns=True),
        follow_up_cues=table((c, True) for c in events.follow_up_cues),
        previous_cues=table((c, True) for c in events.previous_cues),
        pluperfect_openers=table((w, True) for w in events.pluperfect.get("openers", ())),
        scheduled_cues=table((w, True) for w in events.scheduled_cues),
        pluperfect_particle=str(events.pluperfect.get("particle", "")),
        next_cues=table((c, True) for c in events.next_cues),
        this_cues=table((c, True) for c in events.this_cues),
        background_cues=table((c, True) for c in events.background_cues),
        location_prepositions=table((p, True) for p in events.location_prepositions),
        destination_prepositions=table((p, True) for p in events.destination_prepositions),
        superlatives=table((p, True) for p in events.superlatives),
        copulas=table((p, True) for p in events.copulas),
        event_place_prepositions={e.id: table((p, True) for p in [*events.location_prepositions, *e.place_prepositions])
                                  for e in events.events if e.place_prepositions},
        place_nouns=table((p, True) for p in events.place_nouns),
        venue_nouns=table((p, True) for p in events.venue_nouns),
        venue_name_ends=table((p, True) for p in events.venue_name_ends),
        glued_location_prepositions=tuple(normalizer.fold(p) for p in events.glued_location_prepositions),
        verb_endings=tuple(normalizer.fold(e) for e in events.verb_endings),
        lasting_verbs=LemmaTable(normalizer, ((v, True) for v in events.lasting_verbs)),
        ongoing_verbs=LemmaTable(normalizer, ((v, True) for v in events.ongoing_verbs)),
        ongoing_after=table((w, True) for w in events.ongoing_after),
        relative_pronouns=table((w, True) for w in events.relative_pronouns),
        event_objects={e.id: PhraseTable(normalizer, ((o, True) for o in e.objects), pronouns=True)   # "signed HIS contract"
                       for e in events.events if e.objects},
        unlocated_events=frozenset(e.id for e in events.events if not e.located),
        news_classes=frozenset(e.class_ for e in events.events if e.news),
        host_verbs=PhraseTable(normalizer, ((v, True) for v in events.host_verbs), pronouns=True),   # "hosted IT"
        topic_markers=table((m, True) for m in events.topic_markers),
        weekdays=PhraseTable(normalizer, ((n, d) for d, names in calendar.weekdays.items() for n in names),
                             allow_bare=False),
        months=table((n, m) for m, names in calendar.months.items() for n in names),
        short_months=tuple(n for names in calendar.months.values() for n in names
                           if len(normalizer.fold(n)) <= SHORT_MONTH),
        weekday_name_heads=table((w, True) for w in calendar.weekday_name_heads),
        day_markers=table((m, True) for m in calendar.day_markers),
        day_parts=table((m, part) for part, words in calendar.day_parts.items() for m in words),
        clock_words=table((m, True) for m in calendar.clock_words),
        clock_hours=table((m, True) for m in calendar.clock_hours),
        day_links=table((m, True) for m in calendar.day_links),
        relative=table([*((w, "previous") for w in calendar.relative.previous),
                        *((w, "next") for w in calendar.relative.next)]),
        relative_days=PhraseTable(normalizer, ((w, d) for d, words in calendar.relative_days.items() for w in words),
                                  allow_bare=False),
        standalone_relative_days=PhraseTable(normalizer, ((w, True) for w in calendar.standalone_relative_days),
                                             allow_bare=False),
        ordinal_days=PhraseTable(normalizer, ((w, d) for d, words in calendar.ordinal_days.items() for w in words),
                                 allow_bare=False),
        ordinal_links=table((w, True) for w in calendar.ordinal_links),
        speech_verbs=table((v, True) for v in speech.verbs),
        publication_verbs=LemmaTable(normalizer, ((v, True) for v in speech.publication_verbs)),
        rulings=table((r, True) for r in speech.rulings),
        back_references=PhraseTable(normalizer, ((v, True) for v in speech.back_references), allow_bare=False),
        honorifics=PhraseTable(normalizer, ((h, True) for h in speech.honorifics), allow_bare=False),
        complementizers=table((c, True) for c in speech.complementizers),
        attribution_cues=table((c, True) for c in speech.attribution_cues),
        anonymous_sources=table((a, True) for a in speech.anonymous_sources),
        pointing=table((w, True) for w in speech.pointing),
        measures=MeasureWords(
            introducers=table((w, True) for w in measures.introducers),
            changes=table((w, True) for w in measures.changes),
            change_lemmas=LemmaTable(normalizer, ((w, True) for w in measures.changes)),
            levels=table((w, True) for w in measures.levels),
            level_verbs=LemmaTable(normalizer, ((w, True) for w in measures.level_verbs)),
            modal_verbs=LemmaTable(normalizer, ((w, True) for w in measures.modal_verbs)),
            from_words=frozenset(normalizer.fold(w) for w in measures.from_words if " " not in w),
            references_before=table((w, True) for w in measures.references_before),
            references_after=table((w, True) for w in measures.references_after),
            periods=PhraseTable(normalizer, ((w, p) for p, words in measures.periods.items() for w in words),
                                pronouns=True),
            time_words=PhraseTable(normalizer, ((w, True) for w in measures.time_words), pronouns=True),
            deadlines=table((w, True) for w in measures.deadlines),
            spans=table((w, True) for w in measures.spans),
            of_words=PhraseTable(normalizer, ((w, True) for w in measures.of_words), allow_bare=False),
            sources=table((w, True) for w in measures.sources),
            negations=table((w, True) for w in measures.negations),
            wholes=table((w, True) for w in measures.wholes),
            purpose_prefixes=tuple(normalizer.fold(p) for p in measures.purpose_prefixes),
            rate_markers=table((w, True) for w in measures.rate_markers),
            rate_marker_words=tuple(measures.rate_markers),
            each_words=table((w, True) for w in measures.each_words),
            age_words=table((w, True) for w in measures.age_words),
            offset_words=table((w, side) for side, words in measures.offset_words.items() for w in words),
            past_years=table((w, True) for w in measures.past_years),
            preliminary=table((w, True) for w in measures.preliminary),
            plan_markers=table((w, True) for w in measures.plan_markers),
            future_prefixes=tuple(normalizer.fold(p) for p in measures.future_prefixes),
            count_modifiers=table((w, m) for m, words in measures.count_modifiers.items() for w in words),
            rate_groups={normalizer.fold(w): g for g, words in measures.rate_groups.items() for w in words}),
        noun_synonyms={normalizer.noun_key(normalizer.fold(w)): normalizer.noun_key(normalizer.fold(g[0]))
                       for g in synonyms.groups for w in g},
        measure_groups={normalizer.fold(w): "group:" + normalizer.fold(g[0]) for g in synonyms.measure_groups for w in g},
        # "bin", "De": never with a preposition glued to them ("lada", at, is no "Di")
        name_particles=PhraseTable(normalizer, ((p, True) for p in names.particles), allow_bare=False, clitics=False),
        given_names=PhraseTable(normalizer, ((n, True) for n in given.given_names), allow_bare=False),
        given_name_forms=frozenset(normalizer.fold(n).split()[0] for n in given.given_names),
        given_names_written=frozenset(n.split()[0] for n in given.given_names),
        name_letters={normalizer.fold(ch): normalizer.fold(cls[0]) for cls in names.letter_classes for ch in cls},
        name_vowels=normalizer.fold(names.vowels),
        min_skeleton=names.min_skeleton,
        possessive_endings=tuple(names.possessive_endings),
        family_prefixes=tuple(normalizer.fold(p) for p in names.family_prefixes),
        nisba_ending=normalizer.fold(names.nisba_ending),
        word_names=frozenset(normalizer.fold(w) for w in names.word_names),
        adverb_ending=normalizer.fold(names.adverb_ending),
        construct_ending=normalizer.fold(names.construct_ending),
        building_kinds=tuple(tuple(normalizer.fold(w) for w in group) for group in events.building_kinds),
    )


def _check_frame_units(path: Path, frames: list[S.Frame], units: list[S.Unit]) -> None:
    known = {u.id for u in units} | {u.kind for u in units}
    for frame in frames:
        unknown = sorted(set(frame.units) - known)
        if unknown:
            raise S.RulesError(f"{path}: frame {frame.id}: unknown unit(s) {', '.join(unknown)} "
                               f"(defined in units.yaml: {', '.join(sorted(known))})")
