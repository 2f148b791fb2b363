"""A candidate's rumour is of the post in view, not of a club in the title of the man named after him:
'X is said to be on the list, together with the Mexico under-20 coach Y' (Mexico is Y's post). A club
named after the rumour as the post ('X is the favourite to replace Z at C') still reads C."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Real Salt Lake have sacked Pablo Mastroeni. "


def _linked(text: str, coach: str) -> set[tuple[str, str]]:
    return {
        (club, squad) for c, club, squad, event in keys_of(_LEAD + text) if c == coach and event == "linked"
    }


def test_club_in_the_next_mans_title_is_not_the_candidates_post() -> None:
    text = (
        "Former Basel coach Alex Frei is said to be on the list, together with the Mexico under-20 coach "
        "Luis Pérez."
    )
    linked = _linked(text, "Alex Frei")
    assert ("Real Salt Lake", "first_team") in linked
    assert not any(club == "Mexico" for club, _ in linked)


def test_club_named_as_the_post_still_read() -> None:
    text = "Alex Frei is the favourite to replace Jim Curtin at Philadelphia Union."
    assert ("Philadelphia Union", "first_team") in _linked(text, "Alex Frei")
