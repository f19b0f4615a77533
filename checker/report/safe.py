"""Article text is untrusted: each reader (terminal, spreadsheet, Markdown viewer, XML parser) gets
it escaped for what that reader would otherwise act on."""
from __future__ import annotations

import html
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO

from ..load import CONTROL_CHARS

# The controls the loader already blanks, a carriage return, and the bidi overrides that reorder
# what a terminal shows (newlines are handled by each writer: one-line formats fold them).
_CONTROLS = re.compile(f"[{CONTROL_CHARS}\r\u202d\u202e]")
# XML 1.0 forbids these characters outright; escaping cannot make them legal.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# OWASP: a cell starting with one of these is a formula in Excel, LibreOffice or Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What Markdown would act on inside a line (< > & are escaped as HTML instead).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]!|~#])")


def terminal(text: str) -> str:
    """One line for a terminal: no escape sequences, no control characters, no line breaks."""
    return _CONTROLS.sub("", str(text)).replace("\r", " ").replace("\n", " ")


def csv_cell(value):
    """A cell a spreadsheet shows as text, never runs (the OWASP recommendation: a leading quote)."""
    if not isinstance(value, str):
        return value
    value = _CONTROLS.sub("", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def markdown(text: str) -> str:
    """Article text inside Markdown: shown as written, never as HTML, images, links or emphasis."""
    return html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", terminal(text)), quote=False)


def code(text: str) -> str:
    """A file name or id as Markdown code: a backtick inside would end the code span."""
    return "`" + terminal(text).replace("`", "'") + "`"


def xml_text(text: str) -> str:
    """Text an XML parser accepts (control characters XML cannot hold are dropped)."""
    return _NOT_XML.sub("", str(text))


@contextmanager
def atomic_write(path: Path, newline: str | None = "") -> Iterator[TextIO]:
    """Write to a temporary file beside `path` and rename it over `path` when done: a crash at any
    moment leaves the previous file or the new one, whole, never a truncated one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
