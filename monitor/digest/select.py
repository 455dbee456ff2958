"""Which articles a day's digest holds.

Every article appears in exactly one digest: the first one rendered after it was ingested. An article
is assigned to a digest day when that digest is first rendered, and keeps the assignment, so
re-rendering a past day shows what it showed then, and an article published last year but ingested
today still appears, once, today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from ..models import Article, IndicatorHit


@dataclass(frozen=True)
class DigestArticle:
    article: Article
    source_name: str
    hits: list[IndicatorHit]


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), tzinfo=tz)
    return start, datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=tz)


def select_articles(session: Session, day: date, tz: ZoneInfo, assign: bool = True) -> list[DigestArticle]:
    """Assign the not-yet-digested articles seen by the end of ``day`` to it (unless ``assign`` is
    False, for re-reading a digest already written), and return its articles."""
    if assign:
        _, end = day_bounds(day, tz)
        session.execute(
            update(Article)
            .where(Article.digest_date.is_(None), Article.first_seen_at < end)
            .values(digest_date=day.isoformat())
            .execution_options(synchronize_session=False)
        )
    articles = session.scalars(
        select(Article)
        .where(Article.digest_date == day.isoformat())
        .options(selectinload(Article.hits), selectinload(Article.source))
        .order_by(Article.first_seen_at, Article.id)
    ).all()
    return [DigestArticle(a, a.source.name, sorted(a.hits, key=lambda h: (h.sentence_start, h.indicator))) for a in articles]
