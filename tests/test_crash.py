"""A kill -9 at any moment of `checker check` or `checker review` leaves every report and store
whole: the previous version or the new one, never a truncated file."""
from __future__ import annotations

import csv
import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, model_dir

pytestmark = pytest.mark.models
KILLS = 12


def _env(tmp: Path) -> dict:
    return {"CHECKER_STANZA_DIR": model_dir(), "CHECKER_CACHE_DIR": str(tmp / "cache"), "PATH": "/usr/bin:/bin"}


def _check_args(tmp: Path) -> list[str]:
    return [sys.executable, "-m", "checker", "check", str(ROOT / "seeds"), "--reports-dir", str(tmp / "reports"),
            "--as-of", "2026-01-06", "-q"]


def _assert_whole(reports: Path) -> None:
    json.loads((reports / "report.json").read_text(encoding="utf-8"))
    json.loads((reports / "last-check.json").read_text(encoding="utf-8"))
    assert (reports / "report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    for name in ("claims.csv", "discrepancies.csv"):
        with (reports / name).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows and all(len(row) == len(rows[0]) for row in rows), name
    with sqlite3.connect(reports / "reviews.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _kill_at_random(args: list[str], tmp: Path, rng: random.Random, longest: float) -> None:
    proc = subprocess.Popen(args, cwd=tmp, env=_env(tmp), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.2, longest))
    proc.kill()
    proc.wait()


def test_kill_9_leaves_every_report_whole(tmp_path):
    first = subprocess.run(_check_args(tmp_path), cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True)
    assert first.returncode in (0, 1), first.stderr
    started = time.monotonic()
    subprocess.run(_check_args(tmp_path), cwd=tmp_path, env=_env(tmp_path), capture_output=True)
    warm = time.monotonic() - started
    rng = random.Random(7)
    report = json.loads((tmp_path / "reports" / "last-check.json").read_text(encoding="utf-8"))
    some_id = report["discrepancies"][0]["id"]
    review = [sys.executable, "-m", "checker", "review", "dismiss", some_id, "--note", "n",
              "--reports-dir", str(tmp_path / "reports")]
    for k in range(KILLS):
        _kill_at_random(_check_args(tmp_path) if k % 3 else review, tmp_path, rng, warm)
        _assert_whole(tmp_path / "reports")
    leftovers = [p.name for p in (tmp_path / "reports").iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= KILLS      # a killed writer may leave its temporary file, never a broken report
