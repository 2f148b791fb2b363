"""'Adjunct' (translated French 'adjoint', Portuguese and Spanish 'adjunto') is an assistant's title in
the post-filled and leaving forms too: 'His adjunct will be X', 'Y's adjunct Z also leaves the club', as
'His assistant will be X' and 'Y's assistant Z also leaves' are. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Famalicão entrusted the first team to Nuno Veiga on Monday after the dismissal of Rui Tavares. "


def test_his_adjunct_will_be() -> None:
    keys = keys_of(_LEAD + "His adjunct will be Hugo Pinhal, who worked with him at Feirense.", "2023-02-14")
    assert ("Hugo Pinhal", "Famalicão", "first_team", "appointed") in keys


def test_the_bosss_adjunct_also_leaves() -> None:
    keys = keys_of(_LEAD + "Tavares's adjunct Luís Serôdio also leaves the club.", "2023-02-14")
    assert ("Luís Serôdio", "Famalicão", "first_team", "left") in keys


def test_near_miss_an_adjunct_professor_stays_out() -> None:
    keys = keys_of(_LEAD + "His brother will be an adjunct professor in Braga.", "2023-02-14")
    assert not any(event == "appointed" and coach != "Nuno Veiga" for coach, _c, _s, event in keys)


def test_near_miss_the_adjunct_stays() -> None:
    keys = keys_of(_LEAD + "Tavares's adjunct Luís Serôdio stays at the club.", "2023-02-14")
    assert ("Luís Serôdio", "Famalicão", "first_team", "left") not in keys
