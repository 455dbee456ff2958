"""The indicator engine: text in, explainable hits out. No database, no I/O.

Cost model (see docs/benchmarks.md): VADER must score every sentence, so it is the floor. Everything
else is kept to one regex pass over the text plus careful work on the few sentences that pass it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .actors import Gazetteer, choose_actor_target
from .context import SentenceContext, context_flags
from .quantities import find_quantities, nearest_quantity
from .taxonomy import Taxonomy, load_taxonomy
from .text import lower_same_length, split_sentences
from .trie import trie_pattern


@dataclass(slots=True)
class Hit:
    """One indicator in one sentence. The field names are the contract of `monitor extract`."""

    indicator: str
    label: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    actor: str | None
    target: str | None
    quantity: int | None
    quantity_text: str | None
    unit: str | None
    negated: bool
    hedged: bool
    hypothetical: bool
    future: bool
    historical: bool
    background: bool
    confidence: float
    tone: float
    weight: float

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @property
    def asserted(self) -> bool:
        """Reported as happening: not denied, not conditional, not yet, not long ago."""
        return not (self.negated or self.hypothetical or self.future or self.historical)


@dataclass(frozen=True)
class Analysis:
    hits: list[Hit]
    tone: float  # mean VADER compound over the sentences
    sentences: int
    taxonomy_version: str


class Analyser:
    """Build one per process: it compiles the taxonomy, the gazetteer and loads VADER's lexicon."""

    def __init__(self, taxonomy: Taxonomy | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self._gazetteer = gazetteer or Gazetteer()
        self._vader = SentimentIntensityAnalyzer()
        woken_by: dict[str, set[tuple[int, int]]] = {}
        for i, indicator in enumerate(self.taxonomy.indicators):
            for j, pattern in enumerate(indicator.patterns):
                for cue in pattern.cues:
                    woken_by.setdefault(cue, set()).add((i, j))
        texts = sorted({cue.rstrip("$") for cue in woken_by}, key=len, reverse=True)
        # The scan reports the longest cue at a position. Shorter cues that are its prefixes matched
        # there too; a whole-word cue ("bloc$") only when the word ends with it ("bloc", not "blockade").
        self._cue_patterns: dict[tuple[str, bool], frozenset] = {}
        for text in texts:
            for word_ends in (False, True):
                woken = [
                    patterns
                    for cue, patterns in woken_by.items()
                    if (text.startswith(cue) if not cue.endswith("$") else word_ends and text == cue[:-1])
                ]
                self._cue_patterns[text, word_ends] = frozenset().union(*woken)
        # Lower-case once and scan case-sensitively: the regex engine's case folding costs more.
        self._cue_scan = re.compile(r"\b" + trie_pattern(texts))
        self._every_pattern = frozenset(
            (i, j) for i, indicator in enumerate(self.taxonomy.indicators) for j in range(len(indicator.patterns))
        )

    @property
    def version(self) -> str:
        return self.taxonomy.version

    def tone(self, sentence: str) -> float:
        return self._vader.polarity_scores(sentence)["compound"]

    def analyse(self, text: str, published: datetime | None = None, exhaustive: bool = False) -> Analysis:
        """Find every indicator in ``text``.

        ``published`` dates the article, so that "in 2023" is historical in a 2024 article.
        ``exhaustive`` skips the cue scan and tries every pattern on every sentence; the result must be
        the same, and a test checks that it is.
        """
        spans = split_sentences(text)
        tones = [self.tone(text[s:e]) for s, e in spans]
        reference_year = (published or datetime.now(timezone.utc)).year
        korean = self._gazetteer.korean_context(text)
        hits: list[Hit] = []
        for index, candidates in sorted(self._candidates(text, spans, exhaustive).items()):
            start, end = spans[index]
            hits.extend(self._sentence_hits(text[start:end], start, candidates, tones[index], reference_year, korean))
        tone = round(sum(tones) / len(tones), 4) if tones else 0.0
        return Analysis(hits=hits, tone=tone, sentences=len(spans), taxonomy_version=self.taxonomy.version)

    def _candidates(self, text: str, spans: list[tuple[int, int]], exhaustive: bool) -> dict[int, set[tuple[int, int]]]:
        """Sentence index -> the (indicator, pattern) pairs whose cues occur there."""
        if exhaustive:
            return {i: set(self._every_pattern) for i in range(len(spans))}
        starts = [s for s, _ in spans]
        found: dict[int, set[tuple[int, int]]] = {}
        lower = lower_same_length(text)
        for match in self._cue_scan.finditer(lower):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index < 0 or match.start() >= spans[index][1]:
                continue  # between sentences (blank lines)
            end = match.end()
            word_ends = end == len(lower) or not lower[end].isalnum()
            found.setdefault(index, set()).update(self._cue_patterns[match.group(), word_ends])
        return found

    def _sentence_hits(
        self, sentence: str, offset: int, candidates: set[tuple[int, int]], tone: float, reference_year: int, korean: bool
    ) -> list[Hit]:
        hits = []
        mentions = quantities = known = None
        woken: dict[int, list[int]] = {}
        for i, j in sorted(candidates):
            woken.setdefault(i, []).append(j)
        for index, pattern_indexes in woken.items():
            indicator = self.taxonomy.indicators[index]
            for pattern in (indicator.patterns[j] for j in pattern_indexes):
                match = pattern.regex.search(sentence)
                if match is None or (pattern.requires is not None and not pattern.requires.search(sentence)):
                    continue
                if mentions is None:
                    mentions = self._gazetteer.mentions(sentence, korean)
                    quantities = find_quantities(sentence)
                    known = SentenceContext(sentence)
                t_start, t_end = match.span()
                actor, target = choose_actor_target(sentence, mentions, t_start, t_end)
                quantity = nearest_quantity(quantities, t_start, t_end)
                flags = context_flags(sentence, t_start, t_end, reference_year, known)
                confidence = pattern.confidence + (0.05 if actor else -0.05) - (0.15 if flags["hedged"] else 0.0)
                hits.append(
                    Hit(
                        indicator=indicator.id,
                        label=indicator.label,
                        sentence=sentence,
                        start=offset,
                        end=offset + len(sentence),
                        trigger=match.group(),
                        trigger_start=offset + t_start,
                        trigger_end=offset + t_end,
                        actor=actor,
                        target=target,
                        quantity=quantity.value if quantity else None,
                        quantity_text=quantity.text if quantity else None,
                        unit=quantity.unit if quantity else None,
                        confidence=round(min(1.0, max(0.05, confidence)), 3),
                        tone=tone,
                        weight=indicator.weight,
                        **flags,
                    )
                )
                break
        return hits


_shared: Analyser | None = None


def shared_analyser() -> Analyser:
    """The process-wide analyser (building one costs a pycountry scan and VADER's lexicon load)."""
    global _shared
    if _shared is None:
        _shared = Analyser()
    return _shared
