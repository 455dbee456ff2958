"""When a claim happened: the dates that make it history, and the clauses that only set the scene.

"In 1950 North Korean troops crossed the border" is history; "after North Korea fired a missile in
2017 ..., it fired two more on Tuesday" opens on history and then gives the news.
"""

from __future__ import annotations

import re

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# Words that open a clause setting the scene for the news that follows.
_SCENE_WORDS = r"(?:after|following|amid|in the wake of|in response to|in retaliation for)"
_ERA = re.compile(
    r"\b(?:during|in|since the end of|after|before)\s+(?:the\s+)?(?:(?:korean|cold|vietnam|gulf|iran-iraq|"
    r"six-day|yom kippur|falklands|balkan|crimean|soviet-afghan|winter|pacific|civil) war|world war (?:i|ii|one|two|1|2)|"
    r"(?:first|second) world war|soviet era|colonial era|cold war era)\b"
)
_YEAR = re.compile(
    r"\b(?:in|during|between|of|on|from)\s+(?:(?:early|late|mid-?)\s*|the\s+(?:(?:spring|summer|autumn|fall|winter)\s+of\s+)?)?(?:" + _MONTH + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(1[89]\d\d|20\d\d)(s)?\b"
    r"|\b(1[89]\d\d|20\d\d)\s*[-–]\s*(?:1[89]|20)?\d\d\b"
    # "Between 23 and 24 September 2023": a day and a month name date the year without a preposition.
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(1[89]\d\d|20\d\d)\b"
    # "the 1989 U.S. military operation": a year naming an event.
    r"|\bthe\s+(1[89]\d\d|20\d\d)\s+(?:[\w.-]+\s+){0,3}?(?:operation|war|invasion|attack|coup|crisis|conflict|uprising|revolution|clash(?:es)?|offensive|bombing|incursion|intervention|massacre)\b"
)
_FOUR_DIGITS = re.compile(r"\d{4}")
# The same for ASCII text, twice as fast: a class of literal characters lets the engine skip ahead.
_FOUR_ASCII_DIGITS = re.compile(r"[0-9][0-9][0-9][0-9]")
_WAR_OR_ERA = re.compile(r"\b(?:war|era)\b")
_WORD = re.compile(r"\S+")
# "After a missile test in 2017, it fired two more on Tuesday": a date inside a scene-setting opening
# dates the scene; the main clause, with its own "on Tuesday" or "again", is today's news.
_SCENE_BEFORE_DATE = re.compile(r"\b" + _SCENE_WORDS + r"\b[^,;]*$")
_NOW = re.compile(
    r"\b(?:(?:on |last |this |late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tonight|"
    r"yesterday|overnight|again|this (?:week|month|morning|evening)|last (?:week|night|month))\b"
)
_SCENE_OPENING = re.compile(
    r"\W*(?:" + _SCENE_WORDS + r"|as|while|when|since|during|(?:in|on|by) (?:(?:early|late|mid-?)\s*)?(?:"
    + _MONTH + r"|1[89]\d\d|20\d\d))\b"
)
_NEW_CLAUSE = re.compile(r"[;—–]|\bbut\b")
# "in the fall of 2021, when they marked the start of a build-up", "in February 2022, immediately after
# which Russia launched its invasion": a date whose "when" or "after which" clause holds the trigger.
_DATED_CLAUSE = re.compile(r",?\s+(?:(?:immediately|shortly|soon|just)\s+)?(?:when|(?:after|before|during|following) which)\b")
# "In late 2023, Iran and Russia signed a contract for the supply of hundreds of missiles": a date that
# opens the sentence dates its main clause, however long.
_OPENING_DATE = re.compile(
    r"\W*(?:in|during|by|on)\s+(?:(?:early|late|mid-?)\s*|the (?:spring|summer|autumn|fall|winter|first|second|third|last) (?:half |quarter )?of\s+)?"
    r"(?:" + _MONTH + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?"
    r"(1[89]\d\d|20\d\d),"
)
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+$")
_OTHER_PHRASE = re.compile(r",|\b(?:following|after|before|since|than|like|unlike|compared)\b")
VERB_FIRST = re.compile(r"[a-z]+(?:ing|ed)\b")


