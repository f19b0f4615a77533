"""People's names: where one starts and where it ends.

No single cue is trusted: a name is a knowledge-base alias, or a run of words that the parse tags
as proper nouns or names a person, that begins with a known first name (rules/lexicon/
given_names.yaml), or, right after a title, that begins with a word no lexicon knows and ordinary
text rarely uses (rules/stories/background.json). It goes on through particles ("bin", "Al",
"von der") and words the parse attaches to it, and stops at a preposition glued to a word ("...
said TO-the-journalists"), a lexicon word (a weekday, a month, a title, a place), a verb or
punctuation, whatever the window.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..normalize import COMMAS
from .base import SentenceView
from .terms import term_key

HONORIFIC_WORDS = 2         # words of one honorific ("al-duktur", "sahib al-sumuw")
MAX_NAME_WORDS = 4          # words of a name besides its particles
GIVEN_LETTERS = 3           # a first name read behind a glued "and" has at least these letters
RARE_SPLIT_LETTERS = 4      # a family name the tokenizer split a preposition off has at least these
BODY_WORDS = 3              # common nouns after a title that may be the body it heads (see body_after_title)
FUNCTION_TAGS = {"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "PUNCT", "AUX", "SYM"}
NAME_TAGS = {"PROPN"}


@dataclass(frozen=True)
class Name:
    i: int
    j: int
    kb_id: str | None
    words: str
    lead: int = 0       # letters of a conjunction glued to the first word, no part of the name ("AND-David")

    def span(self, view: SentenceView) -> tuple[int, int]:
        """Where the name is in the article's text."""
        start, end = view.orig_span(self.i, self.j)
        return start + self.lead, end

    def surface(self, view: SentenceView) -> str:
        start, end = self.span(view)
        return view.article.text[start:end]


def name_at(view: SentenceView, k: int, after_title: bool = False, alone: bool = False) -> Name | None:
    """The name that starts at word k (after any honorific or comma), if one does. A name of one
    word must be a known first name, or (alone=True: a speaker right before their quote) a proper
    noun ordinary text does not use."""
    kb, lex = view.rules.kb, view.rules.lexicon
    while k < len(view.forms) and (view.forms[k] in COMMAS or lex.honorifics.match_at(view.forms, k)):
        k += lex.honorifics.match_at(view.forms, k)[1] if view.forms[k] not in COMMAS else 1
        while k < len(view.forms) and _rank_adjective(view, k):
            k += 1          # "the NAVAL colonel NAME": the rank's adjective is no part of the name
    if k >= len(view.forms):
        return None
    hit = kb.person_names.match_at(view.forms, k)
    if hit and not _name_goes_on(view, hit, k):
        return Name(k, k + hit[1], hit[0].person_id, view.joined(k, k + hit[1]))
    if alone and _surname_alone(view, k):
        return Name(k, k + 1, kb.person_by_skeleton(view.forms[k]), view.forms[k])
    if not starts_name(view, k, after_title):
        return None
    j = _name_end(view, k, after_title)
    if j - k == 1 and not (_given(view, k) or ((alone or after_title) and strong(view, k) and _ends_there(view, j)
                                            and not nisba_adverb(view, k))):
        return None         # one word with nothing to tell it from a noun the tagger got wrong
    lead = len(view.forms[k]) - len(_given_behind_conjunction(view, k) or view.forms[k])
    words = view.joined(k, j)[lead:]
    return Name(k, j, kb.person_by_skeleton(words), words, lead)


def _rank_adjective(view: SentenceView, k: int) -> bool:
    """A nisba adjective with the article right after an honorific ("al-ʿaqid AL-BAHRI")."""
    lex = view.rules.lexicon
    return (view.upos[k] == "ADJ" and _has_article(view, k) and view.forms[k].endswith(lex.nisba_ending)
            and lex.honorifics.match_at(view.forms, k - 1) is not None)


def _name_goes_on(view: SentenceView, hit, k: int) -> bool:
    """A known person's short form ("Martin", "Abbas") is the first word of another name when the
    parse joins a proper noun to it ("Martin RICHTER", flat), or when it is a first name and a family
    name with the article, one no ordinary text uses, follows ("Abbas AL-KHAFAJI"): that name is
    someone else's."""
    end = k + hit[1]
    if hit[0].full or end >= len(view.forms) or not _may_be_in_name(view, end):
        return False
    flat = view.upos[end] == "PROPN" and view.head_word(end) == end - 1 and view.deprel(end) == "flat"
    family = hit[1] == 1 and _given(view, k) and _has_article(view, end) and not common_word(view, end)
    return flat or family


