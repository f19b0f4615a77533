"""People: the office a text gives each name (roles), who is quoted (speakers), every name mention.

Titles come from titles.py, names from names.py. A title gives its office to the name right after
it, or, with no name after it, to the name just before it across a comma ("Marco Rubio, the US
secretary of state,"). Two titles in a row with one name after them are both that name's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..model import PersonMention
from ..normalize import COMMAS
from ..morph import root
from .base import SentenceView
from .names import (FUNCTION_TAGS, conjoined, Name, is_lexicon_word, name_at, name_ending_at, names_something_else, starts_name,
                    starts_with_given, common_word, title_complement_before_name)
from .registry import extractor
from .titles import Title, find_titles

MAX_UNKNOWN_TITLE_WORDS = 4
MAX_SPEAKER_PHRASE = 6      # words between a speech verb and its quote
DESCRIPTION_WORDS = 3       # common words before "and" a title in an apposition ("the co-founder")
ASIDE_WORDS = 5        # words of an aside between a title and its holder's name ("..., the organiser of the show, NAME")
BETWEEN_TITLE_AND_NAME = 2  # an adjective or an organisation noun ("the leader of the party NAME")


def name_after_title(view: SentenceView, title: Title) -> Name | None:
    """The name a title introduces; one adjective or organisation noun may stand between."""
    k = title.j
    if k + 1 < len(view.forms) and view.forms[k] in COMMAS and view.forms[k + 1] not in COMMAS:
        k += 1              # "the chief executive of the company, Fahd al-Qahtani,": a name in apposition
        if view.glued_preposition(k):
            return None     # "NAME, director of health, TO-THE-AGENCY Shafaq News": no apposition
    if k < len(view.forms) and view.rules.kb.org_nouns.match_at(view.forms, k):
        k += 1
    if title_complement_before_name(view, k):
        k += 1              # "the governor of AKKAR Walid al-Shaar": a place no list names
    name = name_at(view, k, after_title=True)
    if name is None and k < len(view.forms) and view.upos[k] == "ADJ":
        name = name_at(view, k + 1, after_title=True)
    if name is None:
        return _name_after_aside(view, title)
    if name is not None and any(conjoined(view, m) for m in range(k, name.i + 1)) \
            and any(view.forms[m] in COMMAS for m in range(title.j, name.i)):
        return None         # "Madbouly, prime minister, AND (General) Badr Abdelatty": the title is the name's before it
    return name if name and name.i - title.j <= BETWEEN_TITLE_AND_NAME + _honorific_words(view, title.j, name.i) else None


def _name_after_aside(view: SentenceView, title: Title) -> Name | None:
    """"the chief executive of Al-Madar, THE ORGANISER OF THE SHOW, Khalid al-Suwaidi": a short
    aside between commas, with no verb, says more of the title's body; the name after it, when it
    starts with a first name, is the title's holder."""
    k = title.j
    if k >= len(view.forms) or view.forms[k] not in COMMAS:
        return None
    close = next((m for m in range(k + 2, min(len(view.forms), k + 2 + ASIDE_WORDS)) if view.forms[m] in COMMAS), None)
    if close is None or any(view.upos[m] == "VERB" or view.is_punct(m) for m in range(k + 1, close)):
        return None
    name = name_at(view, close + 1, after_title=True)
    return name if name is not None and name.i == close + 1 and _firm(view, name) else None


def _honorific_words(view: SentenceView, k: int, end: int) -> int:
    lex = view.rules.lexicon
    return sum(1 for m in range(k, end) if view.forms[m] in COMMAS or lex.honorifics.match_at(view.forms, m))


def mention(view: SentenceView, name: Name, titled: bool) -> PersonMention:
    start, end = name.span(view)
    return PersonMention(view.article.id, view.index, start, end, view.article.text[start:end],
                         name.words, kb_id=name.kb_id, titled=titled)


def roles_in(view: SentenceView) -> list[tuple[Title, Name, bool]]:
    """(title, name, embedded) for every title that names someone in the sentence."""
    return view.once(_roles)


