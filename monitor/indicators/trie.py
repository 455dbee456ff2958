"""Regexes for many literal words."""

from __future__ import annotations

import re


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
