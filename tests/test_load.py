import json
from datetime import date

from checker.load import load_paths, load_texts

AS_OF = date(2026, 1, 6)


def test_folder_is_read_recursively_with_posix_relative_ids(tmp_path):
    (tmp_path / "2026" / "01").mkdir(parents=True)
    (tmp_path / "2026" / "01" / "b.txt").write_text("عنوان\nنص الخبر", encoding="utf-8")
    (tmp_path / "a.txt").write_text("نص آخر", encoding="utf-8")
    loaded = load_paths([tmp_path], AS_OF)
    assert [a.id for a in loaded.articles] == ["2026/01/b.txt", "a.txt"]
    assert loaded.articles[0].headline == "عنوان"
    assert loaded.articles[0].date == AS_OF


def test_files_given_by_name_use_the_file_name(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("خبر", encoding="utf-8")
    assert load_paths([path], AS_OF).articles[0].id == "x.txt"


def test_bad_inputs_are_skipped_with_a_reason_and_others_still_load(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "english.txt").write_text("no arabic here", encoding="utf-8")
    (tmp_path / "good.txt").write_text("خبر صحيح", encoding="utf-8")
    (tmp_path / "NOTES.md").write_text("Notes on the story: the cut (الخفض) is 800,000 barrels.", encoding="utf-8")
    loaded = load_paths([tmp_path, tmp_path / "missing.txt"], AS_OF)
    assert [a.id for a in loaded.articles] == ["good.txt"]
    reasons = {s.path: s.reason for s in loaded.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["latin1.txt"].startswith("not UTF-8")
    assert reasons["binary.txt"].startswith("binary")
    assert reasons["english.txt"] == "no Arabic text"
    assert reasons["NOTES.md"].startswith("mostly not Arabic")
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]


def test_sidecar_metadata_sets_the_article_date(tmp_path):
    (tmp_path / "a.txt").write_text("خبر", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "X", "date": "2025-09-04"}), encoding="utf-8")
    article = load_paths([tmp_path], AS_OF).articles[0]
    assert article.date == date(2025, 9, 4) and article.meta["outlet"] == "X"


def test_front_matter_is_metadata_and_offsets_stay_those_of_the_file(tmp_path):
    text = "---\ndate: 2025-01-02\nurl: http://x\n---\nخبر عاجل"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = load_paths([tmp_path], AS_OF).articles[0]
    assert article.date == date(2025, 1, 2)
    assert article.text.index("خبر") == text.index("خبر")
    assert article.headline == "خبر عاجل"


def test_in_memory_texts(tmp_path):
    loaded = load_texts({"a": "خبر", "b": ""}, AS_OF)
    assert [a.id for a in loaded.articles] == ["a"] and loaded.skipped[0].reason == "empty file"


def test_two_files_of_one_name_in_two_folders_are_two_articles(tmp_path):
    for day, text in (("day1", "نص اليوم الأول."), ("day2", "نص اليوم الثاني.")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "aljazeera.txt").write_text(text, encoding="utf-8")
    loaded = load_paths([tmp_path / "day1" / "aljazeera.txt", tmp_path / "day2" / "aljazeera.txt"], date(2026, 1, 1))
    assert sorted(a.text for a in loaded.articles) == ["نص اليوم الأول.", "نص اليوم الثاني."]
    assert len({a.id for a in loaded.articles}) == 2
    assert all(a.id.endswith("/aljazeera.txt") for a in loaded.articles)


def test_a_file_given_twice_is_read_once(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("نص.", encoding="utf-8")
    loaded = load_paths([path, path], date(2026, 1, 1))
    assert [a.text for a in loaded.articles] == ["نص."]
    assert [s.reason for s in loaded.skipped] == ["given more than once; read once"]


class _Index:
    """A file index in memory, as checker.cache.ClaimCache keeps it in SQLite."""
    def __init__(self):
        self.rows = {}

    def known_files(self):
        return dict(self.rows)

    def remember_files(self, rows):
        self.rows.update({path: (signature, fields) for path, signature, fields in rows})


def test_an_indexed_folder_reads_only_the_files_that_changed(tmp_path):
    import os
    from checker.load import load_folder_indexed, read_text
    (tmp_path / "a.txt").write_text("---\ndate: 2026-03-01\n---\nعنوان الخبر الأول\n\nنص الخبر الأول.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("عنوان الخبر الثاني\n\nنص الخبر الثاني.", encoding="utf-8")
    index = _Index()
    first = load_folder_indexed(tmp_path, date(2026, 3, 5), index)
    assert [a.lazy for a in first.articles] == [False, False]
    again = load_folder_indexed(tmp_path, date(2026, 3, 6), index)
    assert [a.lazy for a in again.articles] == [True, True]
    # a lazy article keeps what a read one has, but its text; an undated one takes this run's date
    assert [(a.id, a.date, a.headline, a.digest) for a in again.articles] == [
        (a.id, d, a.headline, a.digest) for a, d in zip(first.articles, [date(2026, 3, 1), date(2026, 3, 6)])]
    assert read_text(again.articles[0]).text == first.articles[0].text
    b = tmp_path / "b.txt"
    b.write_text("عنوان الخبر الثاني\n\nنص آخر للخبر الثاني.", encoding="utf-8")
    os.utime(b, ns=(b.stat().st_atime_ns, b.stat().st_mtime_ns + 10**9))
    changed = load_folder_indexed(tmp_path, date(2026, 3, 6), index)
    assert [a.lazy for a in changed.articles] == [True, False]
    assert changed.articles[1].digest != first.articles[1].digest


def test_front_matter_yaml_refuses_is_read_one_field_a_line(tmp_path):
    # a colon inside a title, a title opening with a quoted name: hand-written, not valid YAML
    text = '---\ntitle: "النادي" يفوز: ثلاثية في الشوط الثاني\noutlet: الصباح\ndate: 2026-04-12\n---\nخبر عاجل'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = load_paths([tmp_path], AS_OF).articles[0]
    assert article.date == date(2026, 4, 12)
    assert article.meta["title"] == '"النادي" يفوز: ثلاثية في الشوط الثاني'
    assert article.meta["outlet"] == "الصباح"


def test_front_matter_that_is_no_list_of_fields_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("---\ndate: [2026-04-12\n  nested: x\n---\nخبر عاجل", encoding="utf-8")
    loaded = load_paths([tmp_path], AS_OF)
    assert not loaded.articles and "not valid YAML" in loaded.skipped[0].reason
