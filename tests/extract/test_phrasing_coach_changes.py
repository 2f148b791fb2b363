"""A change of coach in news copy's own words (sentences of our own): 'agreed terms to become the new C
manager', 'the new man in the dugout', 'steps into the hot seat', 'X lands C job', 'shown the exit',
'stepped aside as', opening participles ('Sacked by C in May, X …'), 'after Y left', 'X's contract will
not be renewed', 'triggered the option to extend X's contract', and a caretaker made permanent."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _roles(text: str) -> list[tuple[str, str, str, str, str]]:
    from extract_helpers import facts_of

    return [(f["coach"], f["club"], f["squad"], f["event"], f["role"]) for f in facts_of(text)]


# --- appointments --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vincent Kompany has agreed terms to become the new Bayern Munich manager.",
        "Vincent Kompany agreed personal terms to become Bayern Munich's new head coach on Tuesday.",
        "Vincent Kompany has signed a three-year deal to become the new Bayern Munich coach.",
        "Vincent Kompany, 38, has agreed to become Bayern Munich's new boss.",
    ],
)
def test_agreed_to_become_the_new_manager(text: str) -> None:
    assert ("Vincent Kompany", "Bayern Munich", "first_team", "appointed") in keys_of(text)


def test_agreed_to_become_captain_is_no_appointment() -> None:
    assert not keys_of("Declan Rice has agreed to become the new Arsenal captain.")


@pytest.mark.parametrize(
    "text",
    [
        "Steve Cooper is the new man in the dugout at Leicester City.",
        "Steve Cooper is the new man in charge at Leicester City after signing a three-year deal.",
        "Steve Cooper is Leicester City's new man in the hot seat.",
    ],
)
def test_new_man_in_the_dugout(text: str) -> None:
    assert ("Steve Cooper", "Leicester City", "first_team", "appointed") in keys_of(text)


def test_new_man_in_charge_of_finances_is_no_coach() -> None:
    assert not keys_of("Tom Smith is the new man in charge of Leicester City's finances.")


@pytest.mark.parametrize(
    "text",
    [
        "Bramley Athletic have a new manager: Kit Ferrand.",
        "Bramley Athletic have a new head coach in Kit Ferrand.",
        "Bramley Athletic have their new boss, the former Tolworth coach Kit Ferrand.",
    ],
)
def test_club_has_a_new_coach_named_after_the_post(text: str) -> None:
    assert ("Kit Ferrand", "Bramley Athletic", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player named after the club's new signing
        "Bramley Athletic have a new striker in Kit Ferrand.",
        # another clause after the comma
        "Bramley Athletic have a new manager, and Kit Ferrand is pleased for his friend.",
    ],
)
def test_club_has_a_new_player_or_another_clause_is_no_appointment(text: str) -> None:
    assert not any(k[0] == "Kit Ferrand" and k[3] == "appointed" for k in keys_of(text))


def test_time_at_the_club_is_up() -> None:
    text = "Manager Kit Ferrand spoke on Friday. Kit Ferrand's time at Bramley Athletic is up."
    assert ("Kit Ferrand", "Bramley Athletic", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will Still steps into the role of head coach at RC Lens.",
        "Will Still has stepped into the hot seat at RC Lens.",
        "Will Still stepped into the vacant dugout at RC Lens on Monday.",
    ],
)
def test_steps_into_the_post(text: str) -> None:
    assert ("Will Still", "RC Lens", "first_team", "appointed") in keys_of(text)


def test_steps_into_a_players_role_is_no_appointment() -> None:
    assert not keys_of("Florian Sotoca steps into the role of captain at RC Lens.")


@pytest.mark.parametrize(
    "text",
    ["Russell Martin lands Southampton job", "Russell Martin has landed the Southampton hot seat."],
)
def test_lands_the_job(text: str) -> None:
    assert ("Russell Martin", "Southampton", "first_team", "appointed") in keys_of(text)


# --- exits ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Frank Lampard was shown the exit by Everton in January 2023.",
        "Everton showed Frank Lampard the exit in January 2023.",
    ],
)
def test_shown_the_exit(text: str) -> None:
    assert ("Frank Lampard", "Everton", "first_team", "dismissed") in keys_of(text)


def test_a_player_shown_the_exit_is_no_sacking() -> None:
    assert not keys_of("Bukayo Saka has been shown the exit by Arsenal.")


@pytest.mark.parametrize(
    "text",
    [
        "Gareth Southgate has stepped aside as England manager after eight years in charge.",
        "Gareth Southgate stepped aside from his role with England with immediate effect.",
    ],
)
def test_stepped_aside(text: str) -> None:
    assert ("Gareth Southgate", "England", "national", "resigned") in keys_of(text)


def test_a_player_stepping_aside_for_a_penalty_is_no_resignation() -> None:
    text = "Harry Kane stepped aside to let Bukayo Saka take the penalty for England."
    assert not any(k[3] == "resigned" for k in keys_of(text))


@pytest.mark.parametrize(
    "text,event",
    [
        ("Sacked by Chelsea in May, Mauricio Pochettino is now in talks with Mexico.", "dismissed"),
        ("Having been dismissed by Chelsea in May, Mauricio Pochettino is now out of work.", "dismissed"),
        ("Having resigned as Chelsea manager in May, Mauricio Pochettino is now out of work.", "resigned"),
        ("Having left Chelsea in May, Mauricio Pochettino is now in talks with the United States.", "left"),
    ],
)
def test_opening_participle(text: str, event: str) -> None:
    assert ("Mauricio Pochettino", "Chelsea", "first_team", event) in keys_of(text)


def test_a_player_having_left_is_no_coach() -> None:
    assert not keys_of("Having left Chelsea in May, Bukayo Osei is now training with Fulham.")


@pytest.mark.parametrize(
    "text",
    [
        "Gary O'Neil was put in charge of Wolverhampton Wanderers in August after Julen Lopetegui left.",
        "Wolverhampton Wanderers appointed Gary O'Neil in August, days after Julen Lopetegui had departed.",
    ],
)
def test_after_he_left(text: str) -> None:
    keys = keys_of(text)
    assert ("Julen Lopetegui", "Wolverhampton Wanderers", "first_team", "left") in keys
    assert ("Gary O'Neil", "Wolverhampton Wanderers", "first_team", "appointed") in keys


def test_a_player_who_left_is_not_read_without_an_appointment() -> None:
    assert not keys_of("Tottenham Hotspur struggled for goals after Harry Kane left.")


@pytest.mark.parametrize(
    "text",
    [
        "Borussia Dortmund announced that Edin Terzic's contract will not be renewed.",
        "Edin Terzic's deal, which runs out in June, won't be extended by Borussia Dortmund.",
        "Borussia Dortmund will not renew Edin Terzic's contract.",
    ],
)
def test_contract_not_renewed(text: str) -> None:
    assert ("Edin Terzić", "Borussia Dortmund", "first_team", "left") in keys_of(text)


def test_a_players_contract_not_renewed_is_no_fact() -> None:
    assert not keys_of("Chelsea said that Tomas Silvano's contract will not be renewed.")


@pytest.mark.parametrize(
    "text",
    ["Juventus confirm Allegri exit", "Juventus confirmed Massimiliano Allegri's departure on Friday."],
)
def test_club_confirms_exit(text: str) -> None:
    assert ("Massimiliano Allegri", "Juventus", "first_team", "left") in keys_of(text)


# --- extensions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brighton have triggered the option to extend Roberto De Zerbi's contract by a further year.",
        "Brighton took up an option of a further year in Roberto De Zerbi's contract.",
        "Mikel Arteta's deal was extended to 2027, Arsenal said on Thursday.",
    ],
)
def test_option_and_passive_extension(text: str) -> None:
    keys = keys_of(text)
    assert any(k[3] == "extended" for k in keys), keys


def test_an_option_in_a_players_deal_with_the_coach_in_view_is_no_extension() -> None:
    text = "Arsenal triggered the option to extend Tomas Reyes's contract, manager Mikel Arteta said."
    assert ("Tomas Reyes", "Arsenal", "first_team", "extended") not in keys_of(text)


# --- a caretaker made permanent ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker boss Michael Skubala has been confirmed as Leeds United manager.",
        "Michael Skubala, the caretaker, has been appointed Leeds United manager on a permanent basis.",
        "Interim coach Michael Skubala was named Leeds United head coach permanently on Monday.",
    ],
)
def test_caretaker_made_permanent_is_head_coach(text: str) -> None:
    appointed = [r for r in _roles(text) if r[3] == "appointed"]
    assert appointed == [("Michael Skubala", "Leeds United", "first_team", "appointed", "head_coach")]


def test_caretaker_appointed_stays_caretaker() -> None:
    text = "Interim boss Michael Skubala has taken charge of Leeds United until the end of the season."
    assert ("Michael Skubala", "Leeds United", "first_team", "appointed", "caretaker") in _roles(text)
