"""Titles: the office a text gives someone, read whether or not the knowledge base knows it.

A title is a head noun (rules/kb/offices.yaml: a known family such as "foreign minister", or any
office head such as "minister", "head", "spokesman", "envoy") followed by what the office is of: its
portfolio, organisation or country ("the minister OF CULTURE", "the head OF THE INDEPENDENT ELECTION
COMMISSION", "the spokesman FOR THE MINISTRY"), read up to the first word that starts a name. A
relational head takes the titles after it as its own complement ("the ADVISER of the prime minister
NAME": NAME is the adviser), unless the name is the knowledge base's holder of that inner office
("the son-in-law of President Donald Trump": Trump is the president). Two heads in a row that are
not relational are two titles of one person ("deputy prime minister, foreign minister").
"""
from __future__ import annotations

from dataclasses import dataclass

from .base import SentenceView

MAX_COMPLEMENT = 12        # words of a title after its head
QUOTED_NAME = {"«": "»", '"': '"'}     # quotes around a body's name in a title


@dataclass(frozen=True)
class Title:
    i: int
    j: int
    head: str                       # the kind of office (offices.yaml heads or a family id)
    family: str | None              # a known family: compared with the knowledge base
    jurisdiction: str | None
    former: bool
    complement: tuple[str, ...] = ()    # lemmas of what the office is of
    relational: bool = False
    kin: bool = False
    exclusive: bool = True
    inner: "Title | None" = None        # the office named inside a relational title
    generic: tuple[str, ...] = ()       # words of the complement that say what kind of body ("the club")
    #                                     or where it is ("the Nile State"), not which body it is

    @property
    def office(self) -> str | None:
        return f"{self.family}/{self.jurisdiction}" if self.family and self.jurisdiction else None


def find_titles(view: SentenceView) -> list[Title]:
    return view.once(_titles)


def _titles(view: SentenceView) -> list[Title]:
    out: list[Title] = []
    k = 0
    while k < len(view.forms):
        title = title_at(view, k, out)
        if title is None:
            k += 1
            continue
        out.append(title)
        k = title.j
    return out


