"""One line per discrepancy claim: article:line:col:CODE:severity:message (for editors and grep)."""
from __future__ import annotations

from typing import TextIO

from ..model import RunResult
from .evidence import articles_by_id, line_col, outlet_of
from .safe import terminal


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    articles = articles_by_id(result)
    for d in result.discrepancies:
        first = d.claims[0]
        article = articles.get(first.article_id)
        line, col = line_col(article.text, first.start) if article else (0, 0)
        outlet = outlet_of(article)
        message = d.message_in(opts.get("lang", "en"))
        out.write(terminal(f"{first.article_id}:{line}:{col}:{d.rule}:{d.severity}:{message} [{d.id}]"
                           + (f" ({outlet})" if outlet else "")) + "\n")
