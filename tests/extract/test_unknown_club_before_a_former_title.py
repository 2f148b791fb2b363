"""One word the reference data lacks between 'former' and a coach's title, with the holder's name right
after the title, is the club he coached: 'former Marnock coach Tomas Vereker' gives Vereker's spell at
Marnock, as a listed club's word there does. A nationality, a competition or a plural nickname there is no
new club."""

from __future__ import annotations

from extract_helpers import keys_of, spells_of

LEAD = "Harbury Town have dismissed head coach Piet Molenaar after a run of seven defeats. "


def test_unknown_word_after_former_before_coach_is_his_club() -> None:
    text = LEAD + "The board had also spoken to former Marnock coach Tomas Vereker about the post."
    assert "Marnock" in spells_of(text, "Tomas Vereker")


def test_capitalised_former_opening_the_sentence() -> None:
    text = LEAD + "Former Kelbury trainer Tomas Vereker is reported to be among the candidates."
    assert "Kelbury" in spells_of(text, "Tomas Vereker")


def test_nationality_before_the_title_is_no_club() -> None:
    text = LEAD + "The board had also spoken to the former Dutch coach Tomas Vereker about the post."
    assert "Dutch" not in spells_of(text, "Tomas Vereker")


def test_competition_before_the_title_is_no_club() -> None:
    text = LEAD + "Former Bundesliga coach Tomas Vereker is reported to be among the candidates."
    assert not any(club == "Bundesliga" for _c, club, _s, _e in keys_of(text))


def test_plural_nickname_is_left_to_coreference() -> None:
    text = LEAD + "Former Hornets boss Tomas Vereker is reported to be among the candidates."
    assert "Hornets" not in spells_of(text, "Tomas Vereker")