def title_at(view: SentenceView, i: int, before: list[Title] = ()) -> Title | None:
    """The title whose head is at word i, with its complement."""
    kb = view.rules.kb
    if i > 0 and view.rules.lexicon.venue_nouns.match_at(view.forms, i - 1):
        return None         # "the KING Hussein international airport": a place's name, no one's office
    family = kb.family_phrases.match_at(view.forms, i)
    head = kb.heads.match_at(view.forms, i) or _linked_head(view, i)
    if family is None and head is None:
        return _counterpart(view, i, before)
    n = max(family[1] if family else 0, head[1] if head else 0)
    fam = family[0] if family and family[1] == n else None
    kind = head[0] if head and head[1] == n else (kb.head_kinds.get("head") if fam is None else None)
    j, jurisdiction, former, inner, where, kinds, describing, led = i + n, None, False, None, None, [], [], False
    # a known title's own words after its head are its portfolio ("minister OF EDUCATION")
    complement = [_word(view, m) for m in range(i + (head[1] if head else n), i + n)]
    head_kind = head[0] if head else kind
    relational = bool(head_kind and head_kind.relational)
    lesser = False
    while j < len(view.forms) and j - i - n < MAX_COMPLEMENT:
        step = _complement_step(view, j, relational, inner is None, closed=former)
        if step is None:
            break
        what, length, value = step
        if what == "former":
            former = True
        elif what == "lesser":
            lesser = True
        elif what == "jurisdiction":
            jurisdiction = jurisdiction or value
            complement.append(_word(view, j))
            describing.append(len(complement) - 1)  # "the LEBANESE minister of ...": where, compared apart
        elif what == "quoted":
            complement += [_word(view, m) for m in range(j + 1, j + length - 1) if view.forms[m].isalpha()]
        elif what == "inner":
            inner = value
            jurisdiction = jurisdiction or value.jurisdiction
            complement += [_word(view, m) for m in range(j, value.j) if view.forms[m].isalpha()]
            length = value.j - j
        elif what == "word" and j == i + n and fam is not None and not relational and (
                view.upos[j] == "NOUN" or kb.org_nouns.match_at(view.forms, j)):
            fam, kind = None, kind or kb.head_kinds.get("head")    # "the head OF THE MISSION of ... in
            complement.append(_word(view, j))                     # Tunisia" is not the president of Tunisia
            if kb.org_nouns.match_at(view.forms, j):
                kinds.append(len(complement) - 1)   # "the president of the CLUB Al-Mina"
        elif what == "word" and kb.org_nouns.match_at(view.forms, j) and _definite(view, j):
            led = True      # "the director general of THE AUTHORITY": a body, if not which one
        elif what == "word":
            complement.append(_word(view, j))   # "the company", "the ministry" tell no portfolio apart;
            #                                     "director of police of the state" does
            if kb.org_nouns.match_at(view.forms, j):
                kinds.append(len(complement) - 1)   # "president of the CLUB Al-Mina": what kind of body
            elif view.upos[j] == "ADJ":
                describing.append(len(complement) - 1)  # "the PARLIAMENTARY committee for energy"
        if what == "word" and where is None and complement and complement[-1] == _word(view, j) and (
                view.rules.lexicon.place_nouns.match_at(view.forms, j) or kb.place_names.match_at(view.forms, j)):
            where = len(complement) - 1     # "... OF THE NILE STATE": where the body is, from here on
        j += length
    if fam is not None and fam.needs_jurisdiction and jurisdiction is None:
        if kind is None:
            return None
        fam = None
    if lesser:
        fam = None          # "the assistant secretary general" holds no known office of one holder
    head_id = head_kind.id if head_kind else (fam.id if fam else "head")
    # a head with nothing after it ("the ambassador NAME") is often an honorific: it excludes nothing
    exclusive = (fam.exclusive if fam else kind.exclusive and bool(complement or jurisdiction or led)) and not lesser
    return Title(i, j, head_id, fam.id if fam else None, jurisdiction, former, tuple(complement),
                 relational, bool(head_kind and head_kind.kin), exclusive, inner,
                 _generic(complement, kinds, describing, where))


def _generic(complement: list[str], kinds: list[int], describing: list[int], where: int | None) -> tuple[str, ...]:
    """The words of a complement that say what kind of body or where, not which: an organisation
    noun that a name follows ("the CLUB Al-Mina"; "the POLICE of the state" is the body itself), an
    adjective ("the PARLIAMENTARY committee") or a country's ("the LEBANESE minister"), and the words
    from a place noun on."""
    end = len(complement) if where is None else where
    named = [k for k in kinds if any(m not in kinds and m not in describing for m in range(k + 1, end))]
    return (tuple(complement[k] for k in named + describing if k < end)
            + (tuple(complement[where:]) if where is not None else ()))


def _word(view: SentenceView, m: int) -> str:
    """A word of a title as its lemma, or as written behind its article when the lemmatizer changed
    only its last letter ("li-sh-SHATRANJ", chess, lemmatized "shatranh"): the two reports of one
    office then name one body."""
    lemma = view.lemmas[m]
    stem = view.rules.lexicon.normalizer.definite_stem(view.forms[m])
    garbled = stem is not None and len(stem) == len(lemma) and stem[:-1] == lemma[:-1] and stem != lemma
    return stem if garbled else lemma


def _definite(view: SentenceView, j: int) -> bool:
    """Word j has the article, after a glued preposition ("li-l-sharika") if it has one."""
    form = view.forms[j]
    glued = view.glued_preposition(j) or ""
    rest = form[len(glued):] if form.startswith(glued) else form
    normalizer = view.rules.lexicon.normalizer
    # the article loses its alif after "li-": "li-l-sharika" is written with one lam more
    after_li = bool(glued) and rest.startswith(tuple(a[1:] for a in normalizer.articles))
    return normalizer.has_article(rest) or after_li


