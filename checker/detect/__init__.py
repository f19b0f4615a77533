"""Contradiction detection over a networkx claim graph."""
from .graph import detect  # noqa: F401
