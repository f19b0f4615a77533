"""CSV tables of claims and of discrepancies (one row per claim of a discrepancy), via pandas."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from ..model import RunResult
from .evidence import articles_by_id, claim_record, report_strings, rule_labels
from .safe import csv_cell
from .sheet import cell_text, story_sheets

if TYPE_CHECKING:  # pandas is imported when a table is made: a JSON-only run does without it
    import pandas as pd

CLAIM_COLUMNS = ["id", "kind", "article", "line", "column", "start", "end", "text", "subject", "value", "sentence"]


def claims_frame(result: RunResult) -> pd.DataFrame:
    articles = articles_by_id(result)
    rows = [claim_record(c, articles.get(c.article_id)) for c in result.claims]
    frame = _frame(rows, [*CLAIM_COLUMNS, "entities", "attrs", "sentence_index"])
    frame["value"] = frame["value"].map(lambda v: json.dumps(v, ensure_ascii=False))
    return frame[CLAIM_COLUMNS]


DISCREPANCY_COLUMNS = ["discrepancy", "rule", "kind", "severity", "topic", "message", "article", "outlet",
                       "line", "column", "start", "end", "text", "sentence"]


def discrepancies_frame(result: RunResult, lang: str = "en") -> pd.DataFrame:
    articles = articles_by_id(result)
    rows = []
    for d in result.discrepancies:
        for c in d.claims:
            rec = claim_record(c, articles.get(c.article_id))
            rows.append({"discrepancy": d.id, "rule": d.rule, "kind": d.kind, "severity": d.severity,
                         "topic": d.topic, "message": d.message_in(lang), "article": rec["article"],
                         "outlet": rec["outlet"], "line": rec["line"], "column": rec["column"], "start": rec["start"],
                         "end": rec["end"], "text": rec["text"], "sentence": rec["sentence"]})
    return _frame(rows, DISCREPANCY_COLUMNS)


def render_claims(result: RunResult, out: TextIO, opts: dict) -> None:
    _for_spreadsheets(claims_frame(result)).to_csv(out, index=False)


def render_discrepancies(result: RunResult, out: TextIO, opts: dict) -> None:
    """Headers in the run's language (English column names stay those of --lang en)."""
    lang = opts.get("lang", "en")
    frame = _for_spreadsheets(discrepancies_frame(result, lang))
    if lang != "en":
        t = report_strings(opts)
        frame = frame.rename(columns={c: t[f"col_{c}"] if f"col_{c}" in t.table else t[c] for c in frame.columns})
    frame.to_csv(out, index=False)


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    import pandas as pd
    return pd.DataFrame(rows, columns=columns)


def _for_spreadsheets(frame: pd.DataFrame) -> pd.DataFrame:
    """The CSV files are opened in spreadsheets: no cell of article text may start a formula."""
    return frame.apply(lambda column: column.map(csv_cell)) if len(frame) else frame


def render_stories(result: RunResult, out: TextIO, opts: dict) -> None:
    """The story sheets in long form: one line per story, row and article (stories.csv)."""
    t = report_strings(opts)
    rows = []
    for sheet in story_sheets(result, t, rule_labels(opts)):
        outlets = dict(sheet.columns)
        for row in sheet.rows:
            for article, claims in sorted(row.cells.items()):
                rows.append({"story": sheet.story.id, "what": row.label, "kind": row.kind, "article": article,
                             "outlet": outlets.get(article, article), "words": cell_text(claims),
                             "conflict": row.conflict or ""})
    frame = _frame(rows, ["story", "what", "kind", "article", "outlet", "words", "conflict"])
    _for_spreadsheets(frame).to_csv(out, index=False)
