"""Who only speaks: the source a report is attributed to ("according to Ukrainian intelligence"), a
speaker or believer whose clause has a subject of its own ("Kyiv said Moscow shelled", "believes the
missile may be"), the speaker of a quotation, and who warns (a threat's maker). `actors.choose_actor_target`
never takes a reporter for the actor of what it reports, and takes a warner for the maker of a threat.
"""

from __future__ import annotations

import re

from .gazetteer import Mention
from .regexes import lowered
from .roles import _AGENT_NOUNS

_SOURCE_BEFORE = lowered(
    re.compile(r"(?:according to|quoted by|reported by|citing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
)
# "According to Al Arabiya, the Saudi news channel, ...": an appositive names the source again, and
# closes with a comma ("According to officials, the Chinese personnel attacked" names no source twice).
_SOURCE_APPOSITIVE = lowered(
    re.compile(r"(?:according to|quoted by|reported by|citing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:the|a|an)\s+$", re.IGNORECASE)
)
_APPOSITIVE_CLOSES = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*,")
# This and roles._PREPOSITION_BEFORE are asked of the few words before a mention, where a plain search costs
# less than `PrefixSearch`'s loop.
_SAID_BEFORE = lowered(re.compile(r"\b(?:told|said|says|reports|reported|announced)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE))
_ATTRIBUTION_AFTER = lowered(re.compile(
    r"^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}(?:said|says|reported|reports|told|claimed|confirmed|stated)\b",
    re.IGNORECASE,
))
_SPEECH_AFTER = lowered(re.compile(
    r"(?:['’]s?)?,?(?:\s+[\w-]+,?){0,4}?\s+(?:said|says|reported|reports|claimed|claims|told|stated|alleged|accused|"
    r"warned|warns|announced|confirmed|insisted|noted|added|asserted|asserts|argued|argues|stressed|stresses|maintained|maintains|"
    # Belief and concern report another subject's act as speech does.
    r"(?:raised|voiced|expressed) concerns?|fears?|feared|believes?|believed|suspects?|suspected|assess(?:es|ed)|estimates?|estimated|concluded)\b",
    re.IGNORECASE,
))
_WARNS_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+)?(?:warned|warns|threatened|threatens|vowed|vows)\b")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|warned|warns|informed|informs|notified|notifies|assured|assures|reminded|reminds)\s+(?:the\s+)?$")
_TOLD_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,6}?\s+(?:that|of|about)\b")
# "South Korea also noted these troops had not engaged in full combat": a speaker whose report names
# other forces as the subject (not "its troops", the speaker's own) only reports.
_OTHERS_REPORTED = re.compile(
    r"\b(?:said|says|noted|notes|reported|reports|told \w+|claimed|stated|added|confirmed|announced)\b(?:\s+that)?\s+"
    r"(?:(?:the|these|those|some|many|an?)\s+(?:[\w-]+\s+){0,2}?(?:" + _AGENT_NOUNS + r"|missiles?|rockets?|drones?|shells|bombs?|projectiles?)"
    # "said the rival military fired": the other side, named by what it is to the speaker.
    r"|(?:the\s+)?(?:rival|enemy|hostile)\s+(?:military|army|navy|forces|regime|side))\b"
    # "the weapons that the United States said were transferred": a speaker before a passive with no
    # subject of its own reports what someone else did.
    r"|\b(?:said|says|claimed|claims|believes|believed|suspects|suspected)\s+(?:were|was|are|is|had been|have been|has been)\s+$"
)
# "said the drones were a provocation and vowed to retaliate": a vow or a warning joined after the report
# is the speaker's, since what is reported (drones, missiles, forces) makes no vows.
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?$")
_VOW = re.compile(r"(?:vow|pledg|warn|threaten|promis|swor|swear)\w*\b")


def speaker_goes_on(lower: str, trigger_start: int) -> bool:
    """Whether the trigger is a vow or warning joined by "and" to what came before it."""
    return _VOW.match(lower, trigger_start) is not None and _AND_BEFORE.search(lower, max(0, trigger_start - 15), trigger_start) is not None

# A belief or fear, and the subject of what it holds: a capitalised name that is no country ("that Kim
# might provide"), or nothing but an article before the trigger ("that defense cooperation"). Not what
# is said or reported: "Pyongyang said that more troops would be stationed" reports its own act.
_BELIEF_VERBS = (
    r"believes?|believed|suspects?|suspected|fears?|feared|thinks?|thought|estimates?|estimated|assess(?:es|ed)|"
    r"concluded|suggests?|suggested"
)
_REPORT_BEFORE_THAT = re.compile(r"\b(?:" + _BELIEF_VERBS + r"|concerns?|worries|worried)\s*$")
# The same verbs, then a clause of their own without "that": "believes the missile may be".
_BELIEF_CLAUSE = re.compile(
    r"\b(?:" + _BELIEF_VERBS + r")\s+"
    r"(?=(?:the|a|an|these|those)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|may|might|could|would|will|had|has|have)\b)"
)
# "assessed that the soldiers did not deliberately commit the intrusion": forces named by a common noun
# are a subject of the reported clause's own, too.
_FORCES_SUBJECT = re.compile(
    r"(?:the|these|those|some|its|their)\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|drones|jets|warships|vessels|aircraft|militants|rebels|units)\s+"
    r"(?:had|have|has|did|were|was|are|is|may|might|could|would|will|[a-z]+ed)\b"
)
_NAMED_SUBJECT = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}(?:might|may|could|would|will|has|had|have|is|was|were|are|[a-z]+(?:ed|s))\b")
_DETERMINER_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?")
# "with Ukrainian officials warning of disruptions": who only comments on an act.
_SPOKESPEOPLE = re.compile(r"\s+(?:[\w-]+\s+)?(?:officials|authorities|leaders?|leadership|government|ministers?|ministry)\b")


