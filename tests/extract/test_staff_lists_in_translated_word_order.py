"""Backroom staff named by translated titles in translated word order: the verb first ("Also renewed are the
adjunct A and …", "Leave together with him the auxiliary technician A …", "With him enter the adjuncts A and
B", "Coming with him are …"), the staff first ("In his staff enters the assistant A, who …, and the fitness
coach B", "In the technical staff of X take place A as assistant trainer, …", "His work team is formed by
…"), the passive ("… are also prolonged"), a farewell ("… also said goodbye to the team"), titles such as
"secunds", "auxiliary technician", "athletic performance trainer", and a nationality before a title ("the
Uruguayan assistant A"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NAMED = "Vitória Guimarães named the technician Rui Matos as their new coach on Monday. "
_RENEWED = "Vitória Guimarães renewed the contract of the technician Rui Matos until 2026 on Monday. "
_SACKED = "Vitória Guimarães sacked the technician Rui Matos on Monday. "
_CLUB = "Vitória de Guimarães"


def _has(keys: set, name: str, event: str) -> bool:
    return (name, _CLUB, "first_team", event) in keys


@pytest.mark.parametrize(
    "staff",
    [
        "In his staff enters the assistant Tiago Brandão, who comes with him from Chaves, and the fitness "
        "coach Nuno Farias.",
        "In his staff arrive the Uruguayan assistant Tiago Brandão and the goalkeeper trainer Nuno Farias.",
        "With him enter the adjuncts Tiago Brandão and Joel Pita and the physical preparer Nuno Farias.",
        "Coming with him are the assistant Tiago Brandão and the goalkeeper coach Nuno Farias.",
        "In the technical staff of Matos take place Tiago Brandão as assistant trainer and Nuno Farias as "
        "athletic performance trainer.",
        "His work team is formed by the assistant Tiago Brandão and the physical trainer Nuno Farias.",
        "The Portuguese strategist arrives with his auxiliary technician Tiago Brandão and the physical "
        "trainer Nuno Farias.",
        "To Barcelos he takes the adjunct Tiago Brandão and the physical preparer Nuno Farias.",
    ],
)
def test_staff_arriving_with_the_new_man(staff: str) -> None:
    keys = keys_of(_NAMED + staff)
    assert _has(keys, "Tiago Brandão", "appointed") and _has(keys, "Nuno Farias", "appointed")


@pytest.mark.parametrize(
    "staff",
    [
        "Also renewed are the assistant Tiago Brandão and the goalkeeping trainer Nuno Farias.",
        "Also extended are assistant Tiago Brandão and goalkeeping coach Nuno Farias.",
        "Also the adjunct Tiago Brandão and goalkeeper trainer Nuno Farias extend their contracts.",
        "His adjunct Tiago Brandão and the trainer of the goalkeepers Nuno Farias are also prolonged.",
        "The renewal includes also his assistant Tiago Brandão and the fitness coach Nuno Farias.",
    ],
)
def test_staff_renewed_beside_the_boss(staff: str) -> None:
    keys = keys_of(_RENEWED + staff)
    assert _has(keys, "Tiago Brandão", "extended") and _has(keys, "Nuno Farias", "extended")


@pytest.mark.parametrize(
    "staff",
    [
        "Leave together with him the auxiliary technician Tiago Brandão and the physical preparer Nuno "
        "Farias.",
        "Leave together with him his secunds Tiago Brandão and Joel Pita and the physical trainer Nuno "
        "Farias.",
        "The assistant of Rui Matos, Tiago Brandão, and the goalkeeper trainer Nuno Farias also said goodbye "
        "to the team.",
    ],
)
def test_staff_leaving_with_the_boss(staff: str) -> None:
    keys = keys_of(_SACKED + staff)
    assert _has(keys, "Tiago Brandão", "left") and _has(keys, "Nuno Farias", "left")


def test_staff_kept_on_is_no_arrival() -> None:
    kept = "In the staff remain the assistant Tiago Brandão and the fitness coach Nuno Farias."
    keys = keys_of(_NAMED + kept)
    assert not _has(keys, "Tiago Brandão", "appointed")


def test_renewal_of_a_player_names_no_aide() -> None:
    text = _RENEWED + "Also renewed are the midfielder Tiago Brandão and the goalkeeper Nuno Farias."
    keys = keys_of(text)
    assert not any(k[0] in ("Tiago Brandão", "Nuno Farias") for k in keys)


def test_a_goodbye_to_a_rival_is_no_exit() -> None:
    keys = keys_of(_NAMED + "The fitness coach Nuno Farias said goodbye to football in 2019 to study.")
    assert not _has(keys, "Nuno Farias", "left")
