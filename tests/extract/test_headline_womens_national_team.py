"""A story the headline gives a country's women's team ("Lund to succeed Hegerberg as Norway women's coach")
keeps the country's posts the text names no squad for with the women's team; a men's word tied to another
club ("who left to coach Rosenborg's men") speaks for that club's post only."""

from __future__ import annotations

from extract_helpers import keys_of

TITLE = "Lund to succeed Hegerberg as Norway women's coach"
TEXT = (
    "Kari Lund will become the new head coach of Norway's women's national team, the federation announced "
    "on Tuesday. Lund succeeds Marit Hegerberg, whose contract expires at the end of June. Hegerberg took "
    "over in 2020 from Odd Bakke, who left to coach Rosenborg's men."
)


def test_headline_womens_team_keeps_the_countrys_unnamed_posts():
    keys = keys_of(TEXT, title=TITLE)
    assert ("Marit Hegerberg", "Norway", "national_women", "appointed") in keys
    assert ("Odd Bakke", "Norway", "national_women", "left") in keys
    assert ("Marit Hegerberg", "Norway", "national", "appointed") not in keys


def test_mens_word_tied_to_its_club():
    keys = keys_of(TEXT, title=TITLE)
    assert ("Odd Bakke", "Rosenborg", "first_team", "in_charge") in keys
    assert not any(k[0] == "Odd Bakke" and k[1] == "Rosenborg" and k[2] == "women" for k in keys)


def test_mens_word_standing_alone_speaks_for_the_sentence():
    """Near miss: 'the men's team' tied to no club: the sentence's posts are the men's."""
    text = (
        "The Norwegian federation named Kari Lund as head coach of the women's national team on Tuesday. "
        "Odd Bakke, who coached Norway from 2016, now leads the men's team."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Odd Bakke" and k[2] == "national_women" for k in keys)


def test_mens_coach_titled_in_the_story_keeps_the_mens_team():
    """Near miss: 'Norway coach X welcomed the appointment': the men's coach, titled with no women's word
    and not named by the headline, keeps the country's men's team."""
    text = TEXT + " Norway coach Stale Nilsen welcomed the appointment."
    keys = keys_of(text, title=TITLE)
    assert ("Stale Nilsen", "Norway", "national", "in_charge") in keys
    assert not any(k[0] == "Stale Nilsen" and k[2] == "national_women" for k in keys)


def test_titled_mens_coach_beside_a_club_womens_headline():
    """Near miss: a headline on a club's women's team ('Inter Women, …'); the men's coach the story titles
    ('Inter Milan coach X', no women's word in his sentence) keeps the first team."""
    title = "Inter Women, official the renewal of Marco Gallo"
    text = (
        "Inter Milan have renewed the contract of Marco Gallo until 2027. "
        "Inter Milan coach Simone Inzaghi praised the decision."
    )
    keys = keys_of(text, title=title)
    assert ("Simone Inzaghi", "Inter Milan", "first_team", "in_charge") in keys
    assert not any(k[0] == "Simone Inzaghi" and k[2] == "women" for k in keys)
