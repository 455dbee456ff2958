"""The regex shortcuts behind the engine's speed must find exactly what the plain patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.indicators.regexes import (
    PrefixSearch,
    _starts_at_word,
    any_required,
    holds_any,
    literal_prefixes,
    lowered,
    required_literals,
)
from monitor.indicators.taxonomy import load_taxonomy
from monitor.indicators.text import lower_same_length, split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("The U.S. and the DPRK. Special forces, IEDs and Air Strikes near the DMZ; troops were sent.")
    return [t[s:e] for t in texts for s, e in split_sentences(t)]


def test_optional_parts_give_every_prefix():
    assert literal_prefixes(re.compile(r"\bair ?strikes?\b", re.IGNORECASE)) == {
        "air strike", "air strikes", "airstrike", "airstrikes"
    }
    # Case is kept for a case-sensitive pattern, folded for a case-insensitive one.
    assert literal_prefixes(re.compile(r"(?<!x)Korea|DPRK")) == {"Korea", "DPRK"}
    assert literal_prefixes(re.compile(r"[0-9]|x", re.IGNORECASE)) == {*"0123456789", "x"}
    # Nothing literal begins a match of "\w+": unknown, not an empty set.
    assert literal_prefixes(re.compile(r"\w+ troops")) is None


def test_lowered_keeps_escapes_and_group_names():
    assert lowered(re.compile(r"(?P<Num>\d+)\s+IEDs?\b\S", re.IGNORECASE)).pattern == r"(?P<Num>\d+)\s+ieds?\b\S"
    with pytest.raises(ValueError, match="cannot lower-case"):
        lowered(re.compile(r"\x41", re.IGNORECASE))


def test_every_taxonomy_pattern_finds_the_same_matches_through_its_prefixes():
    patterns = []
    for indicator in load_taxonomy().indicators:
        for pattern in indicator.patterns:
            patterns.append(pattern.regex)
            if pattern.requires is not None:
                patterns.append(pattern.requires)
    searches = [(regex, PrefixSearch(regex)) for regex in patterns]
    assert sum(search._finder is not None for _, search in searches) > len(searches) * 0.9
    compared = 0
    for sentence in _sentences():
        lower = lower_same_length(sentence)
        for regex, search in searches:
            expected = [m.span() for m in regex.finditer(sentence)]
            assert [m.span() for m in search.findall(lower)] == expected, (regex.pattern, sentence)
            first = regex.search(sentence)
            found = search.search(lower)
            assert (found.span() if found else None) == (first.span() if first else None)
            compared += bool(expected)
    assert compared > 50  # the sentences do exercise the patterns


def test_overlapping_prefixes_are_all_tried():
    # "special forces" is tried first and fails; "forces" inside it must still be found.
    search = PrefixSearch(re.compile(r"\b(?:special forces(?= unit)|forces)\b", re.IGNORECASE))
    assert search.search("the special forces left").span() == (12, 18)
    assert [m.span() for m in search.findall("forces, special forces")] == [(0, 6), (16, 22)]


def test_bounded_search_respects_endpos():
    search = PrefixSearch(re.compile(r"\bafter\s+\S+\s*$", re.IGNORECASE))
    text = "after talks the army attacked"
    assert search.search(text, 0, 12).span() == (0, 12)
    assert search.search(text, 0, len(text)) is None


def test_required_literals_are_read_from_the_parsed_pattern():
    assert required_literals(re.compile(r"\bfired\s+(?:a|two)\s+(?:ballistic\s+)?missiles?\b")) == (("fired",), ("missile",))
    # An alternation needs one of its branches; a branch that needs nothing makes it need nothing.
    assert required_literals(re.compile(r"(?:troops|soldiers) (?:massed|gathered)")) == (
        ("soldiers", "troops"), ("gathered", "massed")
    )
    assert required_literals(re.compile(r"sent (?:troops|\w+)")) == (("sent ",),)
    # Look-arounds and optional parts consume nothing that every match has; "troops" holds "troop".
    assert required_literals(re.compile(r"(?<!peace)keeping (?:troops|troop)(?! withdrawal)(?: home)?")) == (
        ("keeping troop",),
    )
    assert required_literals(re.compile(r"(?:sent|dispatched) (?:more )?(?:troops|forces)")) == (
        ("dispatched", "sent"), ("forces", "troops")
    )
    # A case-insensitive pattern would need case folding: nothing is promised for it, nor for a group
    # that ignores case inside a case-sensitive one.
    assert required_literals(re.compile(r"fired", re.IGNORECASE)) == ()
    assert required_literals(re.compile(r"(?i:Fired) at (?:troops|forces)")) == ((" at ",), ("forces", "troops"))


def test_every_match_of_every_taxonomy_pattern_holds_its_required_literals():
    """The engine skips a pattern on a sentence that lacks one of its required strings, so a string
    wrongly thought required would lose hits."""
    regexes = []
    for indicator in load_taxonomy().indicators:
        for pattern in indicator.patterns:
            regexes.append(lowered(pattern.regex))
    texts = [*_sentences(), *(example for indicator in load_taxonomy().indicators for example in indicator.examples)]
    checked = 0
    for regex in regexes:
        clauses = required_literals(regex)
        for text in texts:
            for match in regex.finditer(lower_same_length(text)):
                assert all(any(literal in match.group() for literal in clause) for clause in clauses), (regex.pattern, text)
                checked += bool(clauses)
    assert checked > 100


def test_any_required_names_a_string_of_every_match_and_refuses_a_pattern_that_needs_none():
    words = any_required(re.compile(r"\b(?:casualties|losses|death toll)\b"), re.compile(r"\bkilling of\b"))
    assert words == ("casualties", "death toll", "killing of", "losses")
    assert holds_any("heavy losses were reported", words) and not holds_any("troops were sent", words)
    with pytest.raises(ValueError, match="nothing is required"):
        any_required(re.compile(r"\w+ed\b"))


@pytest.mark.parametrize(
    ("pattern", "at_word"),
    [
        (r"\bfired", True),
        (r"(?<!-)\bthreaten", True),  # a look-behind first: the \b still holds where the match starts
        (r"(?:\bsaid|\bsays)", True),
        (r"(?:\bsaid|n't)", False),  # "n't" starts inside a word
        (r"[0-9]|\bone\b", False),
        (r"fired\b", False),
    ],
)
def test_a_pattern_is_looked_for_at_word_starts_only_when_every_match_begins_one(pattern, at_word):
    from re import _parser as sre_parse

    assert _starts_at_word(list(sre_parse.parse(pattern))) is at_word
    # Either way, PrefixSearch finds what the plain pattern finds.
    text = "it didn't fire; one said 12 were fired, then threatened: anti-threaten isn't one"
    search = PrefixSearch(re.compile(pattern), lower=False)
    assert [m.span() for m in search.findall(text)] == [m.span() for m in re.finditer(pattern, text)]