def conjoined(view: SentenceView, k: int) -> bool:
    """Word k begins with "and" glued to it: "..., and Badr Abdelatty": a new person of a list."""
    form, given = view.forms[k], view.rules.lexicon.given_name_forms
    return form.startswith(view.rules.lexicon.connector) and form not in given and (form[1:] in given or view.glued[k])


def title_complement_before_name(view: SentenceView, k: int) -> bool:
    """Word k, right after a title, is what the title is of: a first name and a family name follow
    it ("the governor of AKKAR Walid al-Shaar"; not "Massad Boulos", where only "Boulos" follows)."""
    if not (k + 1 < len(view.forms) and view.upos[k] in ("NOUN", "PROPN", "X") and not view.glued[k]
            and not strong(view, k) and _given(view, k + 1)):
        return False
    given = view.rules.lexicon.given_names.match_at(view.forms, k + 1)
    family = k + 1 + (given[1] if given else 1)
    return family < len(view.forms) and _may_be_in_name(view, family) and view.upos[family] != "VERB"


def nisba_adverb(view: SentenceView, k: int) -> bool:
    """An adverb made of a nisba adjective ("by phone", "officially": -iyyan), which a tagger may
    call a name."""
    form = view.forms[k]
    ending = view.rules.lexicon.adverb_ending
    return len(form) > 4 and form.endswith(ending) and form[:-len(ending)].endswith(view.rules.lexicon.nisba_ending)


def _ends_there(view: SentenceView, j: int) -> bool:
    """Nothing that could be more of a name follows: the sentence ends, or punctuation, a verb, a
    preposition or "and" comes next ("Foreign Minister Sugiono SAID", "Sugiono AND a number of")."""
    return (j >= len(view.forms) or view.is_punct(j) or view.upos[j] in FUNCTION_TAGS | {"VERB"}
            or view.forms[j].startswith(view.rules.lexicon.connector))


def _surname_alone(view: SentenceView, k: int) -> bool:
    """"al-Hourani said": a speaker named by a family name with the article, standing alone by the
    speech verb, that the article gives elsewhere after a first name (or the tagger calls a name)."""
    if not (_has_article(view, k) and _may_be_in_name(view, k) and not common_word(view, k)):
        return False
    if k + 1 < len(view.forms) and _continues_name(view, k + 1, k):
        return False
    return strong(view, k) or after_a_first_name_in_article(view, view.forms[k])


def after_a_first_name_in_article(view: SentenceView, surname: str) -> bool:
    words = view.norm.text.split()
    given = view.rules.lexicon.given_name_forms
    return any(w == surname and i > 0 and words[i - 1] in given for i, w in enumerate(words))


def name_ending_at(view: SentenceView, end: int, alone: bool = False) -> Name | None:
    """A name whose last word is end - 1 (a subject before its verb, a name before its title)."""
    for start in range(max(0, end - MAX_NAME_WORDS - 4), end):
        name = name_at(view, start, alone=alone)
        if name and name.i == start and name.j == end:
            return name
    return None


def starts_name(view: SentenceView, k: int, after_title: bool = False) -> bool:
    if _given(view, k) and _may_be_in_name(view, k):
        return True         # the tokenizer may split a first name's first letter off as a clitic
    if after_title and view.forms[k] in view.rules.lexicon.word_names and k + 1 < len(view.forms) \
            and _family_like(view, k + 1):
        return True         # a first name that is also a word ("Sabah", morning; "Hilal", crescent),
        #                     after a title and before a family name: "... president SABAH al-Musawi"
    if _possessed(view, k):
        return False
    if not _may_be_in_name(view, k) or _has_article(view, k) or view.glued[k]:
        return _particle(view, k) and k + 1 < len(view.forms) and _may_be_in_name(view, k + 1)
    # an unknown word after a title starts a name, unless it heads a phrase with the article that a
    # first name follows ("the head of the board of THE BANK Maher al-Otaibi": "board" is the title's)
    construct = (k + 2 < len(view.forms) and _has_article(view, k + 1)
                 and any(strong(view, m) for m in range(k + 1, min(len(view.forms), k + 3))))
    if _particle(view, k) or (strong(view, k) and not (after_title and construct and _strong_by_tag_only(view, k))):
        return True         # (a word only the tagger calls a name, in such a phrase, is the title's:
        #                     "the chairman of the board of TRUSTEES of the prize Yasser ...")
    if view.upos[k] == "VERB":
        # the tagger reads some foreign first names as verbs: a proper noun must follow
        return after_title and k + 1 < len(view.forms) and strong(view, k + 1)
    ending = view.rules.lexicon.construct_ending
    construct = construct or bool(ending and k + 1 < len(view.forms) and view.forms[k].endswith(ending)
                                  and _has_article(view, k + 1))    # "head of the sector of PEST CONTROL"
    return after_title and not common_word(view, k) and not construct


