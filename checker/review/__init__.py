"""Editors' decisions on discrepancies, kept with their history."""
from .store import Decision, ReviewStore, ReviewStatus, apply_reviews, evidence_hash  # noqa: F401
