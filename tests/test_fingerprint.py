from dataclasses import replace

from checker.fingerprint import fingerprint
from checker.model import Claim


def claim(article="a", start=0, number=27, text="27 قائدا"):
    return Claim(f"{article}#{start}", "count", article, 0, start, start + 5, text, "s",
                 {"number": number, "unit": "leader", "display": f"{number} leader"})


def test_fingerprint_is_stable_under_offset_shifts_and_order():
    a, b = claim("a", 10), claim("b", 50, 35)
    shifted = [replace(b, start=900, end=905, text="35 قائدًا"), replace(a, start=3, end=8)]
    assert fingerprint("CC101", "t", [a, b]) == fingerprint("CC101", "t", shifted)


def test_fingerprint_ignores_further_claims_repeating_a_value():
    a, b = claim("a"), claim("b", number=35)
    assert fingerprint("CC101", "t", [a, b]) == fingerprint("CC101", "t", [a, b, claim("c", number=35)])


def test_fingerprint_changes_with_values_rule_or_topic():
    base = fingerprint("CC101", "t", [claim("a"), claim("b", number=35)])
    assert base != fingerprint("CC101", "t", [claim("a"), claim("b", number=36)])
    assert base != fingerprint("CD103", "t", [claim("a"), claim("b", number=35)])
    assert base != fingerprint("CC101", "u", [claim("a"), claim("b", number=35)])
    assert len(base) == 12
