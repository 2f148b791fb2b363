"""A headline naming a club with its women's team ("Arsenal Women, official: …", "new faces in the staff of
Wolfsburg's women") tells whose story it is: the club's posts the text leaves unnamed are the women's. A
story whose headline names the club alone keeps them with the first team."""

from __future__ import annotations

from extract_helpers import keys_of


def test_club_women_in_the_headline():
    text = (
        "Roma announced on Tuesday the renewal of the coach Alessandro Spugna until 2027. The vice Marco "
        "Rinaldi and the goalkeeper trainer Paolo Fiore also renewed their contracts."
    )
    keys = keys_of(text, title="Roma Women, official the renewal of Spugna until 2027")
    assert ("Paolo Fiore", "Roma", "women", "extended") in keys
    assert ("Paolo Fiore", "Roma", "first_team", "extended") not in keys


def test_possessive_club_then_women_in_the_headline():
    title = "New faces in the staff of Wolfsburg's women"
    text = "Wolfsburg said on Monday that goalkeeping coach Jan Berger has signed a new contract."
    keys = keys_of(text, title=title)
    assert ("Jan Berger", "VfL Wolfsburg", "women", "extended") in keys


def test_club_alone_in_the_headline_keeps_the_first_team():
    """Near miss: no women's word in the headline, none in the text: the first team's staff."""
    text = "Wolfsburg said on Monday that goalkeeping coach Jan Berger has signed a new contract."
    keys = keys_of(text, title="New faces in the staff of Wolfsburg")
    assert ("Jan Berger", "VfL Wolfsburg", "first_team", "extended") in keys
