from checker.doc import SPANS_KEY, render_claims, to_spacy
from checker.model import Article, Claim
from tests.conftest import DAY, hand_parse_article


def test_article_as_spacy_doc_with_claim_spans_at_original_offsets():
    text = "قال ميرتس، إن 35 دولة شاركت.\nوأضاف أن القمة مهمة."
    article = Article("a.txt", text, DAY)
    parsed = hand_parse_article("a.txt", text)
    start = text.index("35 دولة")
    claim = Claim("c1", "count", "a.txt", 0, start, start + 7, "35 دولة", text.splitlines()[0], {"number": 35})
    doc = to_spacy(article, parsed, [claim])
    assert len(list(doc.sents)) == 2
    (span,) = doc.spans[SPANS_KEY]
    assert span.label_ == "count" and span._.claim_id == "c1"
    assert text[span._.orig_start:span._.orig_end] == "35 دولة"
    assert doc[1]._.orig_start == text.index("ميرتس")
    page = render_claims([("a.txt", doc)])
    assert 'dir="rtl"' in page and "count" in page and "a.txt" in page
