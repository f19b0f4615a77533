"""Same input, same output: two processes with other hash seeds write the same report bytes."""
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, model_dir

pytestmark = pytest.mark.models


def _report(tmp_path, seed: str) -> bytes:
    out = tmp_path / f"report-{seed}.json"
    env = {**os.environ, "PYTHONHASHSEED": seed, "CHECKER_STANZA_DIR": model_dir(),
           "CHECKER_CACHE_DIR": str(tmp_path / f"cache-{seed}")}
    subprocess.run([sys.executable, "-m", "checker", "check", str(ROOT / "tests" / "corpora" / "space-launch"),
                    str(ROOT / "tests" / "corpora" / "oil-output"), "--format", "json", "--output", str(out), "-q",
                    "--as-of", "2026-01-06"], check=False, env=env, cwd=tmp_path, capture_output=True)
    return out.read_bytes()


def test_reports_are_byte_identical_across_processes_and_hash_seeds(tmp_path):
    first = _report(tmp_path, "1")
    assert b'"discrepancies"' in first
    assert _report(tmp_path, "2") == first


def test_jobs_change_nothing_but_speed(tmp_path):
    """Parsing and extracting in worker processes gives the report one process gives."""
    from checker import Checker
    from checker.report.json_report import to_dict
    corpora = [ROOT / "tests" / "corpora" / name for name in ("space-launch", "oil-output", "wildfire")]
    day = __import__("datetime").date(2026, 1, 6)
    reports = []
    for jobs in (1, 2):
        result = Checker(cache_dir=tmp_path / f"cache-{jobs}", jobs=jobs).check_paths(corpora, as_of=day)
        assert len(result.articles) >= 8 and not [s for s in result.skipped if s.stage != "load"]
        reports.append(to_dict(result, {}))
    assert reports[0] == reports[1]
