"""The Markdown report: discrepancies grouped by topic, each claim quoted with its words marked."""
from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from ..model import RunResult
from .evidence import (articles_by_id, by_story, line_col, outlet_of, report_strings, sentence_parts,
                       rule_labels, severity_counts, story_title, topic_heading)
from .safe import code, markdown
from .sheet import cell_text, story_sheets

ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    articles = articles_by_id(result)
    counts = severity_counts(result)
    t = report_strings(opts)
    out.write(f"# {t['report_title']}\n\n")
    out.write(t["comma"].join([f"{len(result.articles)} {t['articles']}", f"{len(result.claims)} {t['claims']}",
                               f"{counts['error']} {t['errors']}", f"{counts['warning']} {t['warnings']}",
                               f"{counts['info']} {t['info']}"]) + ".\n\n")
    sheets = {s.story.id: s for s in story_sheets(result, t, rule_labels(opts))}
    for story, discrepancies in by_story(result):
        out.write(f"## {markdown(story_title(story, t))}\n\n")
        if story:
            out.write(f"{len(story.articles)} {t['articles']}: {', '.join(code(a) for a in story.articles)}\n\n")
        if story and story.id in sheets:
            _write_sheet(out, sheets[story.id], t)
        _write_topics(out, discrepancies, articles, opts)
    if result.skipped:
        out.write(f"## {t['skipped_input']}\n\n")
        for s in result.skipped:
            out.write(f"- {code(s.path)} ({s.stage}): {markdown(s.reason)}\n")
        out.write("\n")


def _write_sheet(out: TextIO, sheet, t) -> None:
    """Who said what, one row per measure or person, one column per outlet; ⚠ marks a conflict."""
    out.write(f"**{t['sheet']}**\n\n| {t['what']} | " + " | ".join(markdown(h) for _, h in sheet.columns) + " |\n")
    out.write("|" + "---|" * (len(sheet.columns) + 1) + "\n")
    for row in sheet.rows:
        mark = f"⚠ `{row.conflict}` " if row.conflict else ""
        cells = [markdown(cell_text(row.cells.get(a, []))) for a, _ in sheet.columns]
        out.write(f"| {mark}{markdown(row.label)} | " + " | ".join(cells) + " |\n")
    out.write("\n")


def _write_topics(out: TextIO, discrepancies, articles, opts: dict) -> None:
    t = report_strings(opts)
    by_topic = defaultdict(list)
    for d in discrepancies:
        by_topic[d.topic].append(d)
    for topic, items in by_topic.items():
        heading = topic_heading(items[0].kind, topic, t, items[0].claims, rule_labels(opts))
        out.write(f"### {markdown(heading)}\n\n")
        for d in items:
            review = opts.get("reviews", {}).get(d.id)
            status = f" · **{review.status}**" if review and review.status != "open" else ""
            message = d.message_in(opts.get("lang", "en"))
            out.write(f"#### {ICONS[d.severity]} {d.rule} · {t[d.severity]} · `{d.id}`{status}\n\n{markdown(message)}\n\n")
            if review and review.decision and review.status != "open":
                out.write(f"> {review.decision.decision} by {markdown(review.decision.reviewer)}: "
                          f"{markdown(review.decision.note)}{' — ' + markdown(review.reason) if review.reason else ''}\n\n")
            for c in d.claims:
                article = articles.get(c.article_id)
                line, col = line_col(article.text, c.start) if article else (0, 0)
                before, words, after = sentence_parts(c.sentence, c.start, c.end, c.sentence_start)
                quoted = markdown(before) + (f"**{markdown(words)}**" if words else "") + markdown(after)
                who = " · ".join(x for x in (outlet_of(article), article.date.isoformat() if article and article.dated
                                             else "") if x)
                out.write(f"- {code(f'{c.article_id}:{line}:{col}')}{' (' + markdown(who) + ')' if who else ''} "
                          f"<span dir=\"rtl\">{quoted}</span>\n")
            if d.also:
                out.write(f"- {t['same_value_also_in']}: {', '.join(code(a) for a in sorted({c.article_id for c in d.also}))}\n")
            out.write("\n")
