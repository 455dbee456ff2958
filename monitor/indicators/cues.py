"""The one pass over an article that decides which patterns are worth trying where.

Every pattern lists its cues (literal word starts). One trie-shaped regex finds every cue in the
lower-cased text; each sentence then tries only the patterns its cues wake. A pattern whose every
match begins with one of its cues ("blew up", "expelled") is *anchored*: it is tried with `match` at
those cue positions instead of `search` over the whole sentence, which is several times cheaper.
"""

from __future__ import annotations

import bisect
import re
from re import _constants as sre
from re import _parser as sre_parse

from .taxonomy import Taxonomy
from .text import lower_same_length
from .trie import trie_pattern

_PREFIX_LIMIT = 24


def literal_prefixes(pattern: re.Pattern[str]) -> set[str] | None:
    """Lower-case literal strings one of which begins every match of ``pattern``; None if unknown."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    found = _prefixes(list(parsed))
    if found is None or any(not prefix for prefix, _ in found):
        return None
    return {prefix for prefix, _ in found}


def _prefixes(items) -> set[tuple[str, bool]] | None:
    """(prefix, open) pairs: open means the prefix may still grow with what follows."""
    results = {("", True)}
    for op, av in items:
        if not any(is_open for _, is_open in results):
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # \b and look-arounds consume nothing
        if op is sre.LITERAL:
            step = {(chr(av).lower(), True)}
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            step = {(chr(a).lower(), True) for _, a in av}
        elif op is sre.SUBPATTERN:
            step = _prefixes(list(av[-1]))
        elif op is sre.BRANCH:
            step = set()
            for branch in av[1]:
                sub = _prefixes(list(branch))
                if sub is None:
                    return None
                step |= sub
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            sub = _prefixes(list(av[2]))
            step = None if sub is None else {(prefix, False) for prefix, _ in sub}
        else:
            step = {("", False)}  # anything else ends what can be known
        if step is None:
            return None
        grown = set()
        for prefix, is_open in results:
            if not is_open or len(prefix) >= _PREFIX_LIMIT:
                grown.add((prefix, False))
                continue
            for more, still_open in step:
                grown.add((prefix + more, still_open))
        results = grown
        if len(results) > 5000:
            return {(prefix, False) for prefix, _ in results}
    return results


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
        self._woken: dict[tuple[str, bool], tuple[tuple[int, int], ...]] = {}
        for text in texts:
            for word_ends in (False, True):
                woken = set()
                for cue, patterns in woken_by.items():
                    if text.startswith(cue) if not cue.endswith("$") else word_ends and text == cue[:-1]:
                        woken |= patterns
                self._woken[text, word_ends] = tuple(sorted(woken))
        # Lower-case once and scan case-sensitively: the regex engine's case folding costs more.
        self._scan = re.compile(r"\b" + trie_pattern(texts))
        self.every_pattern = tuple(
            (i, j) for i, indicator in enumerate(taxonomy.indicators) for j in range(len(indicator.patterns))
        )

    def wake(self, text: str, spans: list[tuple[int, int]]) -> dict[int, dict[tuple[int, int], list[int]]]:
        """Sentence index -> {(indicator, pattern): offsets in the sentence of the cues that woke it}."""
        starts = [s for s, _ in spans]
        lower = lower_same_length(text)
        found: dict[int, dict[tuple[int, int], list[int]]] = {}
        size = len(lower)
        for match in self._scan.finditer(lower):
            position, end = match.span()
            index = bisect.bisect_right(starts, position) - 1
            if index < 0 or position >= spans[index][1]:
                continue  # between sentences (blank lines)
            word_ends = end == size or not lower[end].isalnum()
            sentence = found.get(index)
            if sentence is None:
                sentence = found[index] = {}
            local = position - starts[index]
            for key in self._woken[match.group(), word_ends]:
                positions = sentence.get(key)
                if positions is None:
                    sentence[key] = [local]
                else:
                    positions.append(local)
        return found
