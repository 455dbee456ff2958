"""The config contract: where it is found, how paths resolve, and a clear exit 78 when it is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.errors import ConfigError

FULL = """
[monitor]
database = "data/history.db"
seeds = "my-seeds"
reports = "out"
timezone = "Asia/Seoul"
[email]
enabled = true
host = "smtp.example.org"
port = 587
security = "starttls"
username = "analyst"
password_env = "MY_SMTP_SECRET"
sender = "monitor@example.org"
recipients = ["desk@example.org"]
[schedule]
ingest = "*/30 * * * *"
digest = "06:30"
[[feeds]]
name = "Example"
url = "https://example.org/rss.xml"
"""


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    monkeypatch.delenv("MONITOR_DB", raising=False)
    config = load_config()
    assert config.source is None
    assert config.database_path == tmp_path / "monitor.db"
    assert config.seeds == tmp_path / "seeds" and config.reports == tmp_path / "reports"
    assert config.timezone == "UTC" and config.email.enabled is False


def test_relative_paths_resolve_against_the_config_folder(tmp_path, monkeypatch):
    (tmp_path / "etc").mkdir()
    path = tmp_path / "etc" / "monitor.toml"
    path.write_text(FULL)
    monkeypatch.chdir("/")
    config = load_config(path)
    assert config.database_path == tmp_path / "etc" / "data" / "history.db"
    assert config.seeds == tmp_path / "etc" / "my-seeds"
    assert config.reports == tmp_path / "etc" / "out"
    assert config.email.port == 587 and config.email.recipients == ("desk@example.org",)
    assert config.schedule.digest == "06:30" and config.feeds[0].name == "Example"


def test_precedence_flag_then_env_then_cwd(tmp_path, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "monitor.toml").write_text(f'[monitor]\nseeds = "{name}"\n')
    monkeypatch.chdir(tmp_path / "c")
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "b" / "monitor.toml"))
    assert load_config(tmp_path / "a" / "monitor.toml").seeds.name == "a"
    assert load_config().seeds.name == "b"
    monkeypatch.delenv("MONITOR_CONFIG")
    assert load_config().seeds.name == "c"


def test_monitor_db_overrides(tmp_path, monkeypatch):
    path = tmp_path / "monitor.toml"
    path.write_text(FULL)
    monkeypatch.setenv("MONITOR_DB", "postgresql://monitor:pw@localhost/monitor")
    assert load_config(path).database_url == "postgresql://monitor:pw@localhost/monitor"
    assert load_config(path).database_path is None


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[monitor]\ndatabsae = "x.db"\n', "unknown key [monitor].databsae"),
        ("[email]\nport = \"twenty-five\"\n", "[email].port: expected int, got str 'twenty-five'"),
        ('[email]\nsecurity = "tls"\n', "[email].security: expected one of none, starttls, ssl"),
        ('[email]\npassword = "hunter2"\n', "unknown key [email].password"),
        ('[monitor]\ntimezone = "Mars/Olympus"\n', "[monitor].timezone: unknown time zone"),
        ('[schedule]\ndigest = "7am"\n', "[schedule].digest: expected a local time HH:MM"),
        ('[schedule]\ningest = "hourly"\n', "[schedule].ingest: expected a 5-field cron expression"),
        ('[[feeds]]\nname = "x"\nurl = "ftp://example.org/feed"\n', "url: expected an http(s) URL"),
        ('[[feeds]]\nname = "seeds"\nurl = "https://example.org/feed"\n', "name 'seeds' is taken by the seed files"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/f"\n[[feeds]]\nname = "a"\nurl = "https://b.example/f"\n', "name 'a' is used twice"),
        ("[monitor\n", "not valid TOML"),
        ('extra = 1\n', "unknown key extra"),
    ],
)
def test_bad_config_is_one_line_naming_the_key(tmp_path, toml, message):
    path = tmp_path / "monitor.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value).strip()
    assert info.value.exit_code == 78


def test_cli_exits_78_with_one_line(cli, workdir):
    (workdir / "monitor.toml").write_text('[email]\nport = "25"\n')
    result = cli("run")
    assert result.returncode == 78
    assert result.stderr.strip().splitlines() == ["monitor: error: [email].port: expected int, got str '25'"]
    assert not (workdir / "monitor.db").exists()


def test_missing_config_file_is_a_config_error(cli):
    result = cli("--config", "nowhere.toml", "run")
    assert result.returncode == 78 and "nowhere.toml" in result.stderr


def test_config_show_masks_the_password(cli, workdir):
    (workdir / "monitor.toml").write_text(FULL.replace('database = "data/history.db"', 'database = "postgresql://u:dbsecret@db/monitor"'))
    result = cli("config", "show", env={"MY_SMTP_SECRET": "hunter2"})
    assert result.returncode == 0, result.stderr
    assert "hunter2" not in result.stdout and "dbsecret" not in result.stdout
    assert 'password = "***"' in result.stdout
    assert 'password_env = "MY_SMTP_SECRET"' in result.stdout
    shown = json.loads(cli("config", "show", "--json").stdout)
    assert shown["email"]["password"] == "(not set)"
    assert shown["monitor"]["timezone"] == "Asia/Seoul"
    assert shown["config_file"] == str(Path("monitor.toml"))


def test_unusable_database_url_is_a_config_error(cli, workdir):
    (workdir / "monitor.toml").write_text('[monitor]\ndatabase = "nosuchdriver://user:pw@host/db"\n')
    result = cli("run")
    assert result.returncode == 78
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("monitor: error: [monitor].database: cannot use host/db") and "pw" not in line


def test_unreachable_database_server_is_a_failure_to_retry(cli, workdir):
    # Nothing listens on port 9 of loopback: the URL is fine, the server is not there. Exit 1, so cron
    # tries again next time, rather than 78, which says the configuration needs fixing.
    (workdir / "monitor.toml").write_text('[monitor]\ndatabase = "postgresql+psycopg://u:pw@127.0.0.1:9/db"\n')
    result = cli("run")
    assert result.returncode == 1, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "127.0.0.1:9" in line and "pw" not in line
