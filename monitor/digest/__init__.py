"""The daily digest: which articles a day's digest holds, and how it renders."""

from .render import render_digest
from .select import DigestArticle, select_articles

__all__ = ["DigestArticle", "render_digest", "select_articles"]