def _family_like(view: SentenceView, j: int) -> bool:
    """Word j looks like the rest of a name: a first name or a name on its own evidence, or a family
    name of the nisba form ("al-Maamari", "al-Musawi") that is no nationality."""
    lex = view.rules.lexicon
    if strong(view, j):
        return True
    return (_has_article(view, j) and view.forms[j].endswith(lex.nisba_ending) and not view.glued[j]
            and not view.rules.kb.jurisdictions.match_at(view.forms, j) and not common_word(view, j))


def body_after_title(view: SentenceView, k: int) -> bool:
    """Words from k that only look like a name after a title are the body it heads: nouns with no
    sign of a name among them, up to a place ("the chamber of commerce of AMMAN", "the fire brigade
    of ALEPPO"); a name is seldom followed by a place with nothing between. The body follows a noun
    of the title, as its of-phrase (not "the president ON HIS ARRIVAL AT Cairo airport")."""
    if k == 0 or view.upos[k - 1] != "NOUN":
        return False
    kb = view.rules.kb
    place = lambda m: kb.place_names.match_at(view.forms, m) or kb.jurisdictions.match_at(view.forms, m)  # noqa: E731
    j = k
    while j < len(view.forms) and j - k < BODY_WORDS and view.upos[j] == "NOUN" and not view.glued[j] \
            and not strong(view, j) and not place(j):
        j += 1
    return k < j < len(view.forms) and bool(place(j))


def _name_end(view: SentenceView, k: int, after_title: bool = False) -> int:
    given = view.rules.lexicon.given_names.match_at(view.forms, k)
    j, words = k + (given[1] if given else 1), 1       # a first name of two words ("Abdel Qader") is one
    while j < len(view.forms) and words < MAX_NAME_WORDS:
        if _particle(view, j) and j + 1 < len(view.forms) and _may_be_in_name(view, j + 1):
            j += 1
            continue
        # a surname after a first name may be an ordinary word ("Al-Sheikh", "Haykal")
        if view.forms[j].startswith(view.rules.lexicon.connector) and common_word(view, j):
            break           # "Sugiono AND-a-number of ministers"
        second = words == 1 and (after_title or given is not None)
        if not (_continues_name(view, j, k) or (second and _may_be_in_name(view, j, rare_tagged=True)
                                                 and view.upos[j] != "VERB")):
            break
        j, words = j + 1, words + 1
    while j - 1 > k and _particle(view, j - 1):
        j -= 1
    return j


def _continues_name(view: SentenceView, j: int, start: int) -> bool:
    if (j - start >= 2 or _given(view, start)) and _nisba(view, j):
        return True         # "Mohammed Shia AL-SUDANI", "Khalid AL-SUWAIDI": a family name that is also a
        #                     nationality (after a first name, a nationality is written before it)
    if not _may_be_in_name(view, j) or ((view.upos[j] == "VERB" or view.glued[j]) and not _given(view, j)):
        return False
    if _possessed(view, j, suffix_letters=2):
        return False        # "compensations AMOUNTING-TO-IT (qadruha)": a word with "its" glued on ends a phrase
    if j - start >= 2 and _given(view, start) and not strong(view, j) and common_word(view, j) \
            and (_heads_a_phrase(view, j) or view.deprel(j) != "flat") and not _apposition_ends(view, start, j + 1):
        return False        # past a first and a family name, the object or place that follows the
        #                     name ("Kamal Nasr [toured] THE AREAS hit", "THE TOWN of Qobayat"); a word
        #                     ordinary text does not use is a family name whatever the parse hangs on
        #                     it ("Anas Omar AL-TARAWNEH the first place")
    if j - start >= 2 and _given(view, start) and not (strong(view, j) or _has_article(view, j)) \
            and view.head_word(j) not in range(start, j) and _heads_a_phrase(view, j):
        return False        # "announced Sami al-Adwan THE LAUNCH of a fund": a noun the parse hangs
        #                     outside the name, with a phrase of its own, is the verb's object
    if strong(view, j) or _has_article(view, j):
        return True         # a family name is often written with the article ("Al-Haddad")
    if view.head_word(j) in range(start, j) and view.deprel(j) in ("flat", "nmod", "appos", "amod", "compound"):
        return True         # the parse joins it to the name
    return not common_word(view, j)


