"""`monitor schedule`: the pipeline's jobs in APScheduler 3.x, for those who do not use cron.

Two jobs, with explicit ids so they are never duplicated: ``ingest`` (ingest and analyse, on the cron
expression [schedule].ingest) and ``digest`` (write the day's digest, at [schedule].digest local time).
Each takes the same lock as `monitor run`, so a job and a cron-started run never overlap.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from datetime import datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from .config import Config
from .errors import ConfigError, MonitorError
from .pipeline import AlreadyRunning, run

log = logging.getLogger(__name__)

# A job that could not start on time (the machine slept, a long run held the lock) still runs when it
# can, up to this late; APScheduler's default of one second would silently skip a day.
MISFIRE_GRACE_SECONDS = 6 * 3600


def run_job(config: Config, kind: str, stages: tuple[str, ...]) -> None:
    """One scheduled job. Errors are logged, never raised: the scheduler must keep running."""
    try:
        result = run(config, stages=stages, kind=kind)
    except AlreadyRunning as exc:
        log.warning("%s job skipped: %s", kind, exc)
        return
    except MonitorError as exc:
        log.error("%s job failed: %s", kind, exc)
        return
    except Exception:  # noqa: BLE001 - a bug in one run must not stop tomorrow's
        log.exception("%s job failed", kind)
        return
    for error in result.errors:
        log.error("%s job: %s", kind, error)
    if result.digest_path:
        log.info("%s job wrote %s", kind, result.digest_path)


def triggers(config: Config) -> dict[str, CronTrigger]:
    try:
        ingest = CronTrigger.from_crontab(config.schedule.ingest, timezone=config.tz)
    except ValueError as exc:
        raise ConfigError(f"[schedule].ingest: {exc}") from None
    hour, minute = (int(x) for x in config.schedule.digest.split(":"))
    return {"ingest": ingest, "digest": CronTrigger(hour=hour, minute=minute, timezone=config.tz)}


_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}


def build_scheduler(config: Config, scheduler_class: type[BaseScheduler] = BlockingScheduler) -> BaseScheduler:
    scheduler = scheduler_class(
        jobstores={"default": MemoryJobStore()},
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_SECONDS},
        timezone=config.tz,
    )
    jobs = triggers(config)
    scheduler.add_job(
        run_job, jobs["ingest"], args=(config, "ingest", ("ingest", "analyse", "score")),
        id="ingest", name="ingest and analyse", replace_existing=True,
    )
    scheduler.add_job(
        run_job, jobs["digest"], args=(config, "digest", ("ingest", "analyse", "score", "digest", "mail")),
        id="digest", name="daily digest", replace_existing=True,
    )
    return scheduler


def next_runs(scheduler: BaseScheduler) -> dict[str, datetime | None]:
    """Each job's next run time; before start() APScheduler only knows it from the trigger."""
    now = datetime.now(scheduler.timezone)
    result = {}
    for job in scheduler.get_jobs():
        when = getattr(job, "next_run_time", None) or job.trigger.get_next_fire_time(None, now)
        result[job.id] = when
    return result


def serve(scheduler: BlockingScheduler, announce=None) -> None:
    """Run until SIGTERM or SIGINT; a job already running finishes before the process exits.

    The signal handlers do nothing but let the C-level wake-up fd record the signal; a helper thread
    reading that pipe stops the scheduler. Stopping it from a Python handler could deadlock (the
    handler runs on the main thread, possibly while it holds the lock inside the scheduler's
    Event.wait()), and with no handler a signal delivered to another thread (numpy's OpenBLAS starts
    some) would kill the process outright."""
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    previous_fd = signal.set_wakeup_fd(write_fd)
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in _STOP_SIGNALS}

    def wait_for_signal() -> None:
        while True:
            signum = os.read(read_fd, 1)[0]
            if signum in _STOP_SIGNALS:
                break
        log.warning("received %s, stopping the scheduler", signal.Signals(signum).name)
        while not scheduler.running:  # a signal during start-up
            time.sleep(0.05)
        scheduler.shutdown(wait=False)

    threading.Thread(target=wait_for_signal, name="monitor-signals", daemon=True).start()
    try:
        if announce:
            announce(next_runs(scheduler))
        scheduler.start()
    finally:
        signal.set_wakeup_fd(previous_fd)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
