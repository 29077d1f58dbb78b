"""Readers for web-shaped inputs: saved HTML pages, Telegram exports, WARC archives, RSS/Atom feeds."""

import datetime as dt
import importlib
import io
import json

import pytest

from parley.sources import ReadError, iter_reports, read
from parley.sources.html import report_from_html


def _trafilatura_works() -> bool:
    try:
        importlib.import_module("trafilatura")
    except ImportError:
        return False
    return True


# HTML and WARC reading needs trafilatura, which needs lxml_html_clean: say so instead of failing.
needs_trafilatura = pytest.mark.skipif(not _trafilatura_works(), reason="trafilatura cannot be imported")

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Prisoner swap | Kyiv Ledger</title>
<meta property="og:title" content="Russia and Ukraine swap 157 prisoners each">
<meta property="og:site_name" content="Kyiv Ledger">
<meta property="article:published_time" content="2026-02-05T14:20:00+02:00">
<link rel="canonical" href="https://ledger.example/news/swap-157">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li>
<li><a href="/economy">Economy section</a></li></ul></nav>
<main><article>
<h1>Russia and Ukraine swap 157 prisoners each</h1>
<p>Russia and Ukraine swapped 157 prisoners each on February 5, 2026, the first exchange of the year
after a pause of several months.</p>
<p>The United Arab Emirates mediated the exchange, the Russian defence ministry said; the returned
soldiers are to be flown to Moscow for medical checks.</p>
<p>Ukraine's coordination headquarters said the freed men included defenders of Mariupol and several
civilians held since 2022.</p>
</article>
<aside class="read-also"><h3>Read also</h3><ul>
<li><a href="/a">Grain exports fell sharply in January</a></li>
<li><a href="/b">Dynamo Kyiv win the winter cup</a></li></ul></aside>
</main>
<footer>© Kyiv Ledger, all rights reserved</footer>
</body></html>
"""

BODY_ONLY = """<html><body><article><h1>Bodies returned</h1>
<p>Ukraine received the bodies of 1,000 fallen soldiers from Russia, the coordination headquarters for the
treatment of prisoners of war said.</p>{extra}</article></body></html>"""


# --- HTML ---------------------------------------------------------------------------------------


@needs_trafilatura
def test_html_page_keeps_article_and_metadata(write):
    [r] = read(write("swap.html", PAGE))
    assert r.id == "swap"
    assert "swapped 157 prisoners each on February 5, 2026" in r.text
    assert "defenders of Mariupol" in r.text
    for left_out in ("Economy section", "Read also", "Grain exports", "Dynamo Kyiv", "all rights reserved"):
        assert left_out not in r.text
    assert r.title == "Russia and Ukraine swap 157 prisoners each"
    assert r.outlet == "Kyiv Ledger"
    assert r.url == "https://ledger.example/news/swap-157"
    assert r.language == "en"
    assert (r.published, r.published_source, r.published_precision) == (dt.date(2026, 2, 5), "meta", "day")


@needs_trafilatura
def test_html_date_from_url_or_text():
    page = BODY_ONLY.format(extra="<p>Published on February 6, 2026 by the news desk.</p>")
    from_url = report_from_html(page, "https://wire.example/2026/02/06/bodies.html", "fetched")
    assert (from_url.published, from_url.published_source) == (dt.date(2026, 2, 6), "url")
    assert from_url.url == "https://wire.example/2026/02/06/bodies.html"
    assert from_url.id == "bodies"
    from_text = report_from_html(page, None, "saved/bodies.html")
    assert (from_text.published, from_text.published_source) == (dt.date(2026, 2, 6), "text")
    undated = report_from_html(BODY_ONLY.format(extra=""), None, "saved/undated.html")
    assert undated.published is None and undated.published_source is None


@needs_trafilatura
def test_html_without_article_is_an_error(write):
    [err] = list(iter_reports([write("empty.htm", "<html><head><title>x</title></head><body></body></html>")]))
    assert isinstance(err, ReadError)
    assert "empty.htm" in str(err) and "no article text" in str(err)
    with pytest.raises(ReadError, match="empty HTML page"):
        report_from_html("   ", None, "blank.html")


# --- Telegram -----------------------------------------------------------------------------------

# 1770334200 is 2026-02-05 23:30 UTC; the export's "date" shows the exporting machine's time (Kyiv).
EXPORT = {
    "name": "Coordination HQ",
    "type": "public_channel",
    "id": 1234567,
    "messages": [
        {"id": 1, "type": "service", "date": "2026-02-05T10:00:00", "date_unixtime": "1770285600",
         "actor": "Coordination HQ", "action": "pin_message", "text": ""},
        {"id": 2, "type": "message", "date": "2026-02-06T01:30:00", "date_unixtime": "1770334200",
         "from": "Coordination HQ", "text": "157 Ukrainian defenders came home from Russian captivity today."},
        {"id": 3, "type": "message", "date": "2026-02-05T14:00:00", "date_unixtime": "1770292800",
         "text": ["The exchange was mediated by the ", {"type": "bold", "text": "United Arab Emirates"},
                  ". Details: ", {"type": "link", "text": "https://hq.example/157"}]},
        {"id": 4, "type": "message", "date": "2026-02-05T15:00:00", "date_unixtime": "1770296400",
         "forwarded_from": "Ombudsman Office", "text": "Three civilians also returned as part of the swap."},
        {"id": 5, "type": "message", "date": "2026-02-05T15:05:00", "date_unixtime": "1770296700",
         "photo": "photos/photo_1.jpg", "text": ""},
    ],
}


def test_telegram_export_posts(write):
    reports = read(write("result.json", json.dumps(EXPORT)))
    assert [r.id for r in reports] == ["coordination_hq-2", "coordination_hq-3", "coordination_hq-4"]
    first, entities, forwarded = reports
    assert first.published == dt.date(2026, 2, 5)  # from date_unixtime (UTC), not the local "date"
    assert (first.published_source, first.published_precision) == ("telegram", "day")
    assert first.url == "https://t.me/coordination_hq/2"
    assert first.outlet == "Coordination HQ"
    assert first.origin is None
    assert entities.text == "The exchange was mediated by the United Arab Emirates. Details: https://hq.example/157"
    assert forwarded.origin == "Ombudsman Office"


def test_telegram_username_names_the_links(write):
    export = dict(EXPORT, username="@coordination_hq_ua", name="Координаційний штаб")
    reports = read(write("export/result.json", json.dumps(export)))
    assert reports[0].url == "https://t.me/coordination_hq_ua/2"
    assert reports[0].outlet == "Координаційний штаб"


def test_telegram_whole_account_export(write):
    saved = {"name": "Saved", "type": "saved_messages", "messages": []}
    account = {"about": "export", "chats": {"about": "chats", "list": [EXPORT, saved]}}
    reports = read(write("full/result.json", json.dumps(account)))
    assert [r.id for r in reports] == ["coordination_hq-2", "coordination_hq-3", "coordination_hq-4"]


def test_telegram_bad_json_and_other_json(write):
    malformed = write("broken.json", '{"name": "HQ", "messages": [')
    other = write("config.json", json.dumps({"settings": {"theme": "dark"}}))
    errors = list(iter_reports([malformed, other]))
    assert all(isinstance(e, ReadError) for e in errors)
    assert "broken.json" in str(errors[0]) and "malformed JSON" in str(errors[0])
    assert str(errors[1]).endswith("config.json: not a Telegram export")


# --- WARC ---------------------------------------------------------------------------------------


def _warc(gzip: bool, pages: list[tuple[str, str, bytes]], with_request: bool = True) -> tuple[bytes, list[int]]:
    """A WARC of (url, content type, body) responses; returns the bytes and each record's end offset."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    ends = []
    for url, content_type, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2026-03-01T08:00:00Z"},
        )
        writer.write_record(record)
        ends.append(buf.tell())
    if with_request:
        request = StatusAndHeaders("GET /news/swap-157 HTTP/1.1", [("Host", "ledger.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(pages[0][0], "request", http_headers=request))
        ends.append(buf.tell())
    return buf.getvalue(), ends


PAGES = [
    ("https://ledger.example/news/swap-157", "text/html; charset=utf-8", PAGE.encode()),
    ("https://ledger.example/api/latest.json", "application/json", b'{"latest": 157}'),
]


@needs_trafilatura
@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_reads_html_responses_only(write, name, gz):
    data, _ = _warc(gz, PAGES)
    [r] = read(write(name, data))
    assert r.url == "https://ledger.example/news/swap-157"
    assert "swapped 157 prisoners each" in r.text and "Grain exports" not in r.text
    assert r.published == dt.date(2026, 2, 5) and r.published_source == "meta"


@needs_trafilatura
def test_warc_date_is_not_the_publication_date(write):
    data, _ = _warc(False, [("https://wire.example/bodies", "text/html", BODY_ONLY.format(extra="").encode())])
    [r] = read(write("undated.warc", data))
    assert r.published is None  # WARC-Date 2026-03-01 is when it was crawled


@needs_trafilatura
@pytest.mark.parametrize("gz", [False, True])
def test_corrupt_warc_keeps_what_came_before(write, gz):
    pages = PAGES[:1] + [("https://ledger.example/news/second", "text/html", PAGE.encode())]
    data, ends = _warc(gz, pages, with_request=False)
    cut = ends[0] + (ends[1] - ends[0]) // 2
    items = list(iter_reports([write("cut.warc.gz" if gz else "cut.warc", data[:cut])]))
    assert [type(i) for i in items] == [type(items[0]), ReadError]
    assert items[0].url == "https://ledger.example/news/swap-157"
    assert "corrupt WARC" in str(items[1]) and "cut.warc" in str(items[1])


def test_not_a_warc(write):
    [err] = list(iter_reports([write("junk.warc", b"this is not a web archive\n")]))
    assert isinstance(err, ReadError) and "junk.warc" in str(err) and "corrupt WARC" in str(err)


# --- RSS / Atom ---------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Frontline Wire</title><link>https://wire.example/</link>
<language>en-us</language>
<item><title>Russia, Ukraine swap 157 each</title><link>https://wire.example/swap-157</link><guid>w-1</guid>
<pubDate>Thu, 05 Feb 2026 22:30:00 -0500</pubDate>
<description>&lt;p&gt;Russia and Ukraine swapped 157 prisoners each on February 5, 2026.&lt;/p&gt;
&lt;p&gt;The UAE &amp;amp; the US mediated, officials said.&lt;/p&gt;
&lt;script&gt;track()&lt;/script&gt;</description></item>
<item><title>Bodies repatriated</title><link>https://wire.example/bodies</link>
<pubDate>6th of February 2026, 10:00</pubDate>
<description>Ukraine received the bodies of 1,000 fallen soldiers.</description></item>
<item><title>Headline only</title><link>https://wire.example/headline</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kyiv Ledger</title><id>urn:ledger</id>
<updated>2026-02-07T09:00:00Z</updated>
<entry><title>Civilians return</title><link href="https://ledger.example/civilians"/><id>urn:ledger:1</id>
<published>2026-02-06T23:50:00+02:00</published><updated>2026-02-07T09:00:00Z</updated>
<summary>Short teaser.</summary>
<content type="html">&lt;p&gt;Three civilians returned to Ukraine as part of the swap.&lt;/p&gt;&lt;p&gt;They had been
held since 2022.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_entries(write):
    items = list(iter_reports([write("wire.rss", RSS)]))
    swap, bodies, err = items
    assert swap.text == ("Russia and Ukraine swapped 157 prisoners each on February 5, 2026.\n"
                         "The UAE & the US mediated, officials said.")
    assert (swap.id, swap.url) == ("wire-1", "https://wire.example/swap-157")
    assert swap.title == "Russia, Ukraine swap 157 each"
    assert (swap.outlet, swap.language) == ("Frontline Wire", "en")
    assert swap.published == dt.date(2026, 2, 5)  # the outlet's own day, not 6 February in UTC
    assert (swap.published_source, swap.published_precision) == ("feed", "day")
    assert bodies.published == dt.date(2026, 2, 6)  # non-standard date string, read by dateparser
    assert isinstance(err, ReadError) and "wire.rss#3" in str(err) and "no summary or content" in str(err)


def test_atom_entry_uses_content(write):
    [r] = read(write("ledger.atom", ATOM))
    assert r.text == "Three civilians returned to Ukraine as part of the swap.\nThey had been\nheld since 2022."
    assert (r.url, r.outlet, r.title) == ("https://ledger.example/civilians", "Kyiv Ledger", "Civilians return")
    assert r.published == dt.date(2026, 2, 6)


def test_xml_that_is_not_a_feed(write):
    [err] = list(iter_reports([write("sitemap.xml", "<root><item>1</item></root>")]))
    assert str(err).endswith("sitemap.xml: not an RSS/Atom feed")


# --- all together -------------------------------------------------------------------------------


@needs_trafilatura
def test_directory_of_mixed_inputs(write, tmp_path):
    write("in/page.html", PAGE)
    write("in/result.json", json.dumps(EXPORT))
    write("in/crawl.warc.gz", _warc(True, PAGES)[0])
    write("in/wire.xml", RSS)
    write("in/note.txt", "Russia and Ukraine swapped 157 prisoners each on February 5, 2026.")
    items = list(iter_reports([tmp_path / "in"]))
    reports = [i for i in items if not isinstance(i, ReadError)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(reports) == 1 + 1 + 3 + 2 + 1
    assert [str(e) for e in errors] == [f"{tmp_path / 'in' / 'wire.xml'}#3: feed entry has no summary or content"]
