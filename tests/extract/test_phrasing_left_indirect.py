"""Departures told indirectly, written for these tests in our own words: a stand-in whose spell ends
as he steps back onto the staff ('has been interim head coach and will stay on as Y's assistant',
'took caretaker charge and will remain part of the backroom staff', '…; he will return to the youth
set-up once Y arrives') has left the post he held for the time being."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_HIRED = "Hull City have appointed Mark Rolf as their new head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ed Vass has been interim head coach since March and will stay on as Rolf's assistant.",
        "Ed Vass, who guided Hull City on an interim basis for six games, will stay on as an assistant.",
        "Ed Vass, the club's academy manager, took caretaker charge for two games and will remain part "
        "of the coaching staff.",
        "Ed Vass had been placed in temporary charge and is expected to stay on as Rolf's number two.",
        "Ed Vass took caretaker charge after the sacking and was then kept on by Rolf as his number two.",
        "Ed Vass has been acting head coach since October and will lead the team on Saturday; he will "
        "return to the youth set-up once Rolf arrives.",
        "Ed Vass has been in interim charge since the departure and will go back to his previous role.",
    ],
)
def test_stand_in_stepping_back_has_left(sentence: str) -> None:
    facts = facts_of(_HIRED + sentence)
    left = [f for f in facts if (f["coach"], f["club"], f["event"]) == ("Ed Vass", "Hull City", "left")]
    assert left and left[0]["role"] == "caretaker"


@pytest.mark.parametrize(
    "sentence",
    [
        # no stand-in spell told: a member of staff kept on
        "Ed Vass, who also worked at Leeds, will stay on as Rolf's number two.",
        "Assistant Ed Vass is expected to remain part of the coaching staff.",
        # the interim post is another man's; the clause after the semicolon is his own
        "Jon Tate has been interim head coach since then; Ed Vass will stay on as Rolf's assistant.",
    ],
)
def test_staying_on_without_a_stand_in_spell_is_no_departure(sentence: str) -> None:
    keys = keys_of(_HIRED + sentence)
    assert ("Ed Vass", "Hull City", "first_team", "left") not in keys


def test_stand_in_who_took_charge_keeps_his_appointment() -> None:
    keys = keys_of(
        _HIRED + "Ed Vass, the club's veteran coach, took caretaker charge for four games and "
        "will remain part of the backroom staff."
    )
    assert ("Ed Vass", "Hull City", "first_team", "left") in keys
    assert ("Ed Vass", "Hull City", "first_team", "appointed") in keys


# --- the man replaced, called by what he was: "replace compatriot X", "replaces interim coach X" ---------

_LEEDS = "Leeds United have appointed Tom Hale as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale, 41, was appointed in June to replace compatriot Ivo Dranić.",
        "Hale replaces interim coach Ivo Dranić, who led the team in six matches.",
        "Hale succeeds the outgoing Ivo Dranić, who has joined Porto.",
        "Hale was hired in May to succeed fellow countryman Ivo Dranić.",
    ],
)
def test_man_replaced_called_by_a_descriptor_has_left(sentence: str) -> None:
    keys = keys_of(_LEEDS + sentence)
    assert ("Ivo Dranić", "Leeds United", "first_team", "left") in keys


def test_descriptor_of_the_man_replaced_is_not_the_new_man_s_role() -> None:
    facts = facts_of(_LEEDS + "Hale replaces caretaker manager Ivo Dranić, who led the team in six matches.")
    hale = [f for f in facts if (f["coach"], f["event"]) == ("Tom Hale", "appointed")]
    assert hale and all(f["role"] == "head_coach" for f in hale)


def test_promoted_to_replace_him() -> None:
    facts = facts_of(
        "Ivo Dranić has left Leeds United for Porto after three seasons. Leeds United have promoted his "
        "assistant Tom Hale to replace him."
    )
    keys = {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts}
    assert ("Ivo Dranić", "Leeds United", "first_team", "left") in keys
    assert ("Tom Hale", "Leeds United", "first_team", "appointed") in keys
    # 'him' is not Hale: he leaves only his aide's post (see test_promoted_aide_leaves_aides_post.py)
    hale_left = [f for f in facts if (f["coach"], f["event"]) == ("Tom Hale", "left")]
    assert all(f["role"] == "assistant_coach" for f in hale_left)


def test_left_his_club_to_replace() -> None:
    keys = keys_of(
        "Wales have a new manager. Tom Hale had left Burnley to replace Ivo Dranić, who joined Porto."
    )
    assert ("Ivo Dranić", "Wales", "national", "left") in keys


def test_replaced_in_the_dugout_by_is_the_other_way_round() -> None:
    keys = keys_of(_LEEDS + "Ivo Dranić was replaced in the dugout by Tom Hale after the defeat.")
    assert ("Tom Hale", "Leeds United", "first_team", "left") not in keys


# --- partings told as both sides' act ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Dranić coached Wales from 2019 until he and the Welsh federation parted by mutual consent.",
        "Ivo Dranić's two years at Burnley ended with promotion, and he and the Lancashire club agreed to "
        "part ways in June.",
        "Burnley and Ivo Dranić reached an agreement on Monday for the rescission of his contract.",
        "Burnley said on Monday they had reached a mutual agreement with Ivo Dranić to end his contract.",
        "Burnley announced the consensual dissolution of the contract of Ivo Dranić on Monday.",
    ],
)
def test_parting_by_agreement_is_a_departure(text: str) -> None:
    keys = keys_of(text)
    assert any(k[0] == "Ivo Dranić" and k[3] == "left" and k[1] in ("Wales", "Burnley") for k in keys)
    assert not any(k[0] == "Ivo Dranić" and k[3] == "dismissed" for k in keys)


def test_a_he_and_the_club_parting_needs_the_club_named() -> None:
    keys = keys_of("Ivo Dranić won the title. In the end he and the club agreed to part ways in June.")
    assert not any(k[0] == "Ivo Dranić" and k[3] == "left" and k[1] not in (None, "") for k in keys)


def test_an_exit_after_a_return_is_a_second_exit() -> None:
    keys = keys_of(
        "Ivo Dranić first arrived at Burnley in 2019 but resigned in March 2021. "
        "He returned to Burnley in September 2022. Burnley said on Sunday they had reached a mutual "
        "agreement with Dranić to end his contract.",
        published="2024-11-05",
    )
    assert ("Ivo Dranić", "Burnley", "first_team", "resigned") in keys
    assert ("Ivo Dranić", "Burnley", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Lens have appointed Pierre Sage, who replaces the Belgian Rafael Torres.",
        "Pierre Sage will succeed the Belgian Rafael Torres at Lens.",
    ],
)
def test_the_man_replaced_called_by_a_capitalised_demonym(text: str) -> None:
    assert ("Rafael Torres", "RC Lens", "first_team", "left") in keys_of(text)
