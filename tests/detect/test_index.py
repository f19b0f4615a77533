"""The index that compares a topic spanning stories (a person's offices over an archive)."""
from datetime import date

import networkx as nx

from checker.detect.index import SAME_TIME_DAYS, indexed_pairs
from checker.model import Claim


def office(article: str, family: str, n: int = 0) -> Claim:
    return Claim(id=f"{article}#{n}", kind="role", article_id=article, sentence_index=n, start=10 * n,
                 end=10 * n + 5, text=family, sentence=family, subject="Jane Roe",
                 value={"family": family, "title": family}, attrs={"title_span": [10 * n, 10 * n + 5]},
                 entity_ids=("name:jane roe",))


def judge_counting(calls: list):
    def judge(a: Claim, b: Claim):
        calls.append((a.id, b.id))
        return a.value["family"] != b.value["family"], ""
    return judge


def test_each_reading_is_judged_once_and_every_claim_joins_the_clash():
    day = date(2026, 3, 10)
    claims = tuple(office(f"a{i:03d}", "minister") for i in range(200)) + (office("z", "governor"),)
    dates = {c.article_id: day for c in claims}
    calls: list = []
    pairs = list(indexed_pairs(claims, dates, frozenset(), judge_counting(calls)))
    assert len(calls) <= 3, "two readings: one judgement per pair of readings, not 20,000"
    clash = nx.Graph((a.id, b.id) for a, b, (contradict, *_) in pairs if contradict)
    assert set(clash.nodes) == {c.id for c in claims}
    assert nx.is_connected(clash)
    order = {c.id: i for i, c in enumerate(claims)}
    assert all(order[a.id] < order[b.id] for a, b, _ in pairs)


def test_offices_of_articles_months_apart_are_not_compared():
    claims = (office("old", "prime-minister"), office("new", "secretary-general"))
    dates = {"old": date(2025, 1, 1), "new": date.fromordinal(date(2025, 1, 1).toordinal() + SAME_TIME_DAYS + 5)}
    assert list(indexed_pairs(claims, dates, frozenset(), judge_counting([]))) == []
    dates["new"] = date(2025, 1, 20)
    assert len(list(indexed_pairs(claims, dates, frozenset(), judge_counting([])))) == 1


def test_an_undated_article_is_compared_with_any_date():
    claims = (office("dated", "minister"), office("undated", "governor"))
    dates = {"dated": date(2025, 1, 1), "undated": date(2026, 11, 27)}    # --as-of, not its own date
    found = list(indexed_pairs(claims, dates, frozenset({"undated"}), judge_counting([])))
    assert [(a.id, b.id) for a, b, _ in found] == [("dated#0", "undated#0")]


def test_claims_of_one_article_are_judged_directly():
    claims = (office("one", "minister", 0), office("one", "governor", 1), office("one", "minister", 2))
    calls: list = []
    found = list(indexed_pairs(claims, {"one": date(2026, 1, 1)}, frozenset(), judge_counting(calls)))
    assert len(calls) == 3 and len(found) == 3
