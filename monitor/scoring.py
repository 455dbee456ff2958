"""Daily scores, trends and risk alerts, computed from the stored hits.

A day's score for an actor and an indicator sums its *stories*, not its copies: each story contributes
weight x corroborated confidence, where the confidence of a story reported by several articles is
1 - prod(1 - confidence x context multiplier) over them. Twenty outlets repeating one story make it
surer, never twenty events. Every table here can be dropped and recomputed from the hits with the same
result.
"""

from __future__ import annotations

import logging
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from .indicators.taxonomy import CONTEXT_FLAGS, Taxonomy
from .models import ActorTrend, Article, DailyScore, IndicatorDefinition, IndicatorHit, RiskAlert

log = logging.getLogger(__name__)

UNKNOWN_ACTOR = "UNK"
RECENT_DAYS = 7
BASELINE_DAYS = 28
# Below this spread a baseline is treated as this spread: one story in a quiet month is not a crisis.
MAD_FLOOR = 1.0
ARROW_Z = 2.0
ALERT_WEIGHT = -8  # indicators this grave or graver ...
ALERT_SOURCES = 2  # ... reported by this many distinct sources within a day raise a risk alert


def _replace_rows(session: Session, model, where, key, rows: list[dict]) -> int:
    """Make the rows matching ``where`` exactly ``rows``, updating in place so that ids stay stable
    and a recomputation that changes nothing changes no row."""
    existing = {tuple(getattr(r, k) for k in key): r for r in session.scalars(select(model).where(*where))}
    for values in rows:
        row = existing.pop(tuple(values[k] for k in key), None)
        if row is None:
            session.add(model(**values))
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
    for row in existing.values():
        session.delete(row)
    return len(rows)


def event_date(published_at: datetime | None, first_seen_at: datetime, tz: ZoneInfo) -> str:
    return (published_at or first_seen_at).astimezone(tz).date().isoformat()


def sync_indicators(session: Session, taxonomy: Taxonomy) -> None:
    """Copy the taxonomy into the `indicators` table, so SQL can show labels and codes."""
    existing = {row.id: row for row in session.scalars(select(IndicatorDefinition))}
    for indicator in taxonomy.indicators:
        row = existing.get(indicator.id) or IndicatorDefinition(id=indicator.id)
        row.label, row.definition, row.weight = indicator.label, indicator.definition, indicator.weight
        row.cameo, row.plover = ",".join(indicator.cameo), ",".join(indicator.plover)
        row.taxonomy_version = taxonomy.version
        session.add(row)


def multiplier(hit: IndicatorHit, multipliers: dict[str, float]) -> float:
    value = 1.0
    for flag in CONTEXT_FLAGS:
        if getattr(hit, flag):
            value *= multipliers[flag]
    return value


def score_stories(story_hits, weight: float, taxonomy: Taxonomy) -> tuple[int, float]:
    """(stories, score) for one indicator's hits given as (story id, hit) pairs: each story adds
    weight x (1 - prod(1 - confidence x multiplier)) over its hits, so that copies of one story make it
    surer, never more numerous."""
    doubt: dict[int, float] = {}
    for story, hit in story_hits:
        value = min(1.0, hit.confidence * multiplier(hit, taxonomy.multipliers))
        doubt[story] = doubt.get(story, 1.0) * (1.0 - value)
    return len(doubt), sum(weight * (1.0 - d) for d in doubt.values())


def score_days(session: Session, days: set[str], taxonomy: Taxonomy) -> int:
    """Recompute daily_scores and risk_alerts for these event days; returns the rows written."""
    written = 0
    for day in sorted(days):
        rows = session.execute(
            select(IndicatorHit, Article.cluster_id, Article.source_id)
            .join(Article, Article.id == IndicatorHit.article_id)
            .where(Article.event_date == day)
        ).all()
        groups: dict[tuple[str, str], list] = defaultdict(list)
        for hit, cluster_id, source_id in rows:
            groups[hit.actor or UNKNOWN_ACTOR, hit.indicator].append((hit, cluster_id or -hit.article_id, source_id))
        scores, alerts = [], []
        for (actor, indicator), items in sorted(groups.items()):
            weight = items[0][0].weight
            stories, score = score_stories(((story, hit) for hit, story, _ in items), weight, taxonomy)
            scores.append(
                {
                    "day": day,
                    "actor": actor,
                    "indicator": indicator,
                    "stories": stories,
                    "articles": len({h.article_id for h, _, _ in items}),
                    "sources": len({source for _, _, source in items}),
                    "score": round(score, 4),
                }
            )
            asserted = [(h, story, source) for h, story, source in items if not (h.negated or h.historical or h.hypothetical)]
            sources = {source for _, _, source in asserted}
            if weight <= ALERT_WEIGHT and len(sources) >= ALERT_SOURCES and actor != UNKNOWN_ACTOR:
                alerts.append(
                    {
                        "day": day,
                        "actor": actor,
                        "indicator": indicator,
                        "sources": len(sources),
                        "stories": len({story for _, story, _ in asserted}),
                        "articles": len({h.article_id for h, _, _ in asserted}),
                    }
                )
        written += _replace_rows(session, DailyScore, [DailyScore.day == day], ("actor", "indicator"), scores)
        _replace_rows(session, RiskAlert, [RiskAlert.day == day], ("actor", "indicator"), alerts)
    return written


