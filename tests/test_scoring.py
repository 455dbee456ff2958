"""Stories, sourced numbers, daily scores, trends and alerts."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from conftest import REPO, SEED_000, SEED_001, SEEDS
from sqlalchemy import select, text

from monitor.clusters import assign_stories
from monitor.db import open_store
from monitor.ingest.records import ArticleRecord
from monitor.ingest.seeds import parse_seed
from monitor.models import Article, DailyScore, RiskAlert
from monitor.scoring import compute_trends, score_days, store_trends, sync_indicators
from monitor.store import save_analysis, save_article, save_source

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def _seed(name: str) -> ArticleRecord:
    return parse_seed(name, (SEEDS / name).read_bytes(), UTC)


EDITS = [
    (("aggressive", "belligerent"), ("Simultaneously", "Meanwhile"), ("reports", "accounts")),
    (("significant", "major"), ("Moreover", "Furthermore"), ("symbolic", "largely symbolic")),
]


def _rewrite(record: ArticleRecord, title: str, variant: int = 0) -> ArticleRecord:
    """A syndicated copy: retitled, a few words changed, the last paragraph cut."""
    paragraphs = record.text.split("\n")
    text = "\n".join(paragraphs[:-1])
    for old, new in EDITS[variant]:
        text = text.replace(old, new)
    return ArticleRecord(title=title, text=text, published_at=record.published_at, guid=title)


@pytest.fixture
def store(tmp_path, analyser):
    sessions = open_store(f"sqlite:///{tmp_path / 'scores.db'}")

    def add(record: ArticleRecord, source: str, now: datetime = NOW) -> int:
        with sessions.begin() as session:
            src = save_source(session, "feed", source)
            article, _ = save_article(session, src, record, now, UTC)
            assign_stories(session, now)
            save_analysis(session, article, analyser.analyse(article.text, published=article.published_at))
            return article.id

    def score(as_of: date = NOW.date()) -> None:
        with sessions.begin() as session:
            sync_indicators(session, analyser.taxonomy)
            days = set(session.scalars(select(Article.event_date)))
            score_days(session, days, analyser.taxonomy)
            store_trends(session, as_of, compute_trends(session, as_of))

    return sessions, add, score


def test_rewritten_copies_are_one_story_and_other_stories_are_not(store):
    sessions, add, score = store
    original = _seed(SEED_001)
    ids = [
        add(original, "Wire"),
        add(_rewrite(original, "Pyongyang blows up border roads"), "Daily A"),
        add(_rewrite(original, "North Korea mobilises 1.4 million", 1), "Daily B"),
        add(_seed(SEED_000), "Daily C"),
    ]
    with sessions() as session:
        clusters = [session.get(Article, i).cluster_id for i in ids]
    assert clusters[0] == clusters[1] == clusters[2] != clusters[3]


def test_a_story_repeated_raises_confidence_not_the_count(store):
    sessions, add, score = store
    original = _seed(SEED_001)
    add(original, "Wire")
    score()
    with sessions() as session:
        single = session.scalar(select(DailyScore).where(DailyScore.actor == "PRK", DailyScore.indicator == "infrastructure_destruction"))
        single_score = single.score
    add(_rewrite(original, "Copy one"), "Daily A")
    add(_rewrite(original, "Copy two", 1), "Daily B")
    score()
    with sessions() as session:
        row = session.scalar(select(DailyScore).where(DailyScore.actor == "PRK", DailyScore.indicator == "infrastructure_destruction"))
        assert (row.stories, row.articles, row.sources) == (1, 3, 3)
        assert -7.0 <= row.score < single_score < 0  # surer, but still one story's weight at most


def test_numbers_from_two_sources_stay_two_claims(store):
    sessions, add, _ = store
    add(ArticleRecord(title="A", text="North Korea sent about 10,000 troops to Russia."), "Agency A")
    add(ArticleRecord(title="B", text="Seoul said North Korea sent 12,000 troops to Russia, far more than thought."), "Agency B")
    with sessions() as session:
        rows = session.execute(
            text("select source, quantity, unit, actor, indicator from claims_by_source order by quantity")
        ).all()
    assert rows == [("Agency A", 10000, "troops", "PRK", "foreign_deployment"), ("Agency B", 12000, "troops", "PRK", "foreign_deployment")]


def test_scores_recompute_to_the_same_rows(store):
    sessions, add, score = store
    add(_seed(SEED_000), "Wire")
    add(_seed(SEED_001), "Wire")
    score()
    dump = lambda s: s.execute(select(DailyScore.day, DailyScore.actor, DailyScore.indicator, DailyScore.stories, DailyScore.articles, DailyScore.sources, DailyScore.score).order_by(DailyScore.id)).all()  # noqa: E731
    with sessions() as session:
        first = dump(session)
    assert first and {d for d, *_ in first} == {"2024-10-10", NOW.date().isoformat()}
    with sessions.begin() as session:
        session.execute(DailyScore.__table__.delete())
    score()
    with sessions() as session:
        assert dump(session) == first


def test_negated_and_historical_claims_score_nothing(store):
    sessions, add, score = store
    add(ArticleRecord(title="n", text="Russia did not send troops to Belarus."), "A")
    add(ArticleRecord(title="h", text="In 1950 North Korean troops crossed the border.", published_at=NOW), "B")
    score()
    with sessions() as session:
        scores = {(r.actor, r.indicator): r.score for r in session.scalars(select(DailyScore))}
    assert scores[("RUS", "foreign_deployment")] == 0 and scores[("PRK", "incursion")] == 0


def test_risk_alert_needs_two_sources_in_a_day(store):
    sessions, add, score = store
    add(ArticleRecord(title="a", text="Russian artillery shelled Kharkiv overnight."), "Agency A")
    score()
    with sessions() as session:
        assert session.scalars(select(RiskAlert)).all() == []
    add(ArticleRecord(title="b", text="Kharkiv residents said Russian forces shelled the city centre for hours."), "Agency B")
    score()
    with sessions() as session:
        alerts = session.scalars(select(RiskAlert)).all()
        assert [(a.actor, a.indicator, a.sources) for a in alerts] == [("RUS", "armed_clash", 2)]


def _history(session, actor: str, daily: list[float], end: date, indicator: str = "armed_clash") -> None:
    for offset, value in enumerate(reversed(daily)):
        if value:
            session.add(DailyScore(day=(end - timedelta(days=offset)).isoformat(), actor=actor, indicator=indicator, stories=1, articles=1, sources=1, score=value))


@pytest.mark.parametrize(
    ("name", "daily", "arrow"),
    [
        ("quiet month then a spike", [0.0] * 28 + [0, 0, -9, -9, -8, -9, -9], "deteriorated"),
        ("steady high level", [-9.0, -8.5, -9.0, -8.0] * 7 + [-9, -8.5, -9, -8, -9, -8.5, -9], "unchanged"),
        ("decline", [-9.0, -8.0, -9.5, -8.5] * 7 + [0, 0, -1, 0, 0, 0, 0], "improved"),
        ("sparse history, one small story", [0.0] * 28 + [0, 0, 0, -2, 0, 0, 0], "unchanged"),
    ],
)
def test_trend_arrows_on_synthetic_histories(tmp_path, name, daily, arrow):
    sessions = open_store(f"sqlite:///{tmp_path / 'trend.db'}")
    end = date(2026, 11, 20)
    with sessions.begin() as session:
        _history(session, "PRK", daily, end)
    with sessions() as session:
        (trend,) = compute_trends(session, end, labels={"armed_clash": "Armed clash"})
    assert trend.arrow == arrow, (name, trend)
    if arrow != "unchanged":
        assert "Armed clash" in trend.rationale
        assert trend.rationale.startswith("worsening: " if arrow == "deteriorated" else "easing: ")


def test_docs_queries_run(cli, workdir):
    """Every SQL block in docs/schema.md must run against a real history."""
    assert cli("run").returncode == 0
    doc = (REPO / "docs/schema.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", doc, re.DOTALL)[:-1]  # the last block is the schema
    assert len(queries) >= 5
    with sqlite3.connect(workdir / "monitor.db") as db:
        for query in queries:
            db.execute(query).fetchall()


def test_export_and_trend_commands(cli, workdir):
    import csv
    import io
    import json

    assert cli("run").returncode == 0
    hits = [json.loads(line) for line in cli("export", "hits").stdout.splitlines()]
    extract = json.loads(cli("extract", f"seeds/{SEED_001}").stdout.splitlines()[0])
    assert set(extract) - {"file"} <= set(hits[0])
    assert {"article_id", "title", "url", "source", "date"} <= set(hits[0])
    assert all(h["source"] == "seeds" for h in hits)
    recent = [json.loads(line) for line in cli("export", "hits", "--since", "2025-01-01").stdout.splitlines()]
    assert recent and all(h["date"] >= "2025-01-01" for h in recent) and len(recent) < len(hits)
    out = cli("export", "scores", "--format", "csv", "--output", "scores.csv")
    assert out.returncode == 0 and "scores written to scores.csv" in out.stderr
    rows = list(csv.DictReader(io.StringIO((workdir / "scores.csv").read_text())))
    assert rows and set(rows[0]) == {"day", "actor", "indicator", "label", "stories", "articles", "sources", "score"}
    articles = cli("export", "articles", "--format", "csv").stdout
    assert "North Korea Cuts Ties with South" in articles
    trend = cli("trend", "--country", "PRK", "--days", "3")
    assert trend.returncode == 0 and trend.stdout.startswith("PRK: deteriorated")
    assert len([line for line in trend.stdout.splitlines() if re.match(r"\s+\d{4}-\d\d-\d\d", line)]) == 3
    assert cli("trend", "nonsense").returncode == 2
    assert cli("trend", "--country", "Korea").returncode == 2
