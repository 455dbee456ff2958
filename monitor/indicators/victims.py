"""Who suffered an act: the subject of a passive ("Three US servicemen were killed"), a side that reports
its own losses, and whoever endures or comes under an attack. `actors.choose_actor_target` never makes
them the actor; they are the target when no other is named.
"""

from __future__ import annotations

import re

from .gazetteer import Mention
from .regexes import PrefixSearch, any_required, holds_any
from .roles import _CASUALTIES_AFTER, _DEATHS_OF_BEFORE, _FORCE_NOUN, _RELATIVE_PRONOUN

# "Three US servicemen were killed by ...": the subject of a passive suffered the act; it is the target.
# A passive's subject is the act's target, whether it suffered it or received it ("Ukraine will be
# provided with ammunition").
_SUFFERED_VERBS = (
    r"(?:killed|wounded|injured|attacked|ambushed|shot|struck|hit|targeted|shelled|bombed|captured|abducted|kidnapped|"
    r"violated|breached|penetrated|invaded|boarded|seized|rammed|stormed|destroyed|sunk|(?:provided|supplied|armed|equipped) with)\b"
)
# "Ukraine endured another night of intense attacks": who endures an act suffers it. (The trigger ends the
# match: `is_victim` asks it up to the trigger's end.)
_COME_UNDER = r"c(?:ame|omes?|oming) under"
_UNDERGO = r"(?:endur(?:ed|es|ing)|weather(?:ed|s|ing)|withst(?:ood|ands?|anding)|" + _COME_UNDER + ")"
_UNDERGO_VERB = re.compile(r"\b" + _UNDERGO + r"\b")
_UNDERGO_WORDS = any_required(_UNDERGO_VERB)  # substring tests first: few sentences hold one
_UNDERGOES = re.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _UNDERGO + r"(?:\s+[\w,-]+){0,6}")
# "soldiers stationed in Russia's Kursk Oblast to aid Moscow's war have come under fire": a trigger that
# says its subject was hit, not that it shot.
_UNDER_FIRE = re.compile(_COME_UNDER + r"\b")
# Headlines drop the verb "to be": "North Korean Troops Killed in Kursk".
_SUFFERED_HEADLINE = r"(?:killed|wounded|injured|captured|abducted|kidnapped)(?=\s+(?:in|by|during|near|at|as|when|while|after|on)\b)"
# Searched from the literal words that can start it (see `PrefixSearch`), once per sentence.
_SUFFERED = PrefixSearch(
    re.compile(r"\b(?:(?:was|were|been|being|got|be)\s+(?:\w+\s+)?" + _SUFFERED_VERBS + "|" + _SUFFERED_HEADLINE + ")"), lower=False
)
# The words between the country and the passive: not a speech verb ("Russia said Ukrainian forces were
# attacked" names Russia as the speaker, not a victim), unless it reports its own losses ("Pakistan says
# three of its soldiers have been killed").
_PASSIVE_VICTIM = re.compile(
    r"(?:['’]s)?(?:(?:\s+(?!(?:said|says|told|reported|claimed|stated)\b)[\w-]+){0,3}?"
    # ("The Lebanese Army also reported that two of its soldiers were wounded": a side reports its own losses.)
    r"|(?:\s+[\w-]+){0,2}?\s+(?:said|says|reported|reports|announced|confirmed)(?: that)?(?:\s+[\w-]+){0,3}?\s+(?:its|their)(?:\s+[\w-]+)?)"
    r"\s+(?:(?:was|were|had been|have been|has been|being|got|will be)\s+(?:\w+\s+)?"
    + _SUFFERED_VERBS + "|" + _SUFFERED_HEADLINE + ")"
)


def suffers(lower: str) -> bool:
    """Whether a (lower-cased) sentence says anyone suffered an act: worth asking once per sentence."""
    return _SUFFERED.search(lower) is not None or (
        holds_any(lower, _UNDERGO_WORDS) and _UNDERGO_VERB.search(lower) is not None
    )


def is_victim(lower: str, mention: Mention, trigger_end: int) -> bool:
    match = _PASSIVE_VICTIM.match(lower, mention.end)
    return (match is not None and match.end() <= trigger_end) or _UNDERGOES.fullmatch(lower, mention.end, trigger_end) is not None


# Losses are named in few sentences: one of these words is in every one that names them (read from the
# patterns), and a sentence without any skips asking at every country.
_LOSS_WORDS = any_required(_CASUALTIES_AFTER, _DEATHS_OF_BEFORE)


def victims_among(lower: str, usable: list[Mention], trigger_start: int, trigger_end: int, suffered: bool) -> list[Mention]:
    """The mentions that suffered the act, named before the trigger or after it ("... were killed and
    Armenian soldiers and police wounded in border clashes"); ``suffered`` is `suffers` (lower)."""
    victims = (
        [
            m
            for m in usable
            if (m.end <= trigger_start and is_victim(lower, m, trigger_end))
            # "following a clash ... in which nine Turkish soldiers were killed": losses in a relative
            # clause belong to the event it describes.
            or (m.start >= trigger_end and is_victim(lower, m, len(lower)) and not _RELATIVE_PRONOUN.search(lower, trigger_end, m.start))
        ]
        if suffered
        else []
    ) + (
        [
            m
            for m in usable
            if _CASUALTIES_AFTER.match(lower, m.end)
            or (_FORCE_NOUN.match(lower, m.end) and _DEATHS_OF_BEFORE.search(lower, max(0, m.start - 40), m.start))
        ]
        if holds_any(lower, _LOSS_WORDS)
        else []
    )
    if _UNDER_FIRE.match(lower, trigger_start):
        victims += [m for m in usable if m.end <= trigger_start and m not in victims]
    return victims