def _apposition_ends(view: SentenceView, start: int, k: int) -> bool:
    """A comma at word k closes the name that starts at `start`, whatever ordinary word its last word
    is too: a title follows ("Awadallah Mohammed AL-AMIN, undersecretary of ..."), or the name
    stands between commas after its title ("the health minister, Dr Awadallah Mohammed AL-AMIN, said")."""
    if k >= len(view.forms) or view.forms[k] not in COMMAS:
        return False
    if k + 1 < len(view.forms) and view.rules.kb.heads.match_at(view.forms, k + 1):
        return True
    first = start
    while hit := view.rules.lexicon.honorifics.ending_at(view.forms, first, reach=HONORIFIC_WORDS):
        first = hit[1]      # (past "Dr", "Sheikh")
    return first > 0 and view.forms[first - 1] in COMMAS


def _heads_a_phrase(view: SentenceView, j: int) -> bool:
    """The next word depends on this one as its adjective or its of-phrase: a noun phrase of its own."""
    nxt = j + 1
    return (nxt < len(view.forms) and view.head_word(nxt) == j and view.deprel(nxt) in ("amod", "nmod")
            and not strong(view, nxt))


def _may_be_in_name(view: SentenceView, k: int, rare_tagged: bool = False) -> bool:
    """A word that can be part of a name at all: a plain word that is not a function word, not a
    word another lexicon knows, not a place, title or speech verb, and carries no glued preposition.
    rare_tagged: a word the tagger called a function word may be one if no text uses it often
    (a family name it did not know: "Hadi HAIG", tagged a particle; function words are all common)."""
    form = view.forms[k]
    if not form.isalpha() or view.is_punct(k) or view.quoted(k):
        return False
    tagged = view.upos[k] in FUNCTION_TAGS and not (rare_tagged and len(form) >= 3 and not common_word(view, k))
    glued = view.glued_preposition(k) and not (rare_tagged and _rare_behind_glued(view, k))
    if not _given(view, k) and (tagged or glued or _prepositional(view, k)):
        return False        # a known first name the tagger read as a preposition is still a name
    return not (names_something_else(view, k) or is_lexicon_word(view, k))


def _rare_behind_glued(view: SentenceView, k: int) -> bool:
    """A family name whose first letter the tokenizer split off as a preposition: one of the Ba- kind
    (names.yaml family_prefixes) where the name ends ("Nasser BA'AWADH, the spokesman"), or a word
    no ordinary text uses, whole or without it ("Maria LOPEZ", not "li-" and "Wubiz"). A
    preposition before the article, or before words that go on ("with a sharp tone"), is one."""
    lex = view.rules.lexicon
    form = view.forms[k]
    if lex.normalizer.has_article(form[1:]) or is_lexicon_word(view, k):
        return False
    prefix = next((p for p in lex.family_prefixes if form.startswith(p)), None)
    return (prefix is not None and len(form) - len(prefix) >= 3 and (_ends_there(view, k + 1) or _title_at(view, k + 1))) \
        or (len(form) >= RARE_SPLIT_LETTERS and not common_word(view, k))


def _title_at(view: SentenceView, j: int) -> bool:
    return j < len(view.forms) and view.forms[j] in view.rules.kb.title_words


def _possessed(view: SentenceView, k: int, suffix_letters: int = 1) -> bool:
    """"his office", "its capacity": a noun with a pronoun glued to its end is no name.
    suffix_letters: only pronouns of at least that many letters (a family name may end in the
    letter of "his": Wajih, Nazih)."""
    written = view.surface(k, k + 1)
    endings = tuple(e for e in view.rules.lexicon.possessive_endings if len(e) >= suffix_letters)
    return len(written) > 3 and written.endswith(endings)


def _prepositional(view: SentenceView, k: int) -> bool:
    """"in-his-capacity": a common word behind a glued preposition the tokenizer left whole."""
    form, normalizer = view.forms[k], view.rules.lexicon.normalizer
    return any(form.startswith(p) and term_key(form[len(p):], normalizer) in view.rules.common_words
               for p in normalizer.prepositions)


def _nisba(view: SentenceView, k: int) -> bool:
    """A nationality adjective (one word, with the article, ending in the nisba yeh)."""
    hit = view.rules.kb.jurisdictions.match_at(view.forms, k)
    return bool(hit) and hit[1] == 1 and _has_article(view, k) and view.forms[k].endswith(view.rules.lexicon.nisba_ending) and not view.glued[k]


