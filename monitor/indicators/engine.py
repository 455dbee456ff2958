"""The indicator engine: text in, explainable hits out. No database, no I/O.

Cost model (see docs/benchmarks.md): VADER must score every sentence, so it is the floor. Everything
else is kept to one regex pass over the text plus careful work on the few sentences that pass it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import NamedTuple

from .actors import Gazetteer, Mention, choose_actor_target, suffers
from .context import SentenceContext, context_flags
from .cues import CueIndex
from .discourse import ArticleMemory
from .quantities import find_quantities, nearest_quantity
from .regexes import PrefixSearch, literal_prefixes, lowered, required_literals
from .scene import scene_end
from .taxonomy import LOOKBACK_CHARS, Taxonomy, load_taxonomy
from .text import lower_same_length, split_sentences
from .tone import Tone


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


class _Found(NamedTuple):
    key: tuple[int, int]
    match: re.Match[str]


# How many later matches of an indicator are weighed against a first one that only sets the scene.
_LATER_TRIES = 3
_MAX_ALTERNATIVES = 6


class Analysis(NamedTuple):
    hits: list[Hit]
    tone: float  # mean VADER compound over the sentences
    sentences: int
    taxonomy_version: str


class Analyser:
    """Build one per process: it compiles the taxonomy, the gazetteer and loads VADER's lexicon."""

    def __init__(self, taxonomy: Taxonomy | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self._gazetteer = gazetteer or Gazetteer()
        self._tone = Tone()
        self._cues = CueIndex(self.taxonomy)
        self._index = {indicator.id: i for i, indicator in enumerate(self.taxonomy.indicators)}
        # Patterns run on lower-cased text without re.IGNORECASE, which lets the regex engine skip
        # ahead on a pattern's first letters instead of case-folding every character it tries.
        searches: dict[str, PrefixSearch] = {}

        def prefix_search(regex):
            return searches.setdefault(regex.pattern, PrefixSearch(regex))

        anchored = self._cues.anchored
        self._matchers = {
            (i, j): (
                indicator,
                pattern,
                prefix_search(pattern.regex).regex.match,
                prefix_search(pattern.regex),
                prefix_search(pattern.requires) if pattern.requires is not None else None,
                (i, j) in anchored,
                lowered(pattern.unless) if pattern.unless is not None else None,
                lowered(pattern.preceded_by) if pattern.preceded_by is not None else None,
                pattern.parties == "named",
                _prefilter(prefix_search(pattern.regex).regex, pattern.regex),
            )
            for i, indicator in enumerate(self.taxonomy.indicators)
            for j, pattern in enumerate(indicator.patterns)
        }

    @property
    def version(self) -> str:
        return self.taxonomy.version

    def tone(self, sentence: str) -> float:
        """VADER's compound score of ``sentence`` (the same as vaderSentiment's, see tone.py)."""
        return self._tone.compound(sentence)

    def analyse(self, text: str, published: datetime | None = None, exhaustive: bool = False) -> Analysis:
        """Find every indicator in ``text``.

        ``published`` dates the article, so that "in 2023" is historical in a 2024 article.
        ``exhaustive`` skips the cue scan and tries every pattern on every sentence; the result must be
        the same, and a test checks that it is.
        """
        spans = split_sentences(text)
        tones = [self.tone(text[s:e]) for s, e in spans]
        lower = lower_same_length(text)
        hits: list[Hit] = []
        if exhaustive:
            woken = {i: dict.fromkeys(self._cues.every_pattern) for i in range(len(spans))}
        else:
            woken = self._cues.wake(lower, spans)
        if woken:
            reference_year = (published or datetime.now(timezone.utc)).year
            korean = self._gazetteer.korean_context(text)
        # An indicator the article has already reported as happening lends its context to the sentences
        # after it ("an Israeli attack" makes "a second wave of explosions ... killing 25 people" armed),
        # and an actor it has named stands behind the sentences that only refer to it.
        memory = ArticleMemory(self._index) if woken else None
        for index in sorted(woken):
            start, end = spans[index]
            found = self._sentence_hits(
                text[start:end], lower[start:end], start, woken[index], tones[index], reference_year, korean, memory.established
            )
            if found:
                memory.read(found)
                hits.extend(found)
        tone = round(sum(tones) / len(tones), 4) if tones else 0.0
        return Analysis(hits=hits, tone=tone, sentences=len(spans), taxonomy_version=self.taxonomy.version)

    def _sentence_hits(
        self,
        sentence: str,
        lower: str,
        offset: int,
        woken: dict[tuple[int, int], list[int] | None],
        tone: float,
        reference_year: int,
        korean: bool,
        established: set[int] = frozenset(),
    ) -> list[Hit]:
        hits = []
        quantities = known = suffered = None
        mentions: list | None = None

        def named() -> list:
            nonlocal mentions
            if mentions is None:
                mentions = self._gazetteer.mentions(sentence, korean)
            return mentions

        # Per indicator, the match that starts first wins (file order breaks ties): a sentence's main
        # event usually comes before what it reports as cause or context ("fired at an Indian position
        # ... two days after rebels killed 18 soldiers in an attack").
        best: dict[int, tuple[int, tuple[int, int], re.Match[str]]] = {}
        for key in sorted(woken):
            found = best.get(key[0])
            match = self._try(key, lower, woken[key], 0, found[0] if found is not None else None, key[0] in established, named)
            if match is not None:
                best[key[0]] = (match.start(), key, match)
        for i in sorted(best):
            _, key, match = best[i]
            if quantities is None:
                named()
                quantities = find_quantities(sentence, lower)
                known = SentenceContext(sentence, lower)
                suffered = bool(mentions) and suffers(lower)
            hit = self._hit(key, match, sentence, lower, offset, tone, reference_year, mentions, quantities, known, suffered)
            # "After North Korea fired a missile in 2017 ..., it fired two more on Tuesday": the first match
            # set the scene, and the news comes after it. The first later match that is neither dated
            # nor scene-setting is the hit; when none is, the first match stands.
            after = scene_end(lower, match.end()) if hit.historical or hit.background else None
            for _ in range(_LATER_TRIES if after is not None else 0):
                later = self._next_match(i, woken, lower, after, i in established, named)
                if later is None:
                    break
                news = self._hit(later.key, later.match, sentence, lower, offset, tone, reference_year, mentions, quantities, known, suffered)
                if not (news.historical or news.background):
                    hit = news
                    break
                after = later.match.end()
            hits.append(hit)
        return hits

    def _try(
        self,
        key: tuple[int, int],
        lower: str,
        positions: list[int] | None,
        min_start: int,
        before: int | None,
        established: bool = False,
        named: Callable[[], list[Mention]] | None = None,
    ) -> re.Match[str] | None:
        """The first match of pattern ``key`` starting at or after ``min_start`` (and before ``before``)
        that its ``requires``, ``unless``, ``preceded_by`` and ``parties`` let stand; ``established`` (the
        article has already reported this indicator) stands in for ``requires``. ``named`` gives the
        sentence's country mentions, for ``parties``."""
        matcher = self._matchers[key]
        # `regexes.holds_any` for each clause, written out: this runs for every woken pattern.
        for clause in matcher[9]:
            for literal in clause:
                if literal in lower:
                    break
            else:
                return None  # a string every match contains is missing: no match to try for
        _, _, match_at, search, requires, anchored, unless, preceded_by, parties, _ = matcher
        if positions is not None and anchored:
            # Every match begins at one of the pattern's cues: try only there, leftmost first.
            match = None
            for position in positions:  # ascending, each once: the cue scan found them in text order
                if position < min_start:
                    continue
                if before is not None and position >= before:
                    return None  # every match of this pattern starts at or after the one found
                match = match_at(lower, position)
                if match is not None:
                    break
        else:
            match = search.search(lower, min_start)
        if match is None or (before is not None and match.start() >= before):
            return None
        if requires is not None and not established and requires.search(lower) is None:
            return None
        if parties and (named is None or not _states_either_side(named(), lower, match)):
            return None
        t_start = match.start()
        if unless is not None and unless.search(lower, max(0, t_start - LOOKBACK_CHARS), t_start):
            return None
        if preceded_by is not None and not preceded_by.search(lower, max(0, t_start - LOOKBACK_CHARS), t_start):
            return None
        return match

    def _next_match(self, indicator: int, woken, lower: str, min_start: int, established: bool, named=None) -> "_Found | None":
        """The earliest match of the indicator's woken patterns starting at or after ``min_start``."""
        found = None
        for key in sorted(k for k in woken if k[0] == indicator):
            match = self._try(key, lower, woken[key], min_start, found.match.start() if found is not None else None, established, named)
            if match is not None:
                found = _Found(key, match)
        return found

    def _hit(self, key, match, sentence, lower, offset, tone, reference_year, mentions, quantities, known, suffered) -> Hit:
        indicator, pattern = self._matchers[key][:2]
        t_start, t_end = match.span()
        actor, target = choose_actor_target(
            sentence, lower, mentions, t_start, t_end, suffered, indicator.threat_is_event, pattern.actor == "supplier", pattern.actor == "speaker"
        )
        quantity = nearest_quantity(quantities, t_start, t_end)
        flags = context_flags(sentence, t_start, t_end, reference_year, known, indicator.threat_is_event)
        confidence = pattern.confidence + (0.05 if actor else -0.05) - (0.15 if flags["hedged"] else 0.0)
        return Hit(
            indicator=indicator.id,
            label=indicator.label,
            sentence=sentence,
            start=offset,
            end=offset + len(sentence),
            trigger=sentence[t_start:t_end],
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


def _prefilter(regex: re.Pattern[str], source: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The clauses of `required_literals` worth testing before ``regex`` is tried: a few strings each
    (a test of many costs about what the match attempt saves), not those its own first words already
    hold (the cue that woke it is there), the longest first."""
    prefixes = literal_prefixes(source) or ()
    clauses = [
        clause
        for clause in required_literals(regex)
        if len(clause) <= _MAX_ALTERNATIVES
        and not (prefixes and all(any(literal in prefix for literal in clause) for prefix in prefixes))
    ]
    return tuple(sorted(clauses, key=lambda clause: (-min(map(len, clause)), len(clause))))


# Between a subject and its verb: "Russia has again attacked", "is attacking"; between the verb and its object: "struck
# neighbouring Ukraine", "attacked the Philippines".
_SUBJECT_GAP = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were))?(?:\s+(?:again|also|repeatedly|\w+ly))?\s+")
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?(?:neighbou?ring\s+)?")


def _states_either_side(mentions: list[Mention], lower: str, match: re.Match[str]) -> bool:
    """Whether one country is named as the match's subject, right before it, and another as its object,
    right after it ("Russia attacked Ukraine", "Israel struck Iran's nuclear facilities")."""
    start, end = match.span()
    subjects = {m.code for m in mentions if m.end <= start and _SUBJECT_GAP.fullmatch(lower, m.end, start)}
    return bool(subjects) and any(
        m.code not in subjects for m in mentions if m.start >= end and _OBJECT_GAP.fullmatch(lower, end, m.start)
    )


_shared: Analyser | None = None


def shared_analyser() -> Analyser:
    """The process-wide analyser (building one costs a pycountry scan and VADER's lexicon load)."""
    global _shared
    if _shared is None:
        _shared = Analyser()
    return _shared
