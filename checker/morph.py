"""Arabic roots, for matching words of one family across articles (participation, participants,
took part): Tashaphyne's light stemmer and root extractor (by pyarabic's author), cached.

Tashaphyne breaks ties between candidate roots by iterating a set, so its choice changes with
PYTHONHASHSEED; `root` makes the same choice its `_choose_root` makes, with ties broken by the
alphabet, so reports are the same in every process."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from tashaphyne.stemming import ArabicLightStemmer, arabicstopwords

_STEMMER = ArabicLightStemmer()
ROOT_LETTERS = 3


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The root of a (folded) word, or the word itself when no root of three letters or more is found."""
    if len(word) < ROOT_LETTERS or not word.isalpha():
        return word
    found = _choose_root(word)
    return found if found and len(found) >= ROOT_LETTERS else word


def _choose_root(word: str) -> str | None:
    if arabicstopwords.is_stop(word):
        return arabicstopwords.stop_root(word)
    _STEMMER.light_stem(word)
    _STEMMER.segment(word)
    roots = [d["root"] for d in _STEMMER.get_affix_list()]
    roots = [r for r in roots if _STEMMER.is_root_length_valid(r)] or roots
    roots = [r for r in roots if _STEMMER.is_root(r)] or roots
    roots = [r for r in roots if len(r) == ROOT_LETTERS] or roots
    if not roots:
        return None
    counts = Counter(roots)
    return min(counts, key=lambda r: (-counts[r], r))
