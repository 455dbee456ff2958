"""E-mail delivery through a real SMTP server (aiosmtpd) on loopback: plain, STARTTLS and SSL."""

from __future__ import annotations

import email
import email.policy
import re
import socket
import sqlite3
import ssl
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

aiosmtpd = pytest.importorskip("aiosmtpd", reason="aiosmtpd is a test dependency ([test] extra)")
trustme = pytest.importorskip("trustme", reason="trustme is a test dependency ([test] extra)")

from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402

from monitor.clusters import assign_stories  # noqa: E402
from monitor.db import open_store  # noqa: E402
from monitor.digest import build_context, render_report, select_articles  # noqa: E402
from monitor.ingest.records import ArticleRecord  # noqa: E402
from monitor.pipeline import fit_email  # noqa: E402
from monitor.scoring import score_days  # noqa: E402
from monitor.store import save_analysis, save_article, save_source  # noqa: E402

PASSWORD = "correct horse battery staple"
UTC = ZoneInfo("UTC")


class Inbox:
    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"analyst" and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    server_cert = ca.issue_cert("localhost", "127.0.0.1")
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_cert.configure_cert(server_context)
    return ca_file, server_context


@pytest.fixture
def smtp(request, certificates):
    """An SMTP server; the test's parameter says none, starttls or ssl."""
    security = getattr(request, "param", "none")
    ca_file, server_context = certificates
    inbox = Inbox()
    port = _free_port()
    kwargs = {}
    # LOGIN is left out: aiosmtpd waits for a second step that smtplib's LOGIN does not send after a
    # refused PLAIN, so a wrong password would hang until the timeout instead of failing at once.
    auth = {"authenticator": _authenticator, "auth_exclude_mechanism": ["LOGIN"]}
    if security == "starttls":
        kwargs = {"tls_context": server_context, "require_starttls": True, "auth_require_tls": True, **auth}
    elif security == "ssl":
        kwargs = {"ssl_context": server_context, "auth_require_tls": False, **auth}
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=10, **kwargs)
    if security == "ssl":
        # aiosmtpd checks that the server is up with a client socket wrapped in the *server* context;
        # check with a real client instead.
        def trigger():
            client = ssl.create_default_context(cafile=str(ca_file))
            with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                with client.wrap_socket(raw, server_hostname="localhost") as tls:
                    tls.recv(1024)

        controller._trigger_server = trigger
    controller.start()
    yield {"inbox": inbox, "port": port, "security": security, "ca": ca_file}
    controller.stop()


def _configure(workdir, smtp, username=True, port=None):
    auth = 'username = "analyst"\n' if username and smtp["security"] != "none" else ""
    (workdir / "monitor.toml").write_text(
        "[email]\nenabled = true\nhost = \"localhost\"\n"
        f"port = {port or smtp['port']}\nsecurity = \"{smtp['security']}\"\n{auth}"
        'sender = "monitor@example.org"\nrecipients = ["desk@example.org", "analyst@example.org"]\n'
    )
    return {"MONITOR_SMTP_PASSWORD": PASSWORD, "SSL_CERT_FILE": str(smtp["ca"])}


def _digest_rows(workdir):
    with sqlite3.connect(workdir / "monitor.db") as db:
        return db.execute("select digest_date, sent_at is not null, attempts, last_error from digests").fetchall()


def test_digest_is_mailed_once_with_a_text_part(cli, workdir, smtp):
    env = _configure(workdir, smtp)
    result = cli("run", env=env)
    assert result.returncode == 0, result.stderr
    (message,) = smtp["inbox"].messages
    assert smtp["inbox"].envelopes[0].rcpt_tos == ["desk@example.org", "analyst@example.org"]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert "North Korea Cuts Ties with South" in text.get_content()
    assert "severance" in text.get_content()
    body = html.get_content()
    assert "<style" not in body and 'style="' in body  # CSS inlined: mail clients drop <style>
    assert len(body.encode()) < 90_000
    assert message["Subject"].startswith("Escalation digest ")
    # The HTML sits in a multipart/related with its charts; every cid: it uses is attached as a PNG.
    related = next(part for part in message.iter_parts() if part.get_content_type() == "multipart/related")
    images = {part["Content-ID"].strip("<>"): part for part in related.iter_parts() if part.get_content_maintype() == "image"}
    cids = set(re.findall(r'src="cid:([^"]+)"', body))
    assert cids and cids == set(images)
    for part in images.values():
        assert part.get_content_type() == "image/png" and part.get_content().startswith(b"\x89PNG")
    assert all(re.search(rf'src="cid:{re.escape(cid)}" alt="[^"]+"', body) for cid in cids)
    rows = _digest_rows(workdir)
    assert [(r[1], r[2], r[3]) for r in rows] == [(1, 1, None)]
    # Nothing is sent twice ...
    assert cli("run", env=env).returncode == 0
    assert len(smtp["inbox"].messages) == 1
    # ... unless asked.
    assert cli("run", "--resend", env=env).returncode == 0
    assert len(smtp["inbox"].messages) == 2


