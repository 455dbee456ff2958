"""The ingest stage: the seed files first, then every feed, into the history.

Every article is saved in its own transaction with the source it came from, so a bad file or a broken
feed loses nothing else; rerunning reads the same inputs into the same rows.
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from ..clusters import assign_stories
from ..config import Config
from ..errors import InputError
from ..models import utcnow
from ..store import backfill_event_dates, save_article, save_source
from .feeds import FeedError, FeedResponse, ParsedFeed, fetch_feed, make_client, parse_feed
from .seeds import fetch_seed_files, parse_seed

log = logging.getLogger(__name__)

_CLOCK_SLACK = timedelta(hours=14)  # the farthest time zone ahead of UTC, plus servers' clock drift
# Feeds fetched at once. A slow or dead server then holds one fetch, not the whole run; four keeps the
# load on any one publisher polite. Only the fetching is concurrent: every write stays on one thread.
FEED_FETCHERS = 4


@contextmanager
def no_progress(_label: str, _total: int):
    """The progress reporter for when nobody watches: the CLI passes a bar only on a terminal."""
    yield lambda _n: None


@dataclass
class IngestResult:
    new: int = 0
    seen: int = 0
    failed: list[str] = field(default_factory=list)  # seed files that could not be read
    feeds_ok: int = 0
    feeds_failed: list[tuple[str, str]] = field(default_factory=list)  # (feed name, why), one per failing feed


def ingest_seeds(
    sessions: sessionmaker[Session], config: Config, progress=no_progress, now: datetime | None = None
) -> IngestResult:
    result = IngestResult()
    if not config.seeds.is_dir():
        # Without feeds, a missing seeds folder means nothing at all is read: say so, once.
        (log.info if config.feeds else log.warning)("no seeds folder at %s: no seed articles read", config.seeds)
        return result
    now = now or utcnow()
    seeds = fetch_seed_files(config.seeds)
    with progress("reading seeds", len(seeds)) as step:
        for seed in seeds:
            _ingest_one(sessions, config, seed, now, result)
            step(1)
    log.info("seeds: %d new, %d already stored, %d skipped", result.new, result.seen, len(result.failed))
    return result


def ingest(
    sessions: sessionmaker[Session],
    config: Config,
    progress=no_progress,
    now: datetime | None = None,
    client_factory=make_client,
) -> IngestResult:
    """The seeds first, then every feed; then dates and story clusters for what is new."""
    now = now or utcnow()
    result = ingest_seeds(sessions, config, progress=progress, now=now)
    if config.feeds:
        with sessions.begin() as session:
            validators = [_validators(session, feed) for feed in config.feeds]
        workers = min(FEED_FETCHERS, len(config.feeds))
        with client_factory() as client, ThreadPoolExecutor(workers, thread_name_prefix="feed") as pool:
            # Saved in the config's order, whatever order the answers come in: when two feeds carry the
            # same story, the same feed keeps it on every run. At most two fetches per worker wait to
            # be saved, so a long feed list never holds every download in memory at once.
            waiting: deque = deque()
            for feed, (etag, last_modified) in zip(config.feeds, validators, strict=True):
                waiting.append((feed, etag, last_modified, pool.submit(fetch_and_parse, client, feed.url, etag, last_modified)))
                if len(waiting) >= 2 * workers:
                    _save_next(sessions, config, waiting, now, result)
            while waiting:
                _save_next(sessions, config, waiting, now, result)
    with sessions.begin() as session:
        backfill_event_dates(session, config.tz)
        assign_stories(session, now)
    return result


@dataclass
class FeedFetch:
    """What one feed's server gave: a response (and its parse, None for "not modified"), or the error."""

    response: FeedResponse | None = None
    parsed: ParsedFeed | None = None
    error: FeedError | None = None


def _validators(session: Session, feed) -> tuple[str | None, str | None]:
    source = save_source(session, "feed", feed.name, feed.url)
    # The validators belong to the address they came from: a feed moved in the config starts afresh.
    return (source.etag, source.last_modified) if source.url == feed.url else (None, None)


def fetch_and_parse(client, url: str, etag: str | None, last_modified: str | None) -> FeedFetch:
    """Network and parsing only, no database: safe to run on a worker thread."""
    try:
        response = fetch_feed(client, url, etag, last_modified)
        parsed = parse_feed(response.content, response.headers, response.url) if response.content is not None else None
    except FeedError as exc:
        return FeedFetch(error=exc)
    return FeedFetch(response=response, parsed=parsed)


def _save_next(sessions: sessionmaker[Session], config: Config, waiting: deque, now: datetime, result: IngestResult) -> None:
    feed, etag, last_modified, fetch = waiting.popleft()
    save_feed(sessions, config, feed, etag, last_modified, fetch.result(), now, result)


def save_feed(
    sessions: sessionmaker[Session],
    config: Config,
    feed,
    etag: str | None,
    last_modified: str | None,
    fetched: FeedFetch,
    now: datetime,
    result: IngestResult,
) -> None:
    """Save one feed's fetch. Its new entries, its health and its ETag/Last-Modified are saved together,
    so a run that dies half-way reads the feed again in full next time rather than skipping entries."""
    if fetched.error is not None:
        exc = fetched.error
        log.error("feed %s (%s): %s", feed.name, feed.url, exc)
        result.feeds_failed.append((feed.name, str(exc)))
        with sessions.begin() as session:
            source = save_source(session, "feed", feed.name, feed.url)
            source.last_status = f"error: {exc}"[:200]
            source.last_checked_at = now
            source.consecutive_failures = (source.consecutive_failures or 0) + 1
        return
    response, parsed = fetched.response, fetched.parsed
    new = seen = 0
    with sessions.begin() as session:
        source = save_source(session, "feed", feed.name, feed.url)
        for record in parsed.records if parsed else ():
            if record.published_at is not None and record.published_at > now + _CLOCK_SLACK:
                # A date in the future is a feed's mistake; trusting it would file the story under a
                # day that has not come. Unknown, it is dated when it was first seen.
                record = replace(record, published_at=None)
            _, created = save_article(session, source, record, now, config.tz)
            new, seen = new + created, seen + (not created)
        source.url = feed.url
        source.last_checked_at = now
        source.consecutive_failures = 0
        if parsed is None:
            # A 304 need not repeat the validators (Python's http.server does not): keep the ones sent.
            source.etag, source.last_modified = response.etag or etag, response.last_modified or last_modified
        else:
            source.etag, source.last_modified = response.etag, response.last_modified
        source.last_status = "not modified" if parsed is None else f"ok: {new} new, {seen} already stored"
    result.new, result.seen, result.feeds_ok = result.new + new, result.seen + seen, result.feeds_ok + 1
    if parsed is not None and parsed.warning:
        log.warning("feed %s: not well-formed, entries read anyway (%s)", feed.name, parsed.warning)
    if parsed is not None and parsed.skipped:
        entries = "entry" if parsed.skipped == 1 else "entries"
        log.warning("feed %s: %d %s with neither title nor text skipped", feed.name, parsed.skipped, entries)
    log.info("feed %s: %s", feed.name, source.last_status)


def _ingest_one(sessions: sessionmaker[Session], config: Config, seed, now: datetime, result: IngestResult) -> None:
    try:
        record = parse_seed(seed.name, seed.content, config.tz)
    except InputError as exc:
        log.warning("%s/%s", config.seeds.name, exc)
        result.failed.append(seed.name)
        return
    with sessions.begin() as session:
        source = save_source(session, "seeds", "seeds", None)
        _, created = save_article(session, source, record, now, config.tz)
    if created:
        result.new += 1
    else:
        result.seen += 1
