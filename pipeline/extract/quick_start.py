"""Regexes that reject most positions of a scan at once.

`re.search` tries a pattern at every position of the text. It skips ahead quickly only when the pattern
opens on a literal or a letter class, and not at all under IGNORECASE or after a `\\b` or a lookbehind:
then a long alternation (`\\b(?:caretaker|interim|acting|…)`) is tried in full at every character.
`compile_quick` prepends a lookahead for the characters a match can start with (`(?=[cia…])`), read
from the parsed pattern: a position whose character is not one of them fails at once. The pattern's
matches are the same, since no match can start anywhere else.
"""

from __future__ import annotations

import re

try:  # the parser and its opcodes: no public API exposes the parse tree, so a Python without them
    from re import _constants as sre  # gets the plain patterns (same matches, no speed-up)
    from re import _parser
except ImportError:  # pragma: no cover - CPython has had both since 3.11
    sre = _parser = None

# a lookahead over more characters than this skips too few positions to pay for itself
_MAX_FIRST_CHARS = 80
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre else ()
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()


def compile_quick(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, opened by a lookahead for the characters its matches start with
    when those are few and known (else the plain pattern)."""
    if _parser is None:
        return re.compile(source, flags)
    parsed = _parser.parse(source, flags)
    first, can_be_empty = _sequence(parsed.data, parsed.state.flags & re.IGNORECASE)
    if (
        first is None
        or can_be_empty
        or len(first) > _MAX_FIRST_CHARS
        or parsed.state.flags != flags | re.UNICODE
    ):
        return re.compile(source, flags)  # (inline global flags, "(?i)…", must stay at the start)
    chars = "".join(f"\\U{c:08x}" for c in sorted(first))
    closing = "\n)" if flags & re.VERBOSE else ")"  # (a verbose pattern may end on a comment)
    return re.compile(f"(?=[{chars}])(?:{source}{closing}", flags)


def _item_first_chars(op: object, av: object, ignorecase: int) -> tuple[set[int] | None, bool]:
    """(the code points one item can start with, whether it can match the empty string)."""
    if op in _ZERO_WIDTH:
        return set(), True  # "\b", "^", a lookaround: the next item starts the match
    if op is sre.LITERAL:
        return {av}, False
    if op is sre.IN:
        return _class_chars(av), False
    if op is sre.SUBPATTERN:
        _, add_flags, _, body = av
        if add_flags & re.IGNORECASE and not ignorecase:
            return None, False  # "(?i:…)" in a case-sensitive pattern: other cases would start it too
        return _sequence(body.data, ignorecase)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, ignorecase)
    if op is sre.BRANCH:
        first: set[int] = set()
        any_empty = False
        for branch in av[1]:
            chars, empty = _sequence(branch.data, ignorecase)
            if chars is None:
                return None, False
            first |= chars
            any_empty = any_empty or empty
        return first, any_empty
    if op in _REPEATS:
        low, _, body = av
        chars, empty = _sequence(body.data, ignorecase)
        return chars, empty or low == 0
    return None, False  # any character, a category ("\w"), a back-reference: not known


def _sequence(items: list, ignorecase: int) -> tuple[set[int] | None, bool]:
    """(first code points, can be empty) of a sequence of items."""
    first: set[int] = set()
    for op, av in items:
        chars, empty = _item_first_chars(op, av, ignorecase)
        if chars is None:
            return None, False
        first |= chars
        if not empty:
            return first, False
    return first, True


def _class_chars(items: list) -> set[int] | None:
    """The code points of a character class, None when negated, a category or a wide range."""
    chars: set[int] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(av)
        elif op is sre.RANGE and av[1] - av[0] < _MAX_FIRST_CHARS:
            chars.update(range(av[0], av[1] + 1))
        else:
            return None
    return chars
