"""Coaches who got no fact and appointments that were missed (session 10, the extract_train15 misses):
a departure told with the next post ("resigned to take over C"), an aide arriving "as Y's assistant"
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- "left / quit / walked out … to take over C": the move is his appointment at C ----------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Leeds have appointed Tom Jones after Mark Smith left to take over relegated Sunderland.",
            "Sunderland",
        ),
        (
            "Leeds named Tom Jones, who replaces Mark Smith, who resigned on Monday to take over "
            "Saudi Pro League side Al-Fateh.",
            "Al-Fateh",
        ),
        (
            "Burnley have appointed Tom Jones, a fortnight after Mark Smith walked out of Turf Moor to take "
            "over at Wolves.",
            "Wolverhampton Wanderers",
        ),
        (
            "Mark Smith stepped down at Leeds before the end of the season to join Turkish giants "
            "Galatasaray.",
            "Galatasaray",
        ),
        ("Mark Smith quit Leeds in the summer of 2019 to take charge of Stoke City.", "Stoke City"),
    ],
)
def test_a_departure_to_take_over_a_club_is_the_appointment_there(text: str, club: str) -> None:
    assert ("Mark Smith", club, "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the club after "to" is an opponent, not a new post
        "Mark Smith left Leeds after the 2-1 defeat to Sunderland.",
        # someone else's move
        "Mark Smith left the club in the summer, and his striker went on to join Sunderland.",
    ],
)
def test_no_appointment_without_the_move_to_the_club(text: str) -> None:
    assert not {k for k in keys_of(text) if k[3] == "appointed"}


# --- "joins as Y's assistant", "arrived last summer as Y's number two" -------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Darmstadt have named Florian Kohfeldt. Martin Heck joins as Kohfeldt's assistant.", None),
        (
            "Norwich have appointed Liam Manning. Tom Cairney had arrived last summer as Thorup's "
            "first-team assistant after coaching Fulham's under-21s.",
            "2023-07-01",
        ),
        (
            "Norwich have appointed Liam Manning. Jack Wilshere arrived in July 2023 as Thorup's number two.",
            "2023-07-01",
        ),
    ],
)
def test_arriving_as_the_bosss_assistant_is_an_assistant_appointment(text: str, date: str | None) -> None:
    facts = [f for f in facts_of(text) if f["coach"] in ("Martin Heck", "Jack Wilshere", "Tom Cairney")]
    apps = [f for f in facts if f["event"] == "appointed"]
    assert len(apps) == 1 and apps[0]["role"] == "assistant_coach"
    assert apps[0]["club"] in ("SV Darmstadt 98", "Norwich City")
    if date:
        assert apps[0]["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "Norwich have appointed Liam Manning. Jack Wilshere joined Arsenal as a player in 2001.",
        "Norwich have appointed Liam Manning. Jack Wilshere arrived last summer as Thorup's replacement.",
    ],
)
def test_arriving_as_something_else_is_no_assistant_appointment(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] == "Jack Wilshere" and f["role"] == "assistant_coach"]


# --- "the 2-1 defeat to X's C", "lost the play-off to X's C": a side named by its coach in match talk -------


@pytest.mark.parametrize(
    "text",
    [
        "Cadiz sacked Paco Lopez. Lopez left after Saturday's 2-1 defeat to Mark Smith's Elche.",
        "Elversberg sacked Horst Steffen. Elversberg lost the relegation play-off to Mark Smith's Elche.",
        "Elversberg sacked Horst Steffen. They were beaten by Mark Smith's Elche on Sunday.",
        "Cadiz sacked Paco Lopez. The 3-0 win over Mark Smith's Elche was not enough to save him.",
    ],
)
def test_a_side_named_by_its_coach_in_a_result_is_his_spell(text: str) -> None:
    assert ("Mark Smith", "Elche", "first_team", "in_charge") in keys_of(text)


def test_a_possessed_side_outside_match_talk_still_needs_support() -> None:
    # "X's C" alone may be a star player's team
    text = "Cadiz sacked Paco Lopez. The club hope to sign a striker from Mark Smith's Elche."
    assert not [k for k in keys_of(text) if k[0] == "Mark Smith"]


# --- "X, replaced in 2003 by Y", "X, who was succeeded by Y": the aside told of X --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Braga named Carlos Vicens. The last Englishman on the Braga bench was Mark Jones, replaced in 2003 "
        "by Tom Smith.",
        "Braga named Carlos Vicens. The last Englishman there was Mark Jones, who was replaced by Tom Smith.",
        "Braga named Carlos Vicens. Mark Jones, succeeded in 2003 by Tom Smith, was the last Englishman.",
    ],
)
def test_a_replacement_told_in_an_aside(text: str) -> None:
    keys = keys_of(text)
    assert ("Tom Smith", "Braga", "first_team", "appointed") in keys
    assert ("Mark Jones", "Braga", "first_team", "left") in keys


# --- "Fernando Castro Santos": two name words, then a surname that is also a club -------------------


def test_a_three_word_name_ending_in_a_club_word_is_a_person() -> None:
    keys = keys_of("Braga named Carlos Vicens. Before him, Fernando Castro Santos was sacked by Braga.")
    assert ("Fernando Castro Santos", "Braga", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Brazilian giants Santos have appointed Tom Smith.", "Santos"),
        ("The Premier League Everton manager Sean Dyche was sacked.", "Everton"),
    ],
)
def test_a_club_after_non_name_words_stays_a_club(text: str, club: str) -> None:
    assert {k[1] for k in keys_of(text)} == {club}


# --- "the contract of X expired": his departure ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria named Finidi George after the contract of Portuguese Jose Peseiro expired in February.",
        "Nigeria named Finidi George after the contract of Jose Peseiro was not renewed.",
        "Nigeria named Finidi George. The deal of coach Jose Peseiro had run out.",
    ],
)
def test_the_contract_of_a_coach_expiring_is_his_departure(text: str) -> None:
    assert ("Jose Peseiro", "Nigeria", "national", "left") in keys_of(text)


def test_a_contract_of_that_runs_on_is_no_departure() -> None:
    keys = keys_of("Nigeria named Finidi George. The contract of Jose Peseiro runs until 2026.")
    assert not [k for k in keys if k[0] == "Jose Peseiro" and k[3] == "left"]
    assert ("Finidi George", "Nigeria", "national", "appointed") in keys


# --- "His substitute will be X", "His replacement is X": the club in view appoints him -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sporting Gijon sacked Ruben Albes. His substitute will be Asier Garitano.",
        "Sporting Gijon sacked Ruben Albes. His replacement is Asier Garitano, who signs until 2026.",
        "Sporting Gijon sacked Ruben Albes. The new replacement will be Asier Garitano.",
    ],
)
def test_the_replacement_named_is_appointed(text: str) -> None:
    assert ("Asier Garitano", "Sporting Gijón", "first_team", "appointed") in keys_of(text)


def test_a_replacement_still_to_be_named_is_no_appointment() -> None:
    text = (
        "Sporting Gijon sacked Ruben Albes. His replacement is expected to be named this week, with Asier "
        "Garitano the favourite."
    )
    assert ("Asier Garitano", "Sporting Gijón", "first_team", "appointed") not in keys_of(text)


# --- "the club chose X", "C, which however decided for X": the employer's pick is its appointment ---------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Cosenza sacked Fabio Caserta in March, when the club chose William Viali.", "Cosenza"),
        (
            "Klose had also applied at Kaiserslautern, which however decided for William Viali.",
            "1. FC Kaiserslautern",
        ),
        ("Mark Smith wanted the Poland job, but the federation chose William Viali.", "Poland"),
        ("Leeds chose William Viali as their new head coach.", "Leeds United"),
        (
            "Sampdoria sacked Tom Jones and the board eventually opted for the Italian William Viali.",
            "Sampdoria",
        ),
    ],
)
def test_the_employers_pick_is_appointed(text: str, club: str) -> None:
    squad = "national" if club == "Poland" else "first_team"
    assert ("William Viali", club, squad, "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a team picking a player: a club's name as subject and no coaching word
        "Leeds sacked Tom Jones. Spain opted for Alvaro Morata up front.",
        # a choice not to keep him
        "Leeds sacked Tom Jones. The club chose not to renew the contract of Alvaro Morata.",
    ],
)
def test_a_choice_that_is_no_hiring(text: str) -> None:
    assert not [k for k in keys_of(text) if k[0] == "Alvaro Morata" and k[3] == "appointed"]
