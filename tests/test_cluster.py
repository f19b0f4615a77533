"""The Dask path: a local cluster of two workers parses and extracts, and the report is the one a
single process gives."""
from datetime import date

import pytest

from checker import Checker
from checker.report.json_report import to_dict
from tests.conftest import ROOT, model_dir

pytest.importorskip("dask.distributed")


def test_a_local_dask_cluster_changes_nothing_but_where_the_work_runs(tmp_path):
    corpus = [ROOT / "tests" / "corpora" / "space-launch"]
    day = date(2026, 1, 6)
    alone = Checker(models=model_dir(), cache_dir=tmp_path / "alone", jobs=1).check_paths(corpus, as_of=day)
    on_cluster = Checker(models=model_dir(), cache_dir=tmp_path / "cluster", jobs=2, scheduler="local")
    result = on_cluster.check_paths(corpus, as_of=day)
    assert result.stats["parsed"] == 0 and result.stats["articles"] == len(alone.articles) >= 3  # parsed by the workers
    assert not result.skipped and result.discrepancies
    assert to_dict(result, {}) == to_dict(alone, {})


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    checker = Checker(models=model_dir(), cache_dir=tmp_path, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(Exception) as raised:
        checker.check({"a.txt": "انعقدت القمة في باريس يوم الثلاثاء"})
    assert "127.0.0.1:1" in str(raised.value) or "connect" in str(raised.value).lower()
