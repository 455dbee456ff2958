"""The digest as people read it: what it holds, that it holds each article once, that article text
cannot run in it, and what a browser shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import SEED_000, SEED_001, SEEDS

from monitor.clusters import assign_stories
from monitor.config import parse_config
from monitor.db import open_store
from monitor.digest import build_context, render_email, render_report, select_articles
from monitor.ingest.records import ArticleRecord
from monitor.ingest.seeds import parse_seed
from monitor.pipeline import run, write_digest
from monitor.scoring import score_days, sync_indicators
from monitor.store import save_analysis, save_article, save_source

GOLDEN = Path(__file__).parent / "golden"
UTC = ZoneInfo("UTC")
FIXED = datetime(2024, 10, 12, 8, 0, tzinfo=timezone.utc)


def _history(tmp_path, analyser, records):
    sessions = open_store(f"sqlite:///{tmp_path / 'digest.db'}")
    with sessions.begin() as session:
        sync_indicators(session, analyser.taxonomy)
        for record, source_name in records:
            source = save_source(session, "seeds", source_name)
            article, _ = save_article(session, source, record, FIXED, UTC)
            assign_stories(session, FIXED)
            save_analysis(session, article, analyser.analyse(article.text, published=article.published_at))
        from monitor.models import Article
        from sqlalchemy import select

        score_days(session, set(session.scalars(select(Article.event_date))), analyser.taxonomy)
    return sessions


def _render(sessions, analyser, day=FIXED.date()):
    with sessions.begin() as session:
        articles = select_articles(session, day, UTC)
        context = build_context(session, day, articles, analyser.taxonomy, FIXED, UTC)
        return render_report(context), render_email(context)[1]


def test_golden_digest_of_the_seeds(tmp_path, analyser):
    records = [(parse_seed(name, (SEEDS / name).read_bytes(), UTC), "seeds") for name in (SEED_000, SEED_001)]
    html, text = _render(_history(tmp_path, analyser, records), analyser)
    for name, rendered in (("seeds-digest.html", html), ("seeds-digest.txt", text)):
        path = GOLDEN / name
        if os.environ.get("MONITOR_UPDATE_GOLDEN"):
            path.write_text(rendered, encoding="utf-8")
        assert rendered == path.read_text(encoding="utf-8"), f"{name} changed; rerun with MONITOR_UPDATE_GOLDEN=1 if intended"


def test_the_digest_reads_top_to_bottom(tmp_path, analyser):
    records = [(parse_seed(name, (SEEDS / name).read_bytes(), UTC), "seeds") for name in (SEED_000, SEED_001)]
    html, text = _render(_history(tmp_path, analyser, records), analyser)
    order = ["<h2>Actors</h2>", "<h2>Indicators</h2>", "<h2>Tone of the day</h2>", "<h2>New since the last digest</h2>", "<h2>Sources</h2>"]
    positions = [html.index(h) for h in order]
    assert positions == sorted(positions)
    assert re.search(r"PRK: <span class=\"arrow-deteriorated\">deteriorated</span>", html)
    assert '<p class="rationale">worsening: ' in html
    ranked = re.findall(r"<h3>([^<]+) <span class=\"meta\">score (-?[\d.]+)", html)
    assert [float(score) for _, score in ranked] == sorted(float(score) for _, score in ranked)
    assert "Numbers claimed: 1.4 million citizens (seeds, PRK)" in html
    assert ">alleged<" in html and ">hypothetical<" in html
    for section in ("ACTORS", "INDICATORS", "TONE OF THE DAY", "NEW SINCE THE LAST DIGEST", "SOURCES"):
        assert section in text


def test_risk_alerts_come_first(tmp_path, analyser):
    records = [
        (ArticleRecord(title="Shelling in Kharkiv", text="Russian artillery shelled Kharkiv overnight.", published_at=FIXED), "Agency A"),
        (ArticleRecord(title="Kharkiv under fire", text="Russian forces shelled the city centre of Kharkiv for hours.", published_at=FIXED), "Agency B"),
    ]
    html, text = _render(_history(tmp_path, analyser, records), analyser)
    assert html.index("<h2>Risk alerts</h2>") < html.index("<h2>Indicators</h2>")
    assert "<strong>RUS: Armed clash</strong> on 2024-10-12, reported by 2 sources" in html
    assert "! RUS: Armed clash on 2024-10-12, reported by 2 sources" in text


def test_inert_content(tmp_path, analyser):
    hostile = ArticleRecord(
        title='<script>alert("title")</script> Troops massed',
        author='<img src=x onerror=alert("author")>',
        text='North Korea sent troops to Russia <script>alert("text")</script>. '
        'Read more at javascript:alert("link") and <a href="javascript:alert(1)">here</a>.',
        url='javascript:alert("url")',
    )
    linked = ArticleRecord(title="Linked", text="Russia shelled Kharkiv.", url="https://example.org/kharkiv")
    html, text = _render(_history(tmp_path, analyser, [(hostile, "Agency <b>A</b>"), (linked, "B")]), analyser)
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert not re.search(r"<img[^>]*onerror", html) and "&lt;img src=x onerror=alert(&#34;author&#34;)&gt;" in html
    assert 'href="javascript:' not in html and "Agency &lt;b&gt;A&lt;/b&gt;" in html
    assert '<a href="https://example.org/kharkiv">B</a>' in html
    assert 'javascript:alert("url")' not in text  # only http(s) links are shown, in the text part too


def _write_seed(folder: Path, name: str, title: str, body: str, published: str | None = None) -> None:
    date_line = f"{published}\n\n" if published else ""
    (folder / name).write_text(f"{title}\n\n{date_line}Author: Desk\n\n{body}\n", encoding="utf-8")


def test_every_article_in_exactly_one_digest_over_a_week(tmp_path):
    (tmp_path / "seeds").mkdir()
    config = parse_config({"monitor": {"timezone": "Asia/Seoul"}}, base=tmp_path)
    start = date(2026, 3, 2)
    titles_by_run: dict[date, list[str]] = {}
    bodies = [
        "North Korea fired two ballistic missiles into the sea on {d}.",
        "Russia sent 5,000 more troops to Belarus, officials said on {d}.",
        "Seoul expelled two North Korean diplomats on {d}.",
    ]
    for offset in range(7):
        day = start + timedelta(days=offset)
        titles = []
        if offset != 3:  # a quiet day in the middle
            for k in range(1 + offset % 2):
                title = f"Dispatch {offset}-{k} about the peninsula"
                old = "2019-06-01" if (offset, k) == (4, 0) else None  # published long ago, ingested now
                _write_seed(config.seeds, f"d{offset}{k}.txt", title, bodies[(offset + k) % 3].format(d=day), old)
                titles.append(title)
        titles_by_run[day] = titles
        # The job runs at 07:00 in Seoul (22:00 UTC the day before) and again in the evening.
        morning = datetime(day.year, day.month, day.day, 7, 0, tzinfo=config.tz)
        assert run(config, day=day, now=morning.astimezone(timezone.utc), email=False).ok
        assert run(config, day=day, now=(morning + timedelta(hours=12)).astimezone(timezone.utc), email=False).ok
    reports = {day: (config.reports / f"{day.isoformat()}.html").read_text(encoding="utf-8") for day in titles_by_run}
    every = [t for titles in titles_by_run.values() for t in titles]
    for title in every:
        holders = [day for day, html in reports.items() if title in html]
        (day,) = holders  # exactly one digest ...
        assert title in titles_by_run[day]  # ... the first one after it was ingested
    assert "No new articles since the last digest." in reports[start + timedelta(days=3)]
    # A past day re-rendered from history shows what it showed then.
    sessions = open_store(config.database_url)
    from monitor.indicators import shared_analyser

    again = write_digest(sessions, config, start + timedelta(days=4), shared_analyser()).read_text(encoding="utf-8")
    assert [t for t in every if t in again] == titles_by_run[start + timedelta(days=4)]
    index = (config.reports / "index.html").read_text(encoding="utf-8")
    dates = re.findall(r'<a href="(\d{4}-\d\d-\d\d)\.html">', index)
    assert dates == sorted((d.isoformat() for d in titles_by_run), reverse=True)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed (CI installs Debian's chromium package)")
def test_a_browser_renders_the_report_without_console_errors(cli, workdir, tmp_path):
    hostile = '<script>alert("x")</script> Hostile title\n\n2024-10-11\n\nAuthor: <img src=x onerror=alert(1)>\n\nRussia shelled Kharkiv. <script>document.title="pwned"</script>\n'
    (workdir / "seeds" / "hostile.txt").write_text(hostile, encoding="utf-8")
    result = cli("run")
    assert result.returncode == 0, result.stderr
    report = Path(result.stdout.strip())
    shot = tmp_path / "digest.png"
    browser = subprocess.run(
        [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0", "--window-size=1000,2000",
            f"--screenshot={shot}", "--dump-dom", report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 20_000
    assert shot.read_bytes().startswith(b"\x89PNG")
    console = [line for line in browser.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
    assert "<title>Escalation digest" in browser.stdout and "pwned" not in browser.stdout.split("</title>")[0]


def test_payloads_in_a_seed_file_render_as_text(cli, workdir):
    (workdir / "seeds" / "hostile.txt").write_text(
        '<script>alert("t")</script> Troops massed\n\n2024-10-11\n\nAuthor: <img src=x onerror=alert(1)>\n\n'
        'Russia shelled Kharkiv <script>alert("body")</script>. See javascript:alert(2).\n',
        encoding="utf-8",
    )
    result = cli("run")
    assert result.returncode == 0, result.stderr
    html = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; Troops massed" in html
    assert not re.search(r"<img[^>]*onerror", html) and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html
