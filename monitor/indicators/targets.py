"""Whom a hit's act is done to: its target, chosen among the country mentions after the trigger once
`actors.choose_actor_target` has chosen who acts.
"""

from __future__ import annotations

import re

from .gazetteer import Mention
from .roles import _REGION_WORD, _VERB_START

# A sentence that opens with the act ("The destruction of these links", "These artillery positions") and
# the verb that comments on it.
_OPENING_WORDS = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}")
_COMMENT_VERB = re.compile(
    r"\b(?:underscores?|underlines?|signals?|marks?|shows?|indicates?|highlights?|reflects?|suggests?|demonstrates?|"
    r"illustrates?|adds?|raises?|deepens?|reveals?|represents?|comes?|came|is|are|was|were)\b"
)
# ... unless what it comments on is what the act was aimed at: "salvo against Russian forces", "an
# encirclement of Taiwan".
_AIMED_BEFORE = re.compile(r"\b(?:against|on|upon|at|into|towards?|of|targeting)\s+(?:the\s+)?$")
# Where an act comes from ("sent from Brazil's southern regions"), unless the act leaves it.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?" + _REGION_WORD + "$")
# ("took control of the shoal from the Philippines", "seized the town from": what is wrested from a state.)
_LEAVES = re.compile(r"\b(?:withdr|recall|expel|expuls|clos|cut|sever|evacuat|pull|suspend|ban|bar|halt|stop|navigation|control of|seiz|captur|wrest)")
# A subordinate clause's subject: "was boarded for a few hours before the Iranians departed", "a day after
# Iran's Revolutionary Guards attacked targets in Iraq", "following Iran's attacks on Pakistan's Balochistan".
# It and the countries after it belong to that clause, not to the act.
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:before|while|until|after|following|since|amid)\s+(?:the\s+)?$")


def choose_target(
    lower: str, usable: list[Mention], actor: Mention | None, sufferers: list[Mention], trigger_start: int, trigger_end: int
) -> str | None:
    """The first other country from the trigger on, or else the first that suffered the act (``sufferers``:
    its victims and the owners of a territory it entered)."""
    actor_code = actor.code if actor else None
    commented = None  # worked out when first needed (see _commented)
    for m in usable:
        if m.start >= trigger_end and _SUBORDINATE_SUBJECT.search(lower, max(0, m.start - 16), m.start):
            break
        if (
            m.start >= trigger_start
            and m.code != actor_code
            and m is not actor
            # "withdrew its ambassador from Cambodia" leaves Cambodia: the act is done to it.
            and not (
                _FROM_BEFORE.search(lower, max(0, m.start - 24), m.start)
                and not _LEAVES.search(lower, max(0, trigger_start - 40), m.start)
            )
            and not (
                (commented if commented is not None else (commented := _commented(lower, trigger_start)))
                and _COMMENT_VERB.search(lower, trigger_end, m.start)
                and not _aimed_at(lower, m)
            )
        ):
            return m.code
    return next((m.code for m in sufferers if m.code != actor_code), None)


def _commented(lower: str, trigger_start: int) -> bool:
    """ "This latest assault underscores Russia's strategy": an act named as the sentence's subject is not
    done to whoever the sentence goes on to comment about."""
    return (
        not _VERB_START.match(lower, trigger_start)
        and lower.find(",", 0, trigger_start) == -1
        and _OPENING_WORDS.fullmatch(lower, 0, trigger_start) is not None
    )


def _aimed_at(lower: str, mention: Mention) -> bool:
    """Whether a preposition names the mention as what an act was aimed at; "of" only a place or a state,
    not an owner ("the beginning of Iran's campaign")."""
    aimed = _AIMED_BEFORE.search(lower, max(0, mention.start - 24), mention.start)
    return aimed is not None and not (aimed.group().startswith("of") and lower.startswith(("'s", "’s"), mention.end))
