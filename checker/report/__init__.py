"""Reporters: one module per format, each render(result, out, opts) over the same RunResult."""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Callable, TextIO

from ..model import RunResult
from .safe import atomic_write

Renderer = Callable[[RunResult, TextIO, dict], None]
# format -> "module:function"; a module is imported when its format is asked for (a JSON-only run
# never loads Jinja or pandas).
FORMATS: dict[str, str] = {
    "json": "json_report:render",
    "md": "markdown_report:render",
    "line": "line_report:render",
    "csv": "csv_report:render_discrepancies",
    "sarif": "sarif_report:render",
    "junit": "junit_report:render",
    "github": "github_report:render",
    "html": "html_report:render",
}
DEFAULT_FILES = {"report.json": "json_report:render", "report.md": "markdown_report:render",
                 "report.html": "html_report:render", "claims.csv": "csv_report:render_claims",
                 "discrepancies.csv": "csv_report:render_discrepancies", "stories.csv": "csv_report:render_stories"}


def renderer(name: str) -> Renderer:
    module, function = name.split(":")
    return getattr(import_module(f"{__name__}.{module}"), function)


def render(result: RunResult, fmt: str, out: TextIO, opts: dict | None = None) -> None:
    renderer(FORMATS[fmt])(result, out, opts or {})


def write_default_reports(result: RunResult, folder: Path, opts: dict | None = None) -> list[Path]:
    written = []
    for name, target in DEFAULT_FILES.items():
        path = folder / name
        with atomic_write(path) as fh:
            renderer(target)(result, fh, opts or {})
        written.append(path)
    return written
