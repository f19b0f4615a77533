"""Reporters: one module per format, each render(result, out, opts) over the same RunResult."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TextIO

from ..model import RunResult
from .safe import atomic_write
from . import (csv_report, github_report, html_report, json_report, junit_report, line_report,
               markdown_report, sarif_report)

Renderer = Callable[[RunResult, TextIO, dict], None]
FORMATS: dict[str, Renderer] = {
    "json": json_report.render,
    "md": markdown_report.render,
    "line": line_report.render,
    "csv": csv_report.render_discrepancies,
    "sarif": sarif_report.render,
    "junit": junit_report.render,
    "github": github_report.render,
    "html": html_report.render,
}
DEFAULT_FILES = {"report.json": json_report.render, "report.md": markdown_report.render, "report.html": html_report.render,
                 "claims.csv": csv_report.render_claims, "discrepancies.csv": csv_report.render_discrepancies,
                 "stories.csv": csv_report.render_stories}


def render(result: RunResult, fmt: str, out: TextIO, opts: dict | None = None) -> None:
    FORMATS[fmt](result, out, opts or {})


def write_default_reports(result: RunResult, folder: Path, opts: dict | None = None) -> list[Path]:
    written = []
    for name, renderer in DEFAULT_FILES.items():
        path = folder / name
        with atomic_write(path) as fh:
            renderer(result, fh, opts or {})
        written.append(path)
    return written
