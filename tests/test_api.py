import pytest

pytestmark = pytest.mark.models


def test_check_in_memory_texts_reuses_the_pipeline(checker):
    first = checker.check({"a.txt": "تضم القمة أكثر من 27 قائدًا.", "b.txt": "القمة بمشاركة 27 قائدًا."})
    nlp = checker.parser.nlp
    second = checker.check({"c.txt": "انعقدت في باريس قمة القادة الأوروبيين لبحث الضمانات الأمنية لأوكرانيا.",
                            "d.txt": "انعقدت في لندن قمة القادة الأوروبيين لبحث الضمانات الأمنية لأوكرانيا."})
    assert checker.parser.nlp is nlp
    assert [d.rule for d in first.discrepancies] == ["CC101"]
    assert [d.rule for d in second.discrepancies] == ["CL101"]


def test_evidence_offsets_point_at_the_claim_words(seeds_result):
    texts = {a.id: a.text for a in seeds_result.articles}
    for claim in seeds_result.claims:
        assert texts[claim.article_id][claim.start:claim.end] == claim.text
        assert claim.sentence[claim.start - claim.sentence_start:claim.end - claim.sentence_start] == claim.text
