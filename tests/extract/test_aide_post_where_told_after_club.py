"""An aide's post told in a 'where' clause hung on the club: 'arrives from Rosenborg, where he was Tor
Brekke's assistant', 'has also worked at Rosenborg, where he was her top assistant' give his spell there as
assistant; not 'where he was the captain', nor the country of 'Norway, where he was Y's assistant at C'."""

from __future__ import annotations

from extract_helpers import facts_of

_NEWS = "Lars Egeland was named head coach of Molde on Monday. "


def _posts(text: str) -> set[tuple[str, str]]:
    return {
        (f["club"], f["role"])
        for f in facts_of(text)
        if f["coach"] == "Lars Egeland" and f["event"] == "in_charge"
    }


def test_aide_of_a_named_boss_at_the_club_left() -> None:
    text = _NEWS + "Egeland arrives from Rosenborg, where he was Tor Brekke's assistant."
    assert ("Rosenborg", "assistant_coach") in _posts(text)
    assert ("Rosenborg", "head_coach") not in _posts(text)


def test_aide_of_his_boss_told_by_a_pronoun() -> None:
    text = _NEWS + "Egeland has also worked at Rosenborg, where he was her top assistant."
    assert ("Rosenborg", "assistant_coach") in _posts(text)


def test_no_aide_post_for_a_captain() -> None:
    text = _NEWS + "Egeland arrives from Rosenborg, where he was the captain."
    assert not _posts(text)


def test_no_aide_post_at_the_country_of_the_club() -> None:
    text = _NEWS + "Egeland spent ten years in Norway, where he was Tor Brekke's assistant at Viking."
    assert "Norway" not in {club for club, _ in _posts(text)}