def all_event_days(session: Session) -> set[str]:
    return set(session.scalars(select(Article.event_date).where(Article.event_date.is_not(None)).distinct()))


@dataclass(frozen=True)
class Trend:
    actor: str
    arrow: str
    recent_mean: float
    baseline_median: float
    baseline_mad: float
    z: float
    rationale: str


def _daily_totals(rows, start: date, days: int) -> list[float]:
    totals = [0.0] * days
    for day, score in rows:
        offset = (date.fromisoformat(day) - start).days
        if 0 <= offset < days:
            totals[offset] += score
    return totals


def assess(recent: list[float], baseline: list[float]) -> tuple[str, float, float, float, float]:
    """(arrow, recent mean, baseline median, baseline MAD, z). Scores are <= 0: lower is worse."""
    median = statistics.median(baseline)
    mad = statistics.median(abs(x - median) for x in baseline)
    spread = max(1.4826 * mad, MAD_FLOOR)
    mean = sum(recent) / len(recent)
    z = (mean - median) / spread
    arrow = "deteriorated" if z <= -ARROW_Z else "improved" if z >= ARROW_Z else "unchanged"
    return arrow, mean, median, mad, z


def compute_trends(session: Session, as_of: date, actors: list[str] | None = None, labels: dict[str, str] | None = None) -> list[Trend]:
    """Last RECENT_DAYS against the BASELINE_DAYS before them, per actor, from daily_scores (indexed by day)."""
    start = as_of - timedelta(days=RECENT_DAYS + BASELINE_DAYS - 1)
    query = select(DailyScore.actor, DailyScore.indicator, DailyScore.day, DailyScore.score).where(
        DailyScore.day >= start.isoformat(), DailyScore.day <= as_of.isoformat(), DailyScore.actor != UNKNOWN_ACTOR
    )
    if actors:
        query = query.where(DailyScore.actor.in_(actors))
    by_actor: dict[str, list] = defaultdict(list)
    for actor, indicator, day, score in session.execute(query):
        by_actor[actor].append((indicator, day, score))
    trends = []
    recent_start = as_of - timedelta(days=RECENT_DAYS - 1)
    for actor in sorted(set(by_actor) | set(actors or [])):
        rows = by_actor.get(actor, [])
        totals = _daily_totals([(d, s) for _, d, s in rows], start, RECENT_DAYS + BASELINE_DAYS)
        baseline, recent = totals[:BASELINE_DAYS], totals[BASELINE_DAYS:]
        arrow, mean, median, mad, z = assess(recent, baseline)
        rationale = _rationale(rows, recent_start, arrow, labels or {})
        trends.append(Trend(actor, arrow, round(mean, 4), round(median, 4), round(mad, 4), round(z, 3), rationale))
    return trends


def _rationale(rows, recent_start: date, arrow: str, labels: dict[str, str]) -> str:
    """One line naming the indicators that moved: their recent daily mean minus their baseline's."""
    if arrow == "unchanged":
        return "no indicator moved beyond its usual range"
    moves: dict[str, float] = defaultdict(float)
    for indicator, day, score in rows:
        recent = date.fromisoformat(day) >= recent_start
        moves[indicator] += score / RECENT_DAYS if recent else -score / BASELINE_DAYS
    worse = arrow == "deteriorated"
    ordered = sorted(moves.items(), key=lambda kv: kv[1] if worse else -kv[1])
    named = [f"{labels.get(k, k)} ({v:+.1f}/day)" for k, v in ordered[:3] if (v < 0 if worse else v > 0)]
    verb = "worsening" if worse else "easing"
    return f"{verb}: " + ", ".join(named) if named else f"{verb} overall"


def store_trends(session: Session, as_of: date, trends: list[Trend]) -> None:
    rows = [
        {
            "as_of": as_of.isoformat(), "actor": t.actor, "arrow": t.arrow, "recent_mean": t.recent_mean,
            "baseline_median": t.baseline_median, "baseline_mad": t.baseline_mad, "z": t.z, "rationale": t.rationale,
        }
        for t in trends
    ]
    _replace_rows(session, ActorTrend, [ActorTrend.as_of == as_of.isoformat()], ("actor",), rows)
