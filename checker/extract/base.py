"""The sentence view every extractor reads: normalized words with original offsets and POS."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..config import Rules
from ..model import Article, Claim, NormText, ParsedSentence
from ..normalize import ARABIC_COMMA, ARABIC_QUESTION, ARABIC_SEMICOLON, Word, split_words

SENTENCE_PUNCT = frozenset({ARABIC_COMMA, ARABIC_SEMICOLON, ARABIC_QUESTION, *",.;:!?"})
QUOTED_NAME_WORDS = 5     # a quoted span this long with no verb is a name, not quoted words
VERB_STEM = 3             # letters a verb keeps once its subject's ending is gone


@dataclass
class SentenceView:
    article: Article
    norm: NormText
    sentence: ParsedSentence
    rules: Rules
    words: list[Word] = field(init=False)
    forms: list[str] = field(init=False)
    upos: list[str] = field(init=False)
    person: list[bool] = field(init=False)      # inside a PER entity, when the model set has NER
    glued: list[bool] = field(init=False)       # Stanza split a proclitic off the word (wa- + noun)
    lemmas: list[str] = field(init=False)       # folded lemma of the word's last token
    token_word: list[int] = field(init=False)   # for each token of the parse, the word it lies in (-1: none)
    lead_rank: int = 0      # 0: the headline; n: after n-1 full sentences of the body (a byline is none)
    _memo: dict = field(init=False, default_factory=dict)

    def __post_init__(self):
        nstart = bisect.bisect_left(self.norm.to_orig, self.sentence.start)
        nend = bisect.bisect_left(self.norm.to_orig, self.sentence.end)
        self.words = split_words(self.norm.text, nstart, nend)
        self.forms = [w.norm for w in self.words]
        inside = [self._tokens_in(w) for w in self.words]
        normalizer = self.rules.lexicon.normalizer
        content = [_content_token(tokens) for tokens in inside]
        self.lemmas = [normalizer.fold(t.lemma) if t else "" for t in content]
        position = {id(t): k for k, t in enumerate(self.sentence.tokens)}
        self.token_word = [-1] * len(self.sentence.tokens)
        for i, tokens in enumerate(inside):
            for t in tokens:
                self.token_word[position[id(t)]] = i
        self.upos = [t.upos if t else "X" for t in content]
        self.person = [any(t.ner.endswith("PER") for t in tokens) for tokens in inside]
        self.glued = [len(tokens) > 1 and tokens[0].upos in ("CCONJ", "ADP", "PART") for tokens in inside]

    def _tokens_in(self, word: Word) -> list:
        start, end = self.norm.orig_span(word.start, word.end)
        return [t for t in self.sentence.tokens if t.start < end and t.end > start]

    def head_word(self, i: int) -> int | None:
        """The word that word i's last token depends on in the parse (None: the root or outside)."""
        for k, w in enumerate(self.token_word):
            head = self.sentence.tokens[k].head
            outside = self.token_word[head - 1] if 0 < head <= len(self.token_word) else None
            if w == i and outside != i:
                return outside
        return None

    def deprel(self, i: int) -> str:
        tokens = [self.sentence.tokens[k] for k, w in enumerate(self.token_word) if w == i]
        token = _content_token(tokens)
        return token.deprel if token else ""

    def verb_in(self, table, i: int):
        """Word i's entry in a table of lemmas (LemmaTable), by its lemma or, where the small
        lemmatizer garbles a verb ("dashshana", inaugurated, read as "dāna"), by its written form:
        a verb's past form is its lemma, less its subject's ending ("imtaddat", it lasted)."""
        form = self.forms[i]
        found = table.get(self.lemmas[i]) or table.get(form)
        if found or self.upos[i] != "VERB":
            return found
        endings = self.rules.lexicon.normalizer.past_verb_endings
        return next((hit for e in endings if form.endswith(e) and len(form) - len(e) >= VERB_STEM
                     and (hit := table.get(form[:-len(e)]))), None)

    def children(self, i: int) -> list[int]:
        """Words that depend on word i in the parse."""
        return self.once(_children_map).get(i, [])

    def has_case(self, i: int) -> bool:
        """Word i carries a preposition (its own clitic or a word before it): a prepositional phrase."""
        return any(self.sentence.tokens[k].deprel == "case" for k, w in enumerate(self.token_word)
                   if w == i or (w in self.children(i) and self.upos[w] == "ADP"))

    def content_start(self, i: int, known: frozenset[str] = frozenset()) -> int:
        """Where word i starts in the original text, past a conjunction glued to it ("and-the
        minister"): when the word without its first letter is one of `known` and the word is not."""
        start = self.orig_span(i, i + 1)[0]
        form = self.forms[i]
        conjunctions = self.rules.lexicon.normalizer.conjunctions
        if form[:1] in conjunctions and form not in known and form[1:] in known:
            return start + 1
        return start

    def glued_preposition(self, i: int) -> str | None:
        """The preposition clitic the parser split off word i ("li-" in "of the company"), if any."""
        tokens = [self.sentence.tokens[k] for k, w in enumerate(self.token_word) if w == i]
        return next((t.text for t in tokens[:-1] if t.deprel == "case"), None)

    def glued_for(self, i: int) -> bool:
        """Word i carries a glued "for/of" ("li-l-sharika", of the company; "li-l-mu'tamarat", for
        conferences)."""
        glued = self.glued_preposition(i)
        return bool(glued) and self.rules.lexicon.normalizer.fold(glued) in self.rules.lexicon.measures.purpose_prefixes

    def plural(self, k: int) -> bool:
        """Word k is a noun in the plural: it has a sound plural's ending, or its lemma (the singular)
        has another stem ("the children", tifl)."""
        normalizer = self.rules.lexicon.normalizer
        if normalizer.bare(self.forms[k]).endswith(normalizer.noun_endings):
            return True
        return bool(self.lemmas[k]) and normalizer.noun_key(self.forms[k]) != normalizer.noun_key(self.lemmas[k])

    def quoted(self, i: int) -> bool:
        """Word i stands between quotation marks (a name or a quote, not the sentence's own words)."""
        return self.once(_quote_depths)[i]

    def in_quoted_name(self, i: int) -> bool:
        """Word i stands in a short quoted span with no verb: a name ("the «Front for Change in
        Chad»"), not someone's quoted words, which say what happened like the sentence's own."""
        span = self.once(_quoted_spans)[i]
        return span is not None and span[1] - span[0] <= QUOTED_NAME_WORDS and not any(
            self.upos[k] == "VERB" for k in range(*span))

    def ancestors(self, i: int, limit: int = 4) -> list[int]:
        """Words above word i in the parse, nearest first (at most `limit`)."""
        out: list[int] = []
        k = self.head_word(i)
        while k is not None and k not in out and k != i and len(out) < limit:
            out.append(k)
            k = self.head_word(k)
        return out

    def once(self, fn):
        """fn(view), computed once per sentence: several extractors read the same titles and events."""
        if fn not in self._memo:
            self._memo[fn] = fn(self)
        return self._memo[fn]

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def text(self) -> str:
        return self.article.text[self.sentence.start:self.sentence.end]

    def orig_span(self, i: int, j: int) -> tuple[int, int]:
        return self.norm.orig_span(self.words[i].start, self.words[j - 1].end)

    def surface(self, i: int, j: int) -> str:
        start, end = self.orig_span(i, j)
        return self.article.text[start:end]

    def joined(self, i: int, j: int) -> str:
        return " ".join(self.forms[i:j])

    def is_punct(self, i: int) -> bool:
        return self.forms[i] in SENTENCE_PUNCT

    def has_quote(self) -> bool:
        return '"' in self.forms

    def claim(self, kind: str, i: int, j: int, value: dict[str, Any], subject: str | None = None,
              attrs: dict[str, Any] | None = None, start: int | None = None) -> Claim:
        """A claim over words i..j (start: an original offset inside word i where the claim words begin)."""
        span_start, end = self.orig_span(i, j)
        start = span_start if start is None else start
        attrs = {**(attrs or {}), **({"headline": True} if self.in_headline() else {})}
        return Claim(id=f"{self.article.id}#{start}-{end}:{kind}", kind=kind, article_id=self.article.id,
                     sentence_index=self.index, start=start, end=end, text=self.article.text[start:end],
                     sentence=self.text, value=value, subject=subject, attrs=attrs,
                     sentence_start=self.sentence.start)

    def in_headline(self) -> bool:
        """The sentence is the article's first line and that line is a title (no full stop at its end)."""
        headline = (self.article.headline or "").strip()
        return self.index == 0 and bool(headline) and self.text.strip() == headline and headline[-1] not in ".!?"


def _content_token(tokens: list) -> object | None:
    """The token that carries a word's POS and lemma: the last one (proclitics come first in
    Arabic), unless it is a possessive pronoun glued to the end ("its revenue")."""
    if not tokens:
        return None
    content = [t for t in tokens if t.upos != "PRON"]
    return content[-1] if content and len(tokens) > 1 else tokens[-1]


def _quote_depths(view: SentenceView) -> list[bool]:
    inside, out = False, []
    for form in view.forms:
        if form == '"':
            inside = not inside
            out.append(False)
        else:
            out.append(inside)
    return out


def _quoted_spans(view: SentenceView) -> list[tuple[int, int] | None]:
    """For each word, the words between the quotation marks around it (None: not quoted)."""
    depths = view.once(_quote_depths)
    out: list[tuple[int, int] | None] = [None] * len(depths)
    k = 0
    while k < len(depths):
        if not depths[k]:
            k += 1
            continue
        j = k
        while j < len(depths) and depths[j]:
            j += 1
        out[k:j] = [(k, j)] * (j - k)
        k = j
    return out


def _children_map(view: SentenceView) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i in range(len(view.words)):
        head = view.head_word(i)
        if head is not None:
            out.setdefault(head, []).append(i)
    return out
