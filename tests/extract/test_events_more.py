"""The right event for a coach and a club: departures of a whole staff list, sackings told in a
relative clause or in translated wording, a coach stepping away. Phrasings written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a squad's title inside a staff list: every item leaves, not only the last two
            "Millwall sacked manager Tom Hale. Assistant manager Eric Vance, first-team coach Ian Brook "
            "and goalkeeping coach Bobby Marsh have also left The Den.",
            [
                ("Eric Vance", "Millwall", "first_team", "left"),
                ("Ian Brook", "Millwall", "first_team", "left"),
                ("Bobby Marsh", "Millwall", "first_team", "left"),
            ],
        ),
        (
            "Norwich City have dismissed manager Paul Lund. Assistant coach Mark Dent, under-23 coach "
            "Ray Hollis and fitness coach Simon Pratt have left the club as well.",
            [
                ("Mark Dent", "Norwich City", "first_team", "left"),
                ("Simon Pratt", "Norwich City", "first_team", "left"),
            ],
        ),
    ],
)
def test_staff_list_leaves_together(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    keys = keys_of(text)
    for key in expected:
        assert key in keys


def test_list_item_takes_its_own_title_not_the_next_ones() -> None:
    text = (
        "Millwall sacked manager Tom Hale. Assistant manager Eric Vance, first-team coach Ian Brook "
        "and goalkeeping coach Bobby Marsh have also left The Den."
    )
    roles = {(f["coach"], f["event"]): f["role"] for f in facts_of(text)}
    assert roles[("Eric Vance", "left")] == "assistant_coach"
    assert roles[("Bobby Marsh", "left")] == "goalkeeping_coach"
    assert ("Eric Vance", "in_charge") not in roles  # his title names the post he leaves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everton named Sean Dyche as manager. He succeeds Frank Lampard, whom the club sacked last week.",
            ("Frank Lampard", "Everton", "first_team", "dismissed"),
        ),
        (
            "Leeds United have hired Jesse Marsch. Marsch replaces Marcelo Bielsa, whom Leeds United "
            "fired on Sunday after a 4-0 defeat.",
            ("Marcelo Bielsa", "Leeds United", "first_team", "dismissed"),
        ),
        (
            "Valencia appointed Rubén Baraja. He takes over from Gennaro Gattuso, whom Valencia had "
            "dismissed in December.",
            ("Gennaro Gattuso", "Valencia", "first_team", "dismissed"),
        ),
    ],
)
def test_sacked_in_a_whom_clause(text: str, expected: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert expected in keys
    coach, club, squad, _ = expected
    assert (coach, club, squad, "left") not in keys  # the sacking says how he went


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hertha BSC has on Monday released trainer Pál Dárdai with immediate effect from his duties.",
            ("Pál Dárdai", "Hertha BSC", "first_team", "dismissed"),
        ),
        (
            "Schalke 04 coach Dimitrios Grammozis was released from his duties on Sunday.",
            ("Dimitrios Grammozis", "Schalke 04", "first_team", "dismissed"),
        ),
        (
            "VfL Bochum released head coach Thomas Letsch from his duties after the defeat.",
            ("Thomas Letsch", "VfL Bochum", "first_team", "dismissed"),
        ),
    ],
)
def test_released_from_duties_is_a_sacking(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_released_alone_is_no_sacking() -> None:
    text = "Hertha BSC coach Pál Dárdai released a statement on Monday about the defeat."
    assert not any(k[3] == "dismissed" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Portland Timbers lost again. Alan Price stepped away from his role as Portland's head coach "
            "on Nov. 3.",
            ("Alan Price", "Portland Timbers", "first_team", "resigned"),
        ),
        (
            "Laura Harvey coached OL Reign for five years. She stepped away from the club in November 2017.",
            ("Laura Harvey", "OL Reign", "women", "resigned"),
        ),
        (
            "Wigan Athletic manager Leam Richardson steps away from the job after four years.",
            ("Leam Richardson", "Wigan Athletic", "first_team", "resigned"),
        ),
    ],
)
def test_stepped_away_is_a_resignation(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_will_step_away_is_no_resignation_yet() -> None:
    text = "Ajax great Pieter de Jong has said he will step away from coaching once the season ends."
    assert not any(k[3] == "resigned" for k in keys_of(text))


def _events(text: str, coach: str, club: str, published: str = "2024-03-12") -> list[str]:
    return sorted(f["event"] for f in facts_of(text, published) if f["coach"] == coach and f["club"] == club)


@pytest.mark.parametrize(
    ("text", "published", "coach", "club", "expected"),
    [
        (  # a return told apart from the first appointment: two appointments
            "Ghana named Otto Addo head coach again on Monday. He was first appointed in February 2022 "
            "and left after the World Cup.",
            "2024-03-12",
            "Otto Addo",
            "Ghana",
            ["appointed", "appointed"],
        ),
        (
            "Celtic sacked Neil Lennon in February 2021. Lennon had returned to Celtic Park in "
            "February 2019, and he was first sacked by Celtic in March 2014.",
            "2021-03-01",
            "Neil Lennon",
            "Celtic",
            ["appointed", "dismissed", "dismissed"],
        ),
        (
            "Lille sacked Henri Moreau on Friday for the second time in two years. He had been fired "
            "in March 2018 with the side bottom of the table.",
            "2019-12-29",
            "Henri Moreau",
            "Lille",
            ["dismissed", "dismissed"],
        ),
    ],
)
def test_a_second_spell_is_a_second_event(
    text: str, published: str, coach: str, club: str, expected: list[str]
) -> None:
    assert [e for e in _events(text, coach, club, published) if e in ("appointed", "dismissed")] == expected


@pytest.mark.parametrize(
    ("text", "club", "dates"),
    [
        (  # one appointment told twice, the second time with a year only
            "Aston Villa have appointed Unai Emery as head coach. Emery arrived at Villa Park in 2022 "
            "after a spell at Villarreal.",
            "Aston Villa",
            1,
        ),
        (  # dates years apart but nothing says he came back: one appointment, one date misread
            "Aston Villa have appointed Unai Emery as head coach. The Spaniard takes charge on "
            "November 1, 2021 once his work permit is granted.",
            "Aston Villa",
            1,
        ),
        (  # 2021 is the sacking's date in that sentence, not a second appointment's
            "Boca Juniors appointed Miguel Russo for a third time in June 2025. He was back at Boca "
            "from 2020, winning the title before being dismissed in 2021.",
            "Boca Juniors",
            1,
        ),
    ],
)
def test_one_appointment_told_twice_stays_one(text: str, club: str, dates: int) -> None:
    facts = facts_of(text, "2025-10-01")
    assert len([f for f in facts if f["event"] == "appointed" and f["club"] == club]) == dates


def test_considered_bringing_back_is_a_rumour() -> None:
    text = (
        "Wolves have also considered bringing back Gary O'Neil, who remains out of work, though sources "
        "played that down on Sunday."
    )
    keys = keys_of(text)
    assert ("Gary O'Neil", "Wolverhampton Wanderers", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # "names like X": candidates talked about, no appointment
            "Brazil need a coach. Names like Tite, of Corinthians, and Cuca were also quoted by the press.",
            ("Tite", "Corinthians", "first_team", "appointed"),
        ),
        (
            "Names such as Thomas Frank, of Brentford, have been mentioned for the Chelsea job.",
            ("Thomas Frank", "Brentford", "first_team", "appointed"),
        ),
        (  # the coach offered something: no offer made to him
            "Algeria sacked Djamel Belmadi in January. Belmadi, in post since August 2018, had offered "
            "Algeria the 2019 Cup of Nations.",
            ("Djamel Belmadi", "Algeria", "national", "offer"),
        ),
        (
            "Fenerbahçe coach José Mourinho has offered his apologies to the referees.",
            ("José Mourinho", "Fenerbahçe", "first_team", "offer"),
        ),
    ],
)
def test_no_event_in_a_look_alike(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tottenham Hotspur need a manager. Thomas Frank was approached by the club last week.",
            ("Thomas Frank", "Tottenham Hotspur", "first_team", "offer"),
        ),
        (
            "Celtic are looking for a manager. Brendan Rodgers has been offered the job by Celtic.",
            ("Brendan Rodgers", "Celtic", "first_team", "offer"),
        ),
    ],
)
def test_an_offer_told_in_the_passive_stays(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Algeria have a new coach. Djamel Belmadi, in post since August 2018, had won the 2019 "
            "Cup of Nations.",
            ("Djamel Belmadi", "Algeria", "national", "in_charge"),
        ),
        (
            "Rangers face Celtic on Sunday. Philippe Clement, at the helm since October, has lost only once.",
            ("Philippe Clement", "Rangers", "first_team", "in_charge"),
        ),
    ],
)
def test_in_post_since_is_a_spell(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey need a new coach. The federation had terminated on Friday the contract of the Dutch "
            "technical director Jan Verhoef.",
            ("Jan Verhoef", "Turkey", "national", "dismissed"),
        ),
        (
            "Bologna terminated on Monday the contract of coach Thiago Motta.",
            ("Thiago Motta", "Bologna", "first_team", "dismissed"),
        ),
    ],
)
def test_terminated_with_a_time_word_before_the_contract(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in keys_of(text)


def test_promoted_where_and_leaving_for() -> None:
    text = (
        "Bristol Rovers have appointed Gary Penn as head coach. He made his name at Crewe, where he was "
        "promoted from kit man to manager and won a promotion, before leaving for Stoke City in "
        "October 2012."
    )
    keys = keys_of(text)
    assert ("Gary Penn", "Crewe Alexandra", "first_team", "appointed") in keys
    assert ("Gary Penn", "Crewe Alexandra", "first_team", "left") in keys
    assert ("Gary Penn", "Stoke City", "first_team", "appointed") in keys


def test_named_where_at_a_club_of_a_career() -> None:
    text = (
        "Leeds hired Daniel Farke. Farke began at Borussia Dortmund, where he was named coach of the "
        "reserves in 2015, before leaving for Norwich City in 2017."
    )
    keys = keys_of(text)
    assert ("Daniel Farke", "Norwich City", "first_team", "appointed") in keys


def test_a_player_leaving_for_a_club_is_no_appointment() -> None:
    text = (
        "Chelsea signed Cole Palmer. He came through at Manchester City before leaving for Chelsea in 2023."
    )
    assert not any(k[3] == "appointed" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "club", "earlier"),
    [
        (
            "Ghana have sacked coach Otto Brandt. Brandt, 64, was appointed in March 2019 and had "
            "previously coached the national sides of Mali and Togo.",
            "Ghana",
            "Mali",
        ),
        (
            "Everton sacked Sean Dyche. Dyche was hired in January 2023 and has previously managed Burnley "
            "and Watford.",
            "Everton",
            "Burnley",
        ),
    ],
)
def test_appointment_before_an_earlier_spell_clause(text: str, club: str, earlier: str) -> None:
    keys = {(k[0], k[1], k[3]) for k in keys_of(text)}
    coach = next(k[0] for k in keys if k[2] == "dismissed")
    assert (coach, club, "appointed") in keys
    assert (coach, earlier, "appointed") not in keys
    assert (coach, earlier, "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the second event of a sentence, its subject left out
            "Ulsan Hyundai hired Park Jin-ho in 2019. He took Ulsan to the league title the following "
            "year and the Korean FA Cup in 2021, but resigned in June 2022 after a bad run.",
            ("Park Jin-ho", "Ulsan Hyundai", "first_team", "resigned"),
        ),
        (
            "Alan Stubbs won the Scottish Cup with Hibernian in 2016 and quit weeks later to join Rotherham.",
            ("Alan Stubbs", "Hibernian", "first_team", "resigned"),
        ),
        (  # not the club of his apposition: the post the clause before the verb names
            "China need a coach. Fabio Cannavaro, then head coach of Guangzhou Evergrande, was named to "
            "lead China in March, but stepped down after two defeats.",
            ("Fabio Cannavaro", "China", "national", "resigned"),
        ),
    ],
)
def test_a_resignation_with_its_subject_left_out(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_a_resignation_as_a_player_is_none() -> None:
    text = "Celtic hired Brendan Rodgers. He won the league with Celtic and quit as a player in 1987."
    assert not any(k[3] == "resigned" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tunisia have a problem. Jalel Hamdi and his entire technical staff were sacked on Friday once "
            "Tunisia went out.",
            ("Jalel Hamdi", "Tunisia", "national", "dismissed"),
        ),
        (
            "Watford need a manager. Javi Gracia and his coaching staff have been sacked by Watford.",
            ("Javi Gracia", "Watford", "first_team", "dismissed"),
        ),
    ],
)
def test_a_coach_sacked_with_his_staff(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thailand lost again, and the FAT and Marco Keller agreed to end his contract by mutual "
            "consent on April 9.",
            ("Marco Keller", "Thailand", "national", "left"),
        ),
        (
            "Norwich City and Dean Smith agreed to terminate his deal on Sunday.",
            ("Dean Smith", "Norwich City", "first_team", "left"),
        ),
    ],
)
def test_agreed_to_end_his_contract_is_a_parting(text: str, expected: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert (*expected[:3], "dismissed") not in keys


def test_a_past_youth_spell_does_not_make_a_departure_the_youths() -> None:
    text = (
        "Marco Keller coached Thailand's U19 team in 2018. Thailand and Keller agreed to end "
        "his contract by mutual consent on April 9."
    )
    keys = keys_of(text)
    assert ("Marco Keller", "Thailand", "national", "left") in keys
    assert ("Marco Keller", "Thailand", "national_u19", "left") not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seattle Sounders won the cup. Brian Schmetzer had the interim tag removed in November 2016.",
            ("Brian Schmetzer", "Seattle Sounders", "first_team", "appointed"),
        ),
        (
            "Crystal Palace are safe. Paddy McCarthy has had his caretaker label dropped by the club.",
            ("Paddy McCarthy", "Crystal Palace", "first_team", "appointed"),
        ),
    ],
)
def test_interim_tag_removed_is_a_permanent_appointment(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    facts = facts_of(text)
    assert any(
        (f["coach"], f["club"], f["squad"], f["event"]) == expected and f["role"] == "head_coach"
        for f in facts
    )
