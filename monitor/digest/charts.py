"""Charts for the digest, as PNG: mail clients drop SVG, so the e-mail carries them as inline parts
referenced by cid:, and the saved report embeds the same images."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")  # no display: render straight to PNG bytes

import matplotlib.pyplot as plt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from ..models import DailyScore  # noqa: E402

HISTORY_DAYS = 90
SPARK_DAYS = 30


@dataclass(frozen=True)
class Chart:
    cid: str
    png: bytes
    alt: str


def _series(session: Session, day: date, days: int, actor: str | None = None, indicator: str | None = None) -> list[float]:
    start = day - timedelta(days=days - 1)
    query = select(DailyScore.day, func.sum(DailyScore.score)).where(
        DailyScore.day >= start.isoformat(), DailyScore.day <= day.isoformat()
    )
    if actor:
        query = query.where(DailyScore.actor == actor)
    if indicator:
        query = query.where(DailyScore.indicator == indicator)
    totals = dict(session.execute(query.group_by(DailyScore.day)).all())
    return [totals.get((start + timedelta(days=i)).isoformat(), 0.0) for i in range(days)]


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()


def actor_chart(session: Session, day: date, actor: str) -> Chart:
    values = _series(session, day, HISTORY_DAYS, actor=actor)
    figure, axis = plt.subplots(figsize=(6.0, 1.8))
    axis.bar(range(HISTORY_DAYS), values, width=1.0, color="#b3261e")
    axis.axhline(0, color="#888888", linewidth=0.6)
    axis.set_xlim(-0.5, HISTORY_DAYS - 0.5)
    axis.set_xticks([0, HISTORY_DAYS - 1], [(day - timedelta(days=HISTORY_DAYS - 1)).strftime("%d %b"), day.strftime("%d %b")])
    axis.tick_params(labelsize=8)
    axis.set_ylabel("score", fontsize=8)
    for side in ("top", "right"):
        axis.spines[side].set_visible(False)
    figure.tight_layout(pad=0.4)
    worst = min(values) if values else 0.0
    alt = f"{actor}: daily escalation score over the last {HISTORY_DAYS} days; gravest day {worst:.1f}, today {values[-1]:.1f}"
    return Chart(cid=f"actor-{actor.lower()}", png=_png(figure), alt=alt)


def sparkline(session: Session, day: date, indicator: str, label: str) -> Chart:
    values = _series(session, day, SPARK_DAYS, indicator=indicator)
    figure, axis = plt.subplots(figsize=(1.6, 0.32))
    axis.plot(range(SPARK_DAYS), values, color="#b3261e", linewidth=1.0)
    axis.fill_between(range(SPARK_DAYS), values, 0, color="#f4c7c3")
    axis.set_axis_off()
    axis.set_ylim(min(min(values), -0.1), 0.05)
    figure.subplots_adjust(0, 0, 1, 1)
    alt = f"{label}: daily score over the last {SPARK_DAYS} days, today {values[-1]:.1f}"
    return Chart(cid=f"spark-{indicator.replace('_', '-')}", png=_png(figure), alt=alt)


def make_charts(session: Session, day: date, actors: list[str], indicators: list[tuple[str, str]]) -> dict[str, Chart]:
    charts = {f"actor:{actor}": actor_chart(session, day, actor) for actor in actors}
    charts.update({f"spark:{ind}": sparkline(session, day, ind, label) for ind, label in indicators})
    return charts
