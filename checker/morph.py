"""Arabic roots, for matching words of one family across articles (participation, participants,
took part): Tashaphyne's light stemmer and root extractor (by pyarabic's author), cached."""
from __future__ import annotations

from functools import lru_cache

from tashaphyne.stemming import ArabicLightStemmer

_STEMMER = ArabicLightStemmer()


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The root of a (folded) word, or the word itself when no root of three letters or more is found."""
    if len(word) < 3 or not word.isalpha():
        return word
    _STEMMER.light_stem(word)
    found = _STEMMER.get_root()
    return found if found and len(found) >= 3 else word