def may_be_dated(lower: str) -> bool:
    """Whether a date or an era could be named at all; most sentences name none. Plain substring tests
    first: they cost far less than a regex over the sentence."""
    four_digits = _FOUR_ASCII_DIGITS if lower.isascii() else _FOUR_DIGITS
    return bool(four_digits.search(lower)) or (("war" in lower or "era" in lower) and bool(_WAR_OR_ERA.search(lower)))


def scene_end(lower: str, trigger_end: int) -> int | None:
    """Where the clause that holds a scene-setting trigger ends, if a new one follows in the sentence.

    "After North Korea fired a missile in 2017 that flew over Japan, it fired two more on Tuesday": an
    opening clause ends at its comma. A clause that sets the scene later in the sentence ("came a day
    after Ukraine announced it had captured ... soldiers wounded fighting") runs to the end of the
    sentence, unless "but" or a semicolon starts another ("after two days of fighting but reports said
    clashes were continuing").
    """
    ends = []
    if _SCENE_OPENING.match(lower):
        comma = lower.find(",", trigger_end)
        if comma != -1:
            ends.append(comma + 1)
    other = _NEW_CLAUSE.search(lower, trigger_end)
    if other is not None:
        ends.append(other.end())
    return min(ends) if ends else None


def historical(sentence: str, trigger_start: int, trigger_end: int, reference_year: int) -> bool:
    """Whether a date or an era before ``reference_year`` (the article's year) dates the trigger."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    if not words:
        return False
    first = next((i for i, (_, end) in enumerate(words) if end > trigger_start), len(words) - 1)
    last = next((i for i, (start, _) in enumerate(words) if start >= trigger_end), len(words))
    # Eight words before ("In 1950 North Korean troops crossed"), eight after ("fired artillery shells into
    # the sea was in December 2022").
    lo = words[max(0, first - 8)][0]
    hi = words[min(len(words), last + 8) - 1][1]
    span = sentence[lo:hi]
    for match in _YEAR.finditer(sentence, 0, trigger_start):
        year = int(match.group(1) or match.group(3) or match.group(4) or match.group(5))
        clause = _DATED_CLAUSE.match(sentence, match.end())
        if year < reference_year and clause is not None and not _NEW_CLAUSE.search(sentence, clause.end(), trigger_start):
            return True
    opening = _OPENING_DATE.match(sentence)
    if (
        opening is not None
        and int(opening.group(1)) < reference_year
        and opening.end() <= trigger_start
        and not _NEW_CLAUSE.search(sentence, opening.end(), trigger_start)
        and not _NOW.search(sentence, opening.end())
    ):
        return True
    for match in [*_ERA.finditer(span), *_YEAR.finditer(span)]:
        if match.re is _YEAR and int(match.group(1) or match.group(3) or match.group(4) or match.group(5)) >= reference_year:
            continue
        if lo + match.start() >= trigger_start and lo + match.end() <= trigger_end:
            continue  # a date inside the trigger names what is acted on: "suspended the 2018 agreement"
        if match.group().lower().startswith("since"):
            continue  # "in place since the Korean War" dates the state, not the event
        if lo + match.end() <= trigger_start and _PARTICIPLE_BEFORE.search(sentence, max(0, lo + match.start() - 20), lo + match.start()):
            continue  # "violated the ceasefire agreement signed in 2020 and amassed troops": the date is the signing's
        if lo + match.end() <= trigger_start:
            comma = sentence.find(",", lo + match.end(), trigger_start)
            if comma != -1 and _SCENE_BEFORE_DATE.search(sentence, 0, lo + match.start()) and _NOW.search(sentence, comma):
                continue
        # A participle between the trigger and the date takes the date: "violating the ceasefire
        # agreement signed in March 2001" is not a violation in 2001.
        between = sentence[trigger_end : lo + match.start()] if lo + match.start() > trigger_end else ""
        # ... unless the participle is the trigger's own: "sanctions imposed on Pyongyang in 2006".
        if re.search(r"\b\w+ed\b", between) and not (re.match(r"\s+\w+ed\b", between) and not VERB_FIRST.match(sentence, trigger_start)):
            continue
        # "the third test of a hypersonic missile, following one in September 2021": a date after a
        # comma or a word of comparison dates something else.
        if _OTHER_PHRASE.search(between):
            continue
        return True
    return False
