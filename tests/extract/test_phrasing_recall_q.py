"""Recall: clause-level attribution of moves (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- "who left in May to take charge of <descriptor> C": a relative clause tells his move ------


@pytest.mark.parametrize(
    "text",
    [
        "Rayo have appointed Iñigo Pérez. He replaces Andoni Iraola, who left in June to take charge of "
        "English side Bournemouth.",
        "Lens named Will Still as coach, succeeding Franck Haise, who quit last summer to take over at Nice.",
        "Ajax confirmed that Francesco Farioli, who had left in May to join Italian giants "
        "Juventus, would not return.",
    ],
)
def test_relative_clause_left_to_take_charge(text: str) -> None:
    keys = keys_of(text)
    assert any(
        k[3] == "appointed" and k[1] in {"AFC Bournemouth", "Bournemouth", "OGC Nice", "Nice", "Juventus"}
        for k in keys
    ), keys


# --- "C sacked X and handed the job to Y": the club gives its post to Y ----------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Palmeiras dismissed Luiz Felipe Scolari on Sunday and handed the job to Abel Ferreira, "
            "the former Braga coach.",
            "Abel Ferreira",
            "Palmeiras",
        ),
        (
            "Valencia sacked Rubén Baraja and gave the reins to Carlos Corberán.",
            "Carlos Corberán",
            "Valencia",
        ),
        (
            "Marseille turned to 70-year-old Jean-Louis Gasset after sacking Gennaro Gattuso.",
            "Jean-Louis Gasset",
            "Olympique de Marseille",
        ),
        (
            "Days later, Watford fired Slaven Bilić, with the side tenth, to bring Tom Cleverley in.",
            "Tom Cleverley",
            "Watford",
        ),
    ],
)
def test_club_hands_its_post_to_the_new_man(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "appointed") in keys_of(text)


def test_handing_armband_or_a_player_in_is_no_appointment() -> None:
    keys = keys_of("Arsenal handed the captaincy to Martin Ødegaard and hope to bring in a striker.")
    assert not any(k[3] == "appointed" for k in keys)


# --- ", having been appointed/sacked …": a participle clause about the main clause's subject ---


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Thomas Frank won his first game in charge of Tottenham Hotspur on Saturday, having been "
            "appointed in June to replace the sacked Ange Postecoglou.",
            "Thomas Frank",
            "Tottenham Hotspur",
            "appointed",
        ),
        (
            "Unai Emery, having been named Villarreal coach in 2020, won the Europa League a year later.",
            "Unai Emery",
            "Villarreal",
            "appointed",
        ),
        (
            "Graham Potter watched from the stands, having been sacked by Chelsea in April.",
            "Graham Potter",
            "Chelsea",
            "dismissed",
        ),
    ],
)
def test_having_been_clause_tells_the_subjects_move(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_having_been_made_captain_is_no_appointment() -> None:
    keys = keys_of("Martin Ødegaard scored twice for Arsenal, having been appointed captain in the summer.")
    assert not any(k[3] == "appointed" for k in keys)


# --- "C relieved (head coach) X of his duties": the role may stand before the name ----------


@pytest.mark.parametrize(
    "text",
    [
        "Bengaluru FC on Tuesday relieved head coach Simon Grayson of his duties after a poor run.",
        "Celtic relieved their manager Neil Lennon of his responsibilities on Friday.",
    ],
)
def test_relieved_role_name_of_duties(text: str) -> None:
    keys = keys_of(text)
    assert any(k[3] == "dismissed" and k[0] in {"Simon Grayson", "Neil Lennon"} for k in keys), keys


# --- ", having left C": the subject's earlier departure ---------------------------------------


def test_having_left_club_is_a_departure() -> None:
    text = "Liam Rosenior is now in charge at Strasbourg, having left Hull City in May."
    assert ("Liam Rosenior", "Hull City", "first_team", "left") in keys_of(text)


# --- "Will Still": a capitalised adverb-like word after a given name is a surname -------------


@pytest.mark.parametrize(
    "text",
    [
        "Burnley have held talks with former Reims coach Will Still.",
        "Will Still, the Belgian who led Reims, was sacked by Lens on Monday.",
        "Lens have sacked Will Still after a run of five defeats.",
    ],
)
def test_capitalised_still_after_a_given_name_is_a_surname(text: str) -> None:
    coaches = {k[0] for k in keys_of(text)}
    assert "Will Still" in coaches and "Will" not in coaches


# --- "A, former C coach B and D": the title goes with B, not with A ---------------------------


def test_title_before_the_next_listed_man_is_his() -> None:
    text = (
        "Everton have drawn up a shortlist of Roberto Mancini, former Lyon coach Pierre Sage "
        "and Graham Potter."
    )
    keys = keys_of(text)
    assert ("Pierre Sage", "Lyon", "first_team", "in_charge") in keys
    assert not any(k[0] == "Roberto Mancini" and k[3] == "in_charge" for k in keys)


def test_apposition_title_still_goes_with_the_man_before() -> None:
    text = "Sunderland have held talks with Pierre Sage, the former Lyon coach."
    assert ("Pierre Sage", "Lyon", "first_team", "in_charge") in keys_of(text)


# --- "a shortlist of Lorient's X": a candidate named by his club coaches it -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brentford drew up a shortlist of Bournemouth's Andoni Iraola, Kieran McKenna and Scott Parker.",
        "Andoni Iraola and Bournemouth's Gary O'Neil are on the shortlist to replace Thomas Frank.",
    ],
)
def test_shortlisted_candidate_named_by_his_club_coaches_it(text: str) -> None:
    keys = keys_of(text)
    assert any(k[1] == "AFC Bournemouth" and k[3] == "in_charge" for k in keys), keys


def test_a_club_s_player_is_no_coach() -> None:
    keys = keys_of("Arsenal's Bukayo Saka scored twice against Chelsea on Sunday.")
    assert not any(k[3] == "in_charge" for k in keys)


def test_talks_with_a_man_named_by_his_club() -> None:
    keys = keys_of("Burnley have held talks with Ipswich Town's Kieran McKenna.")
    assert ("Kieran McKenna", "Burnley", "first_team", "linked") in keys
    assert ("Kieran McKenna", "Ipswich Town", "first_team", "in_charge") in keys


# --- "X, Rooney's number two at Plymouth, also left": staff gone with the coach ---------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Plymouth Argyle sacked Wayne Rooney on Tuesday. Mike Phelan, Rooney's number two at "
            "Plymouth, also left on Tuesday.",
            "Mike Phelan",
            "Plymouth Argyle",
        ),
        (
            "Chelsea sacked Graham Potter. Billy Reid, his long-time assistant at Chelsea, has also "
            "departed.",
            "Billy Reid",
            "Chelsea",
        ),
    ],
)
def test_apposition_then_also_left(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "left") in keys_of(text)


def test_also_left_for_another_club_is_no_plain_exit() -> None:
    keys = keys_of("Chelsea sacked Graham Potter. Billy Reid, his assistant, also left for Brighton.")
    assert not any(k[0] == "Billy Reid" and k[1] == "Brighton & Hove Albion" and k[3] == "left" for k in keys)
