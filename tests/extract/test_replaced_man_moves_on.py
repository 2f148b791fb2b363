"""'X succeeds Y, who joins C', 'replaces Y, who moves to C', 'successor to Y, who leaves the coast for C',
'takes the place of Y, who went to C', translated 'succeeds Y, passed to C', 'replaces Y, gone to C': the man
replaced went on to coach C, his appointment there (besides his exit from the post X takes).
Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Burnley have appointed Tomas Reid as head coach. Reid succeeds Mats Holm, who joins "
            "Sheffield United.",
            "Mats Holm",
            "Sheffield United",
        ),
        (
            "Norwich City named Ivo Brandt as manager on Friday, replacing Pedro Lema, who moves to Watford.",
            "Pedro Lema",
            "Watford",
        ),
        (
            "Feyenoord have named Jan Kuipers as successor to Dirk Maas, who moves to PSV Eindhoven.",
            "Dirk Maas",
            "PSV Eindhoven",
        ),
        (
            "Lorient have hired Paul Girard. The Breton replaces Marc Vidal, who leaves the Atlantic coast "
            "for Lille.",
            "Marc Vidal",
            "Lille",
        ),
        (
            "Cadiz appointed Ruben Sola. He takes over from the Argentine Hugo Ponce, who has since "
            "taken over Racing Club.",
            "Hugo Ponce",
            "Racing Club",
        ),
        (
            "Reid had taken over in March from Lars Dahl, who moved to Celtic.",
            "Lars Dahl",
            "Celtic",
        ),
        (
            "Pescara have chosen Gino Rossetti. He takes the place of Aldo Ferri, who went to Cremonese.",
            "Aldo Ferri",
            "Cremonese",
        ),
        (
            "Pescara have chosen Gino Rossetti, who succeeds Aldo Ferri, passed to Cremonese in June.",
            "Aldo Ferri",
            "Cremonese",
        ),
        (
            "Pescara have chosen Gino Rossetti. Rossetti replaces Aldo Ferri, gone to Cremonese after the "
            "promotion.",
            "Aldo Ferri",
            "Cremonese",
        ),
        (
            "Pescara have chosen Gino Rossetti. He takes the place of Aldo Ferri, who on Monday agreed the "
            "termination of his contract and passed to Cremonese.",
            "Aldo Ferri",
            "Cremonese",
        ),
    ],
)
def test_the_replaced_man_is_appointed_where_he_went(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "appointed") in keys_of(text, "2024-06-20")


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        # a player signed to replace another, who had moved on: no coach moved on
        ("Ajax signed striker Mats Holm to replace Lars Dahl, who joined Celtic in January.", "Lars Dahl"),
        # the man replaced was sacked there, he did not move on to the club
        ("Reid succeeds Mats Holm, who was sacked by Sheffield United in May.", "Mats Holm"),
        # the man replaced on the pitch went to the bench, not to a club
        ("Tomas Reid replaced the injured Mats Holm, who moved to the bench.", "Mats Holm"),
        # the gerund after the man replaced is the subject's move, not his
        (
            "Pescara have chosen Gino Rossetti. Rossetti replaced Aldo Ferri, moving to Cremonese.",
            "Aldo Ferri",
        ),
        # he went there as a player, long before
        (
            "Pescara have chosen Gino Rossetti. Rossetti replaced Aldo Ferri, who went to Cremonese as a "
            "player in 1990.",
            "Aldo Ferri",
        ),
        # he went to a ground, not to a club
        (
            "Pescara have chosen Gino Rossetti. He replaced Aldo Ferri, who went to Wembley with the team.",
            "Aldo Ferri",
        ),
    ],
)
def test_no_move_read_without_a_replaced_coach_moving_to_a_club(text: str, coach: str) -> None:
    keys = keys_of(text, "2024-06-20")
    assert not any(k[0] == coach and k[3] == "appointed" for k in keys)


def test_the_cote_d_azur_is_a_region_not_a_man() -> None:
    text = "Monaco have hired Paul Girard. Girard succeeds Marc Vidal, who leaves the Côte d'Azur for Lille."
    keys = keys_of(text, "2024-06-20")
    assert ("Marc Vidal", "Lille", "first_team", "appointed") in keys
    assert not any("Azur" in k[0] for k in keys)
