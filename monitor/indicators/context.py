"""Context flags: is the claim denied, alleged, hypothetical, future, historical or background?

Each flag looks at the words around the trigger, not the whole sentence: in "Russia could send more
troops", "could" governs the sending; in "the armistice in place since the Korean War", the war dates
the armistice, not the artillery build-up the sentence reports.
"""

from __future__ import annotations

import re

_WORDS_BEFORE = 7  # how far back a modal or negator still governs the trigger

_NEGATION = re.compile(
    r"\b(?:not(?! only| just| least| merely| to mention)|no|never|neither|nor|without|no longer|denied|denies|deny|"
    r"denying|refused to|refuses to|rejected|ruled out|rules out|failed to|unable to)\b|n't\b",
    re.IGNORECASE,
)
# "lifted sanctions", "reducing nuclear missiles": the indicator being undone. Only the words before the
# trigger count, since "reduced food supplies" is itself a sanction.
_REVERSAL = re.compile(
    r"\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|end(?:ed|s|ing)?|end to|remov(?:e|ed|es|ing|al of)|withdrawal of|"
    r"withdr[ae]w(?:s|ing)?|limit(?:ing|ed|s)?|reduc(?:e|es|ed|ing|tion of)|dismantl\w+|halt(?:ed|ing)?|"
    r"stopp?(?:ed|ing)?|ceas(?:ed|ing)|abandon(?:ed|ing)?|scrap(?:ped|ping)?|restor(?:e|ed|ing)|"
    r"reopen(?:ed|ing)?|re-open(?:ed|ing)?)\s+(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:allegedly|alleged|reportedly|purportedly|supposedly|apparently|seemingly|believed to|thought to|"
    r"said to be|suspected|unconfirmed|unverified|claimed|claims|rumou?r(?:s|ed)?|reports? (?:indicate|say|said|"
    r"suggest|suggested|claim|have surfaced|of)|according to (?:unconfirmed )?reports|it is understood|"
    r"appears? to|appeared to|may have|might have|could have|accus(?:ed|es|ing) \S+(?: \S+)? of)\b",
    re.IGNORECASE,
)
# Conditions, threats and intentions: nothing has happened yet, and it may never.
_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|may|should|if|unless|whether|potential(?:ly)?|possible|possibly|"
    r"threat\w*(?: \w+)? to|prospect of|risk of|in case of|in the event of|any|willing to|ready to|"
    r"offer(?:s|ed)? to|agree(?:s|d)? to|promis(?:es|ed) to|pledg(?:es|ed) to|vow(?:s|ed) to|intends? to|"
    r"intended to|aims? to|aimed to|seeks? to|sought to|wants? to|wanted to|hopes? to|in order to|so as to|"
    r"consider(?:s|ed|ing)?|call(?:s|ed)? for|urg(?:es|ed|ing)|demand(?:s|ed)?|propos(?:es|ed|al)|"
    r"prepar(?:es|ed|ing)(?: for| a| an| to)|poised to|"
    r"hypothetical|scenario)\b",
    re.IGNORECASE,
)
# "announced it would prohibit": reported speech, a decision announced, not a condition.
_REPORTED_WOULD = re.compile(
    r"\b(?:said|says|announced|announces|decided|declared|confirmed|stated|told \w+)(?: on \w+| \w+day)?"
    r"(?: that)? (?:it|they|he|she|the \w+|\w+) would\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|plans? to|planned|planning to|going to|set to|is to|are to|was to|about to|"
    r"expected to|scheduled to|upcoming|next (?:week|month|year)|starting|from next|"
    r"would)\b",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"(?:\b(?:after|following|amid|during|in the wake of|in response to|in retaliation for|because of|"
    r"caused by|due to|since|in reprisal for|over)(?:\s+\S+){0,5}|(?<!such )(?<!as well )\bas(?:\s+\S+){0,3})\s*$",
    re.IGNORECASE,
)
_ERA = re.compile(
    r"\b(?:during|in|since the end of|after|before)\s+(?:the\s+)?(?:(?:Korean|Cold|Vietnam|Gulf|Iran-Iraq|"
    r"Six-Day|Yom Kippur|Falklands|Balkan|Crimean|Soviet-Afghan|Winter|Pacific|Civil) War|World War (?:I|II|One|Two|1|2)|"
    r"(?:First|Second) World War|Soviet era|colonial era|Cold War era)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(
    r"\b(?:in|during|between|of)\s+(?:(?:early|late|mid-?)\s*|the\s+)?(?:(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+)?(1[89]\d\d|20\d\d)(s)?\b|\b(1[89]\d\d|20\d\d)\s*[-–]\s*(?:1[89]|20)?\d\d\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:—–]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|, (?:and|which|who)\b", re.IGNORECASE)


def _window_before(sentence: str, trigger_start: int) -> str:
    """The words that govern the trigger: back to a clause break, at most a few words."""
    before = sentence[:trigger_start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = before.split()
    return " ".join(words[-_WORDS_BEFORE:])


def context_flags(sentence: str, trigger_start: int, trigger_end: int, reference_year: int) -> dict[str, bool]:
    window = _window_before(sentence, trigger_start)
    # The trigger's own words count as well: "not mobilise" in one pattern, "did not" before it.
    near = window + " " + sentence[trigger_start:trigger_end]
    after = sentence[trigger_end : trigger_end + 80]
    # A sentence opening with "If" or "Should" makes its main clause conditional too.
    opening_conditional = bool(re.match(r"\s*(?:If|Should|Were|Unless|In the event)\b", sentence))
    reported = bool(_REPORTED_WOULD.search(window))
    conditional = _HYPOTHETICAL.search(_REPORTED_WOULD.sub(" ", window) if reported else window)
    return {
        "negated": bool(_NEGATION.search(near) or _REVERSAL.search(window + " "))
        or bool(re.match(r"\s*(?:was|were|has|have)?\s*not\b", after)),
        "hedged": bool(_HEDGE.search(sentence)),
        "hypothetical": bool(conditional) or opening_conditional,
        "future": bool(_FUTURE.search(window)) and (reported or not re.search(r"\bwould\b", window, re.IGNORECASE)),
        "historical": _historical(sentence, trigger_start, trigger_end, reference_year),
        # "one day after a Serbian jet shot down a helicopter": the cause or setting of the news, not the news.
        "background": bool(_BACKGROUND.search(sentence[:trigger_start])),
    }


_WORD = re.compile(r"\S+")


def _historical(sentence: str, trigger_start: int, trigger_end: int, reference_year: int) -> bool:
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    if not words:
        return False
    first = next((i for i, (_, end) in enumerate(words) if end > trigger_start), len(words) - 1)
    last = next((i for i, (start, _) in enumerate(words) if start >= trigger_end), len(words))
    # Eight words before ("In 1950 North Korean troops crossed"), six after ("crossed the border in 1950").
    lo = words[max(0, first - 8)][0]
    hi = words[min(len(words), last + 6) - 1][1]
    span = sentence[lo:hi]
    for match in [*_ERA.finditer(span), *_YEAR.finditer(span)]:
        if match.re is _YEAR and int(match.group(1) or match.group(3)) >= reference_year:
            continue
        if match.group().lower().startswith("since"):
            continue  # "in place since the Korean War" dates the state, not the event
        # A participle between the trigger and the date takes the date: "violating the ceasefire
        # agreement signed in March 2001" is not a violation in 2001.
        between = sentence[trigger_end : lo + match.start()] if lo + match.start() > trigger_end else ""
        if re.search(r"\b\w+ed\b", between):
            continue
        return True
    return False
