"""An aide named in apposition to his title ("Y's fitness coach, the Icelander X, leaves with him",
"Y's analyst, X, follows him to C"): the comma closing the apposition does not make "him" the aide
himself (a non-reflexive object is never its own clause's subject), so "him" is the boss, and the aide
leaves the club with him."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, read_as

SACKING = "Harwick Rovers have sacked manager Tom Ellery after two years in charge. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ellery's long-time fitness coach, the Icelander Bjarni Thorsson, leaves with him.",
        "Ellery's assistant, Bjarni Thorsson, leaves the club with him.",
        "Ellery's assistant, Bjarni Thorsson, 44, also leaves along with him.",
        # his title apposed after his name
        "Bjarni Thorsson, his number two, leaves with him.",
        "Bjarni Thorsson, his long-time assistant, follows him out of the door.",
    ],
)
def test_apposed_aide_leaves_with_his_boss(sentence: str) -> None:
    keys = keys_of(SACKING + sentence)
    assert ("Bjarni Thorsson", "Harwick Rovers", "first_team", "left") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Ellery's analyst, Bjarni Thorsson, follows him to Carlisle United.",
        "Ellery's fitness coach, Bjarni Thorsson, goes with him to Carlisle United.",
    ],
)
def test_him_after_an_apposed_aide_is_the_boss(sentence: str, monkeypatch) -> None:
    assert read_as(SACKING + sentence, "him", monkeypatch) == ["Tom Ellery"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the aide stays: no departure
        "Ellery's assistant, Bjarni Thorsson, stays on with the new man.",
        "Bjarni Thorsson, his number two, stays on with the new man.",
        # the aide is told leaving with nobody: not this rule's (and not read as leaving with himself)
        "Ellery's assistant, Bjarni Thorsson, thanked the fans.",
    ],
)
def test_apposed_aide_who_stays_does_not_leave(sentence: str) -> None:
    keys = keys_of(SACKING + sentence)
    assert not any(k[0] == "Bjarni Thorsson" and k[3] == "left" for k in keys)


def test_him_after_a_name_with_no_apposition_is_still_another_man(monkeypatch) -> None:
    # "X, who worked with him": an earlier reading, kept
    text = SACKING + "Bjarni Thorsson, who worked with him at Carlisle United, is the favourite."
    assert read_as(text, "him", monkeypatch) == ["Tom Ellery"]


ARRIVAL = "Carlisle United have appointed Tom Ellery as manager, a week after he left Harwick Rovers. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ellery's long-time assistant at Harwick, Bjarni Thorsson, follows him to Carlisle.",
        "Ellery's analyst Bjarni Thorsson goes with him to Carlisle.",
    ],
)
def test_aide_who_goes_with_his_boss_joins_the_new_club(sentence: str) -> None:
    keys = keys_of(ARRIVAL + sentence)
    assert ("Bjarni Thorsson", "Carlisle United", "first_team", "appointed") in keys


def test_going_with_him_and_no_club_is_no_arrival() -> None:
    keys = keys_of(SACKING + "His analyst Bjarni Thorsson goes with him.")
    assert not any(k[0] == "Bjarni Thorsson" and k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "His assistant Bjarni Thorsson follows him out of the door.",
        "The goalkeeping coach stays, while fitness coach Bjarni Thorsson follows Ellery out of the club.",
    ],
)
def test_aide_who_follows_his_boss_out_leaves(sentence: str) -> None:
    keys = keys_of(SACKING + sentence)
    assert ("Bjarni Thorsson", "Harwick Rovers", "first_team", "left") in keys
    assert not any(k[0] == "Bjarni Thorsson" and k[3] == "appointed" for k in keys)


def test_aide_expected_to_follow_him_out_is_no_departure_yet() -> None:
    rumour = "His right-hand man, Bjarni Thorsson, is expected to follow him out of the door."
    keys = keys_of(SACKING + rumour)
    assert not any(k[0] == "Bjarni Thorsson" and k[3] in ("left", "appointed", "linked") for k in keys)


def test_name_ending_a_relative_clause_is_no_aide_subject() -> None:
    # "…, who left C along with X, joins Z": X is no subject of "joins"
    text = (
        "Carlisle United have appointed Tom Ellery as manager. Bjarni Thorsson, who left Harwick Rovers "
        "in May along with Sam Reid, joins Ellery as an assistant."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Sam Reid" and k[1] == "Carlisle United" for k in keys)
