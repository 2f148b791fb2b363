"""A post handed to a coach with its club named inside it (sentences of our own): 'X was handed the C
job', 'given the C head coach role'; not a shirt or a task handed to a player."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Former Barnsley boss Tom Reid was handed the Hartlepool United job in 2020.",
        "Tom Reid has been given the Hartlepool United job until the end of the season.",
        "Tom Reid, 45, was given the Hartlepool United head coach role last summer.",
        "Tom Reid was handed the vacant Hartlepool United job on Monday.",
    ],
)
def test_post_handed_with_its_club(text: str) -> None:
    assert ("Tom Reid", "Hartlepool United", "first_team", "appointed") in keys_of(text)


def test_national_job_handed() -> None:
    keys = keys_of("Tom Reid was handed the Wales job in 2020.")
    assert ("Tom Reid", "Wales", "national", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hartlepool United captain Tom Reid was given the number 10 shirt.",
        "Hartlepool United striker Tom Reid was handed the captain's armband.",
    ],
)
def test_a_players_shirt_is_no_post(text: str) -> None:
    assert not any(k[3] == "appointed" for k in keys_of(text))


def test_a_title_before_a_post_noun_is_the_post_not_a_man() -> None:
    text = "Former Barnsley boss Tom Reid has been given the Hartlepool United manager's job."
    keys = keys_of(text)
    assert ("Tom Reid", "Hartlepool United", "first_team", "appointed") in keys
    assert ("Tom Reid", "Barnsley", "first_team", "in_charge") in keys


def test_a_title_before_other_words_still_means_the_man() -> None:
    text = (
        "Hartlepool United manager Tom Reid was sacked on Monday. The Hartlepool United manager's post-match "
        "comments on Saturday had angered the board."
    )
    assert ("Tom Reid", "Hartlepool United", "first_team", "dismissed") in keys_of(text)
