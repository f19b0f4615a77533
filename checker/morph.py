"""Arabic roots, for matching words of one family across articles (participation, participants,
took part): Tashaphyne's light stemmer and root extractor (by pyarabic's author), cached.

Tashaphyne breaks ties between candidate roots by iterating a set, so its choice changes with
PYTHONHASHSEED; `root` makes the same choice its `_choose_root` makes, with ties broken by the
alphabet, so reports are the same in every process."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

ROOT_LETTERS = 3


@lru_cache(maxsize=1)
def _tashaphyne():
    """The stemmer and stop-word module, imported on first use: a run whose claims all come from
    the cache may never need a root."""
    from tashaphyne.stemming import ArabicLightStemmer, arabicstopwords
    return ArabicLightStemmer(), arabicstopwords


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The root of a (folded) word, or the word itself when no root of three letters or more is found."""
    if len(word) < ROOT_LETTERS or not word.isalpha():
        return word
    if (first_waw := _FORM_IV_OF_FIRST_WAW.match(word)) is not None:
        return WAW + first_waw.group(1) + first_waw.group(2)
    found = _choose_root(word)
    return found if found and len(found) >= ROOT_LETTERS else word


# Tashaphyne reads the verbal noun of form IV of a root that begins with waw as a hollow root
# ("iqaf", suspension: q-w-f, not w-q-f as "awqafa", suspended): the pattern is read here by hand.
# (alif-ya, a consonant, alif, a consonant; the article may come first)
WAW = "\u0648"
_FORM_IV_OF_FIRST_WAW = re.compile("^(?:\u0627\u0644)?\u0627\u064a([^\u0627\u0648\u064a])\u0627([^\u0627\u0648\u064a])$")


def _choose_root(word: str) -> str | None:
    stemmer, stopwords = _tashaphyne()
    if stopwords.is_stop(word):
        return stopwords.stop_root(word)
    stemmer.light_stem(word)
    stemmer.segment(word)
    roots = [d["root"] for d in stemmer.get_affix_list()]
    roots = [r for r in roots if stemmer.is_root_length_valid(r)] or roots
    roots = [r for r in roots if stemmer.is_root(r)] or roots
    roots = [r for r in roots if len(r) == ROOT_LETTERS] or roots
    if not roots:
        return None
    counts = Counter(roots)
    return min(counts, key=lambda r: (-counts[r], r))
