"""Events told in passing in short news stories (the train13 batch), tested with our own variants: a
return for another spell, a successor named after a colon, an arrival dated by its month, a move into
the club's offices, a walk-out told as an aside, a staff arriving with the new man, a renewal told with
'today', a spell dated from 'since' whose aside names an earlier post, and a youth coach joining the
senior staff who keeps his youth team."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of


def _has(text: str, coach: str, club: str, event: str) -> bool:
    return (coach, club, event) in events_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        # a return for an nth spell, at the club in view, at a club named, or in an "and then" clause
        (
            "Celtic have sacked Neil Lennon after a run of five defeats. "
            "The 53-year-old Lennon had returned for his second spell at the club in February 2019.",
            "Neil Lennon",
            "Celtic",
        ),
        (
            "Hibernian coach Jack Ross was dismissed on Sunday. "
            "Ross was sacked by Sunderland in 2019 and then returned to Hibernian for a second spell.",
            "Jack Ross",
            "Hibernian",
        ),
        (
            "Juventus have dismissed head coach Massimiliano Allegri. "
            "Allegri, who came back for a third stint in 2021, won the Coppa Italia last week.",
            "Massimiliano Allegri",
            "Juventus",
        ),
    ],
)
def test_returned_for_another_spell_is_an_appointment(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "appointed")


def test_a_players_return_for_a_second_spell_needs_a_coach() -> None:
    text = (
        "Everton have re-signed striker Dominic Calvert-Lewin on a one-year deal. "
        "Calvert-Lewin returned for a second spell at the club in July."
    )
    assert not any(e == "appointed" for _c, _club, e in events_of(text))


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Sevilla coach Quique Flores has left the club. "
            "Sevilla have already named his successor: Garcia Pimienta, who led Las Palmas to La Liga.",
            "Garcia Pimienta",
            "Sevilla",
        ),
        (
            "Genoa have found the successor: Patrick Vieira signed a contract until 2026 on Friday.",
            "Patrick Vieira",
            "Genoa",
        ),
    ],
)
def test_successor_named_after_a_colon(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "appointed")


def test_successor_of_a_coach_found_means_he_left() -> None:
    text = (
        "Hertha Berlin have found a successor to head coach Pal Dardai: Cristian Fiel becomes the new coach "
        "and signs until 2026. The club had offered the veteran coach Dardai a new role."
    )
    assert _has(text, "Pál Dárdai", "Hertha BSC", "left") or _has(text, "Pal Dardai", "Hertha BSC", "left")


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Brentford have sacked Tom Hale. "
            "Hale arrived in November 2019 after Paul Kerr left for Aston Villa.",
            "Tom Hale",
            "Brentford",
        ),
        (
            "Leicester City have dismissed manager Steve Cooper. Cooper joined in the summer of 2024.",
            "Steve Cooper",
            "Leicester City",
        ),
    ],
)
def test_arrived_in_a_month_is_his_appointment(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "appointed")


def test_a_players_arrival_in_a_month_needs_a_coach() -> None:
    text = "Chelsea have sold midfielder Conor Gallagher. Gallagher arrived in July 2019 from the academy."
    assert not any(e == "appointed" for _c, _club, e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dundee have appointed Lars Holm as manager, with Jim Duffy moving into a new position as the "
        "club's head of recruitment.",
        "Dundee have appointed Lars Holm as manager. Jim Duffy will move upstairs to become sporting "
        "director.",
    ],
)
def test_moving_into_an_office_role_leaves_the_post(text: str) -> None:
    assert _has(text, "Jim Duffy", "Dundee", "left")


def test_a_new_role_as_coach_is_no_exit() -> None:
    text = (
        "Aberdeen have appointed Jimmy Thelin, with Neil Warnock moving into a new role as assistant manager."
    )
    assert not _has(text, "Neil Warnock", "Aberdeen", "left")


def test_walking_out_on_a_club_is_a_resignation_and_opens_no_vacancy() -> None:
    text = (
        "Bolton manager Ian Evatt has signed a new contract. "
        "Evatt joined in June 2020, walking out on Salford City to take the job. "
        "He replaced Keith Hill, who had been sacked."
    )
    keys = events_of(text)
    assert ("Ian Evatt", "Salford City", "resigned") in keys
    assert ("Keith Hill", "Salford City", "dismissed") not in keys
    assert ("Ian Evatt", "Salford City", "appointed") not in keys


def test_having_walked_out_on_a_national_team() -> None:
    text = (
        "Flamengo have sacked Paulo Sousa. The Portuguese was appointed in January, "
        "having walked out on Poland to take that job."
    )
    assert _has(text, "Paulo Sousa", "Poland", "resigned")


@pytest.mark.parametrize(
    ("text", "aides"),
    [
        (
            "Alaves have appointed Eduardo Coudet as head coach. He will arrive with his usual staff, "
            "including assistant Pablo Fernandez and fitness coach Gustavo Martinez.",
            ("Pablo Fernandez", "Gustavo Martinez"),
        ),
        (
            "Getafe have named Jose Bordalas as coach. Bordalas comes with his trusted backroom staff, "
            "among them assistant Roberto Perera.",
            ("Roberto Perera",),
        ),
    ],
)
def test_staff_arriving_with_the_new_man_are_appointed(text: str, aides: tuple[str, ...]) -> None:
    keys = events_of(text)
    for aide in aides:
        assert any(c == aide and e == "appointed" for c, _club, e in keys), aide


def test_staff_he_arrived_with_in_the_past_are_not_appointed_now() -> None:
    text = (
        "Alaves have appointed Eduardo Coudet as head coach. At Celta he arrived with his usual staff, "
        "including assistant Pablo Fernandez."
    )
    assert not any(c == "Pablo Fernandez" and e == "appointed" for c, _club, e in events_of(text))


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Barnsley are pleased to confirm that manager Dan Holt has today signed a new "
            "three-year contract with the club.",
            "Dan Holt",
            "Barnsley",
        ),
        (
            "Hibernian manager David Gray has signed a new deal. "
            "Assistant manager Paul Hartley has also agreed an extended contract.",
            "Paul Hartley",
            "Hibernian",
        ),
    ],
)
def test_renewal_told_with_today_or_an_extended_deal(text: str, coach: str, club: str) -> None:
    assert _has(text, coach, club, "extended")


def test_a_players_renewal_today_needs_a_coach() -> None:
    text = "Chelsea winger Noni Ford has today signed a new five-year contract with the club."
    assert not any(e == "extended" for _c, _club, e in events_of(text))


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "The Mali federation has appointed Tom Saintfiet as head coach of Mali, replacing Eric Chelle. "
            "Chelle, a former assistant coach of the Ivory Coast national team, "
            "had been in charge since 2022.",
            "Eric Chelle",
            "Mali",
        ),
        (
            "Thailand sacked Masatada Ishii on Monday. "
            "Ishii, who took Kashima Antlers to the title in 2016, had been in charge since March 2023.",
            "Masatada Ishii",
            "Thailand",
        ),
    ],
)
def test_spell_since_is_the_storys_post_not_the_asides(text: str, coach: str, club: str) -> None:
    assert (coach, club, "in_charge") in events_of(text)


def test_spell_since_with_an_aside_on_the_same_post() -> None:
    text = (
        "Liverpool lost again. "
        "Jurgen Klopp, who led Liverpool to the title in 2020, has been in charge since 2015."
    )
    assert ("Jürgen Klopp", "Liverpool", "in_charge") in events_of(text)


def test_took_a_team_to_the_last_16() -> None:
    text = (
        "Japan sacked Ken Mori. Rui Vieira, who took Japan to the last 16 of the 2018 "
        "World Cup, was also considered."
    )
    assert ("Rui Vieira", "Japan", "in_charge") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal have named Roberto Martinez as head coach. "
        "Martinez will be assisted by Nuno Silva, who has coached the Portugal under-19 team since 2020.",
        "Portugal have named Roberto Martinez as head coach. Portugal's under-20 coach Nuno Silva will join "
        "Martinez's staff as a second assistant.",
    ],
)
def test_youth_coach_joining_the_senior_staff_keeps_his_youth_team(text: str) -> None:
    keys = keys_of(text)
    assert any(k[0] == "Nuno Silva" and k[3] == "appointed" for k in keys)
    assert not any(k[0] == "Nuno Silva" and k[3] == "left" for k in keys)
