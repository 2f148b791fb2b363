"""A ', where' clause about a man keeps its club past a squad it names: "started out at C, where he ran the
under-17s and later had a year as assistant to Y" — Y's post is C's, not the club in view."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paderborn appointed Jan Ostrowski on Friday. Ostrowski's route into coaching started at "
            "Borussia Dortmund, where he coached the under-17s from 2016 and later spent a year as "
            "assistant to Dieter Lenz.",
            ("Dieter Lenz", "Borussia Dortmund", "in_charge"),
        ),
        (
            "Burnley appointed Tom Baker on Monday. Baker's coaching career started at Ajax, where he led "
            "the reserves in 2015 and later worked as assistant to Erik ten Hag.",
            ("Erik ten Hag", "Ajax", "in_charge"),
        ),
        (
            "Hull named Sam Reed as head coach. Reed's first job was at Porto, where he took the under-23s "
            "to a title before becoming assistant to Sérgio Conceição.",
            ("Sérgio Conceição", "FC Porto", "in_charge"),
        ),
    ],
)
def test_where_clause_club_past_a_squad(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # the clause ends at the full stop: the next sentence is not about the where-club
        (
            "Burnley appointed Tom Baker on Monday. Baker spent six years at Ajax, where he led the "
            "reserves. He then joined Burnley as assistant to Scott Parker.",
            ("Scott Parker", "Ajax", "in_charge"),
        ),
    ],
)
def test_no_where_clause_no_club(text, not_expected):
    assert not_expected not in events_of(text)
