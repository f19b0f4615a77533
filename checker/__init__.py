"""checker: claim-level fact-consistency checking for news articles, Arabic first."""
from .model import Claim, Discrepancy, RunResult  # noqa: F401
from .pipeline import Checker  # noqa: F401

__version__ = "0.1.0"