def _given(view: SentenceView, k: int) -> bool:
    """A known first name, written as the whole word (not found by stripping a clitic off it), and
    not a preposition that folds to one ("on", written with alef maqsura, is not "Ali"); or one
    behind "and" that the tokenizer left glued to it, as it does to foreign names ("WA-David")."""
    lex = view.rules.lexicon
    if view.forms[k] not in lex.given_name_forms:
        return _given_behind_conjunction(view, k) is not None
    written = view.surface(k, k + 1)
    return view.upos[k] not in ("ADP", "SCONJ") or written in lex.given_names_written


def _given_behind_conjunction(view: SentenceView, k: int) -> str | None:
    """The first name behind a glued conjunction, when the tagger calls the word a proper noun and
    a proper noun follows it in the name ("WA-David McLean"), not a word of its own that merely
    begins with the letter ("Wisam", "Wadih"): the whole is no known first name."""
    form, lex = view.forms[k], view.rules.lexicon
    rest = form[1:]
    if not (form[:1] in lex.normalizer.conjunctions and rest in lex.given_name_forms and len(rest) >= GIVEN_LETTERS
            and form not in lex.given_name_forms and view.upos[k] == "PROPN"):
        return None
    after = k + 1
    return rest if after < len(view.forms) and view.upos[after] == "PROPN" and view.head_word(after) == k else None


def strong(view: SentenceView, k: int) -> bool:
    """Evidence on its own that the word belongs to a name: a known first name or person, a person
    entity, or a proper noun that ordinary text does not use as a common word."""
    kb = view.rules.kb
    return bool(_given(view, k) or view.person[k] or kb.person_names.match_at(view.forms, k)
                or (view.upos[k] in NAME_TAGS and not common_word(view, k)))


def _strong_by_tag_only(view: SentenceView, k: int) -> bool:
    """Word k is read as a name only because the tagger calls it a proper noun."""
    return not (_given(view, k) or view.person[k] or view.rules.kb.person_names.match_at(view.forms, k))


def _particle(view: SentenceView, k: int) -> bool:
    return view.rules.lexicon.name_particles.match_at(view.forms, k) is not None


def _has_article(view: SentenceView, k: int) -> bool:
    """The word as written begins with the article (not "Alexander", whose alef carries a hamza)."""
    written = view.surface(k, k + 1)
    return view.rules.lexicon.normalizer.has_article(written) and len(written) > 3


def common_word(view: SentenceView, k: int) -> bool:
    """A word ordinary text uses often (the background treebank), unless it is a known first name."""
    common = view.rules.common_words
    if view.rules.lexicon.given_names.match_at(view.forms, k):
        return False
    normalizer = view.rules.lexicon.normalizer
    return (term_key(view.lemmas[k] or view.forms[k], normalizer) in common
            or any(term_key(v, normalizer) in common for v in normalizer.variants(view.forms[k])))


def names_something_else(view: SentenceView, j: int) -> bool:
    """The word is a place, a jurisdiction, a title, an organisation noun, a speech verb, a
    complementizer, an anonymous source or a noun that names a kind of place ("GOVERNORATE of
    Ajloun"): no part of a person's name."""
    kb, lex = view.rules.kb, view.rules.lexicon
    tables = (kb.jurisdictions, kb.family_phrases, kb.heads, kb.org_nouns, kb.former_markers,
              kb.counterparts, lex.speech_verbs, lex.complementizers, lex.anonymous_sources, lex.place_nouns)
    place = kb.place_names.match_at(view.forms, j)
    # a city of the generated gazetteer is often a surname too ("Anita ANAND", Anand in India)
    return bool(place and not place[0].gazetteer) or any(t.match_at(view.forms, j) for t in tables)


def is_lexicon_word(view: SentenceView, j: int) -> bool:
    lex = view.rules.lexicon
    tables = (lex.day_markers, lex.weekdays, lex.months, lex.events, lex.units, lex.number_words,
              lex.qualifiers_before, lex.partitives, lex.relative, lex.relative_days, lex.day_parts,
              lex.follow_up_cues, lex.previous_cues, lex.next_cues)
    return any(t.match_at(view.forms, j) for t in tables)


def starts_with_given(view: SentenceView, k: int) -> bool:
    """Word k is a known first name or, with no list to say so, a proper noun ordinary text does not use."""
    return _given(view, k) or strong(view, k)
