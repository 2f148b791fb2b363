"""An aide who 'leaves with him' (or with his boss by name, or follows him out of the club) leaves the post
the story first told his boss leaving, its news: not a club the boss's career passed through that the
story named since ('For most fans he will always belong to C'), nor the club the story turned to after
('the new man arrives from C'). Not an exit the boss's career told after the news ('had joined in the
summer from D'), nor an aide who only arrives with him."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_RESIGNED_THEN_CAREER = (
    "Tomasz Wrona stepped down as Wisła Płock head coach on Monday, ending eighteen months at the club.\n\n"
    "Supporters still tie Wrona to Lechia Gdańsk, where he had two stints in charge, between 2012 and 2015 "
    "and again from 2017. He also spent a year in Cyprus with Omonia.\n\n"
)


@pytest.mark.parametrize(
    ("text", "aide", "left", "not_left"),
    [
        (
            _RESIGNED_THEN_CAREER + "His assistant Marek Zieliński leaves with him.\n\n"
            "The club acted quickly and named Piotr Nowak as his successor.",
            "Marek Zieliński",
            "Wisła Płock",
            "Lechia Gdańsk",
        ),
        (
            "Feyenoord unveiled Henk Mulder on Monday as successor to Pieter Kramer, who is leaving after "
            "two years.\n\nMulder moves across from AZ Alkmaar, where he won the cup in three years. AZ "
            "Alkmaar have already turned to Dirk Bosman.\n\nJan Smit, Kees Dekker and fitness coach Wim "
            "Bakker leave with Kramer; Smit is expected to take over at Vitesse.",
            "Kees Dekker",
            "Feyenoord",
            "AZ Alkmaar",
        ),
        # (the boss's earlier exit, told after the news: the aide leaves the post of the news)
        (
            "Wisła Płock have sacked head coach Tomasz Wrona after a run of seven games without a win.\n\n"
            "Wrona had joined in the summer from Stal Mielec, whom he took up to the top flight in 2021.\n\n"
            "Assistant coach Marek Zieliński and fitness coach Adam Lis leave together with Wrona.",
            "Marek Zieliński",
            "Wisła Płock",
            "Stal Mielec",
        ),
    ],
)
def test_aide_leaves_the_post_his_boss_left_first(text, aide, left, not_left):
    keys = keys_of(text)
    assert (aide, left, "first_team", "left") in keys
    assert (aide, not_left, "first_team", "left") not in keys


def test_aide_arriving_with_him_leaves_nothing():
    keys = keys_of(_RESIGNED_THEN_CAREER + "His assistant Marek Zieliński arrives with him from the academy.")
    assert not {k for k in keys if k[0] == "Marek Zieliński" and k[3] == "left"}
