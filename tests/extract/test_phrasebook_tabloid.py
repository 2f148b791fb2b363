"""Tabloid wordings: sackings told as 'ditched', 'dumped', 'canned'; a club's interest told as 'set their
sights on', 'plotting a swoop for', 'lined up'; a candidate who 'threw his hat into the ring'; and an exit
noun's man ('the sacking of X was confirmed') who is not the one confirmed in a post."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient have ditched manager Richie Wellens after six defeats.",
        "Leyton Orient have dumped boss Richie Wellens.",
        "Richie Wellens has been canned by Leyton Orient.",
        "Leyton Orient boss Richie Wellens was ditched on Sunday.",
    ],
)
def test_tabloid_sackings(text):
    assert ("Richie Wellens", "Leyton Orient", "dismissed") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient manager Richie Wellens has ditched his back three.",
        "Leyton Orient manager Richie Wellens has been dumped out of the FA Cup.",
        "Leyton Orient striker Joe Bloggs has been ditched from the squad by manager Richie Wellens.",
    ],
)
def test_ditching_a_plan_or_a_player_is_no_sacking(text):
    assert ("Richie Wellens", "Leyton Orient", "dismissed") not in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Portsmouth have set their sights on Leyton Orient manager Richie Wellens.",
        "Portsmouth are plotting a swoop for Leyton Orient manager Richie Wellens.",
        "Portsmouth have lined up Richie Wellens as their next manager.",
        "Richie Wellens has thrown his hat into the ring for the Portsmouth job.",
    ],
)
def test_tabloid_links(text):
    assert ("Richie Wellens", "Portsmouth", "linked") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Portsmouth have set their sights on promotion, manager Richie Wellens said.",
        "Portsmouth manager Richie Wellens has lined up a friendly against Barnsley.",
    ],
)
def test_no_link_without_a_man_courted(text):
    assert not {f for f in events_of(text) if f[2] == "linked"}


@pytest.mark.parametrize(
    "text",
    [
        "Leyton Orient's sacking of Richie Wellens was confirmed on Sunday.",
        "The dismissal of manager Richie Wellens was announced by Leyton Orient on Sunday.",
    ],
)
def test_the_man_of_an_exit_noun_is_not_the_one_confirmed(text):
    facts = events_of(text)
    assert ("Richie Wellens", "Leyton Orient", "dismissed") in facts
    assert ("Richie Wellens", "Leyton Orient", "appointed") not in facts


def test_a_man_confirmed_after_another_mans_exit_is_appointed():
    facts = events_of(
        "After the sacking of Richie Wellens, Paul Smith was confirmed as Leyton Orient manager on Sunday."
    )
    assert ("Paul Smith", "Leyton Orient", "appointed") in facts
