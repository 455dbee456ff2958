"""What an article says across its sentences: context it lends to later sentences, and actors it names
once and then refers to ("the strikes", "the regime").

A sentence alone often names no one: "The strikes knocked out power in Kharkiv" follows "Russia launched
missiles at Ukraine's grid"; "the regime threatened to strike U.S. bases" follows "North Korea fired a
missile". The engine reads each sentence on its own first; `ArticleMemory` then fills in, in article
order, what only the article says. It never overrides what the sentence itself says.
"""

from __future__ import annotations

import re
from typing import Protocol

# A state named by what it is rather than by name: "the regime", "the isolated country". Not its
# possessive ("the country's air defences" are not the country acting).
_STATE_ANAPHOR = re.compile(
    r"\b(?:the|this)\s+(?:(?:reclusive|isolated|secretive|hermit|communist|authoritarian|nuclear-armed|impoverished|"
    r"totalitarian|north korean|russian|iranian|chinese)\s+)?(?:regime|country|nation|kingdom|state)\b(?!['’]s|-)"
    # "the rival military fired more than 200 rounds": the other side, named by what it is to the speaker.
    r"|\b(?:the|this)\s+(?:rival|enemy|hostile)\s+(?:military|army|forces|regime|state|country|nation)\b(?!['’]s|-)"
)
# Between the anaphor and the trigger: no new clause, no passive and no verb of undergoing (the country
# "was attacked", "faces sanctions": it suffers the act, it does not do it).
_NOT_ITS_CLAUSE = re.compile(
    r"[;:.!?—–]|\b(?:but|while|whereas|after|before|when|because|if|unless|which|who|that)\b|, and\b|"
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|hit|struck|shot|cut|put|sent|slapped|held|caught)\b|"
    r"\b(?:fac(?:es|ed|ing|e)|suffer\w*|receiv\w*|endur\w*|subjected|under)\b"
)
# A pronoun as the subject of the trigger's clause, a few words before it.
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|it|he|she|we)(?:['’](?:ve|d|ll|s))?\s+(?:[\w'’-]+\s+){0,4}$")
_SPEAKS_OF = re.compile(
    r"\b(?:described|describes|called|calls|termed|said|says|hailed|praised|defended|justified|condemned|denounced|confirmed|announced)\b"
)
# The earlier actors, named by what they did, as what the trigger is done to.
_ATTACKERS_AFTER = re.compile(r"[^,;]{0,60}?\b(?:the|those)\s+(?:attackers|assailants|intruders|aggressors|raiders|infiltrators)\b")
# How far before its trigger an anaphor may stand and still be the trigger's subject.
_ANAPHOR_REACH = 100


class _Hit(Protocol):
    indicator: str
    sentence: str
    start: int
    trigger_start: int
    actor: str | None
    target: str | None
    negated: bool
    hypothetical: bool
    historical: bool


class ArticleMemory:
    """Read one article's hits in order; see the module's docstring."""

    __slots__ = ("_by_indicator", "_index", "_last", "established")

    def __init__(self, index: dict[str, int]) -> None:
        # Indicators the article has reported as happening (by their place in ``index``, the taxonomy's
        # order): they need no `requires` context again.
        self._index = index
        self.established: set[int] = set()
        # Who the article last said did each indicator, with whom it was done to.
        self._by_indicator: dict[str, tuple[str, str | None]] = {}
        # Who the article last said did anything.
        self._last: tuple[str, str | None] | None = None

    def read(self, hits: list[_Hit]) -> None:
        """Fill in the actors of one sentence's ``hits`` from what came before, then remember them."""
        for hit in hits:
            if hit.actor is None:
                self._fill(hit)
        for hit in hits:
            if hit.actor is not None:
                self._by_indicator[hit.indicator] = hit.actor, hit.target
                self._last = hit.actor, hit.target
            if not (hit.negated or hit.hypothetical or hit.historical):
                self.established.add(self._index[hit.indicator])

    def _fill(self, hit: _Hit) -> None:
        # "They've vowed to continue attacks": a pronoun names someone, and not always the last to act; but
        # one who "described last night's attack" only speaks of it.
        lower = hit.sentence.lower()
        pronoun = _PRONOUN_SUBJECT.search(lower, 0, hit.trigger_start - hit.start)
        if pronoun is not None and _SPEAKS_OF.search(pronoun.group()) is None:
            return
        # The same act again, named by a noun ("the strikes", "these artillery positions"), or by no one.
        earlier = self._by_indicator.get(hit.indicator)
        if earlier is None and self._last is not None and _anaphor_subject(lower, hit.trigger_start - hit.start):
            earlier = self._last  # "the regime threatened ...": whoever the article was about
        # Whom the sentence says was acted on did not act on itself.
        if earlier is None or earlier[0] == hit.target:
            return
        # "killed around 200 of the attackers": who attacked before is acted on now.
        if _ATTACKERS_AFTER.match(lower, hit.trigger_start - hit.start) is not None:
            if hit.target is None:
                hit.target = earlier[0]
            return
        hit.actor = earlier[0]
        if hit.target is None and earlier[1] != hit.actor:
            hit.target = earlier[1]


def _anaphor_subject(lower: str, trigger: int) -> bool:
    """Does a state named by what it is ("the regime") stand, in the trigger's clause, before it (at
    ``trigger`` in the lower-cased sentence)?"""
    window = max(0, trigger - _ANAPHOR_REACH)
    found = None
    for found in _STATE_ANAPHOR.finditer(lower, window, trigger):
        pass
    return found is not None and _NOT_ITS_CLAUSE.search(lower, found.end(), trigger) is None
