"""Running unattended: the lock, the run log, `monitor status`, the scheduler, cron-friendly output."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import SEED_001, SEEDS, monitor_command

from monitor.config import load_config


def _many_seeds(folder: Path, count: int) -> None:
    """Distinct articles built from a seed's paragraphs, so a run has real work to do."""
    paragraphs = [p for p in (SEEDS / SEED_001).read_text(encoding="utf-8").split("\n") if len(p) > 200]
    for i in range(count):
        body = "\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(4))
        (folder / f"bulk_{i:04d}.txt").write_text(f"Dispatch number {i} from the peninsula.\n{body}\n", encoding="utf-8")


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}


def test_two_concurrent_runs_one_steps_aside(workdir):
    _many_seeds(workdir / "seeds", 150)
    processes = [
        subprocess.Popen([*monitor_command(), "run"], cwd=workdir, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    skipped = [err for _, err in outputs if "another run is in progress" in err]
    assert len(skipped) == 1, outputs
    with sqlite3.connect(workdir / "monitor.db") as db:
        assert db.execute("select count(*) from runs").fetchone()[0] == 1
        assert db.execute("select count(*) from articles").fetchone()[0] == 152
        assert db.execute("select count(*) from (select article_id, sentence_start, indicator from indicator_hits group by 1, 2, 3 having count(*) > 1)").fetchone()[0] == 0


def test_a_failed_stage_exits_non_zero_and_the_others_still_run(cli, workdir):
    (workdir / "reports").write_text("a file where the reports folder should be")
    result = cli("run")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("monitor: error")]
    assert len(errors) == 1 and errors[0].startswith("monitor: error: digest:")
    with sqlite3.connect(workdir / "monitor.db") as db:
        assert db.execute("select count(*) from articles").fetchone()[0] == 2
        status, error, hits = db.execute("select status, error, hits from runs").fetchone()
        assert status == "failed" and error.startswith("digest:") and hits > 20


def test_run_log_and_status(cli, workdir):
    assert cli("run").returncode == 0
    info = json.loads(cli("status", "--json").stdout)
    last = info["runs"][0]
    assert (last["kind"], last["status"], last["articles_new"], last["email_status"]) == ("run", "ok", 2, "disabled")
    assert last["started_at"] <= last["finished_at"] and last["hits"] > 20
    assert last["digest_path"].endswith(".html") and last["error"] is None
    assert info["articles"] == 2 and info["database_bytes"] > 0 and info["run_in_progress"] is False
    assert info["last_digest"]["path"] == last["digest_path"] and info["last_digest_sent"] is None
    assert info["sources"][0]["name"] == "seeds"
    text = cli("status").stdout
    assert "last runs:" in text and "#1 run" in text and "last digest sent: none" in text


def _on_a_terminal(workdir: Path, *args: str) -> tuple[int, bytes]:
    """Run `monitor ARGS` with stderr on a pseudo-terminal; return its exit code and what it showed."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen([*monitor_command(), *args], cwd=workdir, env=_env(), stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    seen = b""
    deadline = time.time() + 120
    while time.time() < deadline:
        ready, _, _ = select.select([primary], [], [], 1)
        if ready:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    process.wait(timeout=60)
    os.close(primary)
    return process.returncode, seen


def test_progress_bar_only_on_a_terminal(cli, workdir):
    _many_seeds(workdir / "seeds", 30)
    code, shown = _on_a_terminal(workdir, "run")
    assert code == 0 and b"reading seeds" in shown and b"analysing" in shown
    code, shown = _on_a_terminal(workdir, "analyse", "--all")
    assert code == 0 and b"analysing" in shown
    piped = cli("analyse", "--all")
    assert piped.returncode == 0 and piped.stderr == ""
    piped = cli("run")
    assert piped.returncode == 0 and piped.stderr == ""


def _config(workdir: Path, schedule: str = "") -> Path:
    path = workdir / "monitor.toml"
    path.write_text('[monitor]\ntimezone = "Asia/Seoul"\n[schedule]\ningest = "*/15 * * * *"\ndigest = "06:45"\n' + schedule)
    return path


def test_jobs_are_registered_from_the_config(workdir):
    from apscheduler.schedulers.background import BackgroundScheduler

    from monitor.schedule import MISFIRE_GRACE_SECONDS, build_scheduler, next_runs

    config = load_config(_config(workdir))
    scheduler = build_scheduler(config, BackgroundScheduler)
    before_start = next_runs(scheduler)
    assert set(before_start) == {"ingest", "digest"}
    assert before_start["digest"].hour == 6 and before_start["digest"].minute == 45
    assert before_start["digest"].utcoffset() == timedelta(hours=9)
    scheduler.start(paused=True)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {"ingest", "digest"}
        assert str(scheduler.timezone) == "Asia/Seoul"
        for job in jobs.values():
            assert job.coalesce is True and job.max_instances == 1
            assert job.misfire_grace_time == MISFIRE_GRACE_SECONDS >= 3600
            assert str(job.trigger.timezone) == "Asia/Seoul"
        assert str(jobs["ingest"].trigger) == "cron[month='*', day='*', day_of_week='*', hour='*', minute='*/15']"
        assert str(jobs["digest"].trigger) == "cron[hour='6', minute='45']"
        assert jobs["ingest"].next_run_time.minute % 15 == 0
    finally:
        scheduler.shutdown(wait=False)


def test_a_scheduled_job_runs_the_pipeline_and_writes_the_digest(workdir):
    from apscheduler.schedulers.background import BackgroundScheduler

    from monitor.schedule import build_scheduler

    config = load_config(_config(workdir))
    scheduler = build_scheduler(config, BackgroundScheduler)
    scheduler.start(paused=True)
    try:
        # A short interval: the digest job is due a second from now.
        scheduler.modify_job("digest", next_run_time=datetime.now(config.tz) + timedelta(seconds=1))
        scheduler.resume()
        deadline = time.time() + 60
        digest = config.reports / f"{datetime.now(config.tz).date().isoformat()}.html"
        while time.time() < deadline and not digest.exists():
            time.sleep(0.2)
        assert digest.exists()
        while time.time() < deadline:
            with sqlite3.connect(workdir / "monitor.db") as db:
                row = db.execute("select kind, status, articles_new from runs").fetchone()
            if row and row[1] != "running":
                break
            time.sleep(0.2)
        assert row == ("digest", "ok", 2)
        assert scheduler.get_job("digest").next_run_time > datetime.now(config.tz)
    finally:
        scheduler.shutdown(wait=True)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_scheduler_stops_cleanly_on_a_signal(workdir, sig):
    _config(workdir)
    process = subprocess.Popen([*monitor_command(), "schedule"], cwd=workdir, env=_env(), stderr=subprocess.PIPE, text=True)
    lines = []
    deadline = time.time() + 60
    while time.time() < deadline and len([line for line in lines if "next run" in line]) < 2:
        lines.append(process.stderr.readline())
    assert any(line.startswith("monitor: job ingest: next run ") for line in lines), lines
    assert any(line.startswith("monitor: job digest: next run ") and "06:45:00+09:00" in line for line in lines), lines
    process.send_signal(sig)
    rest = process.communicate(timeout=30)[1]
    assert process.returncode == 0, rest
    assert "scheduler stopped" in rest
