"""What a day's digest says, worked out from the history: alerts, arrows, ranked indicators with their
evidence, the tone of the day, the new articles and the sources. Templates only lay it out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..indicators.taxonomy import CONTEXT_FLAGS, Taxonomy
from ..models import RiskAlert, Source
from ..scoring import UNKNOWN_ACTOR, compute_trends, score_stories
from .select import DigestArticle

CONTEXT_LABELS = {
    "negated": "denied",
    "hedged": "alleged",
    "hypothetical": "hypothetical",
    "future": "future",
    "historical": "historical",
    "background": "background",
}
STALE_AFTER = timedelta(days=2)
TOP_ACTORS = 5


def _tone_label(tone: float) -> str:
    return "negative" if tone <= -0.05 else "positive" if tone >= 0.05 else "neutral"


def build_context(
    session: Session,
    day: date,
    articles: list[DigestArticle],
    taxonomy: Taxonomy,
    generated_at: datetime,
    tz: ZoneInfo,
    evidence_per_indicator: int | None = None,
    feeds: Collection[str] | None = None,
) -> dict:
    """``feeds`` names the feeds in the configuration now, when known: a feed taken out of it is no
    longer reported as failing or stale."""
    indicators = taxonomy.by_id()
    labels = {i.id: i.label for i in taxonomy.indicators}
    source_of = {entry.article.id: entry.source_name for entry in articles}

    # Indicators ranked by their score over today's new articles: stories, not copies.
    grouped: dict[str, list] = defaultdict(list)
    for entry in articles:
        for hit in entry.hits:
            grouped[hit.indicator].append((hit, entry))
    ranked = []
    for indicator_id, items in grouped.items():
        weight = indicators[indicator_id].weight if indicator_id in indicators else items[0][0].weight
        stories, score = score_stories(
            ((entry.article.cluster_id or -entry.article.id, hit) for hit, entry in items), weight, taxonomy
        )
        # The best evidence first: reported as happening, then the surest.
        ordered = sorted(
            items,
            key=lambda pair: (any(getattr(pair[0], f) for f in ("negated", "historical", "hypothetical")), -pair[0].confidence, pair[0].id),
        )
        evidence = [
            {
                "hit": hit,
                "article": entry.article,
                "source": entry.source_name,
                "context": [CONTEXT_LABELS[f] for f in CONTEXT_FLAGS if getattr(hit, f)],
            }
            for hit, entry in ordered[:evidence_per_indicator]
        ]
        numbers = [
            {"text": hit.quantity_text, "value": hit.quantity, "unit": hit.unit, "actor": hit.actor, "source": entry.source_name, "hedged": hit.hedged}
            for hit, entry in items
            if hit.quantity_text
        ]
        actors = sorted({hit.actor for hit, _ in items if hit.actor})
        ranked.append(
            {
                "id": indicator_id,
                "label": labels.get(indicator_id, indicator_id),
                "definition": indicators[indicator_id].definition if indicator_id in indicators else "",
                "score": round(score, 2),
                "stories": stories,
                "articles": len({entry.article.id for _, entry in items}),
                "sources": len({entry.source_name for _, entry in items}),
                "actors": actors,
                "evidence": evidence,
                "more": max(0, len(items) - len(evidence)),
                "numbers": numbers,
            }
        )
    ranked.sort(key=lambda r: (r["score"], r["label"]))

    # Risk alerts on the days these articles are about, and today.
    days = {entry.article.event_date for entry in articles if entry.article.event_date} | {day.isoformat()}
    alerts = [
        {"day": a.day, "actor": a.actor, "indicator": labels.get(a.indicator, a.indicator), "sources": a.sources, "stories": a.stories}
        for a in session.scalars(select(RiskAlert).where(RiskAlert.day.in_(sorted(days))).order_by(RiskAlert.day, RiskAlert.actor))
    ]

    # Per actor: the arrow as of this day, for the actors today's articles name, gravest first.
    named = {hit.actor for entry in articles for hit in entry.hits if hit.actor and hit.actor != UNKNOWN_ACTOR}
    trends = sorted(compute_trends(session, day, sorted(named), labels), key=lambda t: (t.z, t.actor)) if named else []
    actors = [
        {"actor": t.actor, "arrow": t.arrow, "rationale": t.rationale, "z": t.z, "recent": t.recent_mean}
        for t in trends[:TOP_ACTORS]
    ]

    tones = [entry.article.tone for entry in articles if entry.article.tone is not None]
    tone = round(sum(tones) / len(tones), 2) if tones else None

    new_articles = [
        {
            "article": entry.article,
            "source": entry.source_name,
            "indicators": sorted({labels.get(h.indicator, h.indicator) for h in entry.hits}),
        }
        for entry in articles
    ]
    read: dict[str, int] = defaultdict(int)
    for name in source_of.values():
        read[name] += 1
    now = generated_at
    problems = []
    for source in session.scalars(select(Source).where(Source.kind == "feed").order_by(Source.name)):
        if feeds is not None and source.name not in feeds:
            continue
        if source.consecutive_failures:
            problems.append({"name": source.name, "status": f"failing: {source.last_status or 'error'} ({source.consecutive_failures} in a row)"})
        elif source.last_checked_at and now - source.last_checked_at > STALE_AFTER:
            problems.append({"name": source.name, "status": f"stale: last read {source.last_checked_at:%Y-%m-%d}"})
    return {
        "day": day,
        "generated_at": generated_at,
        "timezone_name": str(tz),
        "taxonomy_version": taxonomy.version,
        "alerts": alerts,
        "actors": actors,
        "ranked": ranked,
        "tone": tone,
        "tone_label": _tone_label(tone) if tone is not None else None,
        "new_articles": new_articles,
        "sources_read": sorted(read.items()),
        "source_problems": problems,
        "empty": not articles,
    }