def _linked_head(view: SentenceView, i: int):
    """"(appointed) X wazīran li-z-zirāʿa": a head in the object's form, with "for" glued to the
    portfolio after it."""
    kb = view.rules.kb
    hit = kb.linked_heads.match_at(view.forms, i)
    after = i + hit[1] if hit else len(view.forms)
    glued = view.glued_preposition(after) if after < len(view.forms) else None
    return hit if glued and kb.head_links.match_at([glued], 0) else None


def _complement_step(view: SentenceView, j: int, relational: bool, first_inner: bool, closed: bool = False):
    """What word j adds to a title: ("former"|"jurisdiction"|"inner"|"word"|"skip", length, value),
    or None when the title has ended (a name starts, a verb, punctuation, a new title)."""
    from .names import body_after_title, starts_name
    kb = view.rules.kb
    form = view.forms[j]
    if form == "(":
        close = next((m for m in range(j + 1, min(len(view.forms), j + 8)) if view.forms[m] == ")"), None)
        return ("skip", close - j + 1, None) if close else None
    if form in QUOTED_NAME:     # "the chairman of «Marafi»": a body's name in quotes is the title's
        close = next((m for m in range(j + 1, min(len(view.forms), j + 8)) if view.forms[m] == QUOTED_NAME[form]), None)
        return ("quoted", close - j + 1, None) if close and close > j + 1 else None
    if hit := kb.former_markers.match_at(view.forms, j):
        return "former", hit[1], None
    if hit := kb.lesser.match_at(view.forms, j):
        return "lesser", hit[1], None
    if closed and not (kb.former_links.match_at(view.forms, j) or kb.jurisdictions.match_at(view.forms, j)
                       or view.glued_preposition(j)):
        return None         # "the former defence minister at the rally": after "former" a title ends
    if kb.family_phrases.match_at(view.forms, j) or kb.heads.match_at(view.forms, j):
        if relational and first_inner:
            inner = title_at(view, j)
            return ("inner", 0, inner) if inner else None
        return None         # a second title of the same person
    if kb.person_names.match_at(view.forms, j) or (starts_name(view, j, after_title=True)
                                                   and not body_after_title(view, j)):
        return None
    if hit := kb.jurisdictions.match_at(view.forms, j):
        return "jurisdiction", hit[1], hit[0]
    if hit := kb.title_links.match_at(view.forms, j):
        return "skip", hit[1], None
    if kb.place_names.match_at(view.forms, j) and not view.is_punct(j):
        return "word", 1, None      # "deputy governor of TAIZ", whatever the tagger calls the name
    if view.is_punct(j) or view.upos[j] in ("VERB", "NUM", "PRON", "SCONJ", "CCONJ", "AUX", "ADP") or not form.isalpha():
        return None
    lex = view.rules.lexicon
    if lex.honorifics.match_at(view.forms, j) or lex.speech_verbs.match_at(view.forms, j) or lex.complementizers.match_at(view.forms, j):
        return None
    return "word", 1, None


def _counterpart(view: SentenceView, i: int, before: list[Title]) -> Title | None:
    """"his counterpart, the Iranian ...": the office of the title before it, with its own country."""
    kb = view.rules.kb
    hit = kb.counterparts.match_at(view.forms, i)
    if not hit or not before:
        return None
    other = before[-1]
    j = i + hit[1]
    jurisdiction = None
    if j < len(view.forms) and (found := kb.jurisdictions.match_at(view.forms, j)):
        jurisdiction, j = found[0], j + found[1]
    return Title(i, j, other.head, other.family, jurisdiction, False, other.complement, other.relational,
                 other.kin, other.exclusive)
