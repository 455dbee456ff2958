"""Country mentions: names, demonyms, capitals and aliases resolved to ISO 3166-1 alpha-3 codes (and
XKX for Kosovo, which ISO 3166-1 leaves out).

pycountry is the base list (every ISO name, common and official name); regular demonyms are derived
from those names, and ``actors.toml`` adds the aliases, capitals and irregular demonyms that cannot be
derived. A derived form that two countries would share (Niger/Nigeria -> "Nigerian") is dropped, so a
guess never overrides the alias table.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import NamedTuple

import pycountry

from .regexes import trie_pattern


class Mention(NamedTuple):
    start: int
    end: int
    code: str
    text: str


def _short_names(country) -> set[str]:
    names = set()
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        # "Korea, Republic of" is how lists sort names, never how news writes them.
        if value and "," not in value:
            names.add(value)
    return names


def _derived_demonyms(name: str) -> set[str]:
    if " " in name or len(name) < 4:
        return set()
    if name.endswith("a"):
        stems = {name + "n"}  # Russia -> Russian, Korea -> Korean
    elif name.endswith(("q", "el")) or name.endswith("stan"):
        stems = {name + "i"}  # Iraq -> Iraqi, Israel -> Israeli, Pakistan -> Pakistani
    elif name.endswith("e"):
        stems = {name[:-1] + "ian"}  # Ukraine -> Ukrainian
    elif name[-1] in "nlr":
        stems = {name + "ian"}  # Iran -> Iranian, Brazil -> Brazilian
    else:
        return set()
    return stems | {s + "s" for s in stems}


def _load_aliases() -> dict:
    text = resources.files("monitor.indicators").joinpath("actors.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


class Gazetteer:
    """Finds country mentions in a sentence. Build once per process: it compiles one large regex."""

    def __init__(self) -> None:
        data = _load_aliases()
        names: dict[str, str] = {}
        derived: dict[str, set[str]] = {}
        for country in pycountry.countries:
            for name in _short_names(country):
                names.setdefault(name, country.alpha_3)
                for form in _derived_demonyms(name):
                    derived.setdefault(form, set()).add(country.alpha_3)
        for form, codes in derived.items():
            if len(codes) == 1 and form not in names:
                names[form] = next(iter(codes))
        # The alias table is written by people and wins over anything derived.
        for code, aliases in data["aliases"].items():
            for alias in aliases:
                names[alias] = code
        # News copy sets apostrophes in either form: "People’s Liberation Army", "Côte d’Ivoire".
        for name in [name for name in names if "'" in name]:
            names.setdefault(name.replace("'", "’"), names[name])
        self.names = names
        # A trie-shaped regex: a thousand names cost little more than a dozen. It starts with the names
        # themselves, so that the regex engine skips ahead to their first letters (mostly capitals,
        # rare in text); the look-behind it would need, (?<![\w.]), is checked in `mentions`.
        self._names = re.compile(rf"{trie_pattern(list(names))}(?!\w)")
        korean = data["korean_context"]
        self._korean_trigger = re.compile(r"\b(?:" + "|".join(map(re.escape, korean["trigger"])) + r")\b")
        self._north, self._south = korean["north"], korean["south"]
        self._korean_sides = re.compile(r"\b(?:[Tt]he (North|South)\b(?! Korea)|(North)(?= and South Korea))")

    def korean_context(self, text: str) -> bool:
        """Whether "the North" and "the South" in ``text`` mean the two Koreas."""
        # Only a capitalised North or South can be read that way; most texts have neither.
        return ("North" in text or "South" in text) and bool(self._korean_trigger.search(text))

    def mentions(self, sentence: str, korean: bool = False) -> list[Mention]:
        names, search = self.names, self._names.search
        found = []
        pos = 0
        while (m := search(sentence, pos)) is not None:
            start = m.start()
            before = sentence[start - 1] if start else " "
            if before.isalnum() or before in "_.":  # inside a word, or "U.S." read from its "S."
                pos = start + 1
                continue
            name = m.group()
            found.append(Mention(start, m.end(), names[name], name))
            pos = m.end()
        if korean and ("North" in sentence or "South" in sentence):
            for m in self._korean_sides.finditer(sentence):
                side = m.group(1) or m.group(2)
                code = self._north if side == "North" else self._south
                start = m.start(1) if m.group(1) else m.start(2)
                found.append(Mention(start, m.end(), code, m.group()))
            found.sort(key=lambda mention: mention.start)
        return found
