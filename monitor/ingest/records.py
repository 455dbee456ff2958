"""What every ingester produces: one article, before it is stored."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ArticleRecord:
    title: str
    text: str
    author: str | None = None
    section: str | None = None
    published_at: datetime | None = None  # aware, or None when the source does not say
    guid: str | None = None
    url: str | None = None  # http(s) only

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """The same story under two file names or feed entries is one article: whitespace and case aside."""
    normal = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
