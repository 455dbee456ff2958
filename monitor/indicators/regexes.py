"""Regex tools that make Python's backtracking engine cheap on many words.

Python's `re` only skips ahead quickly when a pattern starts with a literal or a set of case-sensitive
characters; a leading ``\\b``, a look-behind or ``re.IGNORECASE`` makes it attempt a full match at every
position of the text. Everything here exists to give it that fast start:

* `trie_pattern`: many literal words as one prefix-factored alternation;
* `literal_prefixes`: the literal strings one of which begins every match of a pattern, read from
  the parsed regex;
* `lowered`: the same pattern for lower-cased text, so that no case folding happens per character;
* `PrefixSearch`: `search` done as "find where a match could start (fast), then `match` there";
* `required_literals`: strings every match must contain, so that a sentence lacking them is ruled
  out by a substring test instead of a match attempt (`any_required` for a few patterns).
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse

_PREFIX_LIMIT = 24
_MAX_PREFIXES = 5000


def trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, factored by common prefix.

    Python's regex engine tries a flat alternation's branches one by one at every position; a trie
    ("mobili|mobilis" -> "mobili(?:s)?") rules most out after the first letter, several times faster.
    The longest word wins, because each optional tail is greedy.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return "(?:" + build(trie) + ")"


@cache
def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which begins every match of ``pattern``; None if unknown.

    Lower-cased when the pattern ignores case. Cached, like `lowered`: the taxonomy, the cue index and
    the engine all ask about the same compiled patterns, and each answer costs a parse.
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    fold = str.lower if pattern.flags & re.IGNORECASE else str
    found = _prefixes(list(parsed), fold)
    if found is None or any(not prefix for prefix, _ in found):
        return None
    return frozenset(prefix for prefix, _ in found)


def _prefixes(items, fold) -> set[tuple[str, bool]] | None:
    """(prefix, open) pairs: open means the prefix may still grow with what follows."""
    results = {("", True)}
    for op, av in items:
        if not any(is_open for _, is_open in results):
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # \b and look-arounds consume nothing
        if op is sre.LITERAL:
            step = {(fold(chr(av)), True)}
        elif op is sre.IN and all(o is sre.LITERAL or (o is sre.RANGE and a[1] - a[0] < 64) for o, a in av):
            step = set()
            for o, a in av:
                chars = (a,) if o is sre.LITERAL else range(a[0], a[1] + 1)
                step |= {(fold(chr(c)), True) for c in chars}
        elif op is sre.SUBPATTERN:
            step = _prefixes(list(av[-1]), fold)
        elif op is sre.BRANCH:
            step = set()
            for branch in av[1]:
                sub = _prefixes(list(branch), fold)
                if sub is None:
                    return None
                step |= sub
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            sub = _prefixes(list(av[2]), fold)
            step = None if sub is None else {(prefix, False) for prefix, _ in sub}
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[:2] == (0, 1):
            # An optional part ("strikes?", "air ?strike"): the text goes on with it or without it.
            sub = _prefixes(list(av[2]), fold)
            step = None if sub is None else sub | {("", True)}
        else:
            step = {("", False)}  # anything else ends what can be known
        if step is None:
            return None
        grown = set()
        for prefix, is_open in results:
            if not is_open or len(prefix) >= _PREFIX_LIMIT:
                grown.add((prefix, False))
                continue
            for more, still_open in step:
                grown.add((prefix + more, still_open))
        results = grown
        if len(results) > _MAX_PREFIXES:
            return {(prefix, False) for prefix, _ in results}
    return results


_REQUIRED_MIN = 3  # shorter literals ("a ", "of") are in nearly every sentence


@cache
def required_literals(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """What every match of ``pattern`` contains: a tuple of clauses, each a tuple of strings one of
    which is in the match ("fired ... missile" needs "missile" or "missiles" or ...).

    A necessary condition only, read from the parsed regex like `literal_prefixes`: look-arounds and
    optional parts add nothing, a group or a repeat of at least one adds its own clauses, and an
    alternation one clause made of each branch's longest. Nothing for a case-insensitive pattern,
    which would need case folding; run it `lowered`.
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return ()
    clauses = dict.fromkeys(tuple(sorted(_shortest(clause))) for clause in _required(list(parsed)))
    return tuple(clauses)


def _shortest(clause: frozenset[str]) -> frozenset[str]:
    """The clause without the strings that hold another of its strings ("troops" holds "troop")."""
    return frozenset(s for s in clause if not any(other != s and other in s for other in clause))


def _required(items) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    run: list[str] = []  # adjacent literal characters

    def flush() -> None:
        if len(run) >= _REQUIRED_MIN:
            found.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.AT:
            continue  # \b consumes nothing: the literals either side of it are adjacent
        flush()
        if op is sre.SUBPATTERN:
            # A group that ignores case ("(?i:Fired)") holds its literals in any case: nothing promised.
            if not av[1] & re.IGNORECASE:
                found += _required(list(av[-1]))
        elif op is sre.BRANCH:
            longest = []
            for branch in av[1]:
                sub = _required(list(branch))
                if not sub:
                    break  # a branch that needs nothing: the alternation needs nothing
                longest.append(max(sub, key=lambda clause: (min(map(len, clause)), -len(clause))))
            else:
                found.append(frozenset().union(*longest))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found += _required(list(av[2]))
    flush()
    return found


