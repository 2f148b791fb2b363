"""'The women's section of C' (translated 'section féminine', 'sección femenina'): the club's women's team,
so a coach leaving it leaves the women's side, not the first team. Not the club's senior appointment told
beside it. Sentences of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_coach_leaving_the_womens_section() -> None:
    text = (
        "Metz have appointed Marc Blanc as coach. For its part, the women's section of Metz confirmed the "
        "exit of its trainer Luc Martin."
    )
    keys = keys_of(text)
    assert ("Luc Martin", "FC Metz", "women", "left") in keys
    assert not any(k[0] == "Luc Martin" and k[2] == "first_team" for k in keys)


def test_coach_of_the_womens_section() -> None:
    text = (
        "Metz have appointed Marc Blanc as coach. The women's section of Metz has parted with its coach Luc "
        "Martin."
    )
    assert any(k[0] == "Luc Martin" and k[1] == "FC Metz" and k[2] == "women" for k in keys_of(text))


def test_senior_appointment_beside_the_womens_section() -> None:
    """Near miss: the first-team appointment in the same story stays the first team's."""
    text = (
        "Metz have appointed Marc Blanc as coach. The women's section of Metz has parted with its coach Luc "
        "Martin."
    )
    assert ("Marc Blanc", "FC Metz", "first_team", "appointed") in keys_of(text)
