"""The stages, and `run()`: their sequence under one lock, logged in the runs table.

Each stage reads what the one before it stored, so any stage can be rerun on its own and every rerun
leaves the same rows.
"""

from __future__ import annotations

import fcntl
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from .config import Config
from .db import open_store
from .digest import build_context, render_email, render_index, render_report, select_articles
from .digest.charts import make_charts
from .mail import HTML_LIMIT, InlineImage, MailError, build_message, send_message
from .errors import MonitorError, StageError
from .fsutil import atomic_write_text
from .indicators import Analyser, shared_analyser
from .ingest.feeds import make_client
from .ingest.stage import IngestResult, ingest, no_progress
from .models import Article, Digest, Run, utcnow
from .scoring import compute_trends, score_days, store_trends, sync_indicators
from .store import articles_to_analyse, save_analysis

log = logging.getLogger(__name__)


class AlreadyRunning(MonitorError):
    exit_code = 0  # cron should not mail about a run that politely stepped aside


@dataclass
class RunResult:
    ingest: IngestResult
    analysis: AnalyseResult
    digest_path: Path | None
    email_status: str | None
    errors: list[str]

    @property
    def hits(self) -> int:
        return self.analysis.hits

    @property
    def ok(self) -> bool:
        return not self.errors


def lock_path(config: Config) -> Path:
    db = config.database_path
    return db.with_name(db.name + ".lock") if db else config.reports / ".monitor.lock"