def any_required(*patterns) -> tuple[str, ...]:
    """Strings one of which is in any text that one of ``patterns`` (compiled, or `PrefixSearch`) matches:
    of each, the clause of `required_literals` with the fewest strings. A sentence holding none of them
    can skip the patterns."""
    found: list[str] = []
    for pattern in patterns:
        pattern = pattern.regex if isinstance(pattern, PrefixSearch) else pattern
        clauses = required_literals(pattern)
        if not clauses:
            raise ValueError(f"nothing is required by {pattern.pattern!r}")
        found += min(clauses, key=len)
    return tuple(sorted(_shortest(frozenset(found))))


def holds_any(text: str, strings: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``strings`` (a loop, cheaper than ``any()`` over a generator)."""
    for string in strings:
        if string in text:
            return True
    return False


@cache
def lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (case-insensitive) rewritten for lower-cased text, and compiled case-sensitively.

    Letters outside escapes and group names are lower-cased ("IEDs?" -> "ieds?"); escapes keep their
    meaning ("\\S", "\\b"). Matching the result against ``lower_same_length(text)`` finds what
    ``pattern`` finds in ``text``, at the same offsets.
    """
    source, out, i = pattern.pattern, [], 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
        elif source.startswith(("(?P<", "(?P="), i):
            close = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i : close + 1])
            i = close + 1
        else:
            out.append(source[i].lower())
            i += 1
    compiled = re.compile("".join(out), pattern.flags & ~re.IGNORECASE)
    upper = _upper_literal(sre_parse.parse(compiled.pattern, compiled.flags))
    if upper:
        raise ValueError(f"cannot lower-case {pattern.pattern!r}: it still needs {upper!r}")
    return compiled


def _upper_literal(items) -> str | None:
    """A literal capital left in a parsed pattern (an escape such as "\\x41"), which lower text lacks."""
    for op, av in items:
        if op is sre.LITERAL and chr(av) != chr(av).lower():
            return chr(av)
        if op is sre.IN:
            found = _upper_literal(av)
        elif op in (sre.SUBPATTERN, sre.MAX_REPEAT, sre.MIN_REPEAT, sre.ASSERT, sre.ASSERT_NOT):
            found = _upper_literal(av[-1])
        elif op is sre.BRANCH:
            found = next((c for branch in av[1] if (c := _upper_literal(branch))), None)
        else:
            found = None
        if found:
            return found
    return None


def _starts_at_word(items) -> bool:
    """Whether every match of the parsed pattern ``items`` begins where ``\\b`` holds: a ``\\b`` among
    its leading zero-width items, or at the start of every branch of a leading group."""
    for op, av in items:
        if op is sre.AT:
            if av is sre.AT_BOUNDARY:
                return True
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the \\b may still follow at the same place
        if op is sre.SUBPATTERN:
            return _starts_at_word(list(av[-1]))
        if op is sre.BRANCH:
            return all(_starts_at_word(list(branch)) for branch in av[1])
        return False
    return False


class PrefixSearch:
    """``search`` and ``finditer`` for a pattern that Python's engine cannot start quickly.

    A trie of the pattern's literal prefixes (case-sensitive, so the engine skips ahead on its first
    characters) finds each place a match could begin; the pattern is then tried there with ``match``.
    The first success is the leftmost match, the one ``search`` would return. It pays when few
    characters can start a match (capitals, digits, a handful of letters); when nearly every letter
    can, a leading ``\\b`` rules positions out faster, and the plain pattern is better.

    With ``lower`` (the default), ``pattern`` is case-insensitive and is run, `lowered`, on text
    lower-cased by `lower_same_length`.
    """

    __slots__ = ("regex", "_finder")

    def __init__(self, pattern: re.Pattern[str], lower: bool = True) -> None:
        self.regex = lowered(pattern) if lower else pattern
        prefixes = literal_prefixes(pattern)
        # A pattern whose every match starts a word is looked for at word starts only: the regex
        # engine rules out the middle of a word faster than it tries the prefixes there.
        boundary = r"\b" if _starts_at_word(list(sre_parse.parse(pattern.pattern, pattern.flags))) else ""
        self._finder = re.compile(boundary + trie_pattern(sorted(prefixes))) if prefixes else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        finder = self._finder
        if finder is None:
            return self.regex.search(text, pos, end)
        match_at = self.regex.match
        while True:
            candidate = finder.search(text, pos, end)
            if candidate is None:
                return None
            start = candidate.start()
            found = match_at(text, start, end)
            if found is not None:
                return found
            pos = start + 1  # prefixes may overlap ("special forces", "forces")

    def findall(self, text: str, endpos: int | None = None) -> list[re.Match[str]]:
        """The matches ``re.finditer`` would give, for a pattern that never matches the empty string."""
        end = len(text) if endpos is None else endpos
        finder = self._finder
        if finder is None:
            return list(self.regex.finditer(text, 0, end))
        found, pos = [], 0
        search, match_at = finder.search, self.regex.match
        while (candidate := search(text, pos, end)) is not None:
            start = candidate.start()
            match = match_at(text, start, end)
            if match is None:
                pos = start + 1
            else:
                found.append(match)
                pos = match.end()
        return found
