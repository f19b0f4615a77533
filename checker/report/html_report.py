"""Self-contained HTML report (Jinja2): cards, filters, summary table and charts; also the review page."""
from __future__ import annotations

import re
from collections import Counter
from typing import TextIO

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..model import Claim, RunResult
from .evidence import (articles_by_id, by_story, line_col, outlet_of, report_strings, rule_labels, sentence_parts,
                       severity_counts, story_title)
from .sheet import cell_text, story_sheets

_ENV = Environment(loader=PackageLoader("checker.report", "templates"), autoescape=select_autoescape(["html", "j2"]))


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    out.write(render_page(result, opts))


def render_page(result: RunResult, opts: dict) -> str:
    articles = articles_by_id(result)
    reviews = opts.get("reviews", {})
    lang = opts.get("lang", "en")
    titles = {check.code: check.title_in(lang) for check in opts.get("checks", [])}
    strings = report_strings(opts)
    cards = [_card(d, articles, reviews.get(d.id), lang, titles.get(d.rule, d.rule), strings.rtl)
             for d in result.discrepancies]
    card_of = {c["d"].id: c for c in cards}
    sheets = {s.story.id: s for s in story_sheets(result, strings, rule_labels(opts))}
    stories = [{"title": story_title(story, strings), "articles": list(story.articles) if story else [],
                "sheet": _sheet_view(sheets.get(story.id)) if story else None,
                "cards": [card_of[d.id] for d in found]} for story, found in by_story(result)]
    by_kind = Counter(d.kind for d in result.discrepancies)
    by_article = Counter(c.article_id for d in result.discrepancies for c in {c.article_id: c for c in d.claims}.values())
    return _ENV.get_template("report.html.j2").render(
        lang=lang, t=strings,
        cards=cards, stories=stories, counts=severity_counts(result), articles=result.articles, skipped=result.skipped,
        claims=len(result.claims), by_kind=_bars(by_kind), by_article=_bars(by_article),
        kinds=sorted(by_kind), interactive=opts.get("interactive", False), token=opts.get("token", ""),
        version=opts.get("version", ""),
        hidden=opts.get("hidden_dismissed", 0))


def _isolated(message: str, rtl: bool = False) -> Markup:
    """Each quote isolated, so bidi does not reorder the sentence around Arabic inside English;
    in a right-to-left page each run of Latin letters and digits too (a file name such as
    "000_71b5.txt" would otherwise show as "71b5.txt_000")."""
    text = re.sub("\u00ab([^\u00bb]*)\u00bb", lambda m: f"\u00ab<bdi>{m.group(1)}</bdi>\u00bb", str(escape(message)))
    if rtl:
        text = re.sub(r"(?<![<\w/])(?=[\w.:/-]*[A-Za-z])([A-Za-z0-9_][\w.:/-]*\w)(?![^<]*>)",
                      r'<bdi dir="ltr">\1</bdi>', text)
    return Markup(text)


def _card(d, articles, review, lang: str = "en", title: str = "", rtl: bool = False) -> dict:
    return {"d": d, "status": review.status if review else "open", "message": _isolated(d.message_in(lang), rtl),
            "title": title,
            "note": review.decision.note if review and review.decision else "",
            "reviewer": review.decision.reviewer if review and review.decision else "",
            "reason": review.reason if review else "",
            "claims": [_claim_view(c, articles.get(c.article_id)) for c in d.claims],
            "also": sorted({c.article_id for c in d.also})}


def _claim_view(claim: Claim, article) -> dict:
    line, col = line_col(article.text, claim.start) if article else (0, 0)
    before, words, after = sentence_parts(claim.sentence, claim.start, claim.end, claim.sentence_start)
    marked = escape(before) + (Markup("<mark>") + escape(words) + Markup("</mark>") if words else "") + escape(after)
    return {"article": claim.article_id, "where": f"{line}:{col}", "marked": marked,
            "headline": _short(article.headline) if article else "", "outlet": outlet_of(article),
            "date": article.date.isoformat() if article and article.dated else ""}


def _sheet_view(sheet) -> dict | None:
    if sheet is None:
        return None
    return {"columns": [h for _, h in sheet.columns],
            "rows": [{"label": r.label, "conflict": r.conflict,
                      "cells": [cell_text(r.cells.get(a, [])) for a, _ in sheet.columns]} for r in sheet.rows]}


HEADLINE_CHARS = 140      # an article without a headline line has its first paragraph there


def _short(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= HEADLINE_CHARS else text[:HEADLINE_CHARS].rsplit(" ", 1)[0] + " …"


def _bars(counter: Counter) -> list[dict]:
    top = max(counter.values(), default=1)
    return [{"label": k, "count": v, "width": round(100 * v / top)} for k, v in counter.most_common()]
