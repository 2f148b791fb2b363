"""'X replaces Y, who led C to the play-offs and now moves to D': the replaced man's next post, told at the
end of the relative clause on him, after what it tells first (a negation there included: "who did not
continue after the final and has since taken over D"), is his appointment at D. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "new_post"),
    [
        (
            "Lecce have appointed Tom Harker as head coach. Harker replaces Jan Vos, who kept the club up "
            "on the last day and now moves to Frosinone.",
            ("Jan Vos", "Frosinone", "first_team", "appointed"),
        ),
        (
            "Peru have appointed Tom Harker as head coach. Harker replaces the Uruguayan Jan Vos, who did "
            "not continue after the Copa América and has since taken over Paraguay.",
            ("Jan Vos", "Paraguay", "national", "appointed"),
        ),
        (
            "Brescia have appointed Tom Harker. He takes the place of Jan Vos, who after the narrow escape "
            "left for Sampdoria.",
            ("Jan Vos", "Sampdoria", "first_team", "appointed"),
        ),
        (
            "Burnley have appointed Tom Harker. Harker succeeds Jan Vos, who won promotion in 2023 and later "
            "joined Celtic.",
            ("Jan Vos", "Celtic", "first_team", "appointed"),
        ),
        (
            "Toluca have appointed Tom Harker. Harker replaces Jan Vos, who was sacked in May and later "
            "signed with Pachuca.",
            ("Jan Vos", "Pachuca", "first_team", "appointed"),
        ),
    ],
)
def test_the_replaced_mans_next_club(text: str, new_post: tuple) -> None:
    assert new_post in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a club the clause names with no move to it: the man's old club, a rival beaten
        "Lecce have appointed Tom Harker. Harker replaces Jan Vos, who beat Frosinone in the final and "
        "now moves upstairs as sporting director.",
        # a move that is only talked of
        "Lecce have appointed Tom Harker. Harker replaces Jan Vos, who has since been linked with Frosinone.",
        # the clause moves another man: the replaced man's aide
        "Lecce have appointed Tom Harker. Harker replaces Jan Vos, whose assistant Tom Bell has since "
        "joined Frosinone.",
        # the man replaced is told by another man's words: "who sacked Y and then joined" is not said of him
        "Lecce have appointed Tom Harker. Harker replaces Jan Vos, who was sacked by Tom Bell and then "
        "joined Frosinone's staff as a scout.",
    ],
)
def test_no_move_told(text: str) -> None:
    assert not any(k[0] == "Jan Vos" and k[1] == "Frosinone" and k[3] == "appointed" for k in keys_of(text))
