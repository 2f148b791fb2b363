"""A youth or reserve coach's own post, told beside his promotion or his stand-in spell: the post's spell,
and its end where the words (or a permanent appointment in the same sentence) say it is over."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def test_after_being_promoted_from_the_reserves():
    keys = keys_of(
        "Porto have brought back Vitor Bruno. He returns to the club where he won the cup in 2021 "
        "after being promoted from the reserve side to replace Sergio Conceicao."
    )
    assert ("Vítor Bruno", "FC Porto", "reserve", "in_charge") in keys or (
        "Vitor Bruno",
        "FC Porto",
        "reserve",
        "in_charge",
    ) in keys
    assert any(k[2] == "reserve" and k[3] == "left" for k in keys)


def test_had_coached_the_under_23s_before_stepping_up():
    keys = keys_of(
        "Stoke City appointed Steven Schumacher as manager on Monday. "
        "Schumacher had been coaching Stoke's under-23 side before stepping up."
    )
    assert ("Steven Schumacher", "Stoke City", "u23", "in_charge") in keys
    assert ("Steven Schumacher", "Stoke City", "u23", "left") in keys


def test_took_over_after_coaching_the_clubs_b_side():
    keys = keys_of(
        "Olivier Pantaloni was named Lorient coach in 2024. "
        "Christophe Pelissier took over Lorient's first team in 2021 after coaching the club's B side."
    )
    assert ("Christophe Pélissier", "FC Lorient", "reserve", "in_charge") in keys or (
        "Christophe Pelissier",
        "FC Lorient",
        "reserve",
        "in_charge",
    ) in keys


def test_until_now_trainer_of_the_under_23s_takes_interim_charge():
    keys = keys_of(
        "Benfica sacked Roger Schmidt. Luis Castro, until now coach of the under-23 team, will take "
        "interim charge of the side for Saturday's game."
    )
    assert ("Luis Castro", "Benfica", "u23", "in_charge") in keys
    assert ("Luis Castro", "Benfica", "u23", "left") in keys
    # the stand-in's own appointment is not turned into a finished spell by the youth post's end
    assert ("Luis Castro", "Benfica", "first_team", "appointed") in keys


def test_started_with_one_age_group_then_promoted_to_the_next():
    facts = facts_of(
        "Flamengo named Filipe Luís as head coach on Monday. "
        "He began with the under-15s in March and was promoted to the under-17s a few months later."
    )
    keys = {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts}
    assert ("Filipe Luís", "Flamengo", "u15", "in_charge") in keys
    assert ("Filipe Luís", "Flamengo", "u15", "left") in keys
    start = next(f for f in facts if f["squad"] == "u15" and f["event"] == "in_charge")
    assert start["date"] == "2024-03-01"
    end = next(f for f in facts if f["squad"] == "u15" and f["event"] == "left")
    assert end["date"] is None  # March is when he began there


def test_until_last_week_he_was_in_charge_of_the_under_19s():
    keys = keys_of(
        "Flamengo named Filipe Luís as head coach. Until last week he was still in charge of the under-19s."
    )
    assert ("Filipe Luís", "Flamengo", "u19", "left") in keys


def test_the_trainer_of_the_squad_then_his_name():
    keys = keys_of(
        "Palermo sacked Giuseppe Iachini. The club considered handing the team to the coach of the "
        "under-19s, Paolo Beruatto."
    )
    assert ("Paolo Beruatto", "Palermo", "u19", "in_charge") in keys


def test_reserve_team_manager_title_with_a_hyphen():
    keys = keys_of(
        "Preston sacked Alan Firth. Reserve-team manager Colin Pratt will take charge of the side "
        "for Tuesday's game at Hull."
    )
    assert ("Colin Pratt", "Preston North End", "reserve", "in_charge") in keys


def test_actually_coach_of_the_under_19s_keeps_that_post():
    keys = keys_of(
        "Bochum sacked Thomas Letsch in April. Heiko Butscher, currently coach of the U19, took over "
        "after the release of Letsch and kept the club up."
    )
    assert ("Heiko Butscher", "VfL Bochum", "u19", "in_charge") in keys
    assert ("Heiko Butscher", "VfL Bochum", "u19", "left") not in keys


def test_technician_of_a_named_reserve_side():
    keys = keys_of(
        "Juventus sacked Marco Vidi. The first team is entrusted for now to Sergio Landi, "
        "technician of the Juventus Next Gen, who will be on the bench on Sunday."
    )
    assert ("Sergio Landi", "Juventus", "reserve", "in_charge") in keys


def test_joining_the_senior_staff_keeps_the_youth_post():
    keys = keys_of(
        "Gareth Lloyd was appointed Wales Under-21 manager in 2016, and he joined the senior coaching "
        "staff in 2018."
    )
    assert ("Gareth Lloyd", "Wales", "national_u21", "appointed") in keys
    assert ("Gareth Lloyd", "Wales", "national_u21", "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Pachuca sacked Luis Ponce on Monday. Ponce, 51, had been promoted in March from Pachuca's "
        "under-23 team, which he had led since 2022.",
        "Pachuca sacked Luis Ponce on Monday. Ponce was promoted last summer from Pachuca's under-23 team.",
        "Pachuca sacked Luis Ponce on Monday. Ponce, who stepped up in 2022 from Pachuca's under-23 side, "
        "had won the cup.",
    ],
)
def test_promoted_with_a_time_before_from(text: str) -> None:
    """'promoted in January from C's U23s': he leaves the U23s for the first team, not the reverse."""
    keys = keys_of(text)
    assert ("Luis Ponce", "Pachuca", "u23", "left") in keys
    assert ("Luis Ponce", "Pachuca", "u23", "appointed") not in keys
    assert ("Luis Ponce", "Pachuca", "u23", "dismissed") not in keys


def test_stepping_up_to_a_named_first_team_is_no_appointment_at_the_story_club():
    text = (
        "Everton sacked Sean Dyche on Thursday. Kieran Hollis started out at Morecambe, then coached "
        "Burnley's under-21s before stepping up to the first team at Burnley."
    )
    assert not any(f["coach"] == "Kieran Hollis" and f["club"] == "Everton" for f in facts_of(text))


@pytest.mark.parametrize(
    ("sentence", "post", "old_post"),
    [
        ("Barcelona have promoted under-19 coach Oscar Lopez to first-team manager.", "first_team", "u19"),
        ("Barcelona have promoted B team coach Oscar Lopez to the first team.", "first_team", "reserve"),
        ("Barcelona have promoted Oscar Lopez from the under-19s to the B team.", "reserve", None),
        (
            "Barcelona have promoted Juvenil A coach Oscar Lopez to the role of Barca Atletic manager.",
            "reserve",
            "u19",
        ),
    ],
)
def test_promoted_to_the_post_named_after_to(sentence: str, post: str, old_post: str | None) -> None:
    keys = keys_of(sentence)
    assert ("Oscar Lopez", "Barcelona", post, "appointed") in keys
    if old_post:
        assert ("Oscar Lopez", "Barcelona", old_post, "appointed") not in keys