def _roles(view: SentenceView) -> list[tuple[Title, Name, bool]]:
    out: list[tuple[Title, Name, bool]] = []
    for group in _title_groups(view, find_titles(view)):
        last = group[-1]
        name = name_after_title(view, last)
        if name is not None and not _firm(view, name) and _named_right_before(view, group[0]):
            # "Col. Nasser Ba'awadh commander of THE COAST GUARD": the name before holds the title,
            # and the words after it are what it commands
            end = _phrase_end(view, last)
            if (before := _name_before(view, group[0], last, end=end)) is not None:
                whole = replace(last, j=end, complement=(*last.complement, *(view.lemmas[m] for m in range(last.j, end))))
                out += [(title, before, False) for title in (*group[:-1], whole)]
                continue
        if name is not None:
            out += [(title, name, False) for title in group[:-1]]
            out.append(_whose(view, last, name))
            if out[-1][0] is not last and (before := _name_before(view, group[0], last, name)) is not None:
                out.append((last, before, False))   # "Michelle Obama, wife of President Barack Obama,"
        elif (before := _name_before(view, group[0], last)) is not None:
            out += [(title, before, False) for title in group]
        elif (end := _phrase_end(view, last)) > last.j and (before := _name_before(view, group[0], last, end=end)) is not None:
            # "NAME, director of the project at the company SAHARA ENERGY,": the body's own name ends the
            # title's phrase (and says no more of the office than "the company" did)
            out += [(title, before, False) for title in group]
    return out


def _phrase_end(view: SentenceView, title: Title) -> int:
    """Where a title's noun phrase ends: the words after it that the parse joins to it."""
    j = title.j
    while j < len(view.forms) and not view.is_punct(j) and view.upos[j] in ("NOUN", "ADJ", "PROPN") \
            and (view.head_word(j) or -1) in range(title.i, j):
        j += 1
    return j


def _firm(view: SentenceView, name: Name) -> bool:
    """A name with evidence of its own: a known person, or one that begins with a first name or a
    proper noun ordinary text does not use."""
    return bool(name.kb_id) or starts_with_given(view, name.i)


def _named_right_before(view: SentenceView, title: Title) -> bool:
    """A full name (a first name and more) ends right before the title, or before a comma right before
    it ("Lina al-Omari, executive director of the COMMISSION for the regulation of ...")."""
    end = title.i - 1 if title.i >= 2 and view.forms[title.i - 1] in COMMAS else title.i
    before = name_ending_at(view, end)
    return before is not None and before.j - before.i >= 2 and starts_with_given(view, before.i)


def _title_groups(view: SentenceView, titles: list[Title]) -> list[list[Title]]:
    """Titles in a row ("prime minister and foreign minister of Qatar", "adviser and spokesman")
    are one person's, and share the country the last one names."""
    groups: list[list[Title]] = []
    for title in titles:
        if groups and groups[-1][-1].j == title.i:
            groups[-1].append(title)
        else:
            groups.append([title])
    return [_shared_jurisdiction(group) for group in groups]


def _shared_jurisdiction(group: list[Title]) -> list[Title]:
    country = next((t.jurisdiction for t in reversed(group) if t.jurisdiction), None)
    return [t if t.jurisdiction or not country else replace(t, jurisdiction=country) for t in group]


def _whose(view: SentenceView, title: Title, name: Name) -> tuple[Title, Name, bool]:
    """A relational title and the name after it: the name holds the inner office when the knowledge
    base has them in it ("the son-in-law of President Donald Trump"), or when another name stands
    before the title as the one it describes ("Michelle Obama, wife of President Barack Obama,");
    else the relation is theirs ("the envoy of the US president Steve Witkoff")."""
    inner = title.inner
    if inner is None:
        return title, name, False
    if name.kb_id and _held(view, name.kb_id, inner, view.article.date):
        return inner, name, True
    if _name_before(view, title, title, name) is not None:
        return inner, name, True
    return title, name, False


def _held(view: SentenceView, person: str, title: Title, day: date) -> bool:
    kb = view.rules.kb
    terms = kb.people[person].held if person in kb.people else []
    return any(t.office.split("/")[0] == title.family and (not title.jurisdiction or t.office.endswith("/" + title.jurisdiction))
               for t in terms)


def _name_before(view: SentenceView, first: Title, last: Title, after: Name | None = None,
                 end: int | None = None) -> Name | None:
    """"NAME, the minister of culture, said": titles between commas (or at the clause's end) after a
    name (`after`: the name that ends the titles' phrase, when it is the inner office's holder;
    `end`: where the title's phrase ends, when it goes on past the title)."""
    end = end if end is not None else after.j if after else last.j
    if end < len(view.forms) and not (view.is_punct(end) or view.upos[end] in ("ADP", "VERB", "SCONJ")
                                      or view.rules.lexicon.relative_pronouns.match_at(view.forms, end)):
        return None         # (a relative clause says more of the title's body: "... of the company WHICH")
    form = view.forms[first.i]
    if form[:1] in view.rules.lexicon.normalizer.conjunctions and (
            view.content_start(first.i, view.rules.kb.title_words) != view.orig_span(first.i, first.i + 1)[0]
            or view.rules.kb.counterparts.match_at([form[1:]], 0)):
        if (comma := _described_before(view, first.i)) is not None:
            return name_ending_at(view, comma)  # "NAME, the co-founder AND chief financial officer"
        return None         # "Macron, Zelensky, AND the British prime minister", "Faisal bin Farhan AND HIS
        #                     COUNTERPART": a new person, not an apposition
    if first.i >= 2 and view.forms[first.i - 1] in COMMAS:
        return name_ending_at(view, first.i - 1)
    name = name_ending_at(view, first.i)     # no comma: "Yoav Gallant the former defence minister took part"
    return name if name and name.j - name.i >= 2 else None


