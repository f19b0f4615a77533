"""The Markdown report: discrepancies grouped by topic, each claim quoted with its words marked."""
from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from ..model import RunResult
from .evidence import articles_by_id, by_story, line_col, marked_sentence, severity_counts, story_title

ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    articles = articles_by_id(result)
    counts = severity_counts(result)
    out.write("# checker report\n\n")
    out.write(f"{len(result.articles)} articles, {len(result.claims)} claims, "
              f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} info.\n\n")
    for story, discrepancies in by_story(result):
        out.write(f"## {story_title(story)}\n\n")
        if story:
            out.write(f"{len(story.articles)} articles: {', '.join(f'`{a}`' for a in story.articles)}\n\n")
        _write_topics(out, discrepancies, articles, opts)
    if result.skipped:
        out.write("## Skipped input\n\n")
        for s in result.skipped:
            out.write(f"- `{s.path}` ({s.stage}): {s.reason}\n")
        out.write("\n")


def _write_topics(out: TextIO, discrepancies, articles, opts: dict) -> None:
    by_topic = defaultdict(list)
    for d in discrepancies:
        by_topic[d.topic].append(d)
    for topic, items in by_topic.items():
        out.write(f"### {topic}\n\n")
        for d in items:
            review = opts.get("reviews", {}).get(d.id)
            status = f" · **{review.status}**" if review and review.status != "open" else ""
            out.write(f"#### {ICONS[d.severity]} {d.rule} · {d.severity} · `{d.id}`{status}\n\n{d.message}\n\n")
            if review and review.decision and review.status != "open":
                out.write(f"> {review.decision.decision} by {review.decision.reviewer}: {review.decision.note}"
                          f"{' — ' + review.reason if review.reason else ''}\n\n")
            for c in d.claims:
                article = articles.get(c.article_id)
                line, col = line_col(article.text, c.start) if article else (0, 0)
                quoted = marked_sentence(c, "**", "**").replace("\n", " ")
                out.write(f"- `{c.article_id}:{line}:{col}` <span dir=\"rtl\">{quoted}</span>\n")
            if d.also:
                out.write(f"- same value also in: {', '.join(sorted({c.article_id for c in d.also}))}\n")
            out.write("\n")