def test_no_email_skips_sending(cli, workdir, smtp):
    env = _configure(workdir, smtp)
    assert cli("run", "--no-email", env=env).returncode == 0
    assert smtp["inbox"].messages == []
    with sqlite3.connect(workdir / "monitor.db") as db:
        assert db.execute("select email_status from runs").fetchone()[0] == "skipped (--no-email)"


@pytest.mark.parametrize("smtp", ["starttls", "ssl"], indirect=True)
def test_tls_and_login_with_the_password_from_the_environment(cli, workdir, smtp):
    env = _configure(workdir, smtp)
    result = cli("-v", "run", env=env)
    assert result.returncode == 0, result.stderr
    assert len(smtp["inbox"].messages) == 1
    assert PASSWORD not in result.stdout + result.stderr
    shown = cli("config", "show", env=env).stdout
    assert PASSWORD not in shown and 'password = "***"' in shown


@pytest.mark.parametrize("smtp", ["starttls"], indirect=True)
def test_wrong_password_is_one_clear_line(cli, workdir, smtp):
    env = _configure(workdir, smtp)
    env["MONITOR_SMTP_PASSWORD"] = "wrong"
    result = cli("run", env=env)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("monitor: error")]
    assert len(errors) == 1 and "refused the login for 'analyst'" in errors[0]
    assert "wrong" not in result.stderr


def test_unreachable_server_keeps_the_digest_and_the_next_run_retries(cli, workdir, smtp):
    closed = _free_port()
    env = _configure(workdir, smtp, port=closed)
    failed = cli("run", env=env)
    assert failed.returncode == 1
    errors = [line for line in failed.stderr.splitlines() if line.startswith("monitor: error")]
    assert len(errors) == 1 and f"cannot reach SMTP server localhost:{closed}" in errors[0]
    assert failed.stdout.strip().endswith(".html")  # the digest was written all the same
    (row,) = _digest_rows(workdir)
    assert row[1:3] == (0, 1) and "cannot reach" in row[3]
    _configure(workdir, smtp)
    retried = cli("run", env=env)
    assert retried.returncode == 0, retried.stderr
    assert len(smtp["inbox"].messages) == 1
    (row,) = _digest_rows(workdir)
    assert row[1:] == (1, 2, None)


def test_a_big_day_still_fits_in_an_email(tmp_path, analyser):
    """Hundreds of articles: the e-mail trims to stay under 90 KB and says the report has the rest."""
    sessions = open_store(f"sqlite:///{tmp_path / 'big.db'}")
    now = datetime(2026, 11, 20, 8, tzinfo=timezone.utc)
    with sessions.begin() as session:
        source = save_source(session, "feed", "Wire")
        for i in range(400):
            text = f"Report {i}: Russian artillery shelled Kharkiv district {i} overnight, and North Korea sent {i + 100} troops to Kursk."
            article, _ = save_article(session, source, ArticleRecord(title=f"Dispatch number {i} from the front", text=text), now)
            save_analysis(session, article, analyser.analyse(text))
        assign_stories(session, now)
        score_days(session, {"2026-11-20"}, analyser.taxonomy)
        articles = select_articles(session, date(2026, 11, 20), UTC)
        context = build_context(session, date(2026, 11, 20), articles, analyser.taxonomy, now, UTC, 3)
        full = build_context(session, date(2026, 11, 20), articles, analyser.taxonomy, now, UTC)
    html, text = fit_email(context, {})
    assert len(html.encode()) < 90_000
    assert "more articles in the full report" in html and "more in the full report" in text
    assert len(render_report(full).encode()) > 90_000  # the saved page keeps everything
