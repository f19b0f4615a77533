import io
import multiprocessing
from dataclasses import replace

from checker.model import Claim, Discrepancy
from checker.review.store import ReviewStore, apply_reviews, evidence_of


def discrepancy(sentence="القمة يوم الثلاثاء", id_="abc123def456"):
    claim = Claim("c", "date", "a.txt", 0, 6, 17, "يوم الثلاثاء", sentence, {"weekday": 2})
    return Discrepancy(id_, "CD101", "date", "warning", "day", "a vs b", (claim,))


def test_history_is_appended_never_overwritten(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite")
    d = discrepancy()
    store.record(d.id, "dismiss", evidence_of(d), "different summits", "ana")
    store.record(d.id, "reopen", evidence_of(d), "actually the same", "bob")
    store.record(d.id, "confirm", evidence_of(d), "correction sent", "ana")
    assert [r.decision for r in store.history(d.id)] == ["dismiss", "reopen", "confirm"]
    assert apply_reviews([d], store)[d.id].status == "confirmed"


def test_dismissed_until_the_evidence_changes(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite")
    d = discrepancy()
    store.record(d.id, "dismiss", evidence_of(d), "ok", "ana")
    assert apply_reviews([d], store)[d.id].status == "dismissed"
    shifted = replace(d, claims=(replace(d.claims[0], start=99, end=110),))
    assert apply_reviews([shifted], store)[d.id].status == "dismissed"     # offsets alone do not reopen
    edited = discrepancy(sentence="القمة انعقدت يوم الثلاثاء")
    status = apply_reviews([edited], store)[d.id]
    assert status.status == "reopened" and "a.txt" in status.reason and "ana" in status.reason


def _writer(path, n, who):
    store = ReviewStore(path)
    d = discrepancy()
    for i in range(n):
        store.record(d.id, "dismiss", evidence_of(d), f"{who}-{i}", who)
    store.close()


def test_concurrent_writers_lose_no_decision(tmp_path):
    path = tmp_path / "r.sqlite"
    ReviewStore(path).close()
    procs = [multiprocessing.Process(target=_writer, args=(path, 40, f"w{k}")) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    notes = {r.note for r in ReviewStore(path).history()}
    assert len(notes) == 160


def test_export_import_round_trip_without_duplicates(tmp_path):
    a = ReviewStore(tmp_path / "a.sqlite")
    d = discrepancy()
    a.record(d.id, "dismiss", evidence_of(d), "n1", "ana")
    a.record(d.id, "confirm", evidence_of(d), "n2", "bob")
    buf = io.StringIO()
    assert a.export_jsonl(buf) == 2
    b = ReviewStore(tmp_path / "b.sqlite")
    lines = buf.getvalue().splitlines()
    assert b.import_jsonl(lines) == 2
    assert b.import_jsonl(lines) == 0
    assert [(r.decision, r.reviewer) for r in b.history()] == [("dismiss", "ana"), ("confirm", "bob")]


def test_an_older_decision_imported_later_does_not_win(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite")
    d = discrepancy()
    store.record(d.id, "confirm", evidence_of(d), "newer", "ana", at="2026-03-02T10:00:00+00:00")
    old = {"discrepancy_id": d.id, "decision": "dismiss", "note": "older", "reviewer": "bob",
           "at": "2026-03-01T12:00:00+02:00", "evidence_hash": "x", "evidence": evidence_of(d)}
    import json
    assert store.import_jsonl([json.dumps(old)]) == 1
    assert store.latest()[d.id].note == "newer"
    assert [r.note for r in store.history(d.id)] == ["older", "newer"]


def test_import_is_all_or_nothing_and_names_the_bad_rows(tmp_path):
    import json

    import pytest

    from checker.review.store import ImportRejected
    store = ReviewStore(tmp_path / "r.sqlite")
    d = discrepancy()
    good = {"discrepancy_id": d.id, "decision": "dismiss", "note": "", "reviewer": "bob",
            "at": "2026-03-01T12:00:00+00:00", "evidence_hash": "x", "evidence": evidence_of(d)}
    lines = [json.dumps(good), "{broken", json.dumps({**good, "decision": "delete"}), json.dumps({**good, "at": "soon"})]
    with pytest.raises(ImportRejected) as rejected:
        store.import_jsonl(lines)
    assert [p.split(":")[0] for p in rejected.value.problems] == ["line 2", "line 3", "line 4"]
    assert store.history() == []


def test_an_unreadable_row_is_ignored_not_fatal(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite")
    d = discrepancy()
    store.record(d.id, "dismiss", evidence_of(d), "ok", "ana")
    store.db.execute("INSERT INTO decisions (discrepancy_id, decision, note, reviewer, at, evidence_hash, evidence)"
                     " VALUES ('x', 'confirm', '', 'eve', 'not a time', 'h', '{not json')")
    assert [r.note for r in store.history()] == ["ok"]
    assert apply_reviews([d], store)[d.id].status == "dismissed"


def test_a_new_article_repeating_a_value_reopens_a_dismissed_discrepancy(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite")
    d = discrepancy()
    store.record(d.id, "dismiss", evidence_of(d), "ok", "ana")
    extra = replace(d.claims[0], id="c2", article_id="new.txt")
    assert apply_reviews([replace(d, also=(extra,))], store)[d.id].status == "reopened"
