"""People: titles given to a name (roles), who is quoted (speakers), and every name mention."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import PersonMention
from ..normalize import COMMAS
from .base import SentenceView
from .registry import extractor

MAX_NAME_WORDS = 3
MAX_UNKNOWN_TITLE_WORDS = 4
MAX_SPEAKER_PHRASE = 6      # words between a speech verb and its quote
FUNCTION_TAGS = {"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "PUNCT", "AUX"}
NAME_TAGS = {"PROPN", "X"}
LOOSE_NAME_TAGS = {"NOUN", "ADJ"}


@dataclass(frozen=True)
class Title:
    i: int
    j: int
    family: str
    jurisdiction: str | None
    former: bool

    @property
    def office(self) -> str | None:
        return f"{self.family}/{self.jurisdiction}" if self.jurisdiction else None


@dataclass(frozen=True)
class Name:
    i: int
    j: int
    kb_id: str | None
    words: str


def find_titles(view: SentenceView) -> list[Title]:
    return view.once(_titles)


def _titles(view: SentenceView) -> list[Title]:
    kb = view.rules.kb
    out = []
    for i, n, family in kb.family_phrases.find_all(view.forms):
        j, jurisdiction, former = i + n, None, False
        for _ in range(2):      # jurisdiction and "former" in either order
            if j < len(view.forms) and jurisdiction is None and (hit := kb.jurisdictions.match_at(view.forms, j)):
                jurisdiction, j = hit[0], j + hit[1]
            elif j < len(view.forms) and not former and (hit := kb.former_markers.match_at(view.forms, j)):
                former, j = True, j + hit[1]
        if family.needs_jurisdiction and jurisdiction is None:
            continue
        out.append(Title(i, j, family.id, jurisdiction, former))
    return out


def name_at(view: SentenceView, k: int, after_title: bool = False) -> Name | None:
    """A person's name starting at word k: a knowledge-base alias, else a run of proper nouns.

    Right after a title the small tagger's NOUN/ADJ tags are accepted too (it often misses
    foreign names), as long as the words are not known lexicon words.
    """
    kb, lex = view.rules.kb, view.rules.lexicon
    while k < len(view.forms) and (view.forms[k] in COMMAS or lex.honorifics.match_at(view.forms, k)):
        k += 1
    if k >= len(view.forms):
        return None
    hit = kb.person_names.match_at(view.forms, k)
    if hit:
        return Name(k, k + hit[1], hit[0].person_id, view.joined(k, k + hit[1]))
    j = k
    loose = after_title and view.upos[k] not in NAME_TAGS     # a tagged proper noun keeps the run strict
    while j < len(view.forms) and j - k < MAX_NAME_WORDS and _could_be_name(view, j, j == k, loose):
        j += 1
    return Name(k, j, None, view.joined(k, j)) if j > k else None


def name_ending_at(view: SentenceView, end: int) -> Name | None:
    """A name whose last word is end - 1 (for subject-before-verb order)."""
    for start in range(max(0, end - MAX_NAME_WORDS), end):
        name = name_at(view, start)
        if name and name.j == end and name.i == start:
            return name
    return None


def _could_be_name(view: SentenceView, j: int, first: bool = False, loose: bool = False) -> bool:
    form = view.forms[j]
    tags = NAME_TAGS | LOOSE_NAME_TAGS if loose else NAME_TAGS
    if loose and (_is_lexicon_word(view, j) or (first and not _may_start_name(view, j))):
        return False
    # the tagger sometimes reads a foreign first name as a verb; a proper noun right after tells
    verb_first_name = (loose and first and view.upos[j] == "VERB" and j + 1 < len(view.forms)
                       and _could_be_name(view, j + 1))
    return ((view.upos[j] in tags or view.person[j] or verb_first_name) and form.isalpha() and not view.is_punct(j)
            and not _names_something_else(view, j))


def _names_something_else(view: SentenceView, j: int) -> bool:
    """The word is a place, a jurisdiction, a title, an organisation noun, a speech verb, a
    complementizer or an anonymous source: no part of a person's name."""
    kb, lex = view.rules.kb, view.rules.lexicon
    tables = (kb.place_names, kb.jurisdictions, kb.family_phrases, kb.org_nouns, lex.speech_verbs,
              lex.complementizers, lex.anonymous_sources)
    return any(t.match_at(view.forms, j) for t in tables)


