"""Numbers with their units: "1.4 million of its citizens", "approximately 10,000 artillery pieces".

Only counts of something an analyst tracks (troops, weapons, people) are kept; years, hours and money
are not quantities of an indicator. Vague amounts ("dozens of soldiers") keep their text and unit with
no number, because a made-up number is worse than none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .regexes import PrefixSearch, lowered, trie_pattern
from .text import lower_same_length

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "a thousand": 1000,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
_VAGUE = r"dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions|scores|several|numerous|a few"

# Units, longest first so "artillery pieces" wins over "artillery".
_UNIT_WORDS = """
troops soldiers servicemen personnel reservists conscripts recruits volunteers fighters militants rebels
guerrillas guerillas insurgents mercenaries marines sailors officers commanders hackers specialists advisers
workers engineers civilians citizens people students refugees prisoners detainees hostages residents
casualties deaths dead wounded defectors deserters diplomats inspectors peacekeepers shells rounds missiles
rockets drones tanks vehicles aircraft jets warplanes helicopters ships warships vessels submarines launchers
guns howitzers warheads containers tons tonnes balloons leaflets weapons artillery soldier troop men
incursions intrusions violations sorties
"""
_UNIT_PHRASES = ("artillery pieces", "artillery shells", "artillery rounds", "artillery systems",
                 "armoured vehicles", "armored vehicles")
_UNITS = sorted(set(_UNIT_WORDS.split()) | set(_UNIT_PHRASES), key=len, reverse=True)

_WORDS = [k for k in _WORD_NUMBERS if " " not in k]
_NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|billion|bn|m|k)\b)?"
    r"|(?P<word>a dozen|a hundred|a thousand|" + trie_pattern(_WORDS) + r")\b"
    r"(?:\s+(?P<wscale>thousand|million|billion))?"
    r"|(?P<vague>" + _VAGUE + r")"
)
# Between the number and its unit: "of its", adjectives and demonyms ("North Korean"), at most three words.
_FILLER = r"(?:\s+(?:of\s+)?(?:its|their|the|his|her)?)?(?:\s+[\w'’-]+){0,3}?"
# Every pattern runs on the lower-cased sentence (`lowered`), where the regex engine need not fold case.
_FROM_NUMBER = lowered(re.compile(
    r"(?:" + _NUMBER + r")" + _FILLER + r"\s+(?:of\s+)?(?P<unit>" + trie_pattern(_UNITS) + r")\b",
    re.IGNORECASE,
))
_QUALIFIER_BEFORE = lowered(re.compile(
    r"(?:at least|at most|about|around|approximately|roughly|nearly|almost|more than|over|up to|some|"
    r"an estimated|as many as|fewer than|less than|close to)\s+$",
    re.IGNORECASE,
))
# Where a number can start: a digit, or a number word. Scanning for these first spares the full pattern
# the many positions where no number begins; PrefixSearch finds them by their first characters, which it
# can only do for ASCII digits, so text with other digits takes the plain pattern. A digit after a letter
# or a digit starts no number (see find_quantities), so only digits that start a word are looked for,
# which lets the scan rule out the middle of words; ASCII text holding "_" (a word character that is not
# a letter or a digit) takes the plain pattern too.
_NUMBER_WORD_START = r"\b(?:a dozen|a hundred|a thousand|" + trie_pattern(_WORDS + _VAGUE.split("|")) + r")\b"
_NUMBER_START = PrefixSearch(re.compile(r"(?:\b[0-9]|" + _NUMBER_WORD_START + ")", re.IGNORECASE))
_ANY_NUMBER_START = lowered(re.compile(r"\d|" + _NUMBER_WORD_START, re.IGNORECASE))


class Quantity(NamedTuple):
    start: int
    end: int
    value: int | None
    text: str
    unit: str


def _value(match: re.Match[str]) -> int | None:
    if match.group("num"):
        number = float(match.group("num").replace(",", ""))
        scale = match.group("scale")
        if scale:
            number *= _SCALES[scale.lower()]
        elif 1800 <= number <= 2100 and "," not in match.group("num") and "." not in match.group("num"):
            return None  # a year, not a count
        return int(round(number))
    if match.group("word"):
        number = _WORD_NUMBERS[match.group("word").lower()]
        if match.group("wscale"):
            number *= _SCALES[match.group("wscale").lower()]
        return number
    return None


def find_quantities(sentence: str, lower: str | None = None) -> list[Quantity]:
    """Every count in ``sentence``; ``lower`` is the same sentence lower-cased, if already at hand."""
    lower = lower_same_length(sentence) if lower is None else lower
    found: list[Quantity] = []
    end = 0
    tokens = _NUMBER_START.findall(lower) if lower.isascii() and "_" not in lower else _ANY_NUMBER_START.finditer(lower)
    for token in tokens:
        start = token.start()
        if start < end or (start and (sentence[start - 1].isalnum() or sentence[start - 1] in "$£€.,")):
            continue  # inside the previous number, or part of a word, a price or a decimal
        match = _FROM_NUMBER.match(lower, start)
        if match is None or (match.group("num") and _value(match) is None):
            continue
        qualifier = _QUALIFIER_BEFORE.search(lower, max(0, start - 25), start)
        begin = qualifier.start() if qualifier else start
        number_end = max(match.end(g) for g in ("num", "scale", "word", "wscale", "vague") if match.group(g))
        found.append(Quantity(begin, match.end(), _value(match), sentence[begin:number_end], match.group("unit")))
        end = match.end()
    return found


def nearest_quantity(quantities: list[Quantity], trigger_start: int, trigger_end: int) -> Quantity | None:
    """The count closest to the trigger: the numbers of one sentence usually describe its one event."""
    best, best_distance = None, None
    for q in quantities:
        distance = 0 if q.start < trigger_end and trigger_start < q.end else min(abs(q.start - trigger_end), abs(trigger_start - q.end))
        if best_distance is None or distance < best_distance:
            best, best_distance = q, distance
    return best
