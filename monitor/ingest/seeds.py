"""Seed articles: the text files in ``seeds/``.

A file may open with a header block (section, title, date, ``Author:`` line, the title again) before the
body; when it has none, the title falls back to the first sentence and the date stays unknown, because
an invented date would put the story on the wrong day's score.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import InputError
from ..indicators.text import split_sentences
from .records import ArticleRecord

log = logging.getLogger(__name__)

_MAX_BYTES = 5_000_000
_HEADER_LINE_MAX = 200
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")
_AUTHOR = re.compile(r"^(?:Author|By)\s*:?\s+(.+)$", re.IGNORECASE)
# Web page furniture pasted along with an article: a line that is only one of these is not text.
_FURNITURE = re.compile(
    r"^(?:comments?|\d+ comments?|share|share this( article)?|advertisement|read more|related( articles)?|"
    r"print|subscribe|sign up|tags?|follow us)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SeedFile:
    name: str
    content: bytes


def fetch_seed_files(folder: Path) -> list[SeedFile]:
    """Every regular, non-hidden file in ``folder``, sorted by name (the order they are ingested in)."""
    if not folder.is_dir():
        raise InputError(f"seeds folder not found: {folder}")
    files = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        size = path.stat().st_size
        if size > _MAX_BYTES:
            log.warning("%s: skipped, %d bytes is larger than the %d-byte limit for a seed", path, size, _MAX_BYTES)
            continue
        files.append(SeedFile(path.name, path.read_bytes()))
    return files


def decode_text(name: str, content: bytes) -> str:
    if b"\x00" in content:
        raise InputError(f"{name}: skipped, a binary file (NUL bytes), not a text article")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: skipped, not UTF-8 text (byte {exc.start}: {content[exc.start:exc.start + 1]!r})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_date(line: str, tz: ZoneInfo) -> datetime | None:
    for fmt in _DATE_FORMATS:
        try:
            day = datetime.strptime(line.strip(), fmt).date()
        except ValueError:
            continue
        # A date without a time: midnight where the article was dated, stored as UTC.
        return datetime.combine(day, time(0, 0), tzinfo=tz)
    return None


def parse_seed(name: str, content: bytes, tz: ZoneInfo) -> ArticleRecord:
    text = decode_text(name, content)
    lines = text.split("\n")
    header: list[tuple[int, str]] = []
    index = 0
    # The header is the run of short lines before the first paragraph of prose.
    while index < len(lines):
        line = lines[index].strip()
        # Prose ends a header: a long line, several sentences, or a sentence ending in a full stop
        # (titles end in a word, a question mark or an exclamation, hardly ever in a full stop).
        if line and (
            len(line) > _HEADER_LINE_MAX or len(split_sentences(line)) > 1 or line.rstrip("\"'”’)").endswith(".")
        ):
            break
        if line:
            header.append((index, line))
        index += 1
    if len(header) < 2:  # one short line is a heading in the body, not a header block
        header, index = [], 0
    body_lines = lines[index:]

    title = author = section = None
    published = None
    rest = []
    for _, line in header:
        if published is None and (date := _parse_date(line, tz)):
            published = date
        elif author is None and (match := _AUTHOR.match(line)):
            author = match.group(1).strip()
        elif not _FURNITURE.match(line):
            rest.append(line)
    if rest:
        # The title is the line the header repeats, else the longest; a short line before it is the section.
        repeated = [line for line in rest if rest.count(line) > 1]
        title = repeated[0] if repeated else max(rest, key=len)
        before = rest[: rest.index(title)]
        section = before[0] if before and len(before[0].split()) <= 4 else None

    while body_lines and (not body_lines[-1].strip() or _FURNITURE.match(body_lines[-1].strip())):
        body_lines.pop()
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    body = "\n".join(line.rstrip() for line in body_lines)
    # A body that opens with the title again (as 000_... does) keeps it only once.
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("\n")
    if not body.strip():
        raise InputError(f"{name}: skipped, no article text")
    if not title:
        spans = split_sentences(body)
        start, end = spans[0]
        title = body[start:end]
        if len(title) > 200:
            title = title[:197].rsplit(" ", 1)[0] + "…"
    return ArticleRecord(
        title=title,
        text=body,
        author=author,
        section=section,
        published_at=published,
        guid=name,
        url=None,
    )
