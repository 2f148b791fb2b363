"""Literal alternations compiled as a character trie.

Python's `re` tries the branches of `a|b|c` one after another at every position; a pattern
shaped like a trie (`ap(?:point|proach)|…`) rejects a position after a character or two.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex source matching exactly the given literals, longest alternatives first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