def _is_lexicon_word(view: SentenceView, j: int) -> bool:
    lex = view.rules.lexicon
    tables = (lex.day_markers, lex.weekdays, lex.months, lex.events, lex.units, lex.number_words,
              lex.qualifiers_before, lex.partitives, lex.relative, lex.follow_up_cues, lex.previous_cues)
    return any(t.match_at(view.forms, j) for t in tables)


def name_after_title(view: SentenceView, title: Title) -> Name | None:
    """The name a title introduces; one adjective ("the presidential envoy NAME") or one
    organisation noun ("the leader of the party NAME") may stand between."""
    k = title.j
    if k < len(view.forms) and view.rules.kb.org_nouns.match_at(view.forms, k):
        k += 1
    name = name_at(view, k, after_title=True)
    if name is None and k < len(view.forms) and view.upos[k] == "ADJ":
        name = name_at(view, k + 1)
    return name if name and name.i - title.j <= 2 else None


def mention(view: SentenceView, name: Name, titled: bool) -> PersonMention:
    start, end = view.orig_span(name.i, name.j)
    return PersonMention(view.article.id, view.index, start, end, view.article.text[start:end],
                         name.words, kb_id=name.kb_id, titled=titled)


@extractor("roles", kinds=("role",))
def extract_roles(view: SentenceView):
    for title in find_titles(view):
        name = name_after_title(view, title)
        if name is None:
            continue
        value = {"family": title.family, "jurisdiction": title.jurisdiction, "office": title.office,
                 "former": title.former, "title": view.surface(title.i, title.j)}
        attrs = {"kb_id": name.kb_id, "embedded": _embedded(view, title)}
        yield view.claim("role", title.i, name.j, value, subject=name.words, attrs=attrs)
        yield mention(view, name, titled=True)


def _embedded(view: SentenceView, title: Title) -> bool:
    """Whether the title is part of a phrase about someone else ("son-in-law of the president", "envoy of the president")."""
    kb = view.rules.kb
    if title.i > 0 and kb.relational_nouns.match_at(view.forms, title.i - 1):
        return True
    return any(t.j == title.i for t in find_titles(view))


@extractor("mentions", kinds=())
def extract_mentions(view: SentenceView):
    for i, n, hit in view.rules.kb.person_names.find_all(view.forms):
        yield mention(view, Name(i, i + n, hit.person_id, view.joined(i, i + n)), titled=False)


@extractor("speakers", kinds=("speaker",))
def extract_speakers(view: SentenceView):
    lex = view.rules.lexicon
    seen = set()
    for v, n, _ in lex.speech_verbs.find_all(view.forms):
        if not (view.has_quote() or _complementizer_follows(view, v + n)):
            continue
        found = _speaker_after(view, v + n) or _speaker_before(view, v) or _unknown_speaker_after(view, v + n)
        if not found:
            continue
        name, title = found
        key = name.words if name else title.office or title.family
        if key in seen:
            continue
        seen.add(key)
        start = min(v, (title or name).i)
        end = max(v + n, (name or title).j)
        value = {"speaker": view.surface(name.i, name.j) if name else view.surface(title.i, title.j),
                 "quote": _quote_after(view, v)}
        attrs = {"kb_id": name.kb_id if name else None, "titled": title is not None,
                 "bare": bool(name) and title is None and len(name.words.split()) == 1,
                 "title": {"family": title.family, "jurisdiction": title.jurisdiction} if title else None}
        yield view.claim("speaker", start, end, value, subject=name.words if name else None, attrs=attrs)
        if name:
            yield mention(view, name, titled=title is not None)


def _speaker_after(view: SentenceView, k: int):
    titles = {t.i: t for t in find_titles(view)}
    if k in titles:
        return name_after_title(view, titles[k]), titles[k]
    name = name_at(view, k)
    if name and name.i == k:
        return name, None
    name = _known_name_after_unknown_title(view, k)
    return (name, None) if name else None


