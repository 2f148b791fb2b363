"""Candidates the press names: 'local media had linked the three-time champions / the club / C with former
Y boss X' (the rumour of the club it names or describes, not of X's old club), and the man named beside a
candidate ('X is on the shortlist, along with Y'). A man named beside someone who is no candidate, or a
club linked with a player's transfer told without a coach, reads no rumour."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Jeonbuk Hyundai Motors have sacked Dan Petrescu. "


def _linked(text: str) -> set[tuple[str, str]]:
    return {(coach, club) for coach, club, _, event in keys_of(_LEAD + text) if event == "linked"}


def test_press_linked_the_described_club_with_a_coach() -> None:
    for text in (
        "Local media had also linked the nine-time champions with former Pohang boss Kim Gi-dong.",
        "Reports have linked the club with former Pohang coach Kim Gi-dong.",
    ):
        linked = _linked(text)
        assert ("Kim Gi-dong", "Jeonbuk Hyundai Motors") in linked, text
        assert not any(club == "Pohang Steelers" for _, club in linked), text


def test_man_named_beside_a_candidate_is_one() -> None:
    text = "Kim Gi-dong is said to be on the shortlist, along with former Ulsan coach Hong Myung-bo."
    linked = _linked(text)
    assert ("Kim Gi-dong", "Jeonbuk Hyundai Motors") in linked
    assert ("Hong Myung-bo", "Jeonbuk Hyundai Motors") in linked


def test_no_rumour_beside_no_candidate() -> None:
    for text, man in (
        (
            "Assistant Park Won-jae took training on Monday, along with goalkeeping coach Lee Woon-jae.",
            "Lee Woon-jae",
        ),
        (
            "The club was linked with a move for striker Kim Shin-wook, along with Lee Dong-gook.",
            "Lee Dong-gook",
        ),
    ):
        assert not any(coach == man for coach, _ in _linked(text)), text
