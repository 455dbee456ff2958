"""Feeds, read the way a user's cron job reads them: `monitor run` against a real HTTP server on
loopback, with a real SQLite file."""

from __future__ import annotations

import io
import re
import sqlite3
import time
from pathlib import Path

import httpx
import pytest

from feedserver import FeedServer, Route
from monitor.ingest.feeds import FeedError, entry_record, fetch_feed, make_client, parse_feed

from conftest import SEED_001, SEEDS

FEEDPARSER = Path(__file__).resolve().parent / "data" / "feedparser"
SEED_TEXT = (SEEDS / SEED_001).read_text(encoding="utf-8")


def _paragraph(start: str) -> str:
    """A paragraph of the seed article, as the body of a feed entry: real news text."""
    return next(line for line in SEED_TEXT.splitlines() if line.startswith(start))


BLOWN_UP = _paragraph("In a symbolic and strategic move")
DRONE = _paragraph("The official reasoning provided")


def rss(items: str, title: str = "Loopback wire") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://example.org/</link>
{items}
</channel></rss>""".encode()


ITEMS = f"""
<item><title>Roads and rail bridges blown up</title><link>/news/1</link><guid>wire-1</guid>
  <pubDate>Tue, 15 Oct 2024 09:30:00 +0900</pubDate>
  <description><![CDATA[<p>{BLOWN_UP}</p><script>alert("feed")</script><p>Seoul &amp; Washington watch.</p>]]></description></item>
<item><title>Drone over Pyongyang</title><link>javascript:alert(1)</link><guid>wire-2</guid>
  <description>{DRONE}</description></item>
