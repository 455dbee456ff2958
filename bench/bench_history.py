"""History at scale: one day's queries must cost what the day costs, not what the history costs.

    python bench/bench_history.py                     # 10,000 and 1,000,000 articles
    python bench/bench_history.py --sizes 10000 100000

For each size it builds (once, cached in bench/out/) a synthetic SQLite history through the real
migrations: N articles over the days before "today", each with two indicator hits, 50 sources, stories
of one to three articles; "today" always holds the same 300 articles, so the day asked about is the
same size in every history. Then, in one run, it times (best of --repeat, 15) the three things the daily
job asks of the history:

- scores: recompute today's daily_scores and risk alerts (monitor.scoring.score_days);
- trend: every actor's 7-day against 28-day assessment as of today (monitor.scoring.compute_trends);
- digest: assign today's articles to today's digest and load them with their hits
  (monitor.digest.select_articles).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from monitor.db import open_store  # noqa: E402
from monitor.digest import select_articles  # noqa: E402
from monitor.indicators import load_taxonomy  # noqa: E402
from monitor.scoring import compute_trends, score_days, sync_indicators  # noqa: E402

TODAY = date(2026, 11, 20)
TODAY_ARTICLES = 300
PER_DAY = 900  # articles on an ordinary day of a large history
ACTORS = ["PRK", "RUS", "KOR", "UKR", "CHN", "USA", "IRN", "JPN"]
UTC = ZoneInfo("UTC")


def build(path: Path, size: int, seed: int = 7) -> None:
    taxonomy = load_taxonomy()
    indicators = [(i.id, i.weight) for i in taxonomy.indicators]
    sessions = open_store(f"sqlite:///{path}")
    with sessions.begin() as session:
        sync_indicators(session, taxonomy)
    rng = random.Random(seed)
    history = size - TODAY_ARTICLES
    # At least the 35 days the trend reads, so both histories fill its window.
    days = max(40, history // PER_DAY)
    db = sqlite3.connect(path)
    db.execute("pragma journal_mode=wal")
    db.execute("pragma synchronous=off")
    db.executemany("insert into sources (id, kind, name, consecutive_failures) values (?, 'feed', ?, 0)", [(s, f"source {s}") for s in range(1, 51)])
    article_id = hit_id = story = 0
    batch_articles, batch_hits, batch_stories = [], [], []

    def flush() -> None:
        db.executemany("insert into story_clusters (id, first_article_id, created_at) values (?, ?, ?)", batch_stories)
        db.executemany(
            "insert into articles (id, source_id, title, guid, published_at, first_seen_at, text, content_hash, tone, "
            "taxonomy_version, digest_date, event_date, cluster_id) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
            batch_articles,
        )
        db.executemany(
            "insert into indicator_hits (id, article_id, indicator, sentence, sentence_start, sentence_end, trigger, "
            "trigger_start, trigger_end, actor, target, negated, hedged, hypothetical, future, historical, background, "
            "confidence, tone, weight, taxonomy_version) values (?, ?, ?, ?, ?, 60, 'trigger', 0, 7, ?, NULL, ?, ?, ?, 0, 0, 0, ?, 0, ?, ?)",
            batch_hits,
        )
        batch_articles.clear(), batch_hits.clear(), batch_stories.clear()

    for n in range(size):
        today = n >= history
        day = TODAY if today else TODAY - timedelta(days=1 + (n % days))
        if story == 0 or rng.random() < 0.6:
            story += 1
            batch_stories.append((story, article_id + 1, f"{day} 06:00:00.000000"))
        article_id += 1
        seen = datetime.combine(day, datetime.min.time(), tzinfo=timezone.utc) + timedelta(hours=6, seconds=n % 3600)
        stamp = seen.strftime("%Y-%m-%d %H:%M:%S.000000")
        batch_articles.append(
            (
                article_id, rng.randint(1, 50), f"Synthetic article {n}", f"guid-{n}", stamp, stamp,
                f"Synthetic article {n}: troops massed near the border.", hashlib.sha256(str(n).encode()).hexdigest(),
                taxonomy.version, None if today else day.isoformat(), day.isoformat(), story,
            )
        )
        for k in range(2):
            hit_id += 1
            indicator, weight = rng.choice(indicators)
            batch_hits.append(
                (
                    hit_id, article_id, indicator, f"Sentence {hit_id}.", 100 * k, rng.choice(ACTORS), rng.random() < 0.1,
                    rng.random() < 0.2, rng.random() < 0.1, round(rng.uniform(0.5, 1.0), 3), weight, taxonomy.version,
                )
            )
        if len(batch_articles) >= 20000:
            flush()
    flush()
    db.commit()
    db.close()
    # The trend reads the daily scores of the 35 days up to today: compute them as the job would.
    with sessions.begin() as session:
        score_days(session, {(TODAY - timedelta(days=d)).isoformat() for d in range(1, 35)}, taxonomy)
    sessions.kw["bind"].dispose()
    with sqlite3.connect(path) as db:
        db.execute("pragma wal_checkpoint(TRUNCATE)")


def timed(action, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def measure(path: Path, repeat: int) -> dict[str, float]:
    taxonomy = load_taxonomy()
    sessions = open_store(f"sqlite:///{path}")

    def scores() -> None:
        with sessions.begin() as session:
            score_days(session, {TODAY.isoformat()}, taxonomy)

    def trend() -> None:
        with sessions() as session:
            assert compute_trends(session, TODAY)

    def digest() -> None:
        with sessions.begin() as session:
            session.execute(
                __import__("sqlalchemy").text("update articles set digest_date = NULL where digest_date = :d"),
                {"d": TODAY.isoformat()},
            )
            assert len(select_articles(session, TODAY, UTC)) == TODAY_ARTICLES

    return {"scores": timed(scores, repeat), "trend": timed(trend, repeat), "digest": timed(digest, repeat)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    results = {}
    for size in args.sizes:
        path = out / f"history-{size}.db"
        done = path.with_suffix(".done")
        if not done.exists():
            started = time.perf_counter()
            for leftover in out.glob(f"{path.name}*"):
                leftover.unlink()
            build(path, size)
            done.touch()
            print(f"built {path.name}: {size:,} articles in {time.perf_counter() - started:.0f} s")
        results[size] = measure(path, args.repeat)
    small, large = min(results), max(results)
    print(f"\n| query | {small:,} articles | {large:,} articles | ratio |")
    print("|---|---|---|---|")
    worst = 0.0
    for name in ("scores", "trend", "digest"):
        ratio = results[large][name] / results[small][name]
        worst = max(worst, ratio)
        print(f"| {name} | {results[small][name] * 1000:.1f} ms | {results[large][name] * 1000:.1f} ms | {ratio:.2f}x |")
    print(f"\nworst ratio {worst:.2f}x (target at most 2x)")
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
