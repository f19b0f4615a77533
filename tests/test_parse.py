import pytest

from checker.model import Article, Token
from checker.model import ParsedSentence
from checker.parse import ModelError, Parser, _word_run_on, resolve_models, split_edge_punct
from tests.conftest import DAY


def tok(text, start, head=0, upos="PROPN"):
    return Token(text, text, upos, head, "dep", start, start + len(text))


def test_glued_arabic_comma_and_quotes_are_split_keeping_offsets_and_heads():
    tokens = [tok("قال", 0, 0, "VERB"), tok("ميرتس،", 4, 1), tok("«لا»", 11, 1)]
    out = split_edge_punct(tokens)
    assert [t.text for t in out] == ["قال", "ميرتس", "،", "«", "لا", "»"]
    assert [(t.start, t.end) for t in out][1:3] == [(4, 9), (9, 10)]
    assert out[1].head == 1 and out[2].head == 2 and out[2].upos == "PUNCT" and out[4].head == 1


def test_model_resolution_order(tmp_path, monkeypatch):
    (tmp_path / "resources.json").write_text("{}")
    monkeypatch.setenv("CHECKER_STANZA_DIR", str(tmp_path))
    assert resolve_models(None).origin == "CHECKER_STANZA_DIR"
    assert resolve_models(str(tmp_path)).origin == "--models"
    assert resolve_models("stanza-official").official
    with pytest.raises(ModelError, match="not a Stanza model folder"):
        resolve_models(str(tmp_path / "nope"))


@pytest.mark.models
def test_parse_keeps_original_offsets_and_uses_the_cache(checker):
    text = "عنوان الخبر\nقال المستشار الألماني فريدريش ميرتس، إن «ألمانيا» ستشارك. وأضاف أن 35 دولة حضرت."
    article = Article("t.txt", text, DAY)
    before = dict(checker.parser.stats)
    parsed = checker.parser.parse(article)
    assert len(parsed.sentences) >= 3
    for sentence in parsed.sentences:
        for t in sentence.tokens:
            assert text[t.start:t.end] == t.text
            assert not (len(t.text) > 1 and t.text[-1] in "،”»")
    again = checker.parser.parse(article)
    assert again == parsed
    assert checker.parser.stats["cached"] == before["cached"] + 1


@pytest.mark.models
def test_articles_parsed_in_one_batch_parse_as_each_alone(checker, tmp_path):
    texts = {"a.txt": "قال الوزير إن 40 دولة شاركت في القمة يوم الثلاثاء.\nوأضاف أن الاجتماع التالي في مايو.",
             "b.txt": "وصل الرئيس إلى القاهرة أمس.",
             "c.txt": "عنوان\n\nبلغت الخسائر 3.5 مليون دولار، بحسب التقديرات."}
    articles = [Article(name, text, DAY) for name, text in texts.items()]
    alone = Parser(cache_dir=tmp_path / "alone", use_cache=False)
    batched = Parser(cache_dir=tmp_path / "batched")
    together = batched.parse_many(articles, batch=2)        # two Stanza calls: a+b, then c
    assert sorted(together) == ["a.txt", "b.txt", "c.txt"]
    for article in articles:
        assert together[article.id] == alone.parse(article)
        for sentence in together[article.id].sentences:
            # (a decimal point is given to the parser as the Arabic one, same length, so offsets hold)
            assert all(article.text[t.start:t.end] == t.text.replace("\u066b", ".") for t in sentence.tokens)
    assert batched.stats == {"parsed": 3, "cached": 0}
    assert batched.parse_many(articles) == together and batched.stats == {"parsed": 3, "cached": 3}


def test_official_models_without_network_is_a_clear_error(monkeypatch, tmp_path):
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "empty"))
    parser = Parser("stanza-official", cache_dir=tmp_path, use_cache=False)
    with pytest.raises(ModelError, match="need a network"):
        parser.nlp


def test_a_letter_cut_off_a_line_s_last_word_is_put_back():
    # "... during 202|6": the tokenizer ended the headline one letter early
    words = (Token("خلال", "خلال", "ADP", 2, "case", 0, 4), Token("202", "202", "NUM", 0, "root", 5, 8))
    whole = _word_run_on(ParsedSentence(0, 0, 8, words), Token("6", "6", "NUM", 0, "root", 8, 9))
    assert [(t.text, t.start, t.end, t.head) for t in whole.tokens] == [("خلال", 0, 4, 2), ("2026", 5, 9, 0)]
    assert whole.end == 9
