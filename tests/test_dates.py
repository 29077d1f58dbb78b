import datetime as dt

from parley.extract.dates import find_dates, first_full_date
from parley.extract.language import load

THU = dt.date(2026, 1, 29)  # a Thursday


def dates(text, code="en", published=THU):
    return [d.date for d in find_dates(text, load(code), published)]


def test_weekday_on_publication_day_is_that_day():
    assert dates("The swap took place on Thursday.") == [THU]


def test_weekday_before_publication_is_the_latest_such_day():
    assert dates("It happened on Monday.") == [dt.date(2026, 1, 26)]


def test_explicit_dates_with_and_without_year():
    assert dates("On November 20, 2025 and on 5 February 2026") == [
        dt.date(2025, 11, 20), dt.date(2026, 2, 5)]
    # no year: the latest such day not far after publication → the previous year
    assert dates("on December 30", published=dt.date(2025, 1, 2)) == [dt.date(2024, 12, 30)]


def test_no_year_and_no_publication_day_gives_unknown():
    assert dates("on December 30", published=None) == [None]


def test_relative_days_in_three_languages():
    assert dates("today") == [THU]
    assert dates("вчера", "ru") == [dt.date(2026, 1, 28)]
    assert dates("сьогодні, 29 січня", "uk") == [THU, THU]
    assert dates("в среду", "ru") == [dt.date(2026, 1, 28)]


def test_numeric_dates_follow_the_language_order():
    assert dates("Published Date: 1/3/2024") == [dt.date(2024, 1, 3)]
    assert dates("22.09.2022 09:54", "ru") == [dt.date(2022, 9, 22)]
    assert dates("on 12.08.2025") == [dt.date(2025, 8, 12)]  # dots are day first, in English too


def test_month_with_year_has_month_precision():
    [d] = find_dates("In January 2024 the sides swapped", load("en"), THU)
    assert d.date == dt.date(2024, 1, 1) and d.precision == "month"


def test_since_marks_a_period_bound():
    [d] = find_dates("since June 1, 2025", load("en"), THU)
    assert d.context == "since"


def test_first_full_date_finds_a_dateline():
    assert first_full_date("Posted Feb 5, 2026 10:00 AM\nOn Thursday...", load("en")) == dt.date(2026, 2, 5)


def test_month_without_day():
    published = dt.date(2024, 5, 31)
    [d] = find_dates("In January, 248 prisoners were returned", load("en"), published)
    assert (d.date, d.precision) == (dt.date(2024, 1, 1), "month")
    [d] = find_dates("in mid-October", load("en"), dt.date(2024, 12, 30))
    assert d.date == dt.date(2024, 10, 1)
    [d] = find_dates("в октябре", load("ru"), dt.date(2025, 2, 1))
    assert d.date == dt.date(2024, 10, 1)


def test_weekday_abbreviations_are_not_words():
    # Ukrainian "серед" (among) is also an abbreviation of "середа" (Wednesday)
    assert dates("серед яких військові", "uk") == []


def test_year_written_after_day_and_month():
    assert dates("31 грудня, в останній день 2022 року", "uk", published=None) == [dt.date(2022, 12, 31)]


def test_ordinal_day_forms():
    published = dt.date(2026, 1, 25)
    assert dates("am 1. Februar", "de", published) == [dt.date(2026, 2, 1)]
    assert dates("le 1er février", "fr", published) == [dt.date(2026, 2, 1)]
    assert dates("1º de fevereiro", "pt", published) == [dt.date(2026, 2, 1)]


def test_a_range_of_days_gives_its_first_day_and_bounds_nothing():
    published = dt.date(2023, 4, 20)
    for code, text in [("en", "talks from 11 to 20 March"), ("fr", "du 11 au 20 mars"), ("pl", "od 11 do 20 marca"),
                       ("de", "vom 11. bis 20. März"), ("en", "on 11–20 March")]:
        [d] = find_dates(text, load(code), published)
        assert (d.date, d.context) == (dt.date(2023, 3, 11), "event"), code
