"""The configuration contract: ``monitor.toml`` into a frozen, validated dataclass.

Found through ``--config FILE``, then ``$MONITOR_CONFIG``, then ``./monitor.toml``; without one the
defaults apply. Relative paths resolve against the config file's folder (or the working directory when
there is no file). Unknown keys and wrong types are errors (exit 78) naming the key, because a typo in
a cron job's config should fail loudly rather than silently fall back to a default.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError

CONFIG_ENV = "MONITOR_CONFIG"
DATABASE_ENV = "MONITOR_DB"
_URL = re.compile(r"^[a-z][a-z0-9+]*://")
_CRON_FIELD = re.compile(r"^[\d*/,\-A-Za-z?]+$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class EmailConfig:
    enabled: bool = False
    host: str = "localhost"
    port: int = 25
    security: str = "none"
    username: str = ""
    password_env: str = "MONITOR_SMTP_PASSWORD"
    sender: str = "monitor@localhost"
    recipients: tuple[str, ...] = ()

    def password(self) -> str | None:
        """The SMTP password, read from the environment only when needed and never stored."""
        return os.environ.get(self.password_env) if self.password_env else None


@dataclass(frozen=True)
class ScheduleConfig:
    ingest: str = "0 * * * *"
    digest: str = "07:00"


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str


@dataclass(frozen=True)
class Config:
    database: str = "monitor.db"
    seeds: Path = Path("seeds")
    reports: Path = Path("reports")
    timezone: str = "UTC"
    email: EmailConfig = field(default_factory=EmailConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    feeds: tuple[FeedConfig, ...] = ()
    source: Path | None = None  # the file this came from, or None for defaults

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def database_url(self) -> str:
        if _URL.match(self.database):
            return self.database
        return f"sqlite:///{Path(self.database)}"

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        url = self.database_url
        return Path(url[len("sqlite:///") :]) if url.startswith("sqlite:///") else None

    def masked(self) -> dict:
        """The effective settings for `monitor config show`: secrets never appear, only where they come from."""
        password = self.email.password()
        return {
            "config_file": str(self.source) if self.source else None,
            "monitor": {
                "database": _mask_url(self.database),
                "seeds": str(self.seeds),
                "reports": str(self.reports),
                "timezone": self.timezone,
            },
            "email": {
                "enabled": self.email.enabled,
                "host": self.email.host,
                "port": self.email.port,
                "security": self.email.security,
                "username": self.email.username,
                "password_env": self.email.password_env,
                "password": "***" if password else "(not set)",
                "sender": self.email.sender,
                "recipients": list(self.email.recipients),
            },
            "schedule": {"ingest": self.schedule.ingest, "digest": self.schedule.digest},
            "feeds": [{"name": f.name, "url": f.url} for f in self.feeds],
        }


def _mask_url(url: str) -> str:
    # postgresql://user:secret@host/db -> postgresql://user:***@host/db
    return re.sub(r"(://[^:/@]+:)[^@]+@", r"\1***@", url)


def find_config_file(explicit: str | os.PathLike | None) -> Path | None:
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        return path
    env = os.environ.get(CONFIG_ENV)
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"${CONFIG_ENV} names a missing file: {path}")
        return path
    local = Path("monitor.toml")
    return local if local.is_file() else None


def load_config(explicit: str | os.PathLike | None = None) -> Config:
    path = find_config_file(explicit)
    data: dict = {}
    if path:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from exc
    base = path.resolve().parent if path else Path.cwd()
    return parse_config(data, base=base, source=path)


def _check_keys(table: dict, allowed: set[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"unknown key {where}{key} (expected one of: {', '.join(sorted(allowed))})")


def _typed(table: dict, key: str, kind: type, where: str, default):
    if key not in table:
        return default
    value = table[key]
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        raise ConfigError(f"{where}{key}: expected {kind.__name__}, got {type(value).__name__} {value!r}")
    return value


def _resolve(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def parse_config(data: dict, base: Path, source: Path | None = None) -> Config:
    _check_keys(data, {"monitor", "email", "schedule", "feeds"}, "")
    for name in ("monitor", "email", "schedule"):
        if name in data and not isinstance(data[name], dict):
            raise ConfigError(f"[{name}]: expected a table")
    mon = data.get("monitor", {})
    _check_keys(mon, {"database", "seeds", "reports", "timezone"}, "[monitor].")
    w = "[monitor]."
    database = os.environ.get(DATABASE_ENV) or _typed(mon, "database", str, w, "monitor.db")
    if not _URL.match(database):
        database = str(_resolve(base, database))
    timezone = _typed(mon, "timezone", str, w, "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[monitor].timezone: unknown time zone {timezone!r} (expected e.g. 'Europe/London')") from None

    email = _parse_email(data.get("email", {}))
    schedule = _parse_schedule(data.get("schedule", {}))
    feeds = _parse_feeds(data.get("feeds", []))
    return Config(
        database=database,
        seeds=_resolve(base, _typed(mon, "seeds", str, w, "seeds")),
        reports=_resolve(base, _typed(mon, "reports", str, w, "reports")),
        timezone=timezone,
        email=email,
        schedule=schedule,
        feeds=feeds,
        source=source,
    )


def _parse_email(table: dict) -> EmailConfig:
    w = "[email]."
    _check_keys(table, {f.name for f in fields(EmailConfig)}, w)
    security = _typed(table, "security", str, w, "none")
    if security not in ("none", "starttls", "ssl"):
        raise ConfigError(f"[email].security: expected one of none, starttls, ssl, got {security!r}")
    port = _typed(table, "port", int, w, 25)
    if not 0 < port < 65536:
        raise ConfigError(f"[email].port: expected a port number from 1 to 65535, got {port}")
    recipients = _typed(table, "recipients", list, w, [])
    if any(not isinstance(r, str) or "@" not in r for r in recipients):
        raise ConfigError("[email].recipients: expected a list of e-mail addresses")
    if "password" in table:  # caught by _check_keys, but say why: secrets never live in the file
        raise ConfigError("[email].password: not allowed; put the password in the environment variable named by password_env")
    enabled = _typed(table, "enabled", bool, w, False)
    if enabled and not recipients:
        raise ConfigError("[email].recipients: e-mail is enabled but no recipients are set")
    return EmailConfig(
        enabled=enabled,
        host=_typed(table, "host", str, w, "localhost"),
        port=port,
        security=security,
        username=_typed(table, "username", str, w, ""),
        password_env=_typed(table, "password_env", str, w, "MONITOR_SMTP_PASSWORD"),
        sender=_typed(table, "sender", str, w, "monitor@localhost"),
        recipients=tuple(recipients),
    )


def _parse_schedule(table: dict) -> ScheduleConfig:
    w = "[schedule]."
    _check_keys(table, {"ingest", "digest"}, w)
    ingest = _typed(table, "ingest", str, w, "0 * * * *")
    parts = ingest.split()
    if len(parts) != 5 or not all(_CRON_FIELD.match(p) for p in parts):
        raise ConfigError(f"[schedule].ingest: expected a 5-field cron expression like '0 * * * *', got {ingest!r}")
    digest = _typed(table, "digest", str, w, "07:00")
    if not _CLOCK.match(digest):
        raise ConfigError(f"[schedule].digest: expected a local time HH:MM like '07:00', got {digest!r}")
    return ScheduleConfig(ingest=ingest, digest=digest)


def _parse_feeds(items) -> tuple[FeedConfig, ...]:
    if not isinstance(items, list):
        raise ConfigError("[[feeds]]: expected an array of tables")
    feeds, names = [], set()
    for number, item in enumerate(items, start=1):
        w = f"[[feeds]] #{number}: "
        if not isinstance(item, dict):
            raise ConfigError(f"{w}expected a table with name and url")
        _check_keys(item, {"name", "url"}, w)
        name, url = _typed(item, "name", str, w, None), _typed(item, "url", str, w, None)
        if not name or not url:
            raise ConfigError(f"{w}needs both name and url")
        if not re.match(r"^https?://[^\s/]+", url):
            raise ConfigError(f"{w}url: expected an http(s) URL, got {url!r}")
        if name == "seeds":
            raise ConfigError(f"{w}name 'seeds' is taken by the seed files; choose another")
        if name in names:
            raise ConfigError(f"{w}name {name!r} is used twice")
        names.add(name)
        feeds.append(FeedConfig(name=name, url=url))
    return tuple(feeds)
