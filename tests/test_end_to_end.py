"""A new user's first run: `monitor run` on the seeds, through the installed command."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone

from conftest import SEED_000, SEED_001

TABLES = [
    "sources", "articles", "story_clusters", "indicator_hits", "quantity_claims", "daily_scores",
    "actor_trends", "risk_alerts", "digests",
]


def _rows(db_path):
    with sqlite3.connect(db_path) as db:
        tables = {t: db.execute(f"select * from {t} order by id").fetchall() for t in TABLES}
        tables["indicators"] = db.execute("select * from indicators order by id").fetchall()
        return tables


def test_run_on_the_seeds(cli, workdir):
    result = cli("run")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # quiet on success: cron mails anything it prints
    today = datetime.now(timezone.utc).date().isoformat()
    path = workdir / "reports" / f"{today}.html"
    assert result.stdout.strip() == str(path)

    with sqlite3.connect(workdir / "monitor.db") as db:
        articles = db.execute(
            "select guid, title, author, section, published_at, taxonomy_version, tone from articles order by id"
        ).fetchall()
        assert [a[0] for a in articles] == [SEED_000, SEED_001]
        assert articles[0][1:5] == ("North Korea Cuts Ties with South: A New Era of Isolation?", "Yan", "World", "2024-10-10 00:00:00.000000")
        assert articles[1][4] is None  # unknown date stays unknown
        assert all(a[5] and a[6] is not None for a in articles)
        hits = db.execute(
            "select a.guid, h.indicator, h.actor, h.quantity, h.hedged, h.sentence from indicator_hits h join articles a on a.id = h.article_id"
        ).fetchall()
        assert (SEED_001, "mobilisation", "PRK", 1_400_000) in [h[:4] for h in hits]
        assert any(h[0] == SEED_000 and h[1] == "foreign_deployment" and h[2] == "PRK" and h[4] for h in hits)
        assert {h[1] for h in hits} >= {"severance", "infrastructure_destruction", "foreign_deployment", "nuclear"}
        assert db.execute("select status, articles_new from runs").fetchall() == [("ok", 2)]

    html = path.read_text(encoding="utf-8")
    assert "North Korea Cuts Ties with South: A New Era of Isolation?" in html
    assert "<mark>severance</mark>" in html
    assert "allegedly" in html and ">alleged<" in html
    assert "date unknown" in html  # 001 has no date


def test_run_twice_changes_nothing_but_the_time(cli, workdir):
    first = cli("run")
    assert first.returncode == 0, first.stderr
    path = first.stdout.strip()
    html_1, rows_1 = open(path, encoding="utf-8").read(), _rows(workdir / "monitor.db")
    second = cli("run")
    assert second.returncode == 0, second.stderr
    html_2, rows_2 = open(path, encoding="utf-8").read(), _rows(workdir / "monitor.db")
    assert rows_1 == rows_2
    strip = lambda html: re.sub(r"Generated [^·]+·", "Generated ·", html)  # noqa: E731
    assert strip(html_1) == strip(html_2)
    assert html_1 != "" and len(html_1.splitlines()) == len(html_2.splitlines())
    with sqlite3.connect(workdir / "monitor.db") as db:
        assert db.execute("select count(*), sum(articles_new), sum(articles_seen) from runs").fetchone() == (2, 2, 2)


def _analysed(output: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+) articles analysed \((\d+) re-analysed\), (\d+) hits", output.strip())
    assert match, output
    return tuple(int(g) for g in match.groups())


def test_stages_one_by_one(cli, workdir):
    assert cli("ingest").stdout.strip() == "2 new, 0 already stored, 0 skipped"
    articles, updated, hits = _analysed(cli("analyse").stdout)
    assert (articles, updated) == (2, 0) and hits > 20
    assert _analysed(cli("analyse").stdout) == (0, 0, 0)  # nothing new to analyse
    assert _analysed(cli("analyse", "--all").stdout) == (2, 2, hits)  # same hits, none duplicated
    past = cli("digest", "--date", "2024-10-10")
    assert past.returncode == 0 and past.stdout.strip().endswith("reports/2024-10-10.html")
    # The seeds were ingested today, so a past day's digest does not hold them.
    assert "No new articles since the last digest" in (workdir / "reports" / "2024-10-10.html").read_text()
    with sqlite3.connect(workdir / "monitor.db") as db:
        assert db.execute("select count(*) from indicator_hits").fetchone()[0] == hits


def test_digest_date_must_be_a_date(cli):
    result = cli("digest", "--date", "10/10/2024")
    assert result.returncode == 2 and "expected YYYY-MM-DD" in result.stderr


def test_db_path(cli, workdir):
    assert cli("db-path").stdout.strip() == str(workdir / "monitor.db")
    assert cli("db-path", env={"MONITOR_DB": "other.db"}).stdout.strip() == str(workdir / "other.db")


def test_db_upgrade(cli, workdir):
    result = cli("db", "upgrade")
    assert result.returncode == 0 and (workdir / "monitor.db").exists()


def test_python_dash_m(workdir):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "monitor", "--version"], capture_output=True, text=True, cwd=workdir)
    assert result.returncode == 0 and "monitor" in result.stdout


def _commands(group, prefix=()):
    import click

    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_every_command_has_help_with_an_example(cli):
    from monitor.cli import cli as root

    paths = [()] + [path for path, _ in _commands(root)]
    assert len(paths) >= 10
    for path in paths:
        result = cli(*path, "--help")
        assert result.returncode == 0, (path, result.stderr)
        assert "Example" in result.stdout, path
        assert "monitor " in result.stdout.split("Example", 1)[1], path


def test_unexpected_errors_are_one_line_and_traceback_with_v(cli, workdir):
    (workdir / "monitor.db").mkdir()  # a folder where the database file should be
    quiet = cli("run")
    assert quiet.returncode != 0
    assert "Traceback" not in quiet.stderr
    assert len([line for line in quiet.stderr.splitlines() if line.startswith("monitor: error")]) == 1
    loud = cli("-v", "run")
    assert loud.returncode != 0 and "Traceback" in loud.stderr


def test_a_digest_day_in_the_future_is_refused(cli, workdir):
    result = cli("digest", "--date", "2999-01-01")
    assert result.returncode == 2 and "2999-01-01 is in the future" in result.stderr
    assert not (workdir / "reports" / "2999-01-01.html").exists()


def test_no_seeds_folder_is_a_warning_not_silence(cli, tmp_path):
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    result = cli("run", cwd=empty)
    assert result.returncode == 0
    assert "no seeds folder at" in result.stderr and "no seed articles read" in result.stderr
