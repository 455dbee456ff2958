"""Sentence splitting with character offsets.

A regex splitter rather than an NLP pipeline: it runs at tens of MB/s, and every sentence must be
split before VADER can give it a tone, so a slow segmenter would cost more than the whole analysis.
Each line is a paragraph (news text pasted from the web keeps headings on their own lines).
"""

from __future__ import annotations

import re

# A boundary candidate: terminal punctuation, optional closing quotes or brackets, then space and a
# capital, a digit or an opening quote.
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_LINE = re.compile(r"[^\n]+")

# Tokens ending in a full stop that do not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep st mt ft no vs etc e.g i.e
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd corp co jr sr rev hon fig approx est""".split()
)
_INITIALS = re.compile(r"^(?:[A-Za-z]\.){1,4}[A-Za-z]?\.?$")


def _is_abbreviation(token: str) -> bool:
    word = token.rstrip(".").lstrip("\"'“‘([").lower()
    if word in _ABBREVIATIONS:
        return True
    # U.S., U.N., D.P.R.K. and single initials (J. Smith) rarely end a sentence in news text.
    return bool(_INITIALS.match(token.lstrip("\"'“‘([")))


# Words that begin a sentence and hardly follow "U.S." inside one: "supported by a nuclear state, such as
# the U.S. It was formally approved the same day".
_STARTERS = re.compile(r"\s+(?:It|The|This|That|These|Those|He|She|They|We|But|However|Its|Their|His|Her|There|Meanwhile)\b")


def _ends_with_initialism(token: str, line: str, end: int) -> bool:
    """Whether an initialism of two letters or more ("U.S.") ends the sentence, as the next word shows."""
    letters = token.lstrip("\"'“‘([").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and _STARTERS.match(line, end) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line_text in text.split("\n"):
        cursor = 0
        for boundary in _BOUNDARY.finditer(line_text):
            end = boundary.end()
            if boundary.group().startswith(".") and len(boundary.group()) == 1:
                # The word the full stop ends ("Gen.", "U.S."); rsplit, not a regex search, which
                # would try every position of the sentence.
                token = line_text[cursor:end].rsplit(None, 1)
                if token and _is_abbreviation(token[-1]) and not _ends_with_initialism(token[-1], line_text, end):
                    continue
            _append(spans, line_text, line_start, cursor, end)
            cursor = end
        _append(spans, line_text, line_start, cursor, len(line_text))
        line_start += len(line_text) + 1
    return spans


def _append(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        spans.append((offset + start, offset + start + len(stripped)))


def lower_same_length(text: str) -> str:
    """Lower-cased text with the same offsets: a few characters grow when lower-cased ("İ")."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
