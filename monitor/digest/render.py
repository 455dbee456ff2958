"""Render a digest with jinja2, autoescaped: article text is untrusted input."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..indicators.taxonomy import Taxonomy
from .select import DigestArticle

CONTEXT_LABELS = {
    "negated": "denied",
    "hedged": "alleged",
    "hypothetical": "hypothetical",
    "future": "future",
    "historical": "historical",
    "background": "background",
}


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


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("monitor.digest", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["highlight"] = highlight
    return env


_ENV = _environment()


def digest_context(
    day: date, articles: list[DigestArticle], taxonomy: Taxonomy, generated_at: datetime, timezone_name: str
) -> dict:
    labels = {i.id: i.label for i in taxonomy.indicators}
    items = []
    for entry in articles:
        hits = [
            {
                "hit": h,
                "label": labels.get(h.indicator, h.indicator),
                "context": [CONTEXT_LABELS[k] for k in CONTEXT_LABELS if getattr(h, k)],
            }
            for h in entry.hits
        ]
        items.append({"article": entry.article, "source": entry.source_name, "hits": hits})
    counts: dict[str, int] = {}
    for entry in articles:
        for h in entry.hits:
            if not (h.negated or h.historical):
                counts[h.indicator] = counts.get(h.indicator, 0) + 1
    summary = sorted(((labels.get(k, k), n) for k, n in counts.items()), key=lambda kv: (-kv[1], kv[0]))
    return {
        "day": day,
        "items": items,
        "summary": summary,
        "generated_at": generated_at,
        "timezone_name": timezone_name,
        "taxonomy_version": taxonomy.version,
    }


def render_digest(
    day: date, articles: list[DigestArticle], taxonomy: Taxonomy, generated_at: datetime, timezone_name: str
) -> str:
    """The full report page, reports/<date>.html."""
    context = digest_context(day, articles, taxonomy, generated_at, timezone_name)
    return _ENV.get_template("digest.html.j2").render(limit=None, **context)


def render_email(context: dict, limit: int | None = None) -> tuple[str, str]:
    """(HTML with inlined CSS, plain text) from the same context; ``limit`` caps the evidence per
    article so that the HTML stays under what mail clients show unclipped."""
    from ..mail import HTML_LIMIT, inline_css

    for cap in ([limit] if limit else [None, 8, 4, 2, 1]):
        html = inline_css(_ENV.get_template("digest.html.j2").render(limit=cap, **context))
        if len(html.encode("utf-8")) <= HTML_LIMIT:
            break
    text = _TEXT_ENV.get_template("digest.txt.j2").render(limit=cap, **context)
    return html, text


_TEXT_ENV = Environment(
    loader=PackageLoader("monitor.digest", "templates"),
    autoescape=False,  # plain text: nothing is interpreted, so nothing needs escaping
    trim_blocks=True,
    lstrip_blocks=True,
)
_TEXT_ENV.filters["safe_url"] = safe_url
