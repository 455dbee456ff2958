"""PostgreSQL is the path for users who outgrow one machine: the same code with another URL.

Runs against a real server when MONITOR_TEST_POSTGRES_URL names one (.ci/run starts one from Debian's
postgresql package); each test gets a database of its own."""

from __future__ import annotations

import json
import os
import uuid

import pytest

URL = os.environ.get("MONITOR_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(
    not URL, reason="no PostgreSQL server: set MONITOR_TEST_POSTGRES_URL (.ci/run starts one)"
)


@pytest.fixture
def database():
    from sqlalchemy import create_engine, text

    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    name = f"monitor_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_daily_job_on_postgresql(cli, database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine, text

    from monitor.models import Base

    env = {"MONITOR_DB": database}
    first = cli("run", env=env)
    assert first.returncode == 0, first.stderr
    engine = create_engine(database)
    counts = "select (select count(*) from articles), (select count(*) from indicator_hits), (select count(*) from daily_scores), (select count(*) from quantity_claims)"
    with engine.connect() as connection:
        before = connection.execute(text(counts)).one()
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    assert before[0] == 2 and before[1] > 20 and before[2] > 0 and before[3] > 0
    assert cli("run", env=env).returncode == 0
    assert cli("analyse", "--all", env=env).returncode == 0
    with engine.connect() as connection:
        assert connection.execute(text(counts)).one() == before
        assert connection.execute(text("select count(*) from hit_evidence where actor = 'PRK'")).scalar() > 10
    engine.dispose()
    assert cli("trend", "--country", "PRK", env=env).stdout.startswith("PRK: deteriorated")
    assert len(cli("export", "hits", env=env).stdout.splitlines()) == before[1]
    status = json.loads(cli("status", "--json", env=env).stdout)
    assert status["articles"] == 2 and status["database_bytes"] is None and "postgresql" in status["database"]
