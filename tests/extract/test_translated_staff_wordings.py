"""What happens to titled backroom staff, told in translated word orders: the staff kept on named after the
verb ("In the staff also remain the second trainer A …", "The technical committee remains: the auxiliary
A, …"), the staff's new deals named after a colon ("Also his co-workers signed new contracts: …"), a tie
"prolonged" ("prolonged their ligation with the club"), ended ("ends the cooperation with the club") or
parted ("parted ways"), and staff leaving with the man they go with named ("With Bordalás also leave …")."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _events(text: str, *names: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["event"]) for f in facts_of(text) if f["coach"] in names}


@pytest.mark.parametrize(
    ("text", "names", "event"),
    [
        (
            "Lech Poznań have extended the contract of Niels Frederiksen. In the staff also remain the "
            "second trainer Piotr Kowal and the trainer of goalkeepers Jan Nowak.",
            ("Piotr Kowal", "Jan Nowak"),
            "in_charge",
        ),
        (
            "Vasco da Gama have appointed Fábio Carille. The technical committee remains: the auxiliary "
            "Paulo Silva, the physical preparer João Souza and the goalkeeper preparer Carlos Lima.",
            ("Paulo Silva", "João Souza", "Carlos Lima"),
            "in_charge",
        ),
        (
            "Cracovia have renewed the contract of Dawid Kroczek. Also his co-workers signed new deals: "
            "the second trainer Adam Wiśniewski and the goalkeeper coach Piotr Lis.",
            ("Adam Wiśniewski", "Piotr Lis"),
            "extended",
        ),
        (
            "Braga have extended the contract of Carlos Carvalhal. The adjunct Rui Costa and the physical "
            "trainer Nuno Dias also prolonged their ligation with the club.",
            ("Rui Costa", "Nuno Dias"),
            "extended",
        ),
        (
            "Getafe have sacked Pepe Bordalás. With Bordalás also leave the second coach Iván Ania and the "
            "physical trainer Jesús Sánchez.",
            ("Iván Ania", "Jesús Sánchez"),
            "left",
        ),
    ],
)
def test_each_titled_aide_gets_the_event(text, names, event):
    found = _events(text, *names)
    club = next(iter(found))[1]
    assert {(n, club, event) for n in names} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Wisła Płock have extended the contract of Mariusz Misiura. The trainer of goalkeepers Marek Lis "
        "ends the cooperation with the club after the season.",
        "Kayserispor have sacked Burak Yılmaz. Goalkeeping coach Ali Demir, on the other hand, parted ways "
        "with the club.",
    ],
)
def test_titled_aide_ends_the_cooperation(text):
    assert any(e == "left" for _, _, e in _events(text, "Marek Lis", "Ali Demir"))


@pytest.mark.parametrize(
    "text",
    [
        # near miss: another man's staff ("the staff of Y") is read by other rules, not as kept on here
        "Lech Poznań have appointed Niels Frederiksen. In the staff of Mariusz Rumak remained the assistant "
        "Piotr Kowal.",
        # near miss: "went" with something else than staff, the aide named in another clause stays
        "Getafe have sacked Pepe Bordalás. With Bordalás went the hopes of the fans, and the assistant Iván "
        "Ania stays.",
    ],
)
def test_no_kept_staff_or_exit_from_other_wordings(text):
    assert not {(c, e) for c, _, e in _events(text, "Piotr Kowal", "Iván Ania")} & {
        ("Piotr Kowal", "in_charge"),
        ("Iván Ania", "left"),
    }


# near-misses: the club after "parted ways with" is the one left; staff "in the staff" who leave are not kept


def test_an_aide_who_parted_ways_with_a_past_club_left_that_club() -> None:
    text = (
        "Stoke City have appointed Karl Engel. Assistant coach Tom Weller, who parted ways with Norwich City "
        "in 2022, joins his staff."
    )
    events = _events(text, "Tom Weller")
    assert ("Tom Weller", "Stoke City", "left") not in events
    assert ("Tom Weller", "Norwich City", "left") in events


def test_an_aide_who_ended_the_cooperation_with_a_past_club_left_that_club() -> None:
    text = (
        "Stoke City have appointed Karl Engel. Assistant coach Tom Weller, who ended the cooperation with "
        "Norwich City in 2022, joins his staff."
    )
    assert ("Tom Weller", "Stoke City", "left") not in _events(text, "Tom Weller")


def test_staff_named_in_the_staff_who_leave_too_are_not_kept() -> None:
    text = (
        "Wisla Plock have sacked Jan Nowicki. In the staff are the second trainer Adam Wrona and the "
        "goalkeeper coach Piotr Kasza, who both leave too."
    )
    events = _events(text, "Adam Wrona", "Piotr Kasza")
    assert not any(e[2] == "in_charge" for e in events)
    assert ("Adam Wrona", "Wisła Płock", "left") in events
