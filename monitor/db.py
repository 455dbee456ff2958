"""The engine, sessions and migrations. SQLite by default; any SQLAlchemy URL (PostgreSQL) works too."""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .errors import ConfigError, StoreError

log = logging.getLogger(__name__)


def _first_line(exc: BaseException) -> str:
    # SQLAlchemy appends a "Background on this error" link line; users get one line.
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Per connection, because SQLite forgets them: WAL lets the digest read while ingest writes,
    # busy_timeout waits out a concurrent writer instead of failing, foreign_keys enforces the schema.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        # A URL SQLAlchemy cannot even parse, or whose driver is not installed, is fixed in the config
        # (or by installing the driver), not by retrying: a configuration error. A server that is down
        # shows up later, at connect time, as a StoreError, and the next run retries.
        raise ConfigError(f"[monitor].database: cannot use {url.split('@')[-1]}: {_first_line(exc)}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("monitor.migrations")))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op when it is current."""
    try:
        command.upgrade(alembic_config(engine), "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open or migrate the database {engine.url.render_as_string(hide_password=True)}: {_first_line(exc)}") from exc


def open_store(url: str) -> sessionmaker[Session]:
    engine = make_engine(url)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)


def schema_sql(engine: Engine) -> str:
    """The CREATE statements of a migrated SQLite database, as docs/schema.md shows them."""
    from sqlalchemy import text

    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "select sql from sqlite_master where sql is not null and name not like 'sqlite_%' "
                "order by case type when 'table' then 0 when 'index' then 1 else 2 end, name"
            )
        ).scalars()
        return ";\n\n".join(_stable(row.strip()) for row in rows) + ";\n"


_CONSTRAINT = re.compile(r"^\s*(?:PRIMARY KEY|CONSTRAINT|FOREIGN KEY|UNIQUE|CHECK)\b")


def _stable(statement: str) -> str:
    """A table's constraints in a fixed order: Alembic's batch mode recreates SQLite tables with their
    constraints in whatever order a set gives, and the docs must not churn with it."""
    lines = statement.split("\n")
    if not statement.startswith("CREATE TABLE") or len(lines) < 3:
        return statement
    body = [line.rstrip().rstrip(",") for line in lines[1:-1]]
    columns = [line for line in body if not _CONSTRAINT.match(line)]
    constraints = sorted(line for line in body if _CONSTRAINT.match(line))
    return "\n".join([lines[0], ",\n".join(columns + constraints), lines[-1]])
