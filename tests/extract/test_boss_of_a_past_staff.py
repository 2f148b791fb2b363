"""A head coach named only as the owner of a staff an aide was on, with no club after it: "arrives from C,
where he was part of Y's staff", "worked with C as a member of Y's staff", "in the technical team of Y" —
Y coached the club the clause places the aide at. A staff still to be joined or stayed on says nothing
new of its boss, and a staff with no club named places him nowhere."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leeds named Tom Carr as head coach on Monday. Carr arrives from Brighton, where he was part of "
            "the coaching staff of Roberto De Zerbi.",
            ("Roberto De Zerbi", "Brighton & Hove Albion", "in_charge"),
        ),
        (
            "Leeds named Tom Carr as head coach on Monday. The 38-year-old leaves his job as first-team "
            "coach at Bayer Leverkusen, where he was part of Xabi Alonso's staff.",
            ("Xabi Alonso", "Bayer Leverkusen", "in_charge"),
        ),
        (
            "Leeds named Tom Carr as head coach on Monday. Before that he had worked with the Belgium "
            "national team as a member of Roberto Martínez's staff.",
            ("Roberto Martínez", "Belgium", "in_charge"),
        ),
        (
            "Leeds named Tom Carr as head coach on Monday. He learned his trade at Feyenoord, where he "
            "trained the under-18s, and he worked as an analyst in the staff of Arne Slot.",
            ("Arne Slot", "Feyenoord", "in_charge"),
        ),
        # an "At C" opener places the aide
        (
            "Leeds named Tom Carr as head coach on Monday. At Manchester City, he was a member of the "
            "technical team of Pep Guardiola.",
            ("Pep Guardiola", "Manchester City", "in_charge"),
        ),
    ],
)
def test_boss_of_a_past_staff(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    ("text", "boss"),
    [
        # a staff stayed on: its boss is the new man, whose appointment is the news
        (
            "Everton appointed Sean Dyche on Monday. Assistant Ian Woan will stay on as part of Dyche's "
            "staff.",
            "Sean Dyche",
        ),
        # a staff to be joined
        (
            "Leeds named Tom Carr as head coach on Monday. His brother will join Carr's technical staff.",
            "Tom Carr",
        ),
        # no club named: the club in view is not the boss's
        (
            "Inter Miami appointed Javier Mascherano. Pablo Aimar, who ran the U17s before joining "
            "Lionel Scaloni's staff, now works as an assistant coach.",
            "Lionel Scaloni",
        ),
    ],
)
def test_no_spell_for_a_staff_to_come_or_placed_nowhere(text, boss):
    assert not {e for e in events_of(text) if e[0] == boss and e[2] == "in_charge"}


@pytest.mark.parametrize(
    ("text", "boss"),
    [
        # the club named before is the one he left, not the staff's
        (
            "Lecce have appointed Marco Rossi as head coach. He coached the youth sides at Ajax before "
            "joining Pep Guardiola's staff.",
            "Pep Guardiola",
        ),
        (
            "Lecce have appointed Marco Rossi as head coach. He left Porto in 2015 and later was part of "
            "Jorge Jesus's staff.",
            "Jorge Jesus",
        ),
        (
            "Lecce have appointed Marco Rossi as head coach. Rossi left Sampdoria in 2019 and served in the "
            "technical team of Roberto Mancini.",
            "Roberto Mancini",
        ),
        # "the team of Y" is any man's team, not a coaching staff
        (
            "Lecce have appointed Marco Rossi as head coach. At Chelsea, he was part of the team of Roman "
            "Abramovich.",
            "Roman Abramovich",
        ),
        (
            "Lecce have appointed Marco Rossi as head coach. At Barcelona he was one of the team of Lionel "
            "Messi.",
            "Lionel Messi",
        ),
    ],
)
def test_no_spell_for_a_staff_the_clause_does_not_place(text, boss):
    assert not {e for e in events_of(text) if e[0] == boss}
