"""'X will be assisted by the former Lazio midfielder Y at Cagliari': a club named only by a player's position
('the former Lazio midfielder') is where he played, not the story's club, so it does not count when the
story's club is the one named most (attribution `most_named_side`)."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_aide_described_by_his_playing_club_joins_the_club_named() -> None:
    keys = keys_of("Stefan Kvist will be assisted by the former Lazio midfielder Paolo Serra at Cagliari.")
    assert ("Paolo Serra", "Cagliari", "first_team", "appointed") in keys
    assert not any(k[0] == "Paolo Serra" and k[1] == "Lazio" for k in keys)


def test_a_club_named_as_a_side_still_counts() -> None:
    # near-miss: a club named as itself (not by a player's position) can be the story's
    keys = keys_of("Lazio confirmed that Stefan Kvist will be assisted by Paolo Serra.")
    assert ("Paolo Serra", "Lazio", "first_team", "appointed") in keys
