"""`monitor status`: is the monitor healthy? The last runs, source health, the last digest, the size."""

from __future__ import annotations

import fcntl
from pathlib import Path

from sqlalchemy import select

from .config import Config
from .db import open_store
from .models import Article, Digest, IndicatorHit, Run, Source
from .pipeline import lock_path


def _when(value) -> str | None:
    return value.isoformat() if value else None


def lock_held(config: Config) -> bool:
    path = lock_path(config)
    if not path.exists():
        return False
    with open(path) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def database_size(config: Config) -> int | None:
    path = config.database_path
    if path is None:
        return None
    # WAL mode keeps recent writes beside the file until a checkpoint: both are the database.
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def collect_status(config: Config, runs: int = 10) -> dict:
    sessions = open_store(config.database_url)
    with sessions() as session:
        last_runs = session.scalars(select(Run).order_by(Run.id.desc()).limit(runs)).all()
        sources = session.scalars(select(Source).order_by(Source.name)).all()
        last_digest = session.scalar(select(Digest).order_by(Digest.digest_date.desc()).limit(1))
        last_sent = session.scalar(select(Digest).where(Digest.sent_at.is_not(None)).order_by(Digest.sent_at.desc()).limit(1))
        articles = session.query(Article).count()
        hits = session.query(IndicatorHit).count()
    return {
        "database": str(config.database_path or config.masked()["monitor"]["database"]),
        "database_bytes": database_size(config),
        "articles": articles,
        "indicator_hits": hits,
        "run_in_progress": lock_held(config),
        "runs": [
            {
                "id": r.id,
                "kind": r.kind,
                "started_at": _when(r.started_at),
                "finished_at": _when(r.finished_at),
                "status": r.status,
                "feeds_ok": r.feeds_ok,
                "feeds_failed": r.feeds_failed,
                "articles_new": r.articles_new,
                "articles_updated": r.articles_updated,
                "files_failed": r.files_failed,
                "hits": r.hits,
                "digest_path": r.digest_path,
                "email_status": r.email_status,
                "error": r.error,
            }
            for r in last_runs
        ],
        "sources": [
            {
                "name": s.name,
                "kind": s.kind,
                "last_status": s.last_status,
                "last_checked_at": _when(s.last_checked_at),
                "consecutive_failures": s.consecutive_failures,
            }
            for s in sources
        ],
        "last_digest": {"date": last_digest.digest_date, "path": last_digest.path, "created_at": _when(last_digest.created_at)}
        if last_digest
        else None,
        "last_digest_sent": {"date": last_sent.digest_date, "sent_at": _when(last_sent.sent_at)} if last_sent else None,
    }
