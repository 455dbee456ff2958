"""RSS, Atom and JSON feeds: `fetch_feed` gets the bytes over HTTP, `parse_feed` turns them into articles.

feedparser has no timeout of its own, and given a string it may open it as a file name or a URL. So it
never fetches anything here: httpx does (timeouts, a size cap, conditional GET with the stored ETag and
Last-Modified), and feedparser only ever sees the fetched bytes, in a stream, with the response headers
(it reads the declared charset from them). A feed that is not quite well-formed (feedparser's `bozo`)
still gives its entries, with a warning; only a feed with nothing readable in it is an error.
"""

from __future__ import annotations

import calendar
import io
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from html.parser import HTMLParser
from urllib.parse import urlsplit

import feedparser
import httpx

from .. import __version__
from ..errors import MonitorError
from .jsonfeed import json_entries, looks_like_json
from .records import ArticleRecord

log = logging.getLogger(__name__)

MAX_BYTES = 10_000_000  # a news feed is tens of kilobytes; ten megabytes is a broken or hostile server
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# httpx's read timeout is per read: a server that trickles a byte every few seconds never trips it.
# This bounds the whole download, so one slow feed cannot hold up the run for long.
DEADLINE = 60.0
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, "
    "application/json;q=0.9, */*;q=0.5"
)
_TITLE_MAX = 300


class FeedError(MonitorError):
    """One feed could not be read; the run goes on with the others."""


@dataclass(frozen=True)
class FeedResponse:
    url: str  # after redirects
    status: int
    content: bytes | None  # None when the server says nothing changed (304)
    headers: Mapping[str, str]

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


@dataclass(frozen=True)
class ParsedFeed:
    records: list[ArticleRecord]
    skipped: int  # entries with neither text nor a title
    warning: str | None  # why feedparser found the feed not well-formed, if it did


def make_client(user_agent: str = f"monitor/{__version__} (conflict-escalation indicator monitor)") -> httpx.Client:
    """The HTTP client `fetch_feed` expects: timeouts, redirects followed, a polite User-Agent."""
    return httpx.Client(
        timeout=TIMEOUT,
        follow_redirects=True,
        max_redirects=5,
        headers={"User-Agent": user_agent, "Accept": _ACCEPT},
    )


def fetch_feed(
    client: httpx.Client,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BYTES,
    deadline: float = DEADLINE,
) -> FeedResponse:
    """GET ``url``, conditionally when the ETag or Last-Modified of the last read are known.

    Raises FeedError with a one-line reason for anything but a usable answer.
    """
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    started = time.monotonic()
    try:
        with client.stream("GET", url, headers=headers) as response:
            found = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code == 304:
                return FeedResponse(str(response.url), 304, None, found)
            if response.status_code >= 400:
                raise FeedError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = found.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FeedError(f"{int(declared):,} bytes is more than the {max_bytes:,}-byte limit for a feed")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError(f"more than the {max_bytes:,}-byte limit for a feed")
                if time.monotonic() - started > deadline:
                    raise FeedError(f"still downloading after {deadline:g} s, given up")
                chunks.append(chunk)
            return FeedResponse(str(response.url), response.status_code, b"".join(chunks), found)
    except httpx.TimeoutException as exc:
        raise FeedError(f"timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise FeedError(_describe(exc) if str(exc) else f"{type(exc).__name__}: no answer") from exc


def parse_feed(content: bytes, headers: Mapping[str, str] | None = None, url: str | None = None) -> ParsedFeed:
    """Articles from a feed document. ``url`` (where it was fetched) resolves relative links."""
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    if looks_like_json(content, response_headers.get("content-type", "")):
        try:
            entries, warning = json_entries(content, url), None
        except ValueError as exc:
            raise FeedError(str(exc)) from exc
    else:
        entries, warning = _xml_entries(content, response_headers, url)
    records, skipped = [], 0
    for entry in entries:
        record = entry_record(entry)
        if record is None:
            skipped += 1
        else:
            records.append(record)
    return ParsedFeed(records=records, skipped=skipped, warning=warning)


def _xml_entries(content: bytes, response_headers: dict[str, str], url: str | None) -> tuple[list, str | None]:
    """RSS and Atom, by feedparser: its entries, and why it found the feed not well-formed, if it did."""
    if url:
        response_headers.setdefault("content-location", url)
    # A stream, never bytes or a string: feedparser would try to open those as a path or a URL.
    parsed = feedparser.parse(io.BytesIO(content), response_headers=response_headers)
    warning = None
    exc = parsed.get("bozo_exception")
    # A server that labels a good feed text/plain, or labels it not at all, is not worth a warning on
    # every run: the feed parsed. Everything else feedparser had to work around is.
    if parsed.get("bozo") and not isinstance(exc, feedparser.NonXMLContentType):
        warning = _describe(exc)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"not an RSS, Atom or JSON feed{f' ({warning})' if warning else ''}")
    return parsed.entries, warning


def entry_record(entry: Mapping) -> ArticleRecord | None:
    """One feed entry as an article; None when it has neither text nor a title."""
    title = _text(entry.get("title", ""))
    bodies = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, Mapping)]
    bodies.append(entry.get("summary", ""))
    text = max((_text(body) for body in bodies), key=len, default="")
    if not text and not title:
        return None
    # A headline alone is still news: the engine reads the title when the entry has no text.
    text = text or title
    title = title or text.split("\n", 1)[0]
    link = entry.get("link") or ""
    parts = urlsplit(link)
    url = link if parts.scheme in ("http", "https") and parts.netloc else None
    guid = entry.get("id") or url
    author = _text(entry.get("author", "")) or None
    return ArticleRecord(
        title=title[:_TITLE_MAX],
        text=text,
        author=author,
        published_at=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
        guid=str(guid)[:1000] if guid else None,
        url=url,
    )


def _describe(exc: BaseException) -> str:
    """An exception as one line: its kind, and the first line of what it says."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__


def _when(parsed_time) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime; None when absent or absurd."""
    if not parsed_time:
        return None
    try:
        moment = datetime.fromtimestamp(calendar.timegm(parsed_time), tz=timezone.utc)
    except (OverflowError, ValueError, TypeError, OSError):
        return None
    return moment if 1990 <= moment.year <= 2100 else None


class _TextOnly(HTMLParser):
    """The text of an HTML fragment: block elements become line breaks, scripts and styles vanish."""

    _BLOCKS = frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article pre hr".split())
    _HIDDEN = frozenset(("script", "style", "noscript", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def _text(fragment: str) -> str:
    """Plain text from a feed field that may hold HTML; one paragraph per line, spaces collapsed."""
    if not fragment:
        return ""
    if "<" in fragment or "&" in fragment:
        parser = _TextOnly()
        parser.feed(fragment)
        parser.close()
        fragment = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in fragment.splitlines())
    return "\n".join(line for line in lines if line)
