"""Claim extractors: each turns one sentence view into claims, registered by name."""
from .registry import EXTRACTORS, Extracted, extract_article, extractor  # noqa: F401
from . import quantities, dates, people, locations  # noqa: F401  (registration side effects)
