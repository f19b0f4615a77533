"""Whether two claims may say the same thing, read from what extraction stored in their attrs:
the same event of a story (compatible_events) and the same measure (same_measure,
counted_strength). Detection asks these; they need nothing but the attrs and the articles the claims
are of (no parse, no stemmer).
"""
from __future__ import annotations

from ..model import ONE_DAY, Claim

ROOT_LENGTH_GAP = 2      # words of one root this close in length are one word in two forms, not two words
# Periods that contain finer ones: "the quarter" is any of the four.
PERIOD_FAMILY = {"q1": "quarter", "q2": "quarter", "q3": "quarter", "q4": "quarter", "h1": "half", "h2": "half"}
# Windows that end now ("in the last 24 hours"): a part of whatever total, compared only with one another.
WINDOWS = frozenset({"last-24-hours"})


def compatible_events(a: dict, b: dict) -> bool:
    """Whether two claims' events (their attrs) may be the same event of one story."""
    if a.get("event") != b.get("event") or a.get("event") not in ("main", "next"):
        return False        # (the next session of one story is one session; earlier ones are many)
    ca, cb = a.get("event_class"), b.get("event_class")
    if ca == cb == "statement":     # one announcement, made by one speaker with one verb, in two leads
        return bool(a.get("event_speaker")) and a.get("event_speaker") == b.get("event_speaker")
    if ca is None or cb is None or "statement" in (ca, cb):
        return False
    if ca.startswith("lemma:") or cb.startswith("lemma:"):
        same = ca == cb or (a.get("event_root") and a.get("event_root") == b.get("event_root"))
        return bool(same) and _same_part(a, b)
    if "any" not in (ca, cb) and ca != cb:
        return False
    ka, kb = a.get("event_kind"), b.get("event_kind")
    if ka != kb and not (a.get("event_generic") or b.get("event_generic")):
        return False
    return _same_part(a, b)


def one_reported_event(a: Claim, b: Claim) -> bool:
    """Two days or places that two articles' leads give to what they report (extract.events.in_the_lead):
    one story's main event, unless each names an event of its own that a list tells apart."""
    lead = "lead_day" if a.kind == "date" else "lead_place"
    if not (a.attrs.get(lead) and b.attrs.get(lead)) or a.article_id == b.article_id:
        return False
    listed = [c for c in (a.attrs.get("event_class"), b.attrs.get("event_class"))
              if c not in (None, "any") and not c.startswith("lemma:")]
    if listed == ["statement", "statement"] and a.attrs.get("event_speaker") != b.attrs.get("event_speaker"):
        return False        # two announcements, by two speakers
    return (len(listed) < 2 or listed[0] == listed[1]) and _same_part(a.attrs, b.attrs)


def _same_part(a: dict, b: dict) -> bool:
    fa, fb, pa, pb = a.get("event_facet"), b.get("event_facet"), a.get("event_phase"), b.get("event_phase")
    return (fa == fb or not fa or not fb) and (pa == pb or not pa or not pb)


# What two measures must share exactly to be one figure at all.
EXACT = ("change", "reference", "rate", "mods", "whole", "deadline", "range_end", "planned")


def exact_key(measure: dict) -> tuple:
    """The fields of a measure two figures must share to be compared: figures are put in classes
    by it before any pair is looked at."""
    return tuple(_hashable(measure.get(k)) for k in EXACT)


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def same_measure(a: dict, b: dict, phrase: bool = True) -> bool:
    """Whether two measures (as stored in claim attrs) may be the same figure; phrase=False leaves
    out what is measured (when a frame, an event or the counted noun already says it)."""
    for k in EXACT:     # (a plain loop: this runs for every pair of figures of a topic)
        if a.get(k) != b.get(k):
            return False
    if a.get("out_of") and b.get("out_of") and a["out_of"] != b["out_of"]:
        return False
    if a.get("label") and b.get("label") and a["label"] != b["label"]:
        return False        # "petrol 92" and "petrol 95"
    if a.get("of_counted") and b.get("of_counted") and a["of_counted"] != b["of_counted"]:
        return False        # the countries of nine judges and those of 86 contestants
    if bool(a.get("out_of")) != bool(b.get("out_of")) and not (a.get("owner") and b.get("owner")) \
            and not _one_verb(a, b) and not _verb_and_its_noun(a, b) and not _one_head(a, b):
        return False        # a part of a whole ("three of the 14 defendants") is not a total, unless one
        #                     owner's, or both counted by one verb ("nine of the 22 agreed", "eight agreed";
        #                     "CONVICTED nine of the 14", "the CONVICTION of eleven"), or by one noun
        #                     ("by WINNING 2,618 seats out of 7,248", "by WINNING 2,861 seats"; that the
        #                     other figure is not the whole is the caller's to check)
    if not _same_period(a.get("period"), b.get("period")):
        return False
    if a.get("destination") and b.get("destination") and not set(a["destination"]) & set(b["destination"]):
        return False        # "12 taken to the hospital in Jeddah", "19 taken to Khulais hospital": two groups
    if a.get("owner") and b.get("owner"):
        if not set(a["owner"]) & set(b["owner"]):
            return False
        phrase = False      # one owner's figure of one kind: what it is called may vary
    return _same_phrase(a, b) if phrase else True


def by_owner_only(a: dict, b: dict) -> bool:
    """Two figures of one owner whose phrases do not meet: the owner alone says they may be one."""
    return bool(a.get("owner") and b.get("owner") and set(a["owner"]) & set(b["owner"])) and not _same_phrase(a, b)


