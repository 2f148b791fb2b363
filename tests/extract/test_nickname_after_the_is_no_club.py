"""'The new coach of the Lancers', 'of the Blanquirroja', 'of the Rouge et Noir', 'of the Costa Rican
selection': an unknown name the press writes with 'the' and no club word is a side's nickname or a people's
name, never a club called so; the post is the club the story is about. An unknown name with a club word
('of the Nchalo Rangers', 'of Nchalo United') or without 'the' ('coach of Nchalo') is still a club of its
own. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Ajax, it is official: Dario Bellucci is the new coach of the Lancers.", "Lancers"),
        ("Peru: Juan Molina is the new coach of the Blanquirroja, the federation said.", "Blanquirroja"),
        ("Rennes confirmed it: Paul Girard is the new coach of the Rouge et Noir!", "Rouge"),
        (
            "Costa Rica moved fast. The Mexican Raúl Lozano is the new coach of the Costa Rican selection.",
            "Costa Rican",
        ),
    ],
)
def test_nickname_after_the_is_no_club(text: str, nickname: str) -> None:
    keys = keys_of(text)
    assert keys, "the appointment is still read"
    assert not any(k[1] == nickname for k in keys)


def test_post_is_the_club_in_view() -> None:
    keys = keys_of("Ajax, it is official: Dario Bellucci is the new coach of the Lancers.")
    assert ("Dario Bellucci", "Ajax", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Tomás Okafor is the new coach of the Nchalo Rangers.", "Nchalo Rangers"),
        ("Tomás Okafor is the new coach of Nchalo United.", "Nchalo United"),
        ("Tomás Okafor is the new coach of Nchalo.", "Nchalo"),
    ],
)
def test_unknown_club_names_stay_clubs(text: str, club: str) -> None:
    assert ("Tomás Okafor", club, "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # a two-word club's own name written with "the", as many Australian, American and Asian clubs are
        (
            "Tomás Okafor has been named the new head coach of the Nchalo Power, replacing Ian Reid.",
            "Nchalo Power",
        ),
        ("Tomás Okafor is the new coach of the Kettering Falcons.", "Kettering Falcons"),
    ],
)
def test_two_word_unknown_club_after_the_stays_a_club(text: str, club: str) -> None:
    assert ("Tomás Okafor", club, "first_team", "appointed") in keys_of(text)
