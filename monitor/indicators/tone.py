"""A sentence's tone: VADER's compound score, the same number vaderSentiment gives, computed faster.

vaderSentiment 3.3.2's ``polarity_scores`` rebuilds the text one character at a time to replace emoji,
and lower-cases the whole sentence again for every rule it checks on every sentiment word; on news
sentences that is most of its time. This module keeps its lexicon, its constants and its rules, in its
order, including its quirks (the "but" rule's look-up of a score by value, the "no" rules, the
all-caps emphasis), and drops only the repeated work: each sentence is split and lower-cased once,
and only the words in VADER's lexicon are scored, since every other word scores 0.

``tests/test_tone.py`` checks that the compound score is the same as vaderSentiment's to the last
digit on every sentence of the seeds, the PLOVER set and the tests' texts, and on generated sentences
built from the words each rule looks for; ``bench/bench_analysis.py`` still measures the analysis
against vaderSentiment's own ``polarity_scores``.
"""

from __future__ import annotations

import math
import string

from vaderSentiment import vaderSentiment as vader

_PUNCTUATION = string.punctuation
_BOOSTERS = vader.BOOSTER_DICT
_SPECIAL_CASES = vader.SPECIAL_CASES
_NEGATE = frozenset(vader.NEGATE)
_N_SCALAR = vader.N_SCALAR
_C_INCR = vader.C_INCR
_IDIOM_WORDS = frozenset(
    word for phrase in [*_SPECIAL_CASES, *(b for b in _BOOSTERS if " " in b)] for word in phrase.split(" ")
)
# The words VADER's rules look for around a sentiment word (with any word holding "n't"): where none
# is among the three before it and the word itself is none and not in capitals, no rule changes it.
_RULE_WORDS = _IDIOM_WORDS | frozenset(_BOOSTERS) | _NEGATE | {"no", "least", "never", "so", "this", "without", "doubt"}


