"""Render a digest: the saved page, and the e-mail (CSS inlined, charts by cid:, a text part).

Everything from an article is untrusted input: jinja2 autoescapes it, and only http(s) links become
links.
"""

from __future__ import annotations

import base64
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .charts import Chart


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become links; javascript:, data: and the rest are dropped."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def highlight(hit) -> Markup:
    """The evidence sentence with its trigger marked; each piece escaped on its own."""
    start = hit.trigger_start - hit.sentence_start
    end = hit.trigger_end - hit.sentence_start
    s = hit.sentence
    return Markup("{}<mark>{}</mark>{}").format(escape(s[:start]), escape(s[start:end]), escape(s[end:]))


def _environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("monitor.digest", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True) if autoescape else False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["highlight"] = highlight
    return env


_HTML = _environment(autoescape=True)
_TEXT = _environment(autoescape=False)  # plain text: nothing in it is interpreted


def _images(charts: dict[str, Chart], inline: bool):
    def image(key: str) -> dict | None:
        chart = charts.get(key)
        if chart is None:
            return None
        src = f"cid:{chart.cid}" if inline else "data:image/png;base64," + base64.b64encode(chart.png).decode()
        return {"src": src, "alt": chart.alt}

    return image


def render_report(context: dict, charts: dict[str, Chart] | None = None) -> str:
    """reports/<date>.html: a full page, charts embedded."""
    return _HTML.get_template("digest.html.j2").render(image=_images(charts or {}, inline=False), **context)


def render_email(context: dict, charts: dict[str, Chart] | None = None) -> tuple[str, str]:
    """(HTML with its CSS inlined and charts by cid:, plain text) from the same context."""
    from ..mail import inline_css

    html = _HTML.get_template("digest.html.j2").render(image=_images(charts or {}, inline=True), **context)
    text = _TEXT.get_template("digest.txt.j2").render(image=lambda key: None, **context)
    return inline_css(html), text


def render_index(digests: list[dict]) -> str:
    """reports/index.html: every digest, newest first."""
    return _HTML.get_template("index.html.j2").render(digests=digests)
