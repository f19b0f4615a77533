import pytest

from checker.lexicon import PhraseTable
from checker.schemas import RulesError, load_model, NumbersSpec


def words(rules, text):
    from checker.normalize import split_words
    return [w.norm for w in split_words(rules.lexicon.normalizer.fold(text))]


def test_phrase_table_matches_through_clitics_and_prefers_longest(rules):
    table = PhraseTable(rules.lexicon.normalizer, [("الرئيس", "p"), ("رئيس الوزراء", "pm")])
    assert table.find_all(words(rules, "للرئيس ورئيس الوزراء")) == [(0, 1, "p"), (1, 2, "pm")]


def test_phrase_table_without_bare_match_needs_the_article(rules):
    assert rules.lexicon.weekdays.find_all(words(rules, "أحد المستشارين")) == []
    assert rules.lexicon.weekdays.find_all(words(rules, "يوم الأحد"))[0][2] == 7


def test_unknown_key_in_rules_file_names_file_and_key(tmp_path):
    bad = tmp_path / "numbers.yaml"
    bad.write_text("connector: و\npartitives: []\nwords:\n  - {value: 1, rank: unit, formz: [واحد]}\n", encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_model(bad, NumbersSpec)
    assert str(bad) in str(err.value) and "formz" in str(err.value) and "expected" in str(err.value)


def test_invalid_yaml_is_a_rules_error(tmp_path):
    bad = tmp_path / "x.yaml"
    bad.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(RulesError, match="not valid YAML"):
        load_model(bad, NumbersSpec)