def _one_verb(a: dict, b: dict) -> bool:
    return bool(a.get("by_verb") and b.get("by_verb") and set(a.get("roots", ())) & set(b.get("roots", ())))


def _verb_and_its_noun(a: dict, b: dict) -> bool:
    """One figure counted by a verb, the other by a noun of the verb's root ("convicted", "the
    conviction of")."""
    return bool(a.get("by_verb") != b.get("by_verb") and a.get("head_root") and a.get("head_root") == b.get("head_root"))


def _one_head(a: dict, b: dict) -> bool:
    """Both figures hang on one noun, and on nothing more ("by WINNING 2,618 seats")."""
    return bool(a.get("head_key") and a.get("head_key") == b.get("head_key") and not a.get("by_verb")
                and not b.get("by_verb") and not _own_nouns(a, b) and not _own_nouns(b, a))


def _whose_is_head(a: dict, b: dict) -> bool:
    return bool(a.get("purpose") and b.get("head") and b["head_root"] in a["purpose"] and not b.get("purpose"))


def _same_period(a: str | None, b: str | None) -> bool:
    if a in WINDOWS or b in WINDOWS:
        return a == b
    if {a, b} == {ONE_DAY, "cumulative"}:
        return False    # one day's figure is a part of the running total (and is compared with any other)
    a, b = (None if p == ONE_DAY else p for p in (a, b))
    return not a or not b or a == b or PERIOD_FAMILY.get(a) == b or PERIOD_FAMILY.get(b) == a


def counted_strength(a: dict, b: dict) -> str | None:
    """How surely two counts of one noun no list names count the same thing: "strong" (one owner's,
    or two phrases sharing a word, or two verbs of one root), "weak" (a verb and a phrase, or too
    little said), or None (two different verbs or phrases)."""
    if a.get("owner") and b.get("owner"):
        return "strong"     # one owner's count of one noun (same_measure checked that the owners meet)
    if one_change(a, b):
        return "strong"     # one change of one noun: "CUT rates by 150 points", "the 200-point CUT"
    if both_wholes(a, b):
        return "strong"
    if a.get("by_verb") and b.get("by_verb"):
        return "strong" if _one_verb(a, b) else None
    if a.get("by_verb") or b.get("by_verb") or not (a.get("head") and b.get("head")):
        return "weak"
    return "strong" if _heads_meet(a, b) else None


def both_wholes(a: dict, b: dict) -> bool:
    """Both figures are the whole others are parts of ("chosen FROM AMONG 164 novels"): a story has
    one whole of a counted noun, whatever verb or subject each report gives it."""
    return bool(a.get("whole") and b.get("whole"))


def one_change(a: dict, b: dict) -> bool:
    """Two figures of one change, the word of change written once as a verb and once as its noun:
    "CUT rates by 150 points", "the 200-point CUT the committee approved"."""
    return bool(set(a.get("change_roots", ())) & set(b.get("change_roots", ())))


def _own_nouns(a: dict, b: dict) -> set[str]:
    """The words of a's phrase that b's does not have, by word and by root."""
    b_roots = set(b.get("roots", ()))
    return {w for w, r in zip(a.get("words", ()), a.get("roots", ()))
            if w not in b.get("words", ()) and r not in b_roots and w != a.get("head")}


def _same_phrase(a: dict, b: dict) -> bool:
    """One phrase's head is a word of the other ("net profit" and "the net profits"), or both heads
    have one root ("contribution", "contributed"), or both say what the figure is for ("for the reconstruction"); and each does not add an
    adjective or a name of its own ("the golden prize" is not "the silver prize")."""
    if own_adjectives(a, b):
        return False
    if _own_nouns(a, b) and _own_nouns(b, a) and (a.get("head") == b.get("head") or a.get("label") or b.get("label")):
        return False        # one head, two of-phrases: "the rate of DEPOSIT", "the rate of LENDING";
        #                     or one of a kind with its code ("PETROL 92") and another kind ("DIESEL")
    if a.get("purpose") and b.get("purpose") and set(a["purpose"]) & set(b["purpose"]):
        return True
    if _whose_is_head(a, b) or _whose_is_head(b, a):
        return True         # "the total cost FOR THE PROJECT" and "the value of THE PROJECT"
    if not a.get("head") or not b.get("head"):
        return not a.get("head") and not b.get("head")
    return _heads_meet(a, b)


def own_adjectives(a: dict, b: dict) -> bool:
    """Each phrase has an adjective or name the other lacks ("the DOMESTIC flights", "the
    INTERNATIONAL ones"; "the golden prize", "the silver prize")."""
    return bool(set(a.get("adjectives", ())) - set(b.get("words", ()))) and \
        bool(set(b.get("adjectives", ())) - set(a.get("words", ())))


def _heads_meet(a: dict, b: dict) -> bool:
    """One phrase's head is a word of the other, or both heads are one word in two forms (one noun
    without its endings, "pesticide" and "pesticides", or a word of the other so; or one root and
    about one length)."""
    return (a["head"] in b["words"] or b["head"] in a["words"] or (a.get("head_key") and a.get("head_key") == b.get("head_key"))
            or a.get("head_key") in b.get("keys", ()) or b.get("head_key") in a.get("keys", ())
            or (a["head_root"] == b["head_root"] and abs(len(a["head"]) - len(b["head"])) <= ROOT_LENGTH_GAP))
