"""The digest by e-mail: building the MIME message, and sending it over SMTP.

Mail clients drop <style> blocks, so the HTML part has its CSS inlined (css-inline); every message has a
text/plain part with the same content. The password comes from the environment variable that
[email].password_env names, read only when sending, and never logged.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import css_inline

from .config import EmailConfig
from .errors import MonitorError

log = logging.getLogger(__name__)

HTML_LIMIT = 90_000  # bytes; Gmail clips larger messages behind "[Message clipped]"
TIMEOUT = 30


class MailError(MonitorError):
    """The digest could not be sent; it is kept, and the next run tries again."""


@dataclass(frozen=True)
class InlineImage:
    cid: str  # referenced in the HTML as src="cid:<cid>"
    png: bytes
    alt: str


def inline_css(html: str) -> str:
    return css_inline.inline(html)


def build_message(
    subject: str, sender: str, recipients: tuple[str, ...], html: str, text: str, images: tuple[InlineImage, ...] = ()
) -> EmailMessage:
    """multipart/alternative: text/plain, then multipart/related with the HTML and its PNG images."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    html_part = message.get_payload()[1]
    for image in images:
        html_part.add_related(image.png, maintype="image", subtype="png", cid=f"<{image.cid}>", filename=f"{image.cid}.png")
    return message


def send_message(config: EmailConfig, message: EmailMessage) -> None:
    """Send over SMTP as [email] says: plain, STARTTLS or implicit TLS. Raises MailError, one line."""
    password = config.password()
    if config.username and not password:
        raise MailError(f"SMTP user {config.username!r} is set but ${config.password_env} is empty")
    where = f"{config.host}:{config.port}"
    context = ssl.create_default_context()
    try:
        if config.security == "ssl":
            client = smtplib.SMTP_SSL(config.host, config.port, timeout=TIMEOUT, context=context)
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=TIMEOUT)
        with client:
            if config.security == "starttls":
                client.starttls(context=context)
            if config.username:
                client.login(config.username, password)
            refused = client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"SMTP server {where} refused the login for {config.username!r} ({exc.smtp_code})") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"SMTP server {where}: {exc}".splitlines()[0]) from None
    except ssl.SSLError as exc:
        raise MailError(f"SMTP server {where}: TLS failed: {exc.reason or exc}") from None
    except OSError as exc:
        raise MailError(f"cannot reach SMTP server {where}: {exc.strerror or exc}") from None
    if refused:
        log.warning("SMTP server %s refused %s", where, ", ".join(sorted(refused)))
