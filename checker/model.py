"""Every dataclass that crosses a stage boundary. Offsets always point into the original text."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    date: date
    path: str | None = None
    headline: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    dated: bool = False       # the date came from the article's metadata, not from --as-of
    digest: str = ""          # sha256 of the text ("" until a loader computes it)
    lazy: bool = False        # the text is not read: the file is unchanged since it was indexed (ci)


@dataclass(frozen=True)
class Skipped:
    path: str
    stage: str
    reason: str


@dataclass(frozen=True)
class NormText:
    """Text folded for matching, with to_orig[i] = offset in the original of normalized char i."""
    article_id: str
    text: str
    to_orig: tuple[int, ...]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.to_orig[start], self.to_orig[start]
        # Extend over dropped marks (tanween, shadda) that follow the last kept character.
        return self.to_orig[start], max(self.to_orig[end - 1] + 1, self.to_orig[end])


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    start: int
    end: int
    ner: str = "O"          # BIOES entity tag when the model set has NER (the official one does)


@dataclass(frozen=True)
class ParsedSentence:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class IndexEntry:
    """What checker.focus needs of one article, kept beside its claims in the cache."""
    terms: dict[str, float]         # the article's weighted terms, as stories count them
    office_people: tuple[str, ...]  # the people it gives an office to, by the skeleton of their name


@dataclass(frozen=True)
class ParsedArticle:
    article_id: str
    sentences: tuple[ParsedSentence, ...]


@dataclass(frozen=True)
class Interval:
    """A numeric range; open bounds are exclusive. None means unbounded on that side."""
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def exact(cls, value: float) -> "Interval":
        return cls(value, value)

    def overlaps(self, other: "Interval") -> bool:
        return not (_below(self, other) or _below(other, self))

    def describe(self) -> str:
        if self.low == self.high and self.low is not None:
            return _fmt(self.low)
        if self.high is None:
            return f"{'>' if self.low_open else '≥'}{_fmt(self.low)}"
        if self.low is None:
            return f"{'<' if self.high_open else '≤'}{_fmt(self.high)}"
        return f"{_fmt(self.low)}–{_fmt(self.high)}"


RELATIVE_EPSILON = 1e-6     # 72 hours are 3 days, whatever the rounding of the unit scales (units.yaml: 9 digits)


def _below(a: Interval, b: Interval) -> bool:
    """True when every value of a lies strictly below every value of b."""
    if a.high is None or b.low is None:
        return False
    if math.isclose(a.high, b.low, rel_tol=RELATIVE_EPSILON):
        return a.high_open or b.low_open
    return a.high < b.low


def _fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if math.isclose(v, round(v)) else f"{v:.4g}"


@dataclass(frozen=True)
class PersonMention:
    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    name: str                 # normalized name words joined by a space
    kb_id: str | None = None  # knowledge-base id when the surface matched an alias
    titled: bool = False      # preceded by a title (counts as an introduction)
    entity_id: str | None = None

    @property
    def full(self) -> bool:
        return self.titled or len(self.name.split()) >= 2


@dataclass(frozen=True)
class Claim:
    id: str
    kind: str                  # count|date|duration|money|percent|role|speaker|location|numeral
    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    sentence: str
    value: dict[str, Any]
    subject: str | None = None           # what the claim is about (frame, person name, ...)
    attrs: dict[str, Any] = field(default_factory=dict)
    entity_ids: tuple[str, ...] = ()
    sentence_start: int = 0              # offset of the sentence in the article: claim words sit at start - this


@dataclass(frozen=True)
class Topic:
    key: str
    kind: str
    label: str
    claims: tuple[Claim, ...]
    story: str | None = None      # None: a topic compared across stories (a person's offices)

    @property
    def local_key(self) -> str:
        """The key without its story: what rule files match with `topics:`."""
        return self.key.split("|", 1)[1] if self.story else self.key


@dataclass(frozen=True)
class Discrepancy:
    id: str
    rule: str
    kind: str
    severity: str
    topic: str
    message: str
    claims: tuple[Claim, ...]                 # one claim per value: the lead pair first, then the others
    also: tuple[Claim, ...] = ()              # further claims repeating one of those values
    story: str | None = None                  # the story whose claims it compares (None: across stories)
    localized: tuple[tuple[str, str], ...] = ()   # (language, message) for each language the rule has

    def message_in(self, lang: str) -> str:
        return dict(self.localized).get(lang, self.message)


ONE_DAY = "one-day"       # the period of a figure a named day dates ("three moved to hospital YESTERDAY")
COUNTRY_KEY = "in:"       # a country an article's events take place in, kept beside its terms (see stories)
LEAD_COUNTRY_KEY = "lead-in:"     # a country its lead names, by any place, name or adjective


@dataclass(frozen=True)
class Term:
    """A content word of an article, as stories compare them: the folded lemma, how often it
    occurs, and the word as first written (for labels)."""
    key: str
    count: int
    surface: str
    name: bool = False      # a proper noun


@dataclass(frozen=True)
class Extracted:
    """What one article gives the stages after extraction (cached per article)."""
    claims: list[Claim]
    mentions: list[PersonMention]
    terms: tuple[Term, ...] = ()


@dataclass(frozen=True)
class Story:
    """Articles that report the same story: only their claims are compared with each other."""
    id: str
    label: tuple[str, ...]            # the words that weigh most in its articles
    articles: tuple[str, ...]
    first: date | None = None         # the earliest and latest article dates
    last: date | None = None
    named: bool = False               # given by the articles' front matter (story: ...)


@dataclass
class RunResult:
    articles: list[Article]
    skipped: list[Skipped]
    claims: list[Claim]
    discrepancies: list[Discrepancy]
    stats: dict[str, Any] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)     # what was compared: the story sheets' rows
