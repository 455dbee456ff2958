"""Story clusters: the same story syndicated, lightly edited or retitled is one story.

Event datasets count one wire story twenty times. Here every article gets a MinHash signature of its
word shingles; a new article joins the story of its most similar recent article when their estimated
Jaccard similarity reaches THRESHOLD, and starts a new story otherwise. Counts then distinguish
stories, articles and sources, and twenty copies raise a story's confidence, not its event count.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Article, StoryCluster

log = logging.getLogger(__name__)

NUM_PERM = 128
SEED = 20241010  # fixed, so that a signature is the same in every run and on every machine
SCHEME = "affine64"  # named, because stored signatures are only comparable within one scheme
SHINGLE_WORDS = 3
THRESHOLD = 0.5
WINDOW_DAYS = 30  # copies of a story appear within days; older stories are not candidates

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype("<u8").tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64))


def assign_stories(session: Session, now: datetime) -> int:
    """Give every article without a story one; returns how many were assigned. Idempotent."""
    pending = session.scalars(select(Article).where(Article.cluster_id.is_(None)).order_by(Article.id)).all()
    if not pending:
        return 0
    since = now - timedelta(days=WINDOW_DAYS)
    index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    known: dict[int, tuple[MinHash, int]] = {}
    recent = session.execute(
        select(Article.id, Article.minhash, Article.cluster_id).where(
            Article.cluster_id.is_not(None), Article.minhash.is_not(None), Article.first_seen_at >= since
        )
    )
    for article_id, data, cluster_id in recent:
        minhash = from_bytes(data)
        index.insert(str(article_id), minhash)
        known[article_id] = (minhash, cluster_id)
    for article in pending:
        minhash = signature(article.text)
        article.minhash = to_bytes(minhash)
        # The most similar earlier article's story; on a tie, the older story.
        matches = sorted(
            (-minhash.jaccard(known[int(key)][0]), known[int(key)][1]) for key in index.query(minhash)
        )
        best = matches[0][1] if matches and -matches[0][0] >= THRESHOLD else None
        if best is None:
            story = StoryCluster(first_article_id=article.id, created_at=now)
            session.add(story)
            session.flush()
            best = story.id
        article.cluster_id = best
        index.insert(str(article.id), minhash)
        known[article.id] = (minhash, best)
    log.info("assigned %d articles to stories", len(pending))
    return len(pending)
