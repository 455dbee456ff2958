"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1), which feedparser 6 does not read.

Each item is turned into the shape of a feedparser entry, so that one function (`feeds.entry_record`)
decides for every kind of feed what an article's text, link, id and date are: HTML reduced to text,
only http(s) links, dates in UTC.
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from urllib.parse import urljoin

_VERSION_PREFIX = "https://jsonfeed.org/version/"


def looks_like_json(content: bytes, content_type: str = "") -> bool:
    """Whether a fetched document is JSON rather than XML: by its type, or by its first character."""
    if "json" in content_type.lower():
        return True
    return content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def json_entries(content: bytes, url: str | None = None) -> list[dict]:
    """The items of a JSON Feed as feedparser-style entries. Raises ValueError, saying why, for a
    document that is not a JSON Feed."""
    try:
        document = json.loads(content.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"a JSON feed must be UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(_VERSION_PREFIX):
        raise ValueError(f'JSON without a "version" of {_VERSION_PREFIX}...: not a JSON Feed')
    items = document.get("items")
    if not isinstance(items, list):
        raise ValueError('a JSON Feed without an "items" list')
    base = str(document.get("feed_url") or url or "")
    return [_entry(item, base) for item in items if isinstance(item, dict)]


def _entry(item: dict, base: str) -> dict:
    contents = []
    if isinstance(item.get("content_html"), str):
        contents.append({"value": item["content_html"]})
    if isinstance(item.get("content_text"), str):
        # Escaped, so that reducing it "from HTML" gives back exactly the text: "a < b" stays.
        contents.append({"value": html.escape(item["content_text"])})
    link = item.get("url") or item.get("external_url")
    entry = {
        "title": html.escape(item["title"]) if isinstance(item.get("title"), str) else "",
        "content": contents,
        "summary": html.escape(item["summary"]) if isinstance(item.get("summary"), str) else "",
        "link": urljoin(base, link) if isinstance(link, str) else "",
        "id": str(item["id"]) if item.get("id") not in (None, "") else None,
        "author": _author(item),
    }
    moment = _when(item.get("date_published")) or _when(item.get("date_modified"))
    if moment is not None:
        entry["published_parsed"] = moment.utctimetuple()
    return entry


def _author(item: dict) -> str:
    authors = item.get("authors") if isinstance(item.get("authors"), list) else [item.get("author")]
    names = [a["name"] for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
    return html.escape(", ".join(names))


def _when(value) -> datetime | None:
    """An RFC 3339 date; a date without an offset is taken as UTC, as the spec's examples are."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
