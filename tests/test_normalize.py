from checker.normalize import split_words


def test_normalize_folds_letters_digits_and_quotes_keeping_offsets(rules):
    text = "قالَ «أحمد» إنّ ٣٥ دولةً"
    norm = rules.lexicon.normalizer.normalize("a", text)
    assert norm.text == 'قال "احمد" ان 35 دوله'
    start = norm.text.index("35")
    assert text[slice(*norm.orig_span(start, start + 2))] == "٣٥"


def test_orig_span_includes_trailing_diacritics(rules):
    text = "أربعين شهراً مضت"
    norm = rules.lexicon.normalizer.normalize("a", text)
    i = norm.text.index("شهرا")
    assert text[slice(*norm.orig_span(i, i + 4))] == "شهراً"


def test_tatweel_and_persian_digits_are_folded(rules):
    norm = rules.lexicon.normalizer.normalize("a", "قمـــة ۲۷")
    assert norm.text == "قمه 27"


def test_variants_strip_proclitics(rules):
    n = rules.lexicon.normalizer
    assert "رييس" in n.variants("للرييس")
    assert "مشاركه" in n.variants("بمشاركه")
    assert "وزير" in n.variants("والوزير")


def test_a_word_is_not_matched_by_stripping_a_letter_of_another_word(rules):
    from checker.lexicon import PhraseTable
    table = PhraseTable(rules.lexicon.normalizer, [("بلد", "country")])
    assert table.match_at(["ولد"], 0) is None
    assert table.match_at(["وبلد"], 0) == ("country", 1)


def test_split_words_separates_arabic_punctuation():
    assert [w.norm for w in split_words("ميرتس، قال")] == ["ميرتس", "،", "قال"]


def test_a_noun_key_is_one_whether_the_lemma_keeps_its_feminine_ending(rules):
    # the lemmatizer gives "mukafa'a" (a reward) with its taa marbuta, folded to heh, or without it
    key = rules.lexicon.normalizer.noun_key
    assert key("مكافاه") == key("مكافا") == key("المكافاه")
    assert key("سيارات") == key("سياره")
    assert key("مدرسه") != key("مدارس")      # (a broken plural is left to the parser's lemma)