<item><title>South Korea raises alert level on the border</title><guid>wire-3</guid></item>
"""


def write_config(workdir: Path, feeds: list[tuple[str, str]]) -> None:
    tables = "".join(f'[[feeds]]\nname = "{name}"\nurl = "{url}"\n\n' for name, url in feeds)
    (workdir / "monitor.toml").write_text(tables, encoding="utf-8")


def rows(workdir: Path, query: str, *args) -> list[tuple]:
    with sqlite3.connect(workdir / "monitor.db") as db:
        return db.execute(query, args).fetchall()


def feed_articles(workdir: Path, name: str) -> list[tuple]:
    return rows(
        workdir,
        "SELECT a.title, a.text, a.url, a.guid, a.published_at FROM articles a JOIN sources s ON s.id = a.source_id"
        " WHERE s.name = ? ORDER BY a.id",
        name,
    )


def test_a_feed_is_read_once_and_then_asked_only_for_changes(cli, workdir):
    with FeedServer() as server:
        server.routes["/wire.xml"] = Route(rss(ITEMS), headers={"Content-Type": "application/rss+xml"}, etag='"v1"')
        write_config(workdir, [("Loopback wire", server.url("/wire.xml"))])

        first = cli("run", "--no-email")
        assert first.returncode == 0, first.stderr
        articles = feed_articles(workdir, "Loopback wire")
        assert [a[0] for a in articles] == [
            "Roads and rail bridges blown up",
            "Drone over Pyongyang",
            "South Korea raises alert level on the border",
        ]
        blown, drone, headline = articles
        # HTML becomes text, scripts vanish, the relative link is resolved against the feed's address.
        assert blown[1].startswith("In a symbolic and strategic move") and "Seoul & Washington watch." in blown[1]
        assert "alert(" not in blown[1] and "<" not in blown[1]
        assert blown[2] == server.url("/news/1")
        assert blown[4].startswith("2024-10-15 00:30:00")  # stored in UTC
        # Only http(s) links are kept; an entry with only a headline is still read.
        assert drone[2] is None and drone[3].endswith("wire-2")
        assert headline[1] == "South Korea raises alert level on the border"
        hits = rows(workdir, "SELECT indicator, actor FROM indicator_hits h JOIN articles a ON a.id = h.article_id WHERE a.guid LIKE '%wire-1'")
        assert ("infrastructure_destruction", "PRK") in hits
        report = Path(first.stdout.strip().splitlines()[-1]).read_text(encoding="utf-8")
        assert "Roads and rail bridges blown up" in report and "Loopback wire" in report
        assert 'alert("feed")' not in report and "javascript:" not in report

        second = cli("run", "--no-email")
        assert second.returncode == 0, second.stderr
        assert server.requests[-1][1].get("if-none-match") == '"v1"'
        assert server.requests[-1][1]["user-agent"].startswith("monitor/0.")
        assert len(feed_articles(workdir, "Loopback wire")) == 3
        assert rows(workdir, "SELECT last_status, consecutive_failures, etag FROM sources WHERE name = 'Loopback wire'") == [
            ("not modified", 0, '"v1"')
        ]

        # A new entry, and an old one edited after publication: one new article, the edit not a copy.
        edited = ITEMS.replace("Seoul &amp; Washington watch.", "Seoul &amp; Washington watch closely.")
        extra = f"<item><title>Leaflets again</title><link>/news/4</link><guid>wire-4</guid><description>{DRONE} Again.</description></item>"
        server.routes["/wire.xml"] = Route(rss(edited + extra), etag='"v2"')
        third = cli("run", "--no-email")
        assert third.returncode == 0, third.stderr
        assert [a[3].rsplit("/", 1)[-1] for a in feed_articles(workdir, "Loopback wire")] == ["wire-1", "wire-2", "wire-3", "wire-4"]
        assert rows(workdir, "SELECT COUNT(*) FROM articles")[0][0] == 2 + 4  # the two seeds and the feed


def test_each_broken_feed_gets_one_line_and_the_rest_of_the_run_goes_on(cli, workdir):
    with FeedServer() as server:
        server.routes["/good.xml"] = Route(rss(ITEMS))
        server.routes["/down.xml"] = Route(b"oops", status=500)
        server.routes["/page.html"] = Route(b"<html><body><p>Our new website!</p></body></html>", headers={"Content-Type": "text/html"})
        server.routes["/empty.xml"] = Route(b"")
        closed = "http://127.0.0.1:9/feed.xml"  # the discard port: nothing listens there
        feeds = [
            ("Good wire", server.url("/good.xml")),
            ("Down wire", server.url("/down.xml")),
            ("Moved wire", server.url("/gone.xml")),
            ("Web page", server.url("/page.html")),
            ("Empty wire", server.url("/empty.xml")),
            ("No server", closed),
        ]
        write_config(workdir, feeds)

        result = cli("run", "--no-email")
        assert result.returncode == 1
        lines = result.stderr.splitlines()
        for name, reason in [
            ("Down wire", "HTTP 500"),
            ("Moved wire", "HTTP 404"),
            ("Web page", "not an RSS, Atom or JSON feed"),
            ("Empty wire", "not an RSS, Atom or JSON feed"),
            ("No server", "ConnectError"),
        ]:
            (mine,) = [line for line in lines if f"feed {name} (" in line]  # exactly one line each
            assert mine.startswith("monitor: ERROR:") and reason in mine, mine
        assert not any("Good wire" in line for line in lines)
        # and the run's own last word counts them, for cron's mail
        assert lines[-1] == "monitor: error: ingest: 5 of 6 feeds failed: Down wire, Moved wire, Web page, Empty wire, No server"
        assert "Traceback" not in result.stderr
        # Nothing else lost: the seeds, the good feed, the analysis and the digest all happened.
        assert len(feed_articles(workdir, "Good wire")) == 3
        assert rows(workdir, "SELECT COUNT(*) FROM articles")[0][0] == 5
        assert rows(workdir, "SELECT COUNT(*) FROM indicator_hits")[0][0] > 20
        assert list((workdir / "reports").glob("20*.html"))
        assert rows(workdir, "SELECT feeds_ok, feeds_failed, status FROM runs") == [(1, 5, "failed")]

        again = cli("run", "--no-email")
        assert again.returncode == 1
        health = dict(rows(workdir, "SELECT name, consecutive_failures FROM sources WHERE kind = 'feed'"))
        assert health == {"Good wire": 0, "Down wire": 2, "Moved wire": 2, "Web page": 2, "Empty wire": 2, "No server": 2}
        status = cli("status")
        assert "Down wire [feed] error: HTTP 500 Internal Server Error, 2 failures in a row" in status.stdout
        # The digest tells its readers which sources it could not read.
        report = next((workdir / "reports").glob("20*.html")).read_text(encoding="utf-8")
        assert re.search(r"Down wire.{0,200}failing", report, re.DOTALL)


def test_a_feed_that_is_not_well_formed_is_still_read_with_a_warning(cli, workdir):
    broken = rss(ITEMS).replace(b"</channel></rss>", b"<item><title>Cut off &nbsp; mid-")
    with FeedServer() as server:
        server.routes["/loose.xml"] = Route(broken)
        write_config(workdir, [("Loose wire", server.url("/loose.xml"))])
        result = cli("run", "--no-email")
    assert result.returncode == 0, result.stderr
    assert re.search(r"warning.*Loose wire: not well-formed, entries read anyway", result.stderr, re.IGNORECASE)
    assert len(feed_articles(workdir, "Loose wire")) >= 3


def test_fetch_caps_the_size_whether_or_not_the_server_says_it(tmp_path):
    body = rss(ITEMS * 20)
    with FeedServer() as server, make_client() as client:
        server.routes["/declared.xml"] = Route(body)
        server.routes["/chunked.xml"] = Route(body, chunked=True)
        assert fetch_feed(client, server.url("/declared.xml")).content == body
        assert fetch_feed(client, server.url("/chunked.xml")).content == body
        with pytest.raises(FeedError, match="byte limit"):
            fetch_feed(client, server.url("/declared.xml"), max_bytes=1000)
        with pytest.raises(FeedError, match="byte limit"):
            fetch_feed(client, server.url("/chunked.xml"), max_bytes=1000)


def test_fetch_gives_up_on_a_server_that_does_not_answer_in_time():
    with FeedServer() as server, httpx.Client(timeout=0.3) as client:
        server.routes["/slow.xml"] = Route(rss(ITEMS), delay=2.0)
        with pytest.raises(FeedError, match="timed out"):
            fetch_feed(client, server.url("/slow.xml"))


def test_feedparser_never_gets_a_string_it_could_open_as_a_file(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss("<item><title>local file read</title></item>"))
    # A hostile server answers with a path: it must be parsed as (bad) content, not opened.
    with pytest.raises(FeedError, match="not an RSS, Atom or JSON feed"):
        parse_feed(str(secret).encode())


def _served(path: Path) -> Route:
    """A feedparser test file as its test suite serves it: with the headers its comment names."""
    content = path.read_bytes()
    headers = {}
    for line in re.findall(rb"^Header:\s*(.+)$", content[:2000], flags=re.MULTILINE):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip()] = value.strip()
    return Route(content, headers=headers)


def test_every_feedparser_test_feed_in_one_run(cli, workdir):
    files = sorted(p for p in FEEDPARSER.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf", ".json"))
    assert len(files) > 2000
    with FeedServer() as server:
        feeds = []
        for number, path in enumerate(files):
            route = f"/{number}/{path.name}"
            server.routes[route] = _served(path)
            feeds.append((f"{number} {path.relative_to(FEEDPARSER)}", server.url(route)))
        write_config(workdir, feeds)
        result = cli("run", "--no-email")
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr
    ((ok, failed, digest),) = rows(workdir, "SELECT feeds_ok, feeds_failed, digest_path FROM runs")
    assert ok + failed == len(files) and ok > 1500
    assert digest and Path(digest).exists()
    # Every feed that failed says so on its own line, naming itself.
    failing = {name for (name,) in rows(workdir, "SELECT name FROM sources WHERE consecutive_failures > 0")}
    assert len(failing) == failed
    for name in failing:
        assert f"feed {name} (" in result.stderr
    # What parses keeps its titles and links, and all of it is in the history (an entry whose text
    # another entry already has is that article, by design, so compare the texts' hashes).
    import feedparser

    # Replay the rule for what one article is (same text, same link, or the same entry id in the same
    # feed) over every entry of every feed, in the order the run read them: the history must hold
    # exactly the first of each, with its title.
    stored = dict(rows(workdir, "SELECT content_hash, title FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.kind = 'feed'"))
    expected: dict[str, str] = {}
    seen_urls: set[str] = set()
    seen_ids: set[tuple[int, str]] = set()
    links_expected = links_kept = 0
    for number, path in enumerate(files):
        if f"{number} {path.relative_to(FEEDPARSER)}" in failing:
            continue
        served = _served(path)
        url = f"http://127.0.0.1/{number}/{path.name}"
        records = parse_feed(served.body, {k.lower(): v for k, v in served.headers.items()}, url).records
        for record in records:
            copy = (
                record.content_hash in expected
                or (record.url is not None and record.url in seen_urls)
                or (record.guid is not None and (number, record.guid) in seen_ids)
            )
            if not copy:
                expected[record.content_hash] = record.title
            seen_urls.add(record.url)
            seen_ids.add((number, record.guid))
        raw = feedparser.parse(io.BytesIO(served.body), response_headers={"content-location": url, **served.headers})
        for entry in raw.entries:
            record = entry_record(entry)
            if record is None:
                continue
            link = entry.get("link") or ""
            if link.startswith(("http://", "https://")):
                links_expected += 1
                links_kept += record.url == link
            else:
                assert record.url is None, (path, link)
    assert len(expected) > 50 and stored == expected, (len(expected), len(stored))
    assert links_expected > 20 and links_kept == links_expected
    # And the seeds were not lost among two thousand feeds.
    assert rows(workdir, "SELECT COUNT(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.kind = 'seeds'") == [(2,)]


def test_a_date_in_the_future_is_unknown_and_a_moved_feed_starts_afresh(cli, workdir):
    future = f"<item><title>From the future</title><guid>f-1</guid><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate><description>{DRONE}</description></item>"
    with FeedServer() as server:
        server.routes["/old.xml"] = Route(rss(future), etag='"old"')
        server.routes["/new.xml"] = Route(rss(future), etag='"new"')
        write_config(workdir, [("Wire", server.url("/old.xml"))])
        assert cli("ingest").returncode == 0
        ((title, published, first_seen, event_date),) = rows(
            workdir, "SELECT title, published_at, first_seen_at, event_date FROM articles WHERE guid LIKE '%f-1'"
        )
        assert title == "From the future" and published is None and event_date == first_seen[:10]

        write_config(workdir, [("Wire", server.url("/new.xml"))])
        assert cli("ingest").returncode == 0
        path, headers = server.requests[-1]
        assert path == "/new.xml" and "if-none-match" not in headers
        assert rows(workdir, "SELECT url, etag FROM sources WHERE name = 'Wire'") == [(server.url("/new.xml"), '"new"')]


def test_a_not_modified_answer_without_validators_keeps_the_ones_sent(cli, workdir):
    # Python's own http.server answers 304 without repeating Last-Modified; the next run must still ask
    # conditionally, not fetch the whole feed again.
    with FeedServer() as server:
        stamp = "Sun, 22 Nov 2026 05:20:21 GMT"
        server.routes["/wire.xml"] = Route(rss(ITEMS), headers={"Last-Modified": stamp})
        write_config(workdir, [("Wire", server.url("/wire.xml"))])
        assert cli("ingest").returncode == 0
        server.routes["/wire.xml"] = Route(b"", status=304)
        for _ in range(2):
            assert cli("ingest").returncode == 0
            assert server.requests[-1][1].get("if-modified-since") == stamp
        assert rows(workdir, "SELECT last_status, last_modified FROM sources WHERE name = 'Wire'") == [("not modified", stamp)]


def test_fetch_gives_up_on_a_server_that_trickles():
    # Each chunk comes well within the read timeout, but the whole would take minutes.
    with FeedServer() as server, make_client() as client:
        server.routes["/drip.xml"] = Route(rss(ITEMS), chunked=True, trickle=0.1)
        started = time.monotonic()
        with pytest.raises(FeedError, match="still downloading after 0.5 s"):
            fetch_feed(client, server.url("/drip.xml"), deadline=0.5)
        assert time.monotonic() - started < 3


def test_a_feed_taken_out_of_the_config_is_no_longer_reported(cli, workdir):
    with FeedServer() as server:
        server.routes["/good.xml"] = Route(rss(ITEMS))
        write_config(workdir, [("Good wire", server.url("/good.xml")), ("Dead wire", server.url("/dead.xml"))])
        assert cli("run", "--no-email").returncode == 1
        report = next((workdir / "reports").glob("20*.html"))
        assert "Dead wire" in report.read_text(encoding="utf-8")

        write_config(workdir, [("Good wire", server.url("/good.xml"))])
        result = cli("run", "--no-email")
        assert result.returncode == 0, result.stderr
        assert "Dead wire" not in report.read_text(encoding="utf-8")
    # Its history stays: the source row and its health are still there to query.
    assert rows(workdir, "SELECT consecutive_failures FROM sources WHERE name = 'Dead wire'") == [(1,)]


def test_feeds_are_fetched_at_once_and_saved_in_the_configs_order(cli, workdir):
    """A slow server holds one fetch, not the run; and when two feeds carry the same story, the feed
    listed first keeps it, however the answers race."""
    story = f"<item><title>Same wire story</title><guid>shared</guid><description>{BLOWN_UP}</description></item>"
    with FeedServer() as server:
        # The first feed answers last.
        server.routes["/slow.xml"] = Route(rss(story + "<item><title>Slow only</title><guid>s1</guid></item>"), delay=0.8)
        for n in range(1, 5):
            server.routes[f"/fast{n}.xml"] = Route(rss(story + f"<item><title>Fast {n}</title><guid>f{n}</guid></item>"), delay=0.3)
        names = [("Slow", server.url("/slow.xml"))] + [(f"Fast {n}", server.url(f"/fast{n}.xml")) for n in range(1, 5)]
        write_config(workdir, names)

        result = cli("run", "--no-email")
        assert result.returncode == 0, result.stderr
        assert server.most_at_once >= 2
        titles = rows(workdir, "SELECT s.name, a.title FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.kind = 'feed' ORDER BY a.id")
        assert titles == [("Slow", "Same wire story"), ("Slow", "Slow only")] + [(f"Fast {n}", f"Fast {n}") for n in range(1, 5)]
        assert rows(workdir, "SELECT COUNT(*) FROM sources WHERE kind = 'feed' AND last_status LIKE 'ok:%'")[0][0] == 5


def test_a_json_feed_is_read_like_any_other(cli, workdir):
    """JSON Feed 1.1 (feedparser 6 reads none): the same rules as RSS and Atom for text, links, dates."""
    import json

    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Loopback JSON wire",
        "items": [
            {
                "id": "j-1",
                "url": "/news/j1",
                "title": "Roads and rail bridges blown up",
                "content_html": f"<p>{BLOWN_UP}</p><script>alert('json')</script>",
                "date_published": "2024-10-15T09:30:00+09:00",
                "authors": [{"name": "Wire desk"}],
            },
            {"id": 2, "url": "javascript:alert(1)", "content_text": f"{DRONE} 3 < 4 & so on."},
            {"id": "j-3", "title": "", "content_text": ""},
            "not an item",
        ],
    }
    with FeedServer() as server:
        server.routes["/feed.json"] = Route(json.dumps(document).encode(), headers={"Content-Type": "application/feed+json"})
        server.routes["/broken.json"] = Route(b'{"version": "https://jsonfeed.org/version/1.1", "items": [', headers={"Content-Type": "application/json"})
        write_config(workdir, [("JSON wire", server.url("/feed.json")), ("Broken JSON", server.url("/broken.json"))])

        first = cli("run", "--no-email")
        assert first.returncode == 1
        assert "feed Broken JSON (" in first.stderr and "not valid JSON" in first.stderr
        articles = feed_articles(workdir, "JSON wire")
        # Without a title, the first line of the text stands in for one, as for RSS.
        assert [a[0] for a in articles] == ["Roads and rail bridges blown up", f"{DRONE} 3 < 4 & so on."[:300]]
        blown, drone = articles
        assert blown[1] == BLOWN_UP and "alert(" not in blown[1]
        assert blown[2] == server.url("/news/j1") and blown[3] == "j-1"
        assert blown[4].startswith("2024-10-15 00:30:00")  # stored in UTC
        assert drone[1].endswith("3 < 4 & so on.") and drone[2] is None and drone[3] == "2"
        assert "1 entry with neither title nor text skipped" in first.stderr
        hits = rows(workdir, "SELECT indicator, actor FROM indicator_hits h JOIN articles a ON a.id = h.article_id WHERE a.guid = 'j-1'")
        assert ("infrastructure_destruction", "PRK") in hits

        cli("run", "--no-email")
        assert len(feed_articles(workdir, "JSON wire")) == 2
