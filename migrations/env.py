"""Alembic environment. Run by `monitor db upgrade` (and at every start), or by `alembic upgrade head`
from a checkout, using alembic.ini and $MONITOR_DB or its sqlalchemy.url."""

import logging.config
import os

from alembic import context
from sqlalchemy import create_engine

from monitor.db import make_engine
from monitor.models import Base

config = context.config

# Alembic's template calls fileConfig unconditionally, which disables every logger the CLI set up.
# Only configure logging when alembic itself runs from an ini file, and never disable other loggers.
if config.config_file_name is not None and not config.attributes.get("engine"):
    logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _engine():
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine
    url = os.environ.get("MONITOR_DB") or config.get_main_option("sqlalchemy.url")
    if url and "://" not in url:
        url = f"sqlite:///{url}"
    return make_engine(url) if url else create_engine("sqlite://")


def run_migrations_offline() -> None:
    context.configure(url=str(_engine().url), target_metadata=target_metadata, render_as_batch=True, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        # render_as_batch: SQLite cannot ALTER most things, so Alembic copies the table instead.
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
