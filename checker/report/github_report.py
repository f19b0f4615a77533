"""GitHub Actions workflow commands: an annotation on each claim's line of the article file."""
from __future__ import annotations

from typing import TextIO

from ..model import RunResult
from .evidence import articles_by_id, line_col
from .safe import terminal
from .sarif_report import _uri

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    text = terminal(text)      # one line, no escape sequences for the runner's log
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    articles = articles_by_id(result)
    for d in result.discrepancies:
        for claim in d.claims:
            article = articles.get(claim.article_id)
            line, col = line_col(article.text, claim.start) if article else (1, 1)
            end_line, end_col = line_col(article.text, claim.end) if article else (1, 1)
            props = (f"file={_escape_property(_uri(article, claim.article_id))},line={line},col={col},"
                     f"endLine={end_line},endColumn={end_col},title={_escape_property(f'{d.rule} [{d.id}]')}")
            out.write(f"::{LEVELS[d.severity]} {props}::{_escape_data(d.message)}\n")
