"""A hostile but fair input folder (tests/hostile/ plus what is too big or too odd to commit), run
through `checker check` and `checker ci` as CI would: every file is checked or named with a reason,
no report carries a live formula, raw HTML from an article or a control character, the JUnit file
is XML, and memory stays bounded."""
from __future__ import annotations

import csv
import json
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.conftest import ROOT, model_dir

pytestmark = pytest.mark.models
SECRET = "كلمة المرور السرية 987654"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_RSS_MB = 3000


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "articles"
    shutil.copytree(ROOT / "tests" / "hostile", folder, ignore=shutil.ignore_patterns("README.md"))
    paragraph = "اجتمع 27 زعيما في بروكسل يوم الثلاثاء لبحث الميزانية.\n\n"
    (folder / "huge.txt").write_text("قمة\n\n" + paragraph * (5_000_000 // len(paragraph.encode())), encoding="utf-8")
    (folder / "line-without-punctuation.txt").write_text(
        "قمة القادة\n\nاجتمع 27 زعيما في بروكسل " + "وتحدثوا طويلا عن الميزانية " * 400 + "\n", encoding="utf-8")
    (folder / "name-\x1b[2J-escape.txt").write_text("قمة القادة\n\nاجتمع 27 زعيما في بروكسل.\n", encoding="utf-8")
    (base / "secret.txt").write_text(f"{SECRET}\n\nاجتمع 99 زعيما في بروكسل.\n", encoding="utf-8")
    (folder / "link-to-secret.txt").symlink_to(base / "secret.txt")
    return folder


def _checker(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    env = {"CHECKER_STANZA_DIR": model_dir(), "CHECKER_CACHE_DIR": str(tmp / "cache"), "PATH": "/usr/bin:/bin",
           "PYTHONHASHSEED": "0"}
    return subprocess.run([sys.executable, "-m", "checker", *args, "--as-of", "2026-01-06"], cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def checked(hostile, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    run = _checker(["check", str(hostile), "--reports-dir", str(tmp / "reports")], tmp)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return run, tmp / "reports", peak_mb


def test_every_file_is_checked_or_named_with_a_reason(hostile, checked):
    run, reports, _ = checked
    assert run.returncode in (0, 1), run.stderr
    report = json.loads((reports / "report.json").read_text(encoding="utf-8"))
    checked_ids = {a["id"] for a in report["articles"]}
    skipped = {s["path"]: s["reason"] for s in report["skipped"]}
    for path in hostile.iterdir():
        shown = path.name.replace("\x1b", "\ufffd")
        assert (shown in checked_ids) != (shown in skipped), path.name
        if shown in skipped:
            assert re.search(rf"skipped {re.escape(shown)} \(\w[\w/]*\): .+", run.stderr), shown
    assert "2026-01-06 10:00:00" not in json.dumps(skipped) and "date-with-time.txt" in checked_ids
    assert "line-without-punctuation.txt" in checked_ids
    assert "aliases" in skipped["aliases.txt"] and "2026-02-30" in skipped["bad-date.txt"]
    assert "200,000 characters" in skipped["huge.txt"] and "symbolic link" in skipped["link-to-secret.txt"]


def test_no_report_acts_on_its_reader(checked):
    run, reports, _ = checked
    for path in sorted(reports.glob("*.[jmhc]*[nldv]")):      # json, md, html, csv: not the sqlite stores
        text = path.read_text(encoding="utf-8")
        assert SECRET not in text, path.name
        assert not CONTROL.search(text), path.name
    assert not CONTROL.search(run.stdout + run.stderr)
    markdown = (reports / "report.md").read_text(encoding="utf-8")
    assert "evil.example" in markdown                      # the text is shown...
    assert not re.search(r"<(img|script|b)\b|!\[[^\]\n]*\]\(|(?<!\\)\[[^\]\n]*\]\(javascript", markdown)   # ...never acted on
    html = (reports / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "<script>alert" not in html and "<img src=\"http" not in html
    for name in ("claims.csv", "discrepancies.csv"):
        with (reports / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                assert not [cell for cell in row if cell[:1] in ("=", "+", "-", "@")], (name, row)


def test_memory_stays_bounded(checked):
    assert checked[2] < MAX_RSS_MB


def test_ci_fails_when_an_asked_article_cannot_be_checked(hostile, tmp_path):
    out = tmp_path / "ci.xml"
    run = _checker(["ci", str(hostile), "--new", str(hostile / "bad-date.txt"), str(hostile / "injection.txt"),
                    "--reports-dir", str(tmp_path / "reports"), "--format", "junit", "--output", str(out)], tmp_path)
    assert run.returncode == 1, run.stderr
    assert "could not be checked" in run.stderr
    suite = ET.parse(out).getroot()
    errors = {case.get("name"): case.find("error") for case in suite.iter("testcase")}
    assert errors["bad-date.txt"] is not None and "2026-02-30" in errors["bad-date.txt"].get("message")
    assert errors["injection.txt"] is None
