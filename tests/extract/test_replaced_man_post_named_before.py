"""The post a replaced man left is the one named before the words that replace him: 'took charge of C in
2022, when he succeeded Y' (a finite 'succeeded' too), 'to take the place of Y, passed to D' (D is where
Y went, not the post). A club the successor came from ('had arrived from C to take the place of Y', 'was
appointed from C and replaced Y') is not that post."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Real Betis have appointed Carlos Moreno as head coach. "


def _left_clubs(text: str, coach: str) -> set[str]:
    return {club for c, club, _, event in keys_of(_LEAD + text) if c == coach and event == "left"}


def test_when_he_succeeded_reads_the_post_taken_before() -> None:
    text = (
        "Moreno, a former Spain defender, took charge of Getafe in August 2022, when he succeeded Pepe "
        "Bordalás, and left at the end of 2023."
    )
    assert _left_clubs(text, "Pepe Bordalás") == {"Getafe"}


def test_where_the_replaced_man_went_is_not_his_post() -> None:
    text = (
        "Moreno had arrived in the summer from Getafe to take the place of Pepe Mel, passed to the Sevilla."
    )
    assert _left_clubs(text, "Pepe Mel") == {"Real Betis"}


def test_club_the_successor_came_from_is_not_the_post() -> None:
    text = (
        "Moreno was appointed in June from Getafe and replaced Pepe Mel, who had been in charge since 2019."
    )
    assert "Real Betis" in _left_clubs(text, "Pepe Mel")
