"""The archive's index entries as arrays (checker.focus_index), and their snapshot in the claims cache."""
import shutil
from datetime import date
from pathlib import Path

import pytest

from checker.focus_index import FocusIndex
from checker.model import IndexEntry

ROOT = Path(__file__).resolve().parent.parent


def _entries():
    return {"k1": IndexEntry({"b": 2.0, "a": 1.0, "in:eg": 0.0}, ("p1",)),
            "k2": IndexEntry({"a": 3.0, "c": 5.0}, ()),
            "k3": IndexEntry({"d": 1.0}, ("p2", "p3"))}


def test_rows_read_back_as_the_entries_stored_in_their_order():
    index = FocusIndex.empty().plus(_entries())
    for key, entry in _entries().items():
        row = index.row(key)
        assert list(index.raw(row).items()) == list(entry.terms.items())
        assert index.people[row] == entry.office_people


def test_select_keeps_the_keys_held_in_the_order_asked_and_counts_their_terms():
    index = FocusIndex.empty().plus(_entries()).select(["k3", "gone", "k1"])
    assert index.keys == ("k3", "k1") and "k2" not in index
    assert index.raw(0) == {"d": 1.0} and index.raw(1) == {"b": 2.0, "a": 1.0, "in:eg": 0.0}
    df = dict(zip(index.vocabulary, index.document_frequencies().tolist()))
    assert df["a"] == 1 and df["d"] == 1 and df.get("c", 0) == 0


def test_a_snapshot_round_trips_without_the_terms_no_row_gives():
    index = FocusIndex.empty().plus(_entries()).select(["k1", "k3"])
    back = FocusIndex.from_bytes(index.to_bytes())
    assert back.keys == index.keys and "c" not in back.vocabulary
    assert [back.raw(i) for i in range(len(back))] == [index.raw(i) for i in range(len(index))]
    assert back.plus({"k4": IndexEntry({"c": 1.0, "a": 2.0}, ())}).raw(2) == {"c": 1.0, "a": 2.0}


@pytest.mark.models
def test_a_focused_run_reads_the_snapshot_and_the_table_only_for_new_keys(tmp_path):
    from checker import Checker
    from checker.load import load_paths
    from tests.conftest import model_dir
    for corpus in ("bus-crash", "oil-output"):
        shutil.copytree(ROOT / "tests" / "corpora" / corpus, tmp_path / "archive" / corpus,
                        ignore=shutil.ignore_patterns("*.yaml"))
    checker = Checker(models=model_dir(), cache_dir=tmp_path / "cache")
    day = date(2026, 1, 6)
    full = checker.run(load_paths([tmp_path / "archive"], day))
    new = sorted(a.id for a in full.articles if a.id.startswith("bus-crash/"))[:1]
    asked = []
    get_index = checker.claim_cache.get_index
    checker.claim_cache.get_index = lambda keys: asked.append(list(keys)) or get_index(keys)
    first = checker.run(load_paths([tmp_path / "archive"], day), focus=new)
    assert len(asked[-1]) == len(full.articles)         # no snapshot yet: every entry from the table
    assert checker.claim_cache.get_snapshot() is not None
    second = checker.run(load_paths([tmp_path / "archive"], day), focus=new)
    assert asked[-1] == []                              # every entry from the snapshot
    assert [d.id for d in second.discrepancies] == [d.id for d in first.discrepancies]
    removed = sorted(a.id for a in full.articles if a.id.startswith("oil-output/"))[0]
    (tmp_path / "archive" / removed).unlink()
    third = checker.run(load_paths([tmp_path / "archive"], day), focus=new)
    assert asked[-1] == [] and len(third.articles) == len(full.articles) - 1
    assert [d.id for d in third.discrepancies if d.story] == [d.id for d in first.discrepancies if d.story]
