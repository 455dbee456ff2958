"""Saving to and reading from the history. Every save is idempotent: the same input twice leaves the
same rows."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from .indicators import Analysis
from .ingest.records import ArticleRecord
from .models import Article, IndicatorHit, QuantityClaim, Source
from .scoring import event_date

log = logging.getLogger(__name__)


def save_source(session: Session, kind: str, name: str, url: str | None = None) -> Source:
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        source = Source(kind=kind, name=name, url=url, consecutive_failures=0)
        session.add(source)
        session.flush()
    return source


def save_article(
    session: Session, source: Source, record: ArticleRecord, now: datetime, tz: ZoneInfo = ZoneInfo("UTC")
) -> tuple[Article, bool]:
    """Store a new article, or return the one already stored with the same text or URL."""
    digest = record.content_hash
    clauses = [Article.content_hash == digest]
    if record.url:
        clauses.append(Article.url == record.url)
    if record.guid and source.kind == "feed":
        # A feed entry edited after publication keeps its id: it is the article already stored, not a
        # new one (a seed file's name is no such promise: an edited seed is a new text).
        clauses.append((Article.source_id == source.id) & (Article.guid == record.guid))
    existing = session.scalar(select(Article).where(or_(*clauses)).limit(1))
    if existing is not None:
        return existing, False
    article = Article(
        source_id=source.id,
        title=record.title,
        author=record.author,
        section=record.section,
        url=record.url,
        guid=record.guid,
        published_at=record.published_at,
        first_seen_at=now,
        text=record.text,
        content_hash=digest,
        event_date=event_date(record.published_at, now, tz),
    )
    session.add(article)
    session.flush()
    return article, True


def articles_to_analyse(session: Session, version: str, everything: bool = False) -> list[int]:
    query = select(Article.id).order_by(Article.id)
    if not everything:
        query = query.where(or_(Article.taxonomy_version.is_(None), Article.taxonomy_version != version))
    return list(session.scalars(query))


def save_analysis(session: Session, article: Article, analysis: Analysis) -> int:
    """Replace the article's hits (and the numbers they claim) with this analysis, in the caller's
    transaction."""
    session.execute(delete(QuantityClaim).where(QuantityClaim.article_id == article.id))
    session.execute(delete(IndicatorHit).where(IndicatorHit.article_id == article.id))
    for hit in analysis.hits:
        fields = hit.to_dict()
        fields.pop("label")
        fields["sentence_start"] = fields.pop("start")
        fields["sentence_end"] = fields.pop("end")
        row = IndicatorHit(article_id=article.id, taxonomy_version=analysis.taxonomy_version, **fields)
        session.add(row)
        if hit.quantity_text:
            session.flush()
            session.add(
                QuantityClaim(
                    hit_id=row.id,
                    article_id=article.id,
                    source_id=article.source_id,
                    indicator=hit.indicator,
                    actor=hit.actor,
                    quantity=hit.quantity,
                    quantity_text=hit.quantity_text,
                    unit=hit.unit,
                    hedged=hit.hedged,
                    claim_date=article.event_date,
                )
            )
    article.tone = analysis.tone
    article.taxonomy_version = analysis.taxonomy_version
    return len(analysis.hits)


def backfill_event_dates(session: Session, tz: ZoneInfo) -> int:
    """Articles stored before event dates existed (an upgraded database) get theirs."""
    missing = session.scalars(select(Article).where(Article.event_date.is_(None))).all()
    for article in missing:
        article.event_date = event_date(article.published_at, article.first_seen_at, tz)
    return len(missing)
