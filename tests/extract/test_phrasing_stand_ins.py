"""Stand-ins told by their matches and their return to the post they held ('the team was guided for two
matches by X, coach of the B team, who then returned to the second team'; 'X, who took the team on an
interim basis, will stay on as Y's assistant'), and a reflexive 'himself' that is no second subject;
written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_NOVAK_SACKED = "Aris Limassol sacked Petr Novak on Monday. "


_LOWE_HIRED = "Hamilton Academical have appointed Kevin Lowe as manager. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spell told by its matches, by the reserve coach who then went back
        (
            _NOVAK_SACKED + "In the meantime, the team was led for three games by Andreas Kyriakou, "
            "the coach of the Aris Limassol B team, who then returned to the second team.",
            {
                ("Andreas Kyriakou", "Aris Limassol", "first_team", "in_charge"),
                ("Andreas Kyriakou", "Aris Limassol", "first_team", "left"),
            },
        ),
        (
            _NOVAK_SACKED
            + "After the exit of Novak, the side was coached in the final matches of the season by "
            "Andreas Kyriakou, who later returned to his post with the youth players.",
            {
                ("Andreas Kyriakou", "Aris Limassol", "first_team", "in_charge"),
                ("Andreas Kyriakou", "Aris Limassol", "first_team", "left"),
            },
        ),
        # the spell alone, no return told
        (
            _NOVAK_SACKED + "The team had been directed for two matches by Andreas Kyriakou.",
            {("Andreas Kyriakou", "Aris Limassol", "first_team", "in_charge")},
        ),
        # "the interim X, …, who guided the team … and returned after to the secondary team"
        (
            _NOVAK_SACKED + "Novak had replaced the interim Andreas Kyriakou, coach of the team B, "
            "who guided the team for a month and returned afterwards to the secondary team.",
            {("Andreas Kyriakou", "Aris Limassol", "first_team", "left")},
        ),
    ],
)
def test_stand_in_spell_and_return(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


def test_stand_in_spell_is_caretaker_not_the_reserve_post() -> None:
    facts = facts_of(
        _NOVAK_SACKED
        + "The team was managed in the last two games by Andreas Kyriakou, coach of the reserves, "
        "who has since returned to the reserve side."
    )
    mine = [f for f in facts if f["coach"] == "Andreas Kyriakou" and f["event"] == "in_charge"]
    spells = {(f["squad"], f["role"]) for f in mine}
    assert ("first_team", "caretaker") in spells


def test_a_permanent_spell_told_by_years_is_no_stand_in() -> None:
    keys = keys_of(
        _NOVAK_SACKED + "The team was led for four seasons by Andreas Kyriakou, who returned later."
    )
    assert ("Andreas Kyriakou", "Aris Limassol", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        _LOWE_HIRED + "Assistant Ryan Tait, who took the team on an interim basis for the last four games, "
        "will stay on as Lowe's assistant.",
        _LOWE_HIRED
        + "Ryan Tait, who has led the side on a caretaker basis since August, will remain as an assistant.",
    ],
)
def test_stand_in_who_stays_as_assistant(text: str) -> None:
    keys = keys_of(text, "2023-10-04")
    assert ("Ryan Tait", "Hamilton Academical", "first_team", "left") in keys
    assert ("Ryan Tait", "Hamilton Academical", "first_team", "appointed") in keys


def test_stand_in_who_stays_keeps_his_caretaker_spell() -> None:
    facts = facts_of(
        _LOWE_HIRED
        + "First-team coach Ryan Tait, who took the team on an interim basis for the last three games, "
        "will stay on as Lowe's assistant.",
        "2023-10-04",
    )
    spells = [f for f in facts if f["coach"] == "Ryan Tait" and f["event"] == "in_charge"]
    assert any(f["role"] == "caretaker" for f in spells)


@pytest.mark.parametrize(
    "text",
    [
        "Schalke sacked Jonas Brandt. Assistant coach Lars Ebert had been named interim coach, but Ebert now "
        "returns to the role of assistant.",
        "Schalke sacked Jonas Brandt. Lars Ebert, who took charge for one game, will now go back to the "
        "role of assistant coach.",
    ],
)
def test_return_to_the_role_of_assistant(text: str) -> None:
    assert ("Lars Ebert", "Schalke 04", "first_team", "left") in keys_of(text)


def test_reflexive_is_no_second_subject() -> None:
    keys = keys_of(
        "Schalke appointed Otto Reimann on Monday. Assistant Lars Ebert had been named interim coach, "
        "but Reimann will sit on the bench himself and Ebert returns to the role of assistant."
    )
    assert ("Otto Reimann", "Schalke 04", "first_team", "left") not in keys
    assert ("Lars Ebert", "Schalke 04", "first_team", "left") in keys


@pytest.mark.parametrize(
    "stand_in",
    [
        "Assistant Ezra Hendrickson will serve as interim coach.",
        "Ezra Hendrickson will act as caretaker manager.",
        "Ezra Hendrickson will serve as the club's interim head coach for the rest of the season.",
    ],
)
def test_will_serve_as_interim(stand_in: str) -> None:
    facts = facts_of("The Chicago Fire fired coach Frank Klopas on Monday. " + stand_in)
    assert ("Chicago Fire", "caretaker", "appointed") in {
        (f["club"], f["role"], f["event"]) for f in facts if f["coach"] == "Ezra Hendrickson"
    }


def test_former_coach_of_an_unrecognised_club_is_not_the_storys() -> None:
    keys = keys_of(
        "The Chicago Fire fired coach Frank Klopas on Monday. Chicago could look at ex-Columbus coach "
        "Caleb Porter or former Wrexham boss Dean Keates."
    )
    assert not {k for k in keys if k[0] in ("Caleb Porter", "Dean Keates") and k[1] == "Chicago Fire"}
