"""`_standalone_spans`: where a surname stands alone in a sentence, found by `str.find` with the same spans
the per-surname regex gave."""

from __future__ import annotations

import itertools
import re

import pytest

from pipeline.extract.coreference import _standalone_spans


def _regex_spans(word: str, text: str) -> list[tuple[int, int]]:
    """The spans of the regex `_standalone_spans` stands in for."""
    standalone = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])(?!['’](?!s\b))")
    return [m.span() for m in standalone.finditer(text)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Arena joined the club; Arena's side won.", [(0, 5), (23, 28)]),  # alone, and with a possessive
        ("Arena’s men lost", [(0, 5)]),  # the curly apostrophe's possessive too
        ("the Arenas and the Arena-style ground", []),  # inside a longer word, a hyphenated one
        ("Bell-Arena left; O'Arena stayed", []),  # after a hyphen, an apostrophe
        ("Arena'd said so; Arena'sa", []),  # an apostrophe but no possessive 's' ending its word
        ("ArenaArena Arena", [(11, 16)]),
        ("Arena_2 Arena2 Arena.", [(15, 20)]),  # '_' and digits are word characters
        ("", []),
    ],
)
def test_spans_of_a_standalone_word(text: str, spans: list[tuple[int, int]]) -> None:
    assert list(_standalone_spans("Arena", text)) == spans


def test_same_spans_as_the_regex_on_every_short_text() -> None:
    # every text of up to 5 characters over the characters the boundaries look at
    alphabet = "as'’-_é."
    for word in ("as", "a's", "s-a"):
        for size in range(6):
            for chars in itertools.product(alphabet, repeat=size):
                text = "".join(chars)
                assert list(_standalone_spans(word, text)) == _regex_spans(word, text), (word, text)
