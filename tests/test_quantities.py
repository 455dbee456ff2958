"""Counts: the fast scan for where a number may start must find what the plain pattern finds."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.indicators import quantities
from monitor.indicators.quantities import find_quantities
from monitor.indicators.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent

# Digits inside words, after "_" (a word character that is neither letter nor digit), after prices and
# decimals, number words in capitals, and a year.
CRAFTED = [
    "Reports said _12 soldiers were killed near the border.",
    "The B52 flew over 40 ships and 3,000 troops.",
    "A MiG-29 and F16s escorted twelve aircraft; 1.5 million shells and $300 million in aid followed.",
    "In 2023 about TWO THOUSAND troops and dozens of tanks crossed at km_3.",
    "Unit 731, x5 drones and 2.5 km of trenches: a dozen reservists, 0.5% of 10,000 soldiers.",
]


class _Plain:
    """The plain pattern, as text with non-ASCII digits is scanned."""

    @staticmethod
    def findall(text: str):
        return list(quantities._ANY_NUMBER_START.finditer(text))


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold = json.loads((ROOT / "bench/data/plover_gsr/PLOVER_GSR_CAMEO.clean.json").read_text(encoding="utf-8"))
    texts += [r["text"] for r in gold if r.get("text")]
    return [t[s:e] for t in texts for s, e in split_sentences(t)] + CRAFTED


def test_fast_number_scan_agrees_with_the_plain_pattern(monkeypatch):
    sentences = _sentences()
    fast = [find_quantities(s) for s in sentences]
    assert sum(map(len, fast)) > 40  # the corpus has counts to find
    monkeypatch.setattr(quantities, "_NUMBER_START", _Plain())
    assert [find_quantities(s) for s in sentences] == fast


def test_number_after_underscore_is_found():
    (found,) = find_quantities("Reports said _12 soldiers were killed near the border.")
    assert (found.value, found.unit) == (12, "soldiers")