class Tone:
    """VADER's compound score of one sentence. Build one per process: it reads VADER's lexicon."""

    def __init__(self) -> None:
        analyser = vader.SentimentIntensityAnalyzer()
        self._lexicon = analyser.lexicon
        self._emojis = analyser.emojis
        # Only single characters can match: vaderSentiment looks emoji up one character at a time.
        self._emoji_chars = frozenset(key for key in analyser.emojis if len(key) == 1)
        # vaderSentiment scores a booster word 0 even when it is also in the lexicon.
        self._scoring = frozenset(word for word in self._lexicon if word not in _BOOSTERS)

    def compound(self, text: str) -> float:
        if not text.isascii() and not self._emoji_chars.isdisjoint(text):
            text = self._describe_emoji(text)
        scoring = self._scoring
        # Words as vaderSentiment sees them, lower-cased: punctuation stripped, unless that leaves two
        # characters or fewer (":)" stays). Stripping and lower-casing commute (punctuation has no case),
        # so ASCII text is lower-cased once, whole.
        ascii_text = text.isascii()
        source = text.lower() if ascii_text else text
        low = []
        scored = []
        for word in source.split():
            stripped = word.strip(_PUNCTUATION)
            if len(stripped) <= 2:
                stripped = word
            if not ascii_text:
                stripped = stripped.lower()
            if stripped in scoring:
                scored.append(len(low))
            low.append(stripped)
        if not scored:
            return 0.0
        # The words as written, for their capitals: stripping punctuation changes no word's isupper().
        words = text.split()
        valences = {}
        last = len(low) - 1
        lexicon = self._lexicon
        for i in scored:
            item = low[i]
            if i < last and item == "kind" and low[i + 1] == "of":
                continue
            if (
                item not in _RULE_WORDS
                and (i < 1 or (low[i - 1] not in _RULE_WORDS and "n't" not in low[i - 1]))
                and (i < 2 or (low[i - 2] not in _RULE_WORDS and "n't" not in low[i - 2]))
                and (i < 3 or (low[i - 3] not in _RULE_WORDS and "n't" not in low[i - 3]))
                and not words[i].isupper()
            ):
                # No rule applies: the word scores its lexicon valence (most sentiment words in news).
                valences[i] = lexicon[item]
            else:
                valences[i] = self._valence(i, words, low)
        if (not ascii_text or "but" in source) and "but" in low:
            # vaderSentiment's rule, called as it is: it finds each score by value, so its quirks stay.
            sentiments = [valences.get(i, 0) for i in range(len(low))]
            sentiments = vader.SentimentIntensityAnalyzer._but_check(low, sentiments)
            total = float(sum(sentiments))
        else:
            # Leaving out the other words' zeros changes no float sum, compensated or not.
            total = float(sum(valences.values()))
        if total == 0:
            return 0.0
        if "!" in text or "?" in text:
            emphasis = _emphasis(text)
            total = total + emphasis if total > 0 else total - emphasis
        # vaderSentiment's normalize(), alpha 15, written out.
        return round(max(-1.0, min(1.0, total / math.sqrt(total * total + 15))), 4)

    def _describe_emoji(self, text: str) -> str:
        out = []
        prev_space = True
        for char in text:
            description = self._emojis.get(char) if char in self._emoji_chars else None
            if description is not None:
                if not prev_space:
                    out.append(" ")
                out.append(description)
                prev_space = False
            else:
                out.append(char)
                prev_space = char == " "
        return "".join(out).strip()

    def _valence(self, i: int, words: list[str], low: list[str]) -> float:
        """vaderSentiment's ``sentiment_valence`` for the lexicon word at ``i``, its three rule loops
        unrolled; ``low`` holds the words as it sees them, lower-cased, ``words`` as written (only
        their capitals are asked)."""
        lexicon = self._lexicon
        item = low[i]
        valence = lexicon[item]
        p1 = low[i - 1] if i > 0 else None
        p2 = low[i - 2] if i > 1 else None
        p3 = low[i - 3] if i > 2 else None
        if item == "no" and i != len(low) - 1 and low[i + 1] in lexicon:
            valence = 0.0
        if p1 == "no" or p2 == "no" or (p3 == "no" and p1 in ("or", "nor")):
            valence = lexicon[item] * _N_SCALAR
        if words[i].isupper() and _cap_differential(words):
            valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
        # A word before it that is no sentiment word may boost or dampen it, or negate it; most are
        # neither, and cost two set look-ups.
        if p1 is not None and p1 not in lexicon:
            if p1 in _BOOSTERS:
                valence = valence + _booster(p1, words[i - 1], valence, words)
            if p1 in _NEGATE or "n't" in p1:
                valence = valence * _N_SCALAR
        if p2 is not None and p2 not in lexicon:
            if p2 in _BOOSTERS:
                valence = valence + _booster(p2, words[i - 2], valence, words, 0.95)
            if p2 == "never" and (p1 == "so" or p1 == "this"):
                valence = valence * 1.25
            elif p2 == "without" and p1 == "doubt":
                pass
            elif p2 in _NEGATE or "n't" in p2:
                valence = valence * _N_SCALAR
        if p3 is not None and p3 not in lexicon:
            if p3 in _BOOSTERS:
                valence = valence + _booster(p3, words[i - 3], valence, words, 0.9)
            if p3 == "never" and (p2 == "so" or p2 == "this") or (p1 == "so" or p1 == "this"):
                valence = valence * 1.25
            elif p3 == "without" and (p2 == "doubt" or p1 == "doubt"):
                pass
            elif p3 in _NEGATE or "n't" in p3:
                valence = valence * _N_SCALAR
            # Every idiom has two words or more, all of them in _IDIOM_WORDS, and each of the rule's
            # word sequences holds the sentiment word or only words before it.
            if item in _IDIOM_WORDS or p1 in _IDIOM_WORDS or p2 in _IDIOM_WORDS or p3 in _IDIOM_WORDS:
                valence = _special_idioms(valence, low, i)
        if p2 is not None and p1 not in lexicon and p1 == "least":
            if p2 != "at" and p2 != "very":
                valence = valence * _N_SCALAR
        elif p1 is not None and p1 not in lexicon and p1 == "least":
            valence = valence * _N_SCALAR
        return valence


def _cap_differential(words: list[str]) -> bool:
    """vaderSentiment's ``allcap_differential``: some words, not all, in capitals."""
    uppers = sum(1 for word in words if word.isupper())
    return 0 < len(words) - uppers < len(words)


def _booster(lowered: str, word: str, valence: float, words: list[str], damping: float | None = None) -> float:
    """vaderSentiment's ``scalar_inc_dec``: what a booster or dampener before a sentiment word adds,
    ``damping`` it (0.95 two words before, 0.9 three) as its rule loop does."""
    if lowered not in _BOOSTERS:
        return 0.0
    scalar = _BOOSTERS[lowered]
    if valence < 0:
        scalar *= -1
    if word.isupper() and _cap_differential(words):
        scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
    if damping is not None and scalar != 0:
        scalar = scalar * damping
    return scalar


def _special_idioms(valence: float, low: list[str], i: int) -> float:
    """vaderSentiment's ``_special_idioms_check`` (called only with i > 2)."""
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[seq]
            break
    if len(low) - 1 > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroone]
    if len(low) - 1 > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in _BOOSTERS:
            valence = valence + _BOOSTERS[n_gram]
    return valence


def _emphasis(text: str) -> float:
    """vaderSentiment's ``_punctuation_emphasis``: exclamation marks, and question marks from two on."""
    exclamations = min(text.count("!"), 4)
    questions = text.count("?")
    amplifier = exclamations * 0.292
    if questions > 1:
        amplifier += questions * 0.18 if questions <= 3 else 0.96
    return amplifier
