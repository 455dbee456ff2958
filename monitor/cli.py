"""The `monitor` command: a thin layer that parses options, calls one library function and prints."""

from __future__ import annotations

import json
import logging
import sys
import traceback
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from . import __version__
from .config import Config, load_config
from .errors import EXIT_FAILURE, InputError, MonitorError, exit_code_for

log = logging.getLogger("monitor")


def _configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("monitor: %(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if verbose < 3:
        for noisy in ("alembic", "sqlalchemy"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


def _print_version(ctx: click.Context) -> None:
    # Imported here: the engine's modules are not needed for `--help` and the other quick commands.
    from .indicators import BUILD

    click.echo(f"monitor {__version__} (indicator engine: {BUILD})")
    ctx.exit()


class State:
    def __init__(self, config_path: str | None, verbose: int):
        self.config_path = config_path
        self.verbose = verbose
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config


pass_state = click.make_pass_decorator(State)


@contextmanager
def _progress(label: str, total: int):
    """A progress bar on a terminal for long work; nothing at all in cron's mail or a pipe."""
    if total < 20 or not sys.stderr.isatty():
        yield lambda _n: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar.update


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def _digest_day(state: State, value: str | None) -> date | None:
    """A digest day may not lie ahead: its digest would take today's articles from today's digest."""
    from .pipeline import today

    day = _parse_day(value)
    if day is not None and day > today(state.config):
        raise click.BadParameter(
            f"{day} is in the future (today is {today(state.config)} in {state.config.timezone})", param_hint="--date"
        )
    return day


@click.group(
    epilog="Example:\n\n  monitor run          # ingest the seeds, analyse, write reports/<today>.html",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option("--config", "config_path", metavar="FILE", help="Config file (default: $MONITOR_CONFIG, then ./monitor.toml).")
@click.option("-v", "--verbose", count=True, help="More output: -v progress and tracebacks, -vv debug.")
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show the version and how the indicator engine is built (compiled or pure Python), then exit.",
)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """Conflict-escalation indicator monitor: reads the news, keeps a SQLite history, finds escalation
    indicators with their evidence, and writes a daily digest."""
    _configure_logging(verbose)
    ctx.obj = State(config_path, verbose)


@cli.command(epilog="Example:\n\n  monitor run --date 2024-10-10\n\nIn a crontab:  15 6 * * *  cd /srv/monitor && .venv/bin/monitor run > /dev/null")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Digest day (default: today in [monitor].timezone).")
@click.option("--no-email", is_flag=True, help="Write the digest but do not e-mail it.")
@click.option("--resend", is_flag=True, help="E-mail the digest even if it was sent before.")
@pass_state
def run(state: State, day: str | None, no_email: bool, resend: bool) -> None:
    """Ingest, analyse, score, write the digest and e-mail it (when [email].enabled), under a lock;
    prints the digest's path.

    Quiet on success apart from the path. A second run while one is in progress steps aside (exit 0).
    A digest is never e-mailed twice unless --resend; one whose sending failed is retried next run."""
    from .pipeline import run as run_pipeline

    parsed = _digest_day(state, day)
    result = run_pipeline(state.config, day=parsed, progress=_progress, email=not no_email, resend=resend)
    if result.digest_path:
        click.echo(str(result.digest_path))
    if not result.ok:
        for error in result.errors:
            click.echo(f"monitor: error: {error}", err=True)
        sys.exit(EXIT_FAILURE)


@cli.command(epilog="Example:\n\n  monitor ingest -v")
@pass_state
def ingest(state: State) -> None:
    """Read the seed files, then every [[feeds]] entry, into the history (stored articles are skipped).

    A feed that cannot be read gets one error line naming it; the others are still read, and the exit
    status is 1.
    """
    from .db import open_store
    from .ingest.stage import ingest as ingest_all
    from .pipeline import exclusive_lock

    with exclusive_lock(state.config):
        result = ingest_all(open_store(state.config.database_url), state.config, progress=_progress)
    feeds = f", feeds: {result.feeds_ok} read, {len(result.feeds_failed)} failed" if state.config.feeds else ""
    click.echo(f"{result.new} new, {result.seen} already stored, {len(result.failed)} skipped{feeds}")
    if result.feeds_failed:
        sys.exit(EXIT_FAILURE)  # each failing feed has had its own error line


@cli.command(epilog="Example:\n\n  monitor analyse --all    # after a taxonomy change")
@click.option("--all", "everything", is_flag=True, help="Re-analyse every article, not only new ones.")
@pass_state
def analyse(state: State, everything: bool) -> None:
    """Find indicators in the articles not yet analysed with the current taxonomy, then update the
    daily scores; --all re-analyses the whole history (after a taxonomy change) and rescores every day."""
    from .db import open_store
    from .indicators import shared_analyser
    from .pipeline import analyse as analyse_articles
    from .pipeline import exclusive_lock, today, update_scores
    from .scoring import all_event_days

    with exclusive_lock(state.config):
        sessions = open_store(state.config.database_url)
        analyser = shared_analyser()
        result = analyse_articles(sessions, analyser, everything, progress=_progress)
        days = result.days
        if everything:
            with sessions() as session:
                days = all_event_days(session)
        update_scores(sessions, state.config, analyser, days, today(state.config))
    click.echo(f"{result.articles} articles analysed ({result.updated} re-analysed), {result.hits} hits")


@cli.command(epilog="Example:\n\n  monitor digest --date 2024-10-10")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Digest day (default: today in [monitor].timezone).")
@pass_state
def digest(state: State, day: str | None) -> None:
    """Write reports/<date>.html from the history and print its path."""
    from .db import open_store
    from .indicators import shared_analyser
    from .pipeline import exclusive_lock, today, write_digest

    config = state.config
    with exclusive_lock(config):
        path = write_digest(open_store(config.database_url), config, _digest_day(state, day) or today(config), shared_analyser())
    click.echo(str(path))


@cli.command(epilog='Examples:\n\n  monitor extract seeds/*.txt\n\n  echo \'{"id": 1, "text": "Russia could send more troops."}\' | monitor extract --jsonl -')
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--jsonl", is_flag=True, help='Read lines {"id": ..., "text": ...}; write {"id": ..., "hits": [...]} per line.')
def extract(files: tuple[str, ...], jsonl: bool) -> None:
    """Analyse text without touching the database: one JSON object per hit per line.

    FILE may be - for standard input (the default when no FILE is given)."""
    from .indicators import shared_analyser

    analyser = shared_analyser()
    for name in files or ("-",):
        handle = sys.stdin if name == "-" else None
        try:
            text = handle.read() if handle else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{name}: cannot read as UTF-8 text: {exc}") from None
        if jsonl:
            for number, line in enumerate(text.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    doc_id, doc_text = item["id"], item["text"]
                    if not isinstance(doc_text, str):
                        raise TypeError("text is not a string")
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{name}:{number}: expected a JSON object with id and text ({exc})") from None
                hits = [h.to_dict() for h in analyser.analyse(doc_text).hits]
                click.echo(json.dumps({"id": doc_id, "hits": hits}, ensure_ascii=False))
        else:
            for hit in analyser.analyse(text).hits:
                click.echo(json.dumps({"file": name, **hit.to_dict()}, ensure_ascii=False))


@cli.command(epilog="Example:\n\n  monitor --config /etc/monitor/monitor.toml schedule")
@pass_state
def schedule(state: State) -> None:
    """Run the jobs of [schedule] until SIGTERM or SIGINT: ingest on its cron expression, the digest
    daily at its local time. Each job takes the same lock as `monitor run`."""
    from .schedule import build_scheduler, serve

    def announce(runs) -> None:
        for job_id, when in runs.items():
            click.echo(f"monitor: job {job_id}: next run {when.isoformat() if when else 'never'}", err=True)

    serve(build_scheduler(state.config), announce)
    click.echo("monitor: scheduler stopped", err=True)


@cli.command(epilog="Example:\n\n  monitor status --json | jq '.runs[0].status'")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.option("--runs", default=10, show_default=True, help="How many recent runs to show.")
@pass_state
def status(state: State, as_json: bool, runs: int) -> None:
    """Is the monitor healthy? The last runs, source health, the last digest and the database size."""
    from .status import collect_status

    info = collect_status(state.config, runs)
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    size = info["database_bytes"]
    click.echo(f"database: {info['database']} ({'%.1f MB' % (size / 1e6) if size is not None else 'server'}), "
               f"{info['articles']} articles, {info['indicator_hits']} indicator hits")
    click.echo(f"run in progress: {'yes' if info['run_in_progress'] else 'no'}")
    digest = info["last_digest"]
    click.echo(f"last digest: {digest['date'] + ' ' + digest['path'] if digest else 'none yet'}")
    sent = info["last_digest_sent"]
    click.echo(f"last digest sent: {sent['date'] + ' at ' + sent['sent_at'] if sent else 'none'}")
    click.echo("\nsources:")
    for source in info["sources"] or [{"name": "(none yet)", "kind": "", "last_status": None, "consecutive_failures": 0}]:
        health = source["last_status"] or "ok"
        count = source["consecutive_failures"]
        failures = f", {count} failure{'s' if count > 1 else ''} in a row" if count else ""
        click.echo(f"  {source['name']} [{source['kind']}] {health}{failures}")
    click.echo("\nlast runs:")
    for r in info["runs"]:
        error = f"  {r['error'].splitlines()[0]}" if r["error"] else ""
        click.echo(
            f"  #{r['id']} {r['kind']:6s} {r['started_at']} {r['status']:7s} new {r['articles_new']}, "
            f"hits {r['hits']}, skipped files {r['files_failed']}{error}"
        )
    if not info["runs"]:
        click.echo("  none yet")


@cli.command(epilog="Examples:\n\n  monitor trend --country PRK\n\n  monitor trend foreign_deployment --days 30")
@click.argument("indicator", required=False)
@click.option("--country", metavar="ISO3", help="Only this actor (ISO 3166-1 alpha-3, e.g. PRK).")
@click.option("--days", default=14, show_default=True, type=click.IntRange(1, 366), help="How many days back.")
@pass_state
def trend(state: State, indicator: str | None, country: str | None, days: int) -> None:
    """Daily escalation scores per actor, with the arrow against the 28-day baseline."""
    from .db import open_store
    from .export import trend_table
    from .indicators import load_taxonomy
    from .pipeline import today
    from .scoring import compute_trends

    labels = {i.id: i.label for i in load_taxonomy().indicators}
    if indicator and indicator not in labels:
        raise click.BadParameter(f"unknown indicator {indicator!r}; one of: {', '.join(labels)}", param_hint="INDICATOR")
    actor = country.upper() if country else None
    if actor and not (len(actor) == 3 and actor.isalpha()):
        raise click.BadParameter(f"expected an ISO 3166-1 alpha-3 code such as PRK, got {country!r}", param_hint="--country")
    sessions = open_store(state.config.database_url)
    as_of = today(state.config)
    with sessions() as session:
        table = trend_table(session, as_of, days, actor, indicator)
        arrows = {t.actor: t for t in compute_trends(session, as_of, [actor] if actor else None, labels)}
    if not table:
        click.echo(f"no scores in the last {days} days" + (f" for {actor}" if actor else ""))
        return
    for who, rows in table.items():
        t = arrows.get(who)
        click.echo(f"{who}: {t.arrow + ': ' + t.rationale if t else 'no trend (unknown actor)'}" + (f" [{labels[indicator]}]" if indicator else ""))
        click.echo(f"  {'day':10}  {'score':>8}  {'stories':>7}  {'articles':>8}  {'sources':>7}")
        for r in rows:
            bar = "#" * min(40, int(round(-r["score"])))
            click.echo(f"  {r['day']:10}  {r['score']:8.2f}  {r['stories']:7d}  {r['articles']:8d}  {r['sources']:7d}  {bar}")
        click.echo()


@cli.command(epilog="Examples:\n\n  monitor export hits --format csv --since 2024-10-01 --output hits.csv\n\n  monitor export scores --format jsonl | jq .")
@click.argument("kind", type=click.Choice(["articles", "hits", "scores"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True)
@click.option("--since", metavar="YYYY-MM-DD", help="Only what happened on or after this day.")
@click.option("--output", type=click.Path(dir_okay=False, writable=True), help="Write here (atomically) instead of stdout.")
@pass_state
def export(state: State, kind: str, fmt: str, since: str | None, output: str | None) -> None:
    """Export articles, hits (with their article) or daily scores as CSV or JSON lines."""
    import io

    from .db import open_store
    from .export import export_rows, write_rows
    from .fsutil import atomic_write_text

    sessions = open_store(state.config.database_url)
    with sessions() as session:
        rows = export_rows(session, kind, _parse_day(since))
        if output:
            buffer = io.StringIO()
            count = write_rows(rows, kind, fmt, buffer)
            atomic_write_text(Path(output), buffer.getvalue())
            click.echo(f"{count} {kind} written to {output}", err=True)
        else:
            write_rows(rows, kind, fmt, sys.stdout)


@cli.group(epilog="Example:\n\n  monitor config show")
def config() -> None:
    """Inspect the configuration."""


@config.command("show", epilog="Example:\n\n  monitor --config monitor.toml config show --json")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of TOML-like text.")
@pass_state
def config_show(state: State, as_json: bool) -> None:
    """Print the effective settings, with secrets masked."""
    settings = state.config.masked()
    if as_json:
        click.echo(json.dumps(settings, indent=2))
        return
    click.echo(f"# config file: {settings.pop('config_file') or '(none: defaults)'}")
    feeds = settings.pop("feeds")
    for table, values in settings.items():
        click.echo(f"[{table}]")
        for key, value in values.items():
            click.echo(f"{key} = {json.dumps(value)}")
        click.echo()
    for feed in feeds:
        click.echo(f"[[feeds]]\nname = {json.dumps(feed['name'])}\nurl = {json.dumps(feed['url'])}\n")


@cli.group(epilog="Example:\n\n  monitor db upgrade")
def db() -> None:
    """Database maintenance."""


@db.command("upgrade", epilog="Example:\n\n  MONITOR_DB=postgresql://monitor@localhost/monitor monitor db upgrade")
@pass_state
def db_upgrade(state: State) -> None:
    """Apply the schema migrations (every command also does this at start)."""
    from .db import make_engine, upgrade

    upgrade(make_engine(state.config.database_url))
    click.echo("database is at the newest schema")


@cli.command("db-path", epilog="Example:\n\n  sqlite3 \"$(monitor db-path)\" 'select count(*) from articles'")
@pass_state
def db_path(state: State) -> None:
    """Print where the database is (a file path, or the URL of a server database)."""
    path = state.config.database_path
    click.echo(str(path) if path else state.config.masked()["monitor"]["database"])


def main(argv: list[str] | None = None) -> int:
    """Entry point: the one place errors become exit codes and one-line messages."""
    verbose = sum(a.count("v") for a in (argv if argv is not None else sys.argv[1:]) if a.startswith("-") and not a.startswith("--") and set(a[1:]) <= {"v"})
    verbose += sum(1 for a in (argv if argv is not None else sys.argv[1:]) if a == "--verbose")
    try:
        cli.main(args=argv, prog_name="monitor", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("monitor: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except MonitorError as exc:
        code = exit_code_for(exc)
        if code == 0:
            log.warning("%s", exc)
            return code
        if verbose:
            traceback.print_exc()
        click.echo(f"monitor: error: {exc}", err=True)
        return code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, traceback with -v
        if verbose:
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        click.echo(f"monitor: error: {type(exc).__name__}: {first} (run with -v for the traceback)", err=True)
        return EXIT_FAILURE
    return 0


if __name__ == "__main__":
    sys.exit(main())
