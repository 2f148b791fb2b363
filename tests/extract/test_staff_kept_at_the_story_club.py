"""'Assistants A and B remain on the staff, and C continues as goalkeeping coach' after a career sentence
about another team: the staff kept on is the story's club's, not the team the career passed through
(written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Hearts have named assistant coach Gary Lyle interim head coach. "
    "Lyle spent a decade with the Scottish FA and later worked as an assistant with "
    "Scotland's women's national team. "
)


def test_aides_who_remain_on_the_staff_stay_at_the_story_club():
    found = keys_of(_LEAD + "Assistant coaches Ian Roe and Dan Kerr remain on the staff.")
    assert ("Ian Roe", "Heart of Midlothian", "first_team", "in_charge") in found
    assert not any(coach == "Ian Roe" and club == "Scotland" for coach, club, _squad, _event in found)


def test_an_aide_who_continues_as_a_titled_aide_stays_at_the_story_club():
    found = keys_of(_LEAD + "Tom Hale continues as goalkeeping coach.")
    assert ("Tom Hale", "Heart of Midlothian", "first_team", "in_charge") in found


def test_a_club_that_opens_the_sentence_before_keeps_its_staff():
    text = _LEAD + "Aberdeen have kept their backroom team. Tom Hale continues as goalkeeping coach."
    assert ("Tom Hale", "Aberdeen", "first_team", "in_charge") in keys_of(text)
