import datetime as dt

import pytest

from parley.sources import ReadError, iter_reports, read


def test_header_is_read_and_stripped(write):
    p = write("a.txt", "url: https://x.test/1\noutlet: X\npublished: 2025-05-23\nlanguage: en\n\nBody text.\n")
    [r] = read(p)
    assert r.id == "a"
    assert r.url == "https://x.test/1"
    assert r.outlet == "X"
    assert r.published == dt.date(2025, 5, 23)
    assert r.published_source == "header"
    assert r.language == "en"
    assert r.text.startswith("Body text.")


def test_date_marker_without_header(write):
    p = write("b.txt", " date 2026-01-29 World Menu\nTitle here\n\nText.")
    [r] = read(p)
    assert r.published == dt.date(2026, 1, 29)
    assert r.published_source == "marker"
    assert r.text.startswith("World Menu")


def test_plain_text_without_header(write):
    [r] = read(write("c.txt", "Just a report.\nurl: not a header"))
    assert r.published is None and r.url is None
    assert r.text.startswith("Just a report.")


def test_jsonl_reports_and_bad_lines(write):
    p = write(
        "r.jsonl",
        '{"id": "one", "text": "First.", "published": "2024-01-31", "language": "uk"}\n'
        "{not json\n"
        '{"id": "empty", "text": ""}\n'
        '{"text": "No id here."}\n',
    )
    items = list(iter_reports([p]))
    reports = [i for i in items if not isinstance(i, ReadError)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [r.id for r in reports] == ["one", "r-4"]
    assert reports[0].published == dt.date(2024, 1, 31)
    assert len(errors) == 2
    assert "r.jsonl:2" in str(errors[0]) and "malformed JSON" in str(errors[0])
    assert "r.jsonl:3" in str(errors[1]) and "no text" in str(errors[1])


def test_directories_are_read_recursively(write):
    write("d/one.txt", "One.")
    write("d/sub/two.txt", "Two.")
    write("d/ignored.png", b"\x89PNG\x00\x00")
    names = sorted(r.id for r in read(write("d/one.txt", "One.").parent))
    assert names == ["one", "two"]


@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("bin.txt", b"\x00\x01\x02binary", "binary"),
        ("latin.txt", "Gr\xfc\xdfe".encode("latin-1"), "not UTF-8"),
        ("empty.txt", "   \n", "empty"),
    ],
)
def test_bad_files_give_one_clear_error(write, name, content, problem):
    [err] = list(iter_reports([write(name, content)]))
    assert isinstance(err, ReadError)
    assert name in str(err) and problem in str(err)
    assert "\n" not in str(err)


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    [err] = list(iter_reports([tmp_path / "nope.txt"]))
    assert isinstance(err, ReadError) and "no such file" in str(err)


def test_report_key_is_url_or_text_hash(write):
    [a] = read(write("a.txt", "url: https://x.test/1\n\nSame."))
    [b] = read(write("b.txt", "Same."))
    [c] = read(write("c.txt", "Same."))
    assert a.key == "https://x.test/1"
    assert b.key == c.key and b.key.startswith("sha1:")


def test_directory_walk_skips_json_that_is_not_a_report(write):
    write("corpus/a.txt", "Report text.")
    write("corpus/a.json", '{"id": "a", "exchanges": []}')
    items = list(iter_reports([write("corpus/b.txt", "Another.").parent]))
    assert [i.id for i in items] == ["a", "b"]
    # named explicitly, the same file is an error
    [err] = list(iter_reports([write("corpus/a.json", '{"id": "a", "exchanges": []}')]))
    assert isinstance(err, ReadError)


def test_publication_day_from_the_url_when_the_header_has_none(write):
    [r] = read(write("u.txt", "url: https://news.test/2024/01/31/swap-207\npublished:\n\nText."))
    assert r.published == dt.date(2024, 1, 31) and r.published_source == "url"
    [r] = read(write("v.txt", "url: https://news.test/ukraine/20240131-swap\n\nText."))
    assert r.published == dt.date(2024, 1, 31)
    [r] = read(write("w.txt", "url: https://news.test/story/55968394-swap\n\nText."))
    assert r.published is None


def test_implausible_publication_days_count_as_none(write):
    [r] = read(write("y.txt", "published: 9999-12-31\n\nText."))
    assert r.published is None
    [r] = read(write("z.txt", "published: 0001-01-01\n\nText."))
    assert r.published is None
