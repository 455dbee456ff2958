"""The store: migrations match the models, SQLite is set up for concurrent use, time is UTC."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from monitor.db import make_engine, open_store, upgrade
from monitor.ingest.records import ArticleRecord
from monitor.models import Article, Base
from monitor.store import save_article, save_source


def test_migrated_schema_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert {"sources", "articles", "indicator_hits", "runs", "digests", "alembic_version"} <= set(inspect(engine).get_table_names())


def test_upgrade_twice_is_a_no_op(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from alembic_version")).scalar() == 1


def test_sqlite_pragmas_on_every_connection(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("pragma journal_mode")).scalar() == "wal"
        assert connection.execute(text("pragma foreign_keys")).scalar() == 1
        assert connection.execute(text("pragma busy_timeout")).scalar() == 30000


def test_times_are_stored_as_utc(tmp_path):
    sessions = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    seoul = timezone(timedelta(hours=9))
    with sessions.begin() as session:
        source = save_source(session, "seeds", "seeds")
        record = ArticleRecord(title="t", text="body", published_at=datetime(2024, 10, 10, 9, 0, tzinfo=seoul))
        save_article(session, source, record, now=datetime(2024, 10, 11, 12, 0, tzinfo=timezone.utc))
    with sessions() as session:
        article = session.scalar(select(Article))
        assert article.published_at == datetime(2024, 10, 10, 0, 0, tzinfo=timezone.utc)
        assert article.published_at.tzinfo is not None
        raw = session.execute(text("select published_at from articles")).scalar()
        assert str(raw).startswith("2024-10-10 00:00:00")


def test_foreign_keys_are_enforced(tmp_path):
    sessions = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with sessions.begin() as session:
            session.execute(text("insert into indicator_hits (article_id, indicator, sentence, sentence_start, sentence_end, trigger, trigger_start, trigger_end, negated, hedged, hypothetical, future, historical, background, confidence, tone, weight, taxonomy_version) values (999, 'x', 's', 0, 1, 't', 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, -1, 'v')"))


def test_same_text_is_one_article(tmp_path):
    sessions = open_store(f"sqlite:///{tmp_path / 'm.db'}")
    now = datetime.now(timezone.utc)
    with sessions.begin() as session:
        source = save_source(session, "seeds", "seeds")
        _, first = save_article(session, source, ArticleRecord(title="a", text="Troops  massed.\n"), now)
        _, second = save_article(session, source, ArticleRecord(title="b", text="troops massed."), now)
    assert (first, second) == (True, False)


def test_docs_schema_block_matches_a_migrated_database():
    import subprocess
    import sys

    from conftest import REPO

    result = subprocess.run([sys.executable, str(REPO / "docs/update_schema.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, "docs/schema.md is out of date: run python docs/update_schema.py"