def _unknown_speaker_after(view: SentenceView, k: int):
    name = _name_before_quote(view, k)
    return (name, None) if name else None


def _known_name_after_unknown_title(view: SentenceView, k: int) -> Name | None:
    """A knowledge-base name a few words after the verb, behind a title the lexicon cannot place
    ("the alliance's secretary general NAME"): no punctuation, quote or complementizer between."""
    kb, lex = view.rules.kb, view.rules.lexicon
    for start in range(k + 1, min(k + 1 + MAX_UNKNOWN_TITLE_WORDS, len(view.forms))):
        if view.is_punct(start - 1) or lex.complementizers.match_at(view.forms, start - 1):
            return None
        hit = kb.person_names.match_at(view.forms, start)
        if hit:
            return Name(start, start + hit[1], hit[0].person_id, view.joined(start, start + hit[1]))
    return None


def _name_before_quote(view: SentenceView, k: int) -> Name | None:
    """The last words before the quote or "that" of a speech verb at k, when no title or known name
    is there: 'said Munir al-Bursh: "..."'. The small tagger often tags such names NOUN or VERB,
    so the place in the sentence decides. Lexicon words, titles and anonymous sources ("an
    official") are no names, nor is what a title link introduces ("spokesman FOR the ministry")."""
    lex = view.rules.lexicon
    boundary = next((b for b in range(k, min(k + MAX_SPEAKER_PHRASE + 1, len(view.forms)))
                     if view.forms[b] in (":", '"') or lex.speech_verbs.match_at(view.forms, b)
                     or lex.complementizers.match_at(view.forms, b)), None)
    if boundary is None or boundary == k or any(view.upos[j] in FUNCTION_TAGS for j in range(k, boundary)):
        return None
    links = [j for j in range(k, boundary) if lex.title_links.match_at(view.forms, j)]
    if lex.anonymous_sources.match_at(view.forms, k) and not links:
        return None
    start = max(k, boundary - MAX_NAME_WORDS, links[-1] + 2 if links else k)
    while start < boundary and not (all(_plain_word(view, j) for j in range(start, boundary))
                                    and _may_start_name(view, start)):
        start += 1
    # one word is too little to tell a name from an adverb or a noun the tagger got wrong
    return Name(start, boundary, None, view.joined(start, boundary)) if boundary - start >= 2 else None


def _may_start_name(view: SentenceView, j: int) -> bool:
    """A name does not begin with the article, alone or after a proclitic ("for-the UNRWA ...").
    (One proclitic letter alone proves nothing: many names begin with those letters.)"""
    form = view.forms[j]
    return not view.glued[j] and all(len(form) - len(v) < 2 for v in view.rules.lexicon.normalizer.variants(form))


def _plain_word(view: SentenceView, j: int) -> bool:
    return (view.forms[j].isalpha() and view.upos[j] not in FUNCTION_TAGS and not _is_lexicon_word(view, j)
            and not _names_something_else(view, j))


def _speaker_before(view: SentenceView, v: int):
    end = v
    lex = view.rules.lexicon
    while end > 0 and (view.forms[end - 1] in COMMAS or lex.complementizers.match_at(view.forms, end - 1)):
        end -= 1
    for title in find_titles(view):
        name = name_after_title(view, title)
        if name and name.j == end:
            return name, title
        if title.j == end:
            return None, title
    name = name_ending_at(view, end)
    return (name, None) if name else None


def _complementizer_follows(view: SentenceView, k: int) -> bool:
    lex = view.rules.lexicon
    return any(lex.complementizers.match_at(view.forms, j) for j in range(k, min(k + 6, len(view.forms))))


def _quote_after(view: SentenceView, v: int) -> str | None:
    marks = [k for k, f in enumerate(view.forms) if f == '"']
    opening = next((k for k in marks if k > v), None)
    closing = next((k for k in marks if opening is not None and k > opening), None)
    if opening is None or closing is None:
        return None
    return view.joined(opening + 1, closing)
