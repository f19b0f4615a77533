import pytest

from checker.extract.numbers import find_numbers


@pytest.mark.parametrize("text,value", [
    ("35 دولة", 35), ("٣٥ دولة", 35), ("خمس وثلاثون دولة", 35), ("خمسة وثلاثين", 35),
    ("ثلاثين", 30), ("أربع سنوات", 4), ("مئة وخمسين", 150), ("ثلاثة آلاف", 3000),
    ("1,500 جندي", 1500), ("2.5 مليار دولار", 2.5e9), ("خمسة عشر", 15),
    ("نحو ألفي شخص", 2000), ("سبعمائة وخمسين", 750), ("مليوني دولار", 2e6), ("و728 طائرة", 728),
    ("مئة وإحدى وسبعين دولة", 171), ("مليونين و514 ألف أسرة", 2514000), ("29 ألفاً و400 ميغاواط", 29400),
    ("11 مليوناً و742 ألفاً و315 نسمة", 11742315), ("نصف مليون جنيه", 500000), ("ربع مليار دولار", 2.5e8),
])
def test_numbers_in_digits_and_words(view, text, value):
    spans = find_numbers(view(text))
    assert spans and spans[0].value == value and spans[0].malformed is None


@pytest.mark.parametrize("text", ["ثلاثين وتسعين شهراً", "عشرين وثلاثين", "ثلاثين وخمس"])
def test_malformed_word_numerals_are_reported(view, text):
    assert find_numbers(view(text))[0].malformed


def test_definite_number_words_are_not_counts(view):
    assert find_numbers(view("يوم الاثنين والثلاثين")) == []


def test_one_of_is_no_number(view):
    assert find_numbers(view("وصلت إحدى الدول")) == []
