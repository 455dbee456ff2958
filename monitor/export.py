"""Rows for `monitor export` and `monitor trend`: plain dicts, streamed from the history."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import IO

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from .models import Article, DailyScore, IndicatorDefinition, IndicatorHit, Source

# `monitor extract` field names first, so an export and an extract read the same.
HIT_FIELDS = [
    "indicator", "label", "sentence", "start", "end", "trigger", "trigger_start", "trigger_end", "actor", "target",
    "quantity", "quantity_text", "unit", "negated", "hedged", "hypothetical", "future", "historical", "background",
    "confidence", "tone", "weight", "article_id", "title", "url", "source", "date", "published_at", "story_id",
]
ARTICLE_FIELDS = [
    "id", "title", "author", "section", "url", "guid", "source", "published_at", "first_seen_at", "date",
    "story_id", "tone", "taxonomy_version", "text",
]
SCORE_FIELDS = ["day", "actor", "indicator", "label", "stories", "articles", "sources", "score"]
KINDS = {"articles": ARTICLE_FIELDS, "hits": HIT_FIELDS, "scores": SCORE_FIELDS}


def _iso(value):
    return value.isoformat() if value is not None else None


def export_rows(session: Session, kind: str, since: date | None = None) -> Iterator[dict]:
    day_from = since.isoformat() if since else None
    if kind == "articles":
        query = select(Article, Source.name).join(Source, Source.id == Article.source_id).order_by(Article.id)
        if day_from:
            query = query.where(Article.event_date >= day_from)
        for a, source in session.execute(query.execution_options(yield_per=500)):
            yield {
                "id": a.id, "title": a.title, "author": a.author, "section": a.section, "url": a.url, "guid": a.guid,
                "source": source, "published_at": _iso(a.published_at), "first_seen_at": _iso(a.first_seen_at),
                "date": a.event_date, "story_id": a.cluster_id, "tone": a.tone,
                "taxonomy_version": a.taxonomy_version, "text": a.text,
            }
    elif kind == "hits":
        labels = dict(session.execute(select(IndicatorDefinition.id, IndicatorDefinition.label)).all())
        query = (
            select(IndicatorHit, Article.title, Article.url, Source.name, Article.event_date, Article.published_at, Article.cluster_id)
            .join(Article, Article.id == IndicatorHit.article_id)
            .join(Source, Source.id == Article.source_id)
            .order_by(IndicatorHit.article_id, IndicatorHit.sentence_start, IndicatorHit.indicator)
        )
        if day_from:
            query = query.where(Article.event_date >= day_from)
        for h, title, url, source, day, published, story in session.execute(query.execution_options(yield_per=500)):
            yield {
                "indicator": h.indicator, "label": labels.get(h.indicator, h.indicator), "sentence": h.sentence,
                "start": h.sentence_start, "end": h.sentence_end, "trigger": h.trigger,
                "trigger_start": h.trigger_start, "trigger_end": h.trigger_end, "actor": h.actor, "target": h.target,
                "quantity": h.quantity, "quantity_text": h.quantity_text, "unit": h.unit, "negated": h.negated,
                "hedged": h.hedged, "hypothetical": h.hypothetical, "future": h.future, "historical": h.historical,
                "background": h.background, "confidence": h.confidence, "tone": h.tone, "weight": h.weight,
                "article_id": h.article_id, "title": title, "url": url, "source": source, "date": day,
                "published_at": _iso(published), "story_id": story,
            }
    elif kind == "scores":
        query = (
            select(DailyScore, IndicatorDefinition.label)
            .join(IndicatorDefinition, IndicatorDefinition.id == DailyScore.indicator, isouter=True)
            .order_by(DailyScore.day, DailyScore.actor, DailyScore.indicator)
        )
        if day_from:
            query = query.where(DailyScore.day >= day_from)
        for d, label in session.execute(query.execution_options(yield_per=500)):
            yield {
                "day": d.day, "actor": d.actor, "indicator": d.indicator, "label": label or d.indicator,
                "stories": d.stories, "articles": d.articles, "sources": d.sources, "score": d.score,
            }
    else:
        raise ValueError(f"unknown export {kind!r}")


def write_rows(rows: Iterator[dict], kind: str, fmt: str, out: IO[str]) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=KINDS[kind], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def trend_table(session: Session, as_of: date, days: int, actor: str | None, indicator: str | None) -> dict[str, list[dict]]:
    """Per actor, one row per day of the last ``days``: the score, and the distinct stories, articles
    and sources behind it (counted from the hits, so a story under two indicators counts once)."""
    from .scoring import UNKNOWN_ACTOR

    start = as_of - timedelta(days=days - 1)
    window = (start.isoformat(), as_of.isoformat())
    scores = select(DailyScore.actor, DailyScore.day, func.sum(DailyScore.score)).where(
        DailyScore.day.between(*window)
    ).group_by(DailyScore.actor, DailyScore.day)
    # A literal, not a bound parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
    who = func.coalesce(IndicatorHit.actor, literal_column(f"'{UNKNOWN_ACTOR}'"))
    counts = (
        select(
            who,
            Article.event_date,
            func.count(func.distinct(Article.cluster_id)),
            func.count(func.distinct(Article.id)),
            func.count(func.distinct(Article.source_id)),
        )
        .join(Article, Article.id == IndicatorHit.article_id)
        .where(Article.event_date.between(*window))
        .group_by(who, Article.event_date)
    )
    if actor:
        scores = scores.where(DailyScore.actor == actor)
        counts = counts.where(IndicatorHit.actor == actor)
    if indicator:
        scores = scores.where(DailyScore.indicator == indicator)
        counts = counts.where(IndicatorHit.indicator == indicator)
    table: dict[str, dict[str, dict]] = {}
    for who, day, score in session.execute(scores):
        table.setdefault(who, {}).setdefault(day, {})["score"] = round(score, 2)
    for who, day, stories, articles, sources in session.execute(counts):
        table.setdefault(who, {}).setdefault(day, {}).update(stories=stories, articles=articles, sources=sources)
    empty = {"score": 0.0, "stories": 0, "articles": 0, "sources": 0}
    result = {}
    for who in sorted(table if not actor else {actor}):
        result[who] = []
        for i in range(days):
            day = (start + timedelta(days=i)).isoformat()
            result[who].append({"day": day, **empty, **table.get(who, {}).get(day, {})})
    return result
