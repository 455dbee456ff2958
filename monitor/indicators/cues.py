"""The one pass over an article that decides which patterns are worth trying where.

Every pattern lists its cues (literal word starts). One trie-shaped regex finds every cue in the
lower-cased text; each sentence then tries only the patterns its cues wake. A pattern whose every
match begins with one of its cues ("blew up", "expelled") is *anchored*: it is tried with `match` at
those cue positions instead of `search` over the whole sentence, which is several times cheaper.
"""

from __future__ import annotations

import bisect
import re

from .regexes import literal_prefixes, trie_pattern
from .taxonomy import Taxonomy

class CueIndex:
    def __init__(self, taxonomy: Taxonomy) -> None:
        woken_by: dict[str, set[tuple[int, int]]] = {}
        self.anchored: set[tuple[int, int]] = set()
        for i, indicator in enumerate(taxonomy.indicators):
            for j, pattern in enumerate(indicator.patterns):
                for cue in pattern.cues:
                    woken_by.setdefault(cue, set()).add((i, j))
                prefixes = literal_prefixes(pattern.regex)
                cues = [c.rstrip("$") for c in pattern.cues]
                if prefixes and all(any(p.startswith(c) for c in cues) for p in prefixes):
                    self.anchored.add((i, j))
        texts = sorted({cue.rstrip("$") for cue in woken_by}, key=len, reverse=True)
        # The scan reports the longest cue at a position. Shorter cues that are its prefixes matched
        # there too; a whole-word cue ("bloc$") only when the word ends with it ("bloc", not "blockade").
        # Per cue text, the patterns woken (inside a word, at a word's end).
        self._woken: dict[str, tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]] = {}
        for text in texts:
            by_end = []
            for word_ends in (False, True):
                woken = set()
                for cue, patterns in woken_by.items():
                    if text.startswith(cue) if not cue.endswith("$") else word_ends and text == cue[:-1]:
                        woken |= patterns
                by_end.append(tuple(sorted(woken)))
            self._woken[text] = (by_end[0], by_end[1])
        # Lower-case once and scan case-sensitively: the regex engine's case folding costs more. The
        # leading \b stays: without it the engine could skip ahead to a cue's first letters, but nearly
        # every letter starts some cue, and \b rules out the middle of words faster (measured).
        self._scan = re.compile(r"\b" + trie_pattern(texts))
        # The scan reports one cue per place and goes on after it, so a cue of several words ("military
        # target") would hide one that starts at its inner words ("targeted"): those are looked for there
        # too, as trying every pattern everywhere would find them.
        self._inner = {
            text: offsets
            for text in texts
            if (offsets := tuple(i for i in range(1, len(text)) if text[i - 1] in " -" and text[i].isalnum()))
        }
        self.every_pattern = tuple(
            (i, j) for i, indicator in enumerate(taxonomy.indicators) for j in range(len(indicator.patterns))
        )

    def wake(self, lower: str, spans: list[tuple[int, int]]) -> dict[int, dict[tuple[int, int], list[int]]]:
        """Sentence index -> {(indicator, pattern): offsets in the sentence of the cues that woke it}.

        ``lower`` is the article text lower-cased with its offsets kept (`lower_same_length`).
        """
        starts = [s for s, _ in spans]
        found: dict[int, dict[tuple[int, int], list[int]]] = {}
        size = len(lower)
        woken_by, sentence_of = self._woken, bisect.bisect_right
        inner = self._inner
        for match in self._scan.finditer(lower):
            position, end = match.span()
            index = sentence_of(starts, position) - 1
            if index < 0 or position >= spans[index][1]:
                continue  # between sentences (blank lines)
            word_ends = end == size or not lower[end].isalnum()
            sentence = found.get(index)
            if sentence is None:
                sentence = found[index] = {}
            local = position - starts[index]
            text = match.group()
            for key in woken_by[text][word_ends]:
                positions = sentence.get(key)
                if positions is None:
                    sentence[key] = [local]
                else:
                    positions.append(local)
            if text in inner:
                self._wake_inside(lower, position, inner[text], sentence, local)
        return found

    def _wake_inside(self, lower: str, position: int, offsets: tuple[int, ...], sentence: dict, local: int) -> None:
        """The cues that start at the inner words of a cue of several words found at ``position``."""
        size = len(lower)
        for offset in offsets:
            match = self._scan.match(lower, position + offset)
            if match is None:
                continue
            word_ends = match.end() == size or not lower[match.end()].isalnum()
            for key in self._woken[match.group()][word_ends]:
                positions = sentence.get(key)
                if positions is None:
                    sentence[key] = [local + offset]
                else:
                    positions.append(local + offset)
