"""Saving to and reading from the history. Every save is idempotent: the same input twice leaves the
same rows."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from .indicators import Analysis
from .ingest.records import ArticleRecord
from .models import Article, IndicatorHit, Source

log = logging.getLogger(__name__)


def save_source(session: Session, kind: str, name: str, url: str | None = None) -> Source:
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        source = Source(kind=kind, name=name, url=url, consecutive_failures=0)
        session.add(source)
        session.flush()
    return source


def save_article(session: Session, source: Source, record: ArticleRecord, now: datetime) -> tuple[Article, bool]:
    """Store a new article, or return the one already stored with the same text or URL."""
    digest = record.content_hash
    clauses = [Article.content_hash == digest]
    if record.url:
        clauses.append(Article.url == record.url)
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
    """Replace the article's hits with this analysis, in the caller's transaction."""
    session.execute(delete(IndicatorHit).where(IndicatorHit.article_id == article.id))
    for hit in analysis.hits:
        fields = hit.to_dict()
        fields.pop("label")
        fields["sentence_start"] = fields.pop("start")
        fields["sentence_end"] = fields.pop("end")
        session.add(IndicatorHit(article_id=article.id, taxonomy_version=analysis.taxonomy_version, **fields))
    article.tone = analysis.tone
    article.taxonomy_version = analysis.taxonomy_version
    return len(analysis.hits)