def attributions(lower: str, mentions: list[Mention], trigger_end: int) -> list[bool]:
    """For each mention, whether it only says who reported the news ("according to Ukrainian
    intelligence") rather than who acted."""
    # Words without which the attribution patterns cannot match: substring tests over the sentence
    # are far cheaper than trying the patterns around every country it names.
    said = "said" in lower or "says" in lower or "told" in lower or "report" in lower or "announced" in lower
    source = "according to" in lower or "quoted by" in lower or "reported by" in lower or "citing" in lower
    attribution = said or "reported" in lower or "reports" in lower or "claimed" in lower or (
        "confirmed" in lower or "stated" in lower
    )
    if not (source or attribution):
        return [False] * len(mentions)
    return [is_attribution(lower, m, trigger_end, source, said, attribution) for m in mentions]


def is_attribution(
    lower: str, mention: Mention, trigger_end: int, source: bool = True, said: bool = True, attribution: bool = True
) -> bool:
    before = lower[max(0, mention.start - 40) : mention.start]
    if source and (
        _SOURCE_BEFORE.search(before) or (_SOURCE_APPOSITIVE.search(before) and _APPOSITIVE_CLOSES.match(lower, mention.end))
    ):
        return True
    if mention.start < trigger_end:
        return False
    # "..., said Russian officials" after the event; before it, "Kyiv said Moscow shelled" names the actor.
    if said and _SAID_BEFORE.search(before):
        return True
    # "..., South Korea's defense ministry said" after the event; before it, "X said it will" is the actor.
    return attribution and bool(_ATTRIBUTION_AFTER.match(lower[mention.end : mention.end + 60]))


def quoted_speaker(sentence: str, mentions: list[Mention], trigger_end: int, trigger_start: int = 0) -> Mention | None:
    """The country a quotation is attributed to, when the trigger is inside the quotation and names no
    one else: "'The military will carry out loudspeaker broadcasts,' the South's Joint Chiefs said", and
    a quotation that opens mid-sentence ("Resuming artillery fire 'is a provocative act', Seoul's defence
    minister said")."""
    opening = sentence.startswith(('"', "“"))
    if not opening and not _inside_quotation(sentence, trigger_start):
        return None
    close = min((i for i in (sentence.find('"', trigger_end), sentence.find("”", trigger_end)) if i >= 0), default=-1)
    speaker = next((m for m in mentions if close >= 0 and close < m.start < close + 40), None)
    if speaker is None or opening:
        return speaker
    # Mid-sentence, only the attribution right after the quotation: "..., Seoul's defence minister said";
    # not "called 'for an end to the fighting' after France condemned".
    lower = sentence.lower()
    if _QUOTE_TO_SPEAKER.fullmatch(lower, close + 1, speaker.start) and _ATTRIBUTION_AFTER.match(lower[speaker.end : speaker.end + 60]):
        return speaker
    return None


# "said any attempt by Pyongyang ... would lead to the downfall of ...", "said the drone flights could be
# considered a military attack": a threat whose subject is the act it answers.
_ACT_AS_SUBJECT = re.compile(
    r"(?:would|will|shall|could|may)\s+(?:be\s+(?:considered|regarded|treated|deemed|seen|viewed)|lead to|result in|spell|bring about)\b"
)


def act_as_subject(lower: str, trigger_start: int) -> bool:
    """Whether a threat names the act it answers as its subject ("any attempt by Pyongyang ... would lead
    to the downfall of ...")."""
    return _ACT_AS_SUBJECT.match(lower, trigger_start) is not None


def speaker_before(lower: str, mentions: list[Mention], trigger_start: int) -> Mention | None:
    """The last country before the trigger that says or warns something: for a threat that names the act
    it answers, or a label for another's acts, the one who makes it, not the act's agent ("any attempt by
    Pyongyang") nor the state labelled ("Beijing said Taiwan had taken provocative actions")."""
    return next(
        (m for m in reversed(mentions) if m.end <= trigger_start and (_SPEECH_AFTER.match(lower, m.end) or _WARNS_AFTER.match(lower, m.end))),
        None,
    )


def who_warned(lower: str, before: list[Mention], that: int) -> Mention | None:
    """The country that "warned that" (or threatened, or vowed) right before ``that``."""
    for m in reversed(before):
        if m.end <= that and (warns := _WARNS_AFTER.match(lower, m.end)) is not None and not lower[warns.end() : that].strip():
            return m
    return None


_QUOTE_TO_SPEAKER = re.compile(r"[\s,]*(?:the\s+)?")


def _inside_quotation(sentence: str, position: int) -> bool:
    """Whether ``position`` is inside a quotation opened before it in ``sentence``."""
    if sentence.count('"', 0, position) % 2:
        return True
    return sentence.rfind("“", 0, position) > sentence.rfind("”", 0, position)
