"""The tables users query (see docs/schema.md). Timestamps are stored as naive UTC, because SQLite drops
the offset; ``UTCDateTime`` converts on the way in and gives aware UTC datetimes back."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    BigInteger,
    Boolean,
    LargeBinary,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=timezone.utc) if value is not None else None


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Base(DeclarativeBase):
    pass


class StoryCluster(Base):
    """One story: an article and its near-duplicates (syndicated, lightly edited or retitled copies)."""

    __tablename__ = "story_clusters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_article_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class IndicatorDefinition(Base):
    """The taxonomy, copied into the database so that SQL can show labels and codes."""

    __tablename__ = "indicators"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    definition: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float)
    cameo: Mapped[str] = mapped_column(Text)  # comma-separated
    plover: Mapped[str] = mapped_column(Text)
    taxonomy_version: Mapped[str] = mapped_column(String(40))


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # seeds | feed
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    last_status: Mapped[str | None] = mapped_column(String(200))
    last_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, unique=True)
    guid: Mapped[str | None] = mapped_column(Text)  # a feed entry's id, or a seed's file name
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # NULL when unknown
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    tone: Mapped[float | None] = mapped_column(Float)
    taxonomy_version: Mapped[str | None] = mapped_column(String(40))  # of the last analysis
    digest_date: Mapped[str | None] = mapped_column(String(10), index=True)  # the one digest it appears in
    # The day the story is about, in the configured time zone: published_at, else first_seen_at.
    event_date: Mapped[str | None] = mapped_column(String(10), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("story_clusters.id", name="fk_articles_cluster_id"), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)  # near-duplicate signature

    source: Mapped[Source] = relationship()
    hits: Mapped[list[IndicatorHit]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="IndicatorHit.sentence_start"
    )


class IndicatorHit(Base):
    __tablename__ = "indicator_hits"
    __table_args__ = (
        UniqueConstraint("article_id", "sentence_start", "indicator", name="uq_hit_sentence_indicator"),
        Index("ix_hits_indicator_actor", "indicator", "actor"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    indicator: Mapped[str] = mapped_column(String(40))
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str | None] = mapped_column(String(3))
    target: Mapped[str | None] = mapped_column(String(3))
    quantity: Mapped[int | None] = mapped_column(BigInteger)
    quantity_text: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(40))
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    hypothetical: Mapped[bool] = mapped_column(Boolean, default=False)
    future: Mapped[bool] = mapped_column(Boolean, default=False)
    historical: Mapped[bool] = mapped_column(Boolean, default=False)
    background: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float)
    tone: Mapped[float] = mapped_column(Float)
    weight: Mapped[float] = mapped_column(Float)
    taxonomy_version: Mapped[str] = mapped_column(String(40))

    article: Mapped[Article] = relationship(back_populates="hits")


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16), server_default="run")  # run | ingest | digest (scheduled jobs)
    status: Mapped[str] = mapped_column(String(16))  # running | ok | failed
    feeds_ok: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    feeds_failed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_seen: Mapped[int] = mapped_column(Integer, default=0)  # already stored, skipped
    articles_updated: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # re-analysed
    files_failed: Mapped[int] = mapped_column(Integer, default=0)
    hits: Mapped[int] = mapped_column(Integer, default=0)
    digest_path: Mapped[str | None] = mapped_column(Text)
    email_status: Mapped[str | None] = mapped_column(String(40))
    error: Mapped[str | None] = mapped_column(Text)


class Digest(Base):
    __tablename__ = "digests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest_date: Mapped[str] = mapped_column(String(10), unique=True)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class QuantityClaim(Base):
    """A number one source claims: kept as its own row, never averaged with another source's."""

    __tablename__ = "quantity_claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hit_id: Mapped[int] = mapped_column(ForeignKey("indicator_hits.id", ondelete="CASCADE"), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    indicator: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str | None] = mapped_column(String(3))
    quantity: Mapped[int | None] = mapped_column(BigInteger)
    quantity_text: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(40))
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    claim_date: Mapped[str | None] = mapped_column(String(10), index=True)


class DailyScore(Base):
    __tablename__ = "daily_scores"
    __table_args__ = (
        UniqueConstraint("day", "actor", "indicator", name="uq_daily_score"),
        Index("ix_daily_scores_actor_day", "actor", "day"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10))
    actor: Mapped[str] = mapped_column(String(3))  # ISO3, or UNK when no actor was found
    indicator: Mapped[str] = mapped_column(String(40))
    stories: Mapped[int] = mapped_column(Integer)
    articles: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)  # <= 0; more negative is more escalation


class ActorTrend(Base):
    __tablename__ = "actor_trends"
    __table_args__ = (UniqueConstraint("as_of", "actor", name="uq_actor_trend"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[str] = mapped_column(String(10), index=True)
    actor: Mapped[str] = mapped_column(String(3))
    arrow: Mapped[str] = mapped_column(String(16))  # deteriorated | unchanged | improved
    recent_mean: Mapped[float] = mapped_column(Float)
    baseline_median: Mapped[float] = mapped_column(Float)
    baseline_mad: Mapped[float] = mapped_column(Float)
    z: Mapped[float] = mapped_column(Float)
    rationale: Mapped[str] = mapped_column(Text)


class RiskAlert(Base):
    __tablename__ = "risk_alerts"
    __table_args__ = (UniqueConstraint("day", "actor", "indicator", name="uq_risk_alert"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), index=True)
    actor: Mapped[str] = mapped_column(String(3))
    indicator: Mapped[str] = mapped_column(String(40))
    sources: Mapped[int] = mapped_column(Integer)
    stories: Mapped[int] = mapped_column(Integer)
    articles: Mapped[int] = mapped_column(Integer)
