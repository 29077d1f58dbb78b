from parley.extract.language import load
from parley.extract.numbers import find_figures


def values(text, code="en"):
    return [f.value for f in find_figures(text, load(code))]


def test_thousands_separators():
    assert values("1,000 and 1 212 and 1.000 and 5757") == [1000, 1212, 1000, 5757]


def test_number_words_and_multipliers():
    assert values("a thousand bodies") == [1000]
    assert values("вернули тысячу тел и 1 тыс. тел", "ru") == [1000, 1000]
    assert values("повернули тисячу тіл", "uk") == [1000]
    assert values("семеро военнопленных", "ru") == [7]


def test_not_head_counts():
    assert values("at 13:02, 45% of voters, the 65th exchange, $300") == []


def test_more_than_is_marked_approximate():
    [f] = find_figures("more than 1,000 prisoners", load("en"))
    assert f.value == 1000 and f.approx


def test_absurd_figures_are_not_counts():
    assert values("Ukraine returned 99999999999999999999999 Russian servicemen") == []
    assert values("x" + "9" * 5000 + " prisoners") == []


def test_a_hyphenated_format_is_no_head_count():
    assert values("the 1000-for-1000 exchange, then 390 for 390") == [390, 390]
    assert values("обмен 1000-на-1000 завершён, вернулись 303", "ru") == [303]
    assert values("a 1,000-for-1,000 deal and a 30-year-old") == []


def test_german_compound_number_words():
    assert values("fünfundneunzig Gefangene und einundzwanzig Leichen", "de") == [95, 21]
