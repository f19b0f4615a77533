#!/usr/bin/env python3
"""Write rules/stories/background.json: in how many sentences of a UD Arabic treebank each content
lemma occurs. Stories weigh an article's words by how rare they are in ordinary news and
Wikipedia text, so that a run of two articles still knows that «قال» says nothing about the story.

    python scripts/background_df.py [TREEBANK.conllu] [--out rules/stories/background.json]

(default treebank: ../shared/ud/ar_pud-ud-test.conllu, the one the shipped models come from).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.config import load_rules  # noqa: E402
from checker.extract.terms import CONTENT_TAGS, MIN_KEY_LETTERS, term_key  # noqa: E402


def sentence_lemmas(path: Path):
    lemmas: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if lemmas:
                yield lemmas
            lemmas = set()
        elif line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0] and cols[3] in CONTENT_TAGS:
                lemmas.add(cols[2])
    if lemmas:
        yield lemmas


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("treebank", nargs="?", type=Path, default=ROOT.parent / "shared" / "ud" / "ar_pud-ud-test.conllu")
    parser.add_argument("--out", type=Path, default=ROOT / "rules" / "stories" / "background.json")
    args = parser.parse_args()
    normalizer = load_rules().lexicon.normalizer
    df: Counter[str] = Counter()
    sentences = 0
    for lemmas in sentence_lemmas(args.treebank):
        sentences += 1
        keys = {term_key(lemma, normalizer) for lemma in lemmas}
        df.update(k for k in keys if len(k) >= MIN_KEY_LETTERS)
    data = {"source": args.treebank.name, "documents": sentences,
            "df": {k: n for k, n in sorted(df.items()) if n > 1}}
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['df'])} lemmas from {sentences} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