@contextmanager
def exclusive_lock(config: Config):
    """A non-blocking lock before any work: a second concurrent run steps aside instead of queueing."""
    path = lock_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(f"another run is in progress (lock held on {path})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()


@dataclass
class AnalyseResult:
    articles: int = 0
    updated: int = 0  # analysed before under another taxonomy version
    hits: int = 0
    days: set[str] = field(default_factory=set)  # the event days whose scores are now stale


def analyse(
    sessions: sessionmaker[Session], analyser: Analyser, everything: bool = False, progress=no_progress
) -> AnalyseResult:
    """Analyse the articles not yet analysed with this taxonomy version (or all); one transaction each."""
    with sessions() as session:
        ids = articles_to_analyse(session, analyser.version, everything)
    result = AnalyseResult(articles=len(ids))
    with progress("analysing", len(ids)) as step:
        for article_id in ids:
            with sessions.begin() as session:
                article = session.get(Article, article_id)
                result.updated += article.taxonomy_version is not None
                result.days.add(article.event_date)
                analysis = analyser.analyse(article.text, published=article.published_at)
                result.hits += save_analysis(session, article, analysis)
            step(1)
    log.info("analysed %d articles (%d re-analysed), %d hits", result.articles, result.updated, result.hits)
    return result


def update_scores(sessions: sessionmaker[Session], config: Config, analyser: Analyser, days: set[str], as_of: date) -> int:
    """Recompute the daily scores and alerts of these days, and every actor's trend as of ``as_of``."""
    with sessions.begin() as session:
        sync_indicators(session, analyser.taxonomy)
        written = score_days(session, {d for d in days if d}, analyser.taxonomy)
        labels = {i.id: i.label for i in analyser.taxonomy.indicators}
        store_trends(session, as_of, compute_trends(session, as_of, labels=labels))
    return written


def _digest_parts(
    session: Session, config: Config, day: date, analyser: Analyser, assign: bool, evidence: int | None, charts_cache: dict | None
):
    articles = select_articles(session, day, config.tz, assign=assign)
    context = build_context(
        session, day, articles, analyser.taxonomy, datetime.now(config.tz), config.tz, evidence,
        feeds={feed.name for feed in config.feeds},
    )
    # The charts depend on the day, its top actors and its indicators only, the same for the page and the
    # e-mail: a run that writes and mails a digest draws them once.
    charts = (charts_cache or {}).get(day)
    if charts is None:
        charts = make_charts(
            session,
            day,
            [a["actor"] for a in context["actors"][:CHART_ACTORS]],
            [(r["id"], r["label"]) for r in context["ranked"]],
        ) if not context["empty"] else {}
        if charts_cache is not None:
            charts_cache[day] = charts
    return articles, context, charts


def write_digest(
    sessions: sessionmaker[Session], config: Config, day: date, analyser: Analyser, charts_cache: dict | None = None
) -> Path:
    """reports/<date>.html (and reports/index.html), written atomically; the articles first seen by the
    end of ``day`` and in no digest yet are this digest's, for good."""
    path = config.reports / f"{day.isoformat()}.html"
    with sessions.begin() as session:
        articles, context, charts = _digest_parts(session, config, day, analyser, True, None, charts_cache)
        atomic_write_text(path, render_report(context, charts))
        if session.scalar(select(Digest).where(Digest.digest_date == day.isoformat())) is None:
            session.add(Digest(digest_date=day.isoformat(), path=str(path), created_at=utcnow(), attempts=0))
    write_index(sessions, config)
    log.info("digest for %s: %d articles, %s", day, len(articles), path)
    return path


def write_index(sessions: sessionmaker[Session], config: Config) -> Path:
    with sessions() as session:
        counts = dict(
            session.execute(
                select(Article.digest_date, func.count()).where(Article.digest_date.is_not(None)).group_by(Article.digest_date)
            ).all()
        )
        rows = [
            {
                "date": d.digest_date,
                "file": Path(d.path).name,
                "articles": counts.get(d.digest_date, 0),
                "sent_at": d.sent_at.strftime("%Y-%m-%d %H:%M UTC") if d.sent_at else None,
            }
            for d in session.scalars(select(Digest).order_by(Digest.digest_date.desc()))
        ]
    return atomic_write_text(config.reports / "index.html", render_index(rows))


def today(config: Config) -> date:
    return datetime.now(config.tz).date()


STAGES = ("ingest", "analyse", "score", "digest", "mail")
CHART_ACTORS = 3  # the gravest actors get a 90-day chart
EMAIL_EVIDENCE = 3  # evidence sentences per indicator in the e-mail; the saved page has them all


def fit_email(context: dict, charts: dict) -> tuple[str, str]:
    """The e-mail rendering, trimmed until its HTML is under HTML_LIMIT: fewer evidence sentences,
    then fewer new-article lines, each trim saying that the full report has the rest."""
    html, text = render_email(context, charts)
    for evidence, listed in ((1, 100), (1, 30), (1, 10)):
        if len(html.encode("utf-8")) <= HTML_LIMIT:
            break
        trimmed = dict(context)
        trimmed["ranked"] = [
            {**r, "evidence": r["evidence"][:evidence], "more": r["more"] + max(0, len(r["evidence"]) - evidence)}
            for r in context["ranked"]
        ]
        trimmed["new_articles"] = context["new_articles"][:listed]
        trimmed["more_articles"] = max(0, len(context["new_articles"]) - listed)
        html, text = render_email(trimmed, charts)
    return html, text


def deliver(
    sessions: sessionmaker[Session],
    config: Config,
    day: date,
    analyser: Analyser,
    resend: bool = False,
    charts_cache: dict | None = None,
) -> str:
    """E-mail the day's digest, and retry any earlier one whose sending failed. Never sends a digest
    twice unless ``resend``. Raises MailError (after recording the attempt) when a send fails."""
    if not config.email.enabled:
        return "disabled"
    with sessions() as session:
        due = session.scalars(
            select(Digest)
            .where(
                (Digest.digest_date == day.isoformat())
                | (Digest.sent_at.is_(None) & (Digest.attempts > 0) & (Digest.digest_date < day.isoformat()))
            )
            .order_by(Digest.digest_date)
        ).all()
    statuses, failures = [], []
    for digest in due:
        if digest.sent_at and not resend:
            statuses.append(f"{digest.digest_date} already sent")
            continue
        target = date.fromisoformat(digest.digest_date)
        with sessions() as session:
            _, context, charts = _digest_parts(session, config, target, analyser, False, EMAIL_EVIDENCE, charts_cache)
        html, text = fit_email(context, charts)
        images = tuple(InlineImage(c.cid, c.png, c.alt) for c in charts.values())
        message = build_message(
            f"Escalation digest {digest.digest_date}", config.email.sender, config.email.recipients, html, text, images
        )
        try:
            send_message(config.email, message)
        except MailError as exc:
            failures.append(f"digest {digest.digest_date} not sent: {exc}")
            with sessions.begin() as session:
                row = session.get(Digest, digest.id)
                row.attempts += 1
                row.last_error = str(exc)
            continue
        with sessions.begin() as session:
            row = session.get(Digest, digest.id)
            row.attempts += 1
            row.sent_at = utcnow()
            row.last_error = None
        statuses.append(f"{digest.digest_date} sent")
        log.info("digest %s sent to %d recipients", digest.digest_date, len(config.email.recipients))
    if failures:
        raise MailError("; ".join(failures))
    return ", ".join(statuses) or "nothing to send"


def run(
    config: Config,
    day: date | None = None,
    analyser: Analyser | None = None,
    stages: tuple[str, ...] = STAGES,
    kind: str = "run",
    progress=no_progress,
    email: bool = True,
    resend: bool = False,
    now: datetime | None = None,
    client_factory=make_client,
) -> RunResult:
    """Run the stages in order under the lock. A failed stage is logged and the later ones still run."""
    with exclusive_lock(config):
        sessions = open_store(config.database_url)
        analyser = analyser or shared_analyser()
        with sessions.begin() as session:
            run_row = Run(started_at=utcnow(), status="running", kind=kind)
            session.add(run_row)
        errors: list[str] = []
        ingest_result, analysis, path, mail = IngestResult(), AnalyseResult(), None, None
        charts_cache: dict = {}
        actions = {
            "ingest": lambda: ingest(sessions, config, progress=progress, now=now, client_factory=client_factory),
            "analyse": lambda: analyse(sessions, analyser, progress=progress),
            "score": lambda: update_scores(sessions, config, analyser, analysis.days, day or today(config)),
            "digest": lambda: write_digest(sessions, config, day or today(config), analyser, charts_cache),
            "mail": lambda: deliver(sessions, config, day or today(config), analyser, resend, charts_cache)
            if email
            else "skipped (--no-email)",
        }
        for stage in stages:
            try:
                value = actions[stage]()
            except MonitorError as exc:
                errors.append(str(StageError(stage, str(exc))))
                log.error("%s: %s", stage, exc)
                if stage == "mail":
                    mail = f"failed: {exc}"[:40]
                continue
            except Exception as exc:  # noqa: BLE001 - one stage's bug must not lose the others' work
                errors.append(f"{stage}: {type(exc).__name__}: {exc}")
                log.error("%s failed: %s: %s", stage, type(exc).__name__, exc, exc_info=log.isEnabledFor(logging.DEBUG))
                continue
            if stage == "ingest":
                ingest_result = value
                if value.feeds_failed:
                    # Every other feed and the seeds were read, and each failing feed has had its own
                    # error line; the run still ends failed, with one line that counts them.
                    names = [name for name, _ in value.feeds_failed]
                    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
                    total = value.feeds_ok + len(names)
                    errors.append(f"ingest: {len(names)} of {total} feeds failed: {', '.join(names[:5])}{more}")
            elif stage == "analyse":
                analysis = value
            elif stage == "score":
                pass
            elif stage == "digest":
                path = value
            else:
                mail = value[:40]
        with sessions.begin() as session:
            row = session.get(Run, run_row.id)
            row.finished_at = utcnow()
            row.status = "failed" if errors else "ok"
            row.articles_new, row.articles_seen = ingest_result.new, ingest_result.seen
            row.files_failed = len(ingest_result.failed)
            row.feeds_ok, row.feeds_failed = ingest_result.feeds_ok, len(ingest_result.feeds_failed)
            row.articles_updated, row.hits = analysis.updated, analysis.hits
            row.digest_path = str(path) if path else None
            row.email_status = mail
            row.error = "\n".join(errors) or None
        return RunResult(ingest=ingest_result, analysis=analysis, digest_path=path, email_status=mail, errors=errors)
