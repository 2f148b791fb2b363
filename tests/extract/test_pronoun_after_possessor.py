"""An object pronoun in a clause hung on a possessor ('X was named as Y's successor, months after C
sacked him'): Y is only the possessor in X's clause, so 'him' is X, the sentence's subject."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Gladbach have a new coach. Marco Brandt was named as Daniel Farke's successor in May, "
            "seven months after VfL Wolfsburg sacked him.",
            ("Marco Brandt", "VfL Wolfsburg", "first_team", "dismissed"),
        ),
        (
            "Malmö FF have found their coach. Anna Berg was appointed as Ivo Lind's replacement in May, "
            "a year after Hammarby dismissed her.",
            ("Anna Berg", "Hammarby IF", "women", "dismissed"),  # "her": a woman, so the women's side
        ),
        (
            "Genoa move quickly. Marco Rossi has been confirmed as Luca Bianchi's successor, two seasons "
            "after Torino fired him.",
            ("Marco Rossi", "Torino", "first_team", "dismissed"),
        ),
    ],
)
def test_object_pronoun_after_possessor_is_the_subject(text: str, fact: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert fact in keys
    possessor = text.split(" as ")[1].split("'s ")[0]
    assert (possessor, *fact[1:]) not in keys


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # no possessor: the man named last is an object of the subject's verb, 'him' stays with him
        (
            "Gerardo Seoane replaced Daniel Farke in June, eight months after Bayer Leverkusen sacked him.",
            ("Daniel Farke", "Bayer Leverkusen", "first_team", "dismissed"),
        ),
        # a relative clause on the possessor's own name is his
        (
            "Gerardo Seoane was named as the successor of Daniel Farke, who left after Bayer Leverkusen "
            "sacked him.",
            ("Daniel Farke", "Bayer Leverkusen", "first_team", "dismissed"),
        ),
    ],
)
def test_no_possessor_keeps_the_man_named_last(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in keys_of(text)
