"""Who holds which title: a table of sentences written blind (tests/names/names.yaml), each with the
people named, the title words that describe each, and titles that belong to someone else.

A person passes when a role claim gives their whole name the title that starts where the expected
title starts and lies inside it (a parenthesised abbreviation or a long tail may be left out), with
the right former/sitting status, and resolves to the knowledge-base person the sentence names.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.models
CASES = yaml.safe_load((Path(__file__).with_name("names.yaml")).read_text(encoding="utf-8"))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def _fold(rules, text: str) -> str:
    return " ".join(w for w in rules.lexicon.normalizer.fold(text).split() if w not in {"،", ","})


def problems(case: dict, result, rules) -> list[str]:
    """What the checker got wrong on one sentence (empty when it is right)."""
    sentence = case["sentence"]
    roles = [c for c in result.claims if c.kind == "role"]
    out = []
    for person in case["people"]:
        title, name = person["title"], person["name"]
        if name is None:
            at = sentence.index(title)
            invented = [c for c in roles if c.start - c.sentence_start == at]
            out += [f"«{title}» given to «{c.subject}», who is not named" for c in invented]
            continue
        mine = [c for c in roles if c.subject == _fold(rules, name)]
        if title is None:
            continue
        at = sentence.index(title)
        good = [c for c in mine if _title_start(c) == at and _fold(rules, title).startswith(_fold(rules, c.value["title"]))]
        if not good:
            got = "; ".join(f"«{c.value['title']}» → «{c.subject}»" for c in roles) or "no role claim"
            out.append(f"«{name}» should be «{title}» (got {got})")
            continue
        if any(c.value["former"] != person["former"] for c in good):
            out.append(f"«{name}»: former should be {person['former']}")
        who = _slug(person["who"]) if person.get("who") else None
        if who in rules.kb.people and not any(c.entity_ids[:1] == (f"person:{who}",) for c in good):
            out.append(f"«{name}» should resolve to {who} (got {good[0].entity_ids})")
    for wrong in case.get("wrong_titles") or []:
        at = sentence.index(wrong["title"])
        for c in roles:
            if c.subject == _fold(rules, wrong["name"]) and _title_start(c) == at:
                out.append(f"«{wrong['name']}» wrongly given «{wrong['title']}»")
    return out


def _title_start(claim) -> int:
    return claim.attrs.get("title_span", [claim.start])[0] - claim.sentence_start


# Sentences checker still reads wrong, and why. Strict: one that starts passing fails the test,
# so this list only ever shrinks.
KNOWN_MISSES = {
    "idafa-04": "a relational title inside a relational title inside a third ('the deputy of the spokesman of the "
                "secretary general'), then a surname that is an ordinary word ('Haq': right)",
}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN_MISSES[c["id"]], strict=True))
                                  if c["id"] in KNOWN_MISSES else c for c in CASES], ids=lambda c: c["id"])
def test_names_and_titles(checker, case):
    result = checker.check({f"{case['id']}.txt": case["sentence"]})
    assert problems(case, result, checker.rules) == []
