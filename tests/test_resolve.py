from datetime import date

from checker.model import Article, Claim, PersonMention
from checker.resolve import NameIndex, holder_by_title, resolve


def mention(name, kb_id=None, article="a"):
    return PersonMention(article, 0, 0, 1, name, name, kb_id=kb_id)


def test_bare_surname_links_to_a_full_name_seen_elsewhere(rules):
    index = NameIndex([mention("ميشيل مارتن"), mention("مارتن", article="b")], rules.lexicon.name_skeleton)
    assert index.entity("مارتن", None) == index.entity("ميشيل مارتن", None) == "name:ميشيل مارتن"


def test_one_name_in_two_transliterations_is_one_person(rules):
    index = NameIndex([mention("نونو غوميز"), mention("نونو جوميز", article="b")], rules.lexicon.name_skeleton)
    assert index.entity("نونو جوميز", None) == index.entity("نونو غوميز", None) == "name:نونو غوميز"
    assert index.entity("جوميز", None) == "name:نونو غوميز"
    assert index.entity("نونو سانتوس", None) == "name:نونو سانتوس"


def test_knowledge_base_ids_win(rules):
    assert NameIndex([], rules.lexicon.name_skeleton).entity("روته", "mark-rutte") == "person:mark-rutte"


def test_title_only_speaker_resolves_to_the_office_holder_on_the_date(rules):
    uk_leader = {"family": "leader", "jurisdiction": "uk"}
    assert holder_by_title(rules, uk_leader, date(2026, 1, 6)) == "keir-starmer"
    assert holder_by_title(rules, uk_leader, date(2023, 1, 6)) == "rishi-sunak"
    assert holder_by_title(rules, {"family": "leader", "jurisdiction": None}, date(2026, 1, 6)) is None


def test_resolve_sets_entity_ids_on_person_claims(rules):
    claim = Claim("c", "speaker", "a", 0, 0, 1, "x", "x", {"speaker": "الزعيم البريطاني"}, subject=None,
                  attrs={"title": {"family": "leader", "jurisdiction": "uk"}})
    article = Article("a", "x", date(2026, 1, 6))
    (resolved,), _ = resolve([claim], [], [article], rules)
    assert resolved.entity_ids == ("person:keir-starmer",)


def test_a_known_person_s_skeleton_needs_a_spelling_close_to_an_alias(rules):
    # a transliteration's variant is the known person; another name a lossy skeleton happens to
    # meet ("Abd al-Ilah al-Wazzani" has the skeleton of "Abdullah al-Thani") is not
    kb = rules.kb
    assert kb.person_by_skeleton("فلاديمير بوتن") == "vladimir-putin"
    assert rules.lexicon.name_skeleton("عبد الإله الوزاني") == rules.lexicon.name_skeleton("عبد الله الثاني")
    assert kb.person_by_skeleton("عبد الإله الوزاني") is None
