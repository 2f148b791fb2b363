"""A sponsor's name written before a club's name with an ending only a club's name has (Turkish 'spor')
is part of the club's name as written, not a man's given name: 'Korvan Sivasspor has parted with coach X'
is Sivasspor's story, and the sponsor's word is no man."""

from __future__ import annotations

from extract_helpers import keys_of


def test_sponsor_word_before_the_club_leaves_the_club_read() -> None:
    text = (
        "Korvan Sivasspor has parted ways with head coach Ilkan Demirsoy after a run of six defeats. "
        "Demirsoy had been appointed in the summer."
    )
    keys = keys_of(text)
    assert any(coach == "Ilkan Demirsoy" and club == "Sivasspor" for coach, club, _s, _e in keys)
    assert not any(coach.startswith("Korvan") for coach, *_ in keys)


def test_two_sponsor_words_before_the_club() -> None:
    text = "Meltaş Grup Kayserispor has named Oguz Tanrikulu as its new head coach on Monday."
    assert ("Oguz Tanrikulu", "Kayserispor", "first_team", "appointed") in keys_of(text)


def test_sponsor_after_the_article_and_before_a_coach_title() -> None:
    text = (
        "The Korvan Alanyaspor coach Mert Yalcinkaya has resigned, the club said on Friday. "
        "Yalcinkaya leaves after eight months."
    )
    keys = keys_of(text)
    assert any(coach == "Mert Yalcinkaya" and club == "Alanyaspor" for coach, club, _s, _e in keys)


def test_a_mans_name_before_a_club_without_the_ending_stays_a_man() -> None:
    text = "Rovan Santos has been appointed head coach of Kelbury Town, the club said on Monday."
    keys = keys_of(text)
    assert any(coach == "Rovan Santos" for coach, *_ in keys)
    assert not any(club == "Santos" for _c, club, _s, _e in keys)


def test_an_owners_name_before_the_club_is_no_sponsor() -> None:
    text = "Demirsoy's Sivasspor sacked assistant coach Ilkan Tosun on Tuesday."
    keys = keys_of(text)
    assert not any(club.startswith("Demirsoy") for _c, club, _s, _e in keys)