def _described_before(view: SentenceView, i: int) -> int | None:
    """The comma that opens an apposition of common words joined to the title at word i by "and"
    ("NAME, THE CO-FOUNDER and the chief financial officer"): its index, or None when what stands
    between is a name or anything but nouns and adjectives ("Macron, Zelensky, and ...")."""
    k = i - 1
    while k >= 0 and i - k <= DESCRIPTION_WORDS and view.upos[k] in ("NOUN", "ADJ") and not (
            view.rules.kb.person_names.match_at(view.forms, k) or starts_with_given(view, k)):
        k -= 1
    return k if k >= 1 and k < i - 1 and view.forms[k] in COMMAS else None


@extractor("roles", kinds=("role",))
def extract_roles(view: SentenceView):
    for title, name, embedded in roles_in(view):
        value = {"family": title.family, "jurisdiction": title.jurisdiction, "office": title.office,
                 "former": title.former, "title": view.surface(title.i, title.j), "head": title.head,
                 "complement": list(title.complement), "exclusive": title.exclusive, "kin": title.kin}
        t_start, t_end = view.content_start(title.i, view.rules.kb.title_words), view.orig_span(title.i, title.j)[1]
        value["title"] = view.article.text[t_start:t_end]
        attrs = {"kb_id": name.kb_id, "embedded": embedded or _embedded(view, title),
                 "title_span": [t_start, t_end], "name": name.surface(view),
                 "phrase": f"{view.index}:{name.i}",      # titles of one phrase are held together
                 "complement_roots": _roots(view, title.complement),
                 "generic_roots": _roots(view, title.generic)}
        start = t_start if title.i <= name.i else name.span(view)[0]
        yield view.claim("role", min(title.i, name.i), max(title.j, name.j), value, subject=name.words, attrs=attrs,
                         start=start)
        yield mention(view, name, titled=True)


def _roots(view: SentenceView, lemmas) -> list[str]:
    """The roots of a title's words, read from each lemma and from it without its feminine ending:
    the lemmatizer gives "oasis" as wāḥa in one report and wāḥ in another."""
    key = view.rules.lexicon.normalizer.noun_key
    return sorted({root(w) for w in lemmas} | {root(key(w)) for w in lemmas})


def _embedded(view: SentenceView, title: Title) -> bool:
    """Whether the title is part of a phrase about someone else ("son-in-law of the president")."""
    kb = view.rules.kb
    return title.i > 0 and bool(kb.relational_nouns.match_at(view.forms, title.i - 1))


@extractor("mentions", kinds=())
def extract_mentions(view: SentenceView):
    known = view.rules.kb.person_names.find_all(view.forms)
    for i, n, hit in known:
        yield mention(view, Name(i, i + n, hit.person_id, view.joined(i, i + n)), titled=False)
    taken = {k for i, n, _ in known for k in range(i, i + n)}
    for name in _full_names(view):
        if not taken.intersection(range(name.i, name.j)):
            yield mention(view, name, titled=False)


def _full_names(view: SentenceView):
    """Names no knowledge base lists, written in full without a title: a known first name the parse
    joins a proper noun to ("the Kenyan runner JOSEPH KIPROTICH"), so that a later surname alone
    has someone to refer to."""
    k = 0
    while k < len(view.forms) - 1:
        name = None
        if starts_with_given(view, k) and (view.upos[k + 1] == "PROPN" and view.head_word(k + 1) == k
                                           and view.deprel(k + 1) == "flat" or _family_name_follows(view, k + 1)):
            name = name_at(view, k)
        if name is not None and name.i == k and name.j - name.i >= 2:
            yield name
            k = name.j
        else:
            k += 1


