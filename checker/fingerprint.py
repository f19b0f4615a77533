"""Stable discrepancy ids.

An id is the first 12 hex digits of SHA-1 over: the rule code, the topic key (which names the
article for per-article topics such as speakers) and the sorted set of distinct (kind, entity
ids, normalized value) of its claims. Offsets, sentence text, run order, and articles that only
repeat a value already in the discrepancy do not enter it, so re-runs and additions keep ids;
a changed value makes a new id.
"""
from __future__ import annotations

import hashlib
import json
from typing import Iterable

from .model import Claim

# Display strings vary with wording, not with what is claimed.
_DISPLAY_FIELDS = {"display", "title", "speaker", "quote"}


def value_key(claim: Claim) -> str:
    """What a claim asserts, independent of where and how it is worded."""
    value = {k: v for k, v in claim.value.items() if k not in _DISPLAY_FIELDS}
    return json.dumps([claim.kind, list(claim.entity_ids), value], sort_keys=True, ensure_ascii=False)


def fingerprint(rule: str, topic_key: str, claims: Iterable[Claim]) -> str:
    parts = [rule, topic_key, *sorted({value_key(c) for c in claims})]
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]
