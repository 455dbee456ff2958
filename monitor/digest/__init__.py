"""The daily digest: which articles a day's digest holds, what it says, and how it renders."""

from .context import build_context
from .render import render_email, render_index, render_report
from .select import DigestArticle, select_articles

__all__ = ["DigestArticle", "build_context", "render_email", "render_index", "render_report", "select_articles"]