def _family_name_follows(view: SentenceView, k: int) -> bool:
    """Word k, or the word after a father's first name at k ("Anas OMAR al-Tarawneh"), is a family
    name the article uses alone."""
    if _surname_used_alone(view, k):
        return True
    father = view.rules.lexicon.given_names.match_at(view.forms, k)
    return bool(father) and k + father[1] < len(view.forms) and _surname_used_alone(view, k + father[1])


def _surname_used_alone(view: SentenceView, k: int) -> bool:
    """Word k after a first name is a family name the article names someone by again ("the
    businessman ADIL AL-SARAYRA ... AL-SARAYRA said", "Othman al-Taher BASHIR ... Bashir said"),
    whatever the small parser makes of the pair: one with the article, or a first name used as one."""
    form = view.forms[k]
    return (form.isalpha() and not common_word(view, k)
            and (form.startswith(tuple(view.rules.lexicon.normalizer.articles)) or starts_with_given(view, k))
            and _word_counts(view.norm.text)[form] >= 2)


@lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter:
    """How often each word of an article's folded text occurs (one count per article, not per word),
    punctuation left out ("al-Tarawneh," is al-Tarawneh)."""
    return Counter(re.findall(r"\w+", text))


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
        if name is None and not title.family:
            continue        # "the army's spokesman said": no one the knowledge base could name
        key = name.words if name else title.office or title.head
        if key in seen:
            continue
        seen.add(key)
        start = min(v, (title or name).i)
        end = max(v + n, (name or title).j)
        value = {"speaker": name.surface(view) if name else view.surface(title.i, title.j),
                 "quote": _quote_after(view, v)}
        attrs = {"kb_id": name.kb_id if name else None, "titled": title is not None,
                 "bare": bool(name) and title is None and len(name.words.split()) == 1,
                 "title": {"family": title.family, "jurisdiction": title.jurisdiction} if title else None}
        yield view.claim("speaker", start, end, value, subject=name.words if name else None, attrs=attrs)
        if name:
            yield mention(view, name, titled=title is not None)


def _speaker_after(view: SentenceView, k: int):
    k = _past_fillers(view, k)
    titles = {t.i: t for t in find_titles(view)}
    if k in titles:
        title = titles[k]
        named = {t.i: n for t, n, _ in roles_in(view)}
        return named.get(title.i) or name_after_title(view, title), title
    name = name_at(view, k, alone=True)
    if name and name.i == k:
        return name, None
    name = _known_name_after_unknown_title(view, k)
    return (name, None) if name else None


def _past_fillers(view: SentenceView, k: int) -> int:
    """Past the words that may stand between a speech verb and its speaker ("said, on his part,")."""
    while k < len(view.forms) and view.forms[k] in COMMAS:
        k += 1
    return k


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
    lex, kb = view.rules.lexicon, view.rules.kb
    boundary = next((b for b in range(k, min(k + MAX_SPEAKER_PHRASE + 1, len(view.forms)))
                     if view.forms[b] in (":", '"') or lex.speech_verbs.match_at(view.forms, b)
                     or lex.complementizers.match_at(view.forms, b)), None)
    if boundary is None or boundary == k or any(view.upos[j] in FUNCTION_TAGS for j in range(k, boundary)):
        return None
    links = [j for j in range(k, boundary) if kb.title_links.match_at(view.forms, j)]
    if lex.anonymous_sources.match_at(view.forms, k) and not links:
        return None
    start = max(k, boundary - 3, links[-1] + 2 if links else k)
    while start < boundary and not (all(_plain_word(view, j) for j in range(start, boundary))
                                    and starts_name(view, start, after_title=True)):
        start += 1
    # one word is too little to tell a name from an adverb or a noun the tagger got wrong
    return Name(start, boundary, None, view.joined(start, boundary)) if boundary - start >= 2 else None


def _plain_word(view: SentenceView, j: int) -> bool:
    return (view.forms[j].isalpha() and view.upos[j] not in FUNCTION_TAGS and not is_lexicon_word(view, j)
            and not names_something_else(view, j))


def _speaker_before(view: SentenceView, v: int):
    end = v
    lex = view.rules.lexicon
    while end > 0 and (view.forms[end - 1] in COMMAS or lex.complementizers.match_at(view.forms, end - 1)
                       or lex.back_references.match_at(view.forms, end - 1)):
        end -= 1
    for title, name, _ in roles_in(view):
        if name.j == end:
            return name, title
    for title in find_titles(view):
        if title.j == end:
            return None, title
    name = name_ending_at(view, end, alone=True)
    if name and name.kb_id is None and name.i > 0 and view.rules.kb.org_nouns.match_at(view.forms, name.i - 1):
        return None     # "he thanked the ministry of HOUSING, and said": what the body is of, no speaker
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
