"""Coaches the news names but no fact reached (train9 round): an executive the text says coached a club
himself, a return told in a relative clause with the spells it follows, staff leaving told as an
absolute clause ('with assistant X also departing'), the man an arrival replaced, the clause subject
after a relative clause on the object; and a man titled by his playing position is no coach."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mainz appointed Bo Henriksen as head coach. "He brings energy," said sporting director Martin '
            "Schmidt, who coached Mainz himself between 2015 and 2017.",
            ("Martin Schmidt", "1. FSV Mainz 05", "in_charge"),
        ),
        (
            "Everton named Sean Dyche as manager. Director of football Kevin Thelwell, who previously "
            "managed Burnley, led the search.",
            ("Kevin Thelwell", "Burnley", "in_charge"),
        ),
    ],
)
def test_executive_who_coached_a_club_has_that_spell(text, expected):
    assert expected in events_of(text)


def test_executive_without_a_coaching_past_stays_out():
    facts = events_of(
        'Mainz appointed Bo Henriksen as head coach. "He brings energy," said sporting director Christian '
        "Heidel, who joined the board in 2021."
    )
    assert not any(coach == "Christian Heidel" for coach, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Martin O'Neill will share the role with Shaun Maloney, who returns to Celtic after spells in "
            "charge of Hibernian and Wigan Athletic.",
            {
                ("Shaun Maloney", "Celtic", "appointed"),
                ("Shaun Maloney", "Hibernian", "in_charge"),
                ("Shaun Maloney", "Wigan Athletic", "in_charge"),
            },
        ),
        (
            "Leeds have appointed Daniel Farke, who arrives after a spell as manager of Norwich City.",
            {("Daniel Farke", "Norwich City", "in_charge")},
        ),
        (
            "Swansea hired Alan Sheehan, who returned to Swansea after two short stints in charge of Stoke "
            "City and Sunderland.",
            {("Alan Sheehan", "Stoke City", "in_charge"), ("Alan Sheehan", "Sunderland", "in_charge")},
        ),
    ],
)
def test_return_and_spells_told_in_a_relative_clause(text, expected):
    assert expected <= events_of(text)


def test_a_players_spell_is_not_read_as_a_coachs():
    facts = events_of("Everton re-signed Seamus Coleman, who returns after a loan spell at Sunderland.")
    assert not any(club == "Sunderland" for _, club, _ in facts)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Derek McInnes left Aberdeen by mutual consent on Monday, with assistant Tony Docherty also "
            "departing.",
            "Tony Docherty",
            "Aberdeen",
        ),
        (
            "Hearts sacked Steven Naismith on Sunday, with his assistant Frankie McAvoy leaving too.",
            "Frankie McAvoy",
            "Heart of Midlothian",
        ),
        (
            "Burnley parted company with Vincent Kompany, with first-team coach Craig Bellamy also leaving.",
            "Craig Bellamy",
            "Burnley",
        ),
    ],
)
def test_staff_leaving_told_as_an_absolute_clause(text, coach, club):
    assert (coach, club, "left") in events_of(text)


def test_with_x_leaving_without_also_is_not_read():
    facts = events_of("Hearts won 2-0 on Saturday, with Lawrence Shankland leaving the pitch injured.")
    assert not any(event == "left" for _, _, event in facts)


@pytest.mark.parametrize(
    ("text", "replaced", "club"),
    [
        (
            "Reims sacked Luka Elsner. Elsner only arrived in the summer from Le Havre, whom he had kept in "
            "Ligue 1 after leading them to promotion, to replace Will Still, who moved to Lens.",
            "Will Still",
            "Stade de Reims",
        ),
        (
            "Tigres parted ways with Veljko Paunovic. Paunovic arrived in Monterrey in June 2024 to replace "
            "Robert Dante Siboldi and reached the semifinals.",
            "Robert Dante Siboldi",
            "Tigres UANL",
        ),
        (
            "Lyon dismissed Pierre Sage. Sage came in last year from the academy to succeed Fabio Grosso.",
            "Fabio Grosso",
            "Lyon",
        ),
    ],
)
def test_the_man_an_arrival_replaced_left(text, replaced, club):
    assert (replaced, club, "left") in events_of(text)


def test_and_after_a_relative_clause_on_the_replaced_man_is_the_subjects():
    facts = events_of(
        "Lecce sacked Roberto D'Aversa. Roberto D'Aversa was appointed in the summer to replace Marco "
        "Baroni, who left for Verona, and previously coached Parma and Sampdoria."
    )
    assert ("Roberto D'Aversa", "Parma", "in_charge") in facts
    assert ("Marco Baroni", "Parma", "in_charge") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Lecce appointed Luca Gotti as head coach, a day after Roberto D'Aversa was sacked for headbutting "
        "Hellas Verona striker Thomas Henry.",
        "Fiorentina sacked the fitness coach after an argument with midfielder Thomas Henry.",
    ],
)
def test_a_man_titled_by_his_playing_position_is_no_coach(text):
    assert not any(f["coach"] == "Thomas Henry" for f in facts_of(text))


def test_a_former_player_titled_by_his_position_can_coach():
    facts = events_of("Norwich have appointed former England midfielder Jack Wilshere as head coach.")
    assert ("Jack Wilshere", "Norwich City", "appointed") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Betis named Manuel Pellegrini as coach. Alexis Trujillo, who stepped in from the sporting "
            "department after Rubi was dismissed last month, will see out the remaining fixtures.",
            ("Alexis Trujillo", "Real Betis", "appointed"),
        ),
        (
            "Sheffield United sacked Chris Wilder. Youth coach Steve Cooper stepped in as caretaker manager "
            "following the departure of Wilder.",
            ("Steve Cooper", "Sheffield United", "appointed"),
        ),
        (
            "Lazio are looking for a coach. Giovanni Martusciello stepped in when Maurizio Sarri resigned.",
            ("Giovanni Martusciello", "Lazio", "appointed"),
        ),
    ],
)
def test_a_stand_in_stepping_in_after_an_exit(text, expected):
    assert expected in events_of(text)


def test_stepping_in_with_no_exit_is_not_read():
    facts = events_of("Lazio won 2-0. Ciro Immobile stepped in to calm the fans after the final whistle.")
    assert not any(coach == "Ciro Immobile" for coach, _, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carla Ward stepped down at Aston Villa at the end of last season after four years in charge, "
            "and was replaced by Dutchman Robert de Pauw.",
            ("Robert de Pauw", "Aston Villa", "appointed"),
        ),
        (
            "Gary Rowett left Millwall in the summer and was replaced by Joe Edwards.",
            ("Joe Edwards", "Millwall", "appointed"),
        ),
        (
            "Graham Potter resigned as Brighton manager and was succeeded by Italian Roberto De Zerbi.",
            ("Roberto De Zerbi", "Brighton & Hove Albion", "appointed"),
        ),
    ],
)
def test_an_exit_and_replaced_by(text, expected):
    assert expected in events_of(text)


def test_a_player_leaving_the_pitch_and_replaced_is_no_appointment():
    facts = events_of(
        "Arsenal coach Mikel Arteta watched as Bukayo Saka left the pitch injured and was replaced by "
        "Leandro Trossard."
    )
    assert not any(coach == "Leandro Trossard" for coach, _, _ in facts)
