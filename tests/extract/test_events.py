"""Events, people, clubs, squads and roles on short sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northfield Rovers have appointed Tomas Berg as their new head coach.",
            ("Tomas Berg", "Northfield Rovers", "first_team", "appointed"),
        ),
        (
            "Hartley Town confirmed the appointment of Ivo Marek as manager on Monday.",
            ("Ivo Marek", "Hartley Town", "first_team", "appointed"),
        ),
        (
            "Everton have sacked manager Paul Dunne after a run of eight defeats.",
            ("Paul Dunne", "Everton", "first_team", "dismissed"),
        ),
        (
            "Leeds United boss Karl Weiss was dismissed on Sunday.",
            ("Karl Weiss", "Leeds United", "first_team", "dismissed"),
        ),
        (
            "Sevilla coach Andres Molina has resigned after the cup exit.",
            ("Andres Molina", "Sevilla", "first_team", "resigned"),
        ),
        (
            "Lens head coach Marc Dubois has signed a contract extension until 2027.",
            ("Marc Dubois", "RC Lens", "first_team", "extended"),
        ),
        (
            "Feyenoord are in talks with Piet Janssen about the vacant head coach role.",
            ("Piet Janssen", "Feyenoord", "first_team", "linked"),
        ),
        (
            "Rangers made an offer for Colin Reid last week.",
            ("Colin Reid", "Rangers", "first_team", "offer"),
        ),
        (
            "Burnley boss Sam Hale has turned down an offer to manage Celtic.",
            ("Sam Hale", "Celtic", "first_team", "offer_declined"),
        ),
        (
            "Jan Vos is set to be named the new manager of Ajax.",
            ("Jan Vos", "Ajax", "first_team", "linked"),
        ),
    ],
)
def test_event_sentences(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_takes_over_from_predecessor_and_past_spells() -> None:
    keys = keys_of(
        "Marta Ruiz took over from Ana Gil as coach of Real Betis women in 2022. "
        "Ruiz has previously managed Sevilla, Granada and Malaga."
    )
    assert ("Marta Ruiz", "Real Betis", "women", "appointed") in keys
    assert ("Ana Gil", "Real Betis", "women", "left") in keys
    for club in ("Sevilla", "Granada", "Málaga"):
        assert ("Marta Ruiz", club, "first_team", "in_charge") in keys


def test_caretaker_made_permanent_gives_two_appointments() -> None:
    facts = facts_of(
        "Hull City sacked Dan Moss in October. His assistant Lee Rhodes replaced Moss on an "
        "interim "
        "basis but was given the job on a permanent deal after three wins."
    )
    roles = {f["role"] for f in facts if f["coach"] == "Lee Rhodes" and f["event"] == "appointed"}
    assert roles == {"caretaker", "head_coach"}


def test_possessive_side_and_coaching_staff_are_spells() -> None:
    keys = keys_of(
        "Luka Petrov will join Carlo Bruni's coaching staff at Torino. "
        "Napoli beat Stefan Horvat's side on Sunday."
    )
    assert ("Carlo Bruni", "Torino", "first_team", "in_charge") in keys
    assert ("Stefan Horvat", "Napoli", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        ("Atletico B coach Diego Lara was sacked.", "Atlético Madrid", "reserve"),
        ("Castilla coach Pablo Serra was sacked.", "Real Madrid", "reserve"),
        ("Jong Ajax coach Ruud Bakker was sacked.", "Ajax", "reserve"),
        ("Chelsea's under-21 coach Tom Pike was sacked.", "Chelsea", "u21"),
        ("Arsenal Women manager Jo Hart was sacked.", "Arsenal", "women"),
        ("Barcelona sacked Juvenil A coach Oriol Puig.", "Barcelona", "u19"),
        ("Germany's U-20 coach Jens Adler was sacked.", "Germany", "national_u20"),
    ],
)
def test_squads(text: str, club: str, squad: str) -> None:
    facts = [f for f in facts_of(text) if f["event"] == "dismissed"]
    assert facts and (facts[0]["club"], facts[0]["squad"]) == (club, squad)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Fulham have appointed Rob Kane as caretaker manager.", "caretaker"),
        ("Fulham have appointed Rob Kane as interim head coach.", "caretaker"),
        ("Fulham have appointed Rob Kane as assistant manager.", "assistant_coach"),
        ("Fulham have appointed Rob Kane as goalkeeping coach.", "goalkeeping_coach"),
        ("Fulham have appointed Rob Kane as fitness coach.", "fitness_coach"),
        ("Fulham have appointed Rob Kane as manager.", "head_coach"),
    ],
)
def test_roles(text: str, role: str) -> None:
    (fact,) = [f for f in facts_of(text) if f["event"] == "appointed"]
    assert fact["role"] == role


def test_unknown_clubs_named_by_their_shape_or_cue() -> None:
    keys = keys_of(
        "Nchalo United have appointed Peter Banda as coach. "
        "Banda previously coached Malawian club Mighty Wanderers."
    )
    assert ("Peter Banda", "Nchalo United", "first_team", "appointed") in keys
    assert ("Peter Banda", "Mighty Wanderers", "first_team", "in_charge") in keys


def test_surnames_descriptors_pronouns_and_nicknames() -> None:
    keys = keys_of(
        "Real Sociedad have appointed Iker Mendia as head coach. The 44-year-old replaces "
        "Jon Arrieta, who was sacked on Monday. Arrieta had been in charge since 2021. "
        "Atleti fans still sing about El Cholo's side."
    )
    assert ("Iker Mendia", "Real Sociedad", "first_team", "appointed") in keys
    assert ("Jon Arrieta", "Real Sociedad", "first_team", "dismissed") in keys
    assert ("Diego Simeone", "Atlético Madrid", "first_team", "in_charge") in keys


def test_executives_are_never_coaches() -> None:
    text = (
        "Valencia president Ana Soler has appointed Luis Prat as head coach. "
        "Sporting director Marc Vidal said Prat was the club's first choice. "
        "The club named Eva Roig as general manager."
    )
    coaches = {f["coach"] for f in facts_of(text)}
    assert "Luis Prat" in coaches
    assert not coaches & {"Ana Soler", "Marc Vidal", "Eva Roig"}


def test_hedged_is_linked_with_lower_confidence() -> None:
    facts = facts_of(
        "Stoke City have appointed Ben Cole as manager. "
        "Watford are expected to appoint Mark Lowe as their new boss."
    )
    by_coach = {f["coach"]: f for f in facts}
    assert by_coach["Ben Cole"]["event"] == "appointed"
    assert by_coach["Mark Lowe"]["event"] == "linked"
    assert by_coach["Mark Lowe"]["confidence"] < by_coach["Ben Cole"]["confidence"]


def test_likes_of_list_links_every_candidate() -> None:
    keys = keys_of(
        "Derby County sacked Phil Stone on Tuesday. The likes of Ray Dale, "
        "Tim Ord and Joe Kerr have been linked with the vacancy."
    )
    for name in ("Ray Dale", "Tim Ord", "Joe Kerr"):
        assert (name, "Derby County", "first_team", "linked") in keys


def test_turned_down_twice_counts_twice() -> None:
    facts = facts_of("Bolton Wanderers need a manager. Alan Frost turned down the job twice.")
    assert sum(f["event"] == "offer_declined" for f in facts) == 2


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Advertisement\n\nBrentford have sacked head coach Olaf Lind.\nRelated: other news"
    facts = facts_of(text)
    assert facts
    for f in facts:
        assert text[f["char_start"] : f["char_end"]] == f["evidence"]
        assert set(f) == {
            "article_id",
            "coach",
            "club",
            "squad",
            "role",
            "event",
            "date",
            "date_precision",
            "confidence",
            "evidence",
            "char_start",
            "char_end",
        }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gary Rowe named new Millwall boss", ("Gary Rowe", "Millwall", "first_team", "appointed")),
        (
            "Stoke confirm Sam Field as new manager",
            ("Sam Field", "Stoke City", "first_team", "appointed"),
        ),
        (
            "Neil Ward resigns as Huddersfield manager",
            ("Neil Ward", "Huddersfield Town", "first_team", "resigned"),
        ),
        (
            "Marco Sala to replace Scott Pike at Fulham",
            ("Marco Sala", "Fulham", "first_team", "linked"),
        ),
        (
            "Graham Pott leaves Brighton for Chelsea",
            ("Graham Pott", "Chelsea", "first_team", "appointed"),
        ),
        (
            "Lee Cars appointed England Under-21 head coach",
            ("Lee Cars", "England", "national_u21", "appointed"),
        ),
        (
            "Neil Lenn has been appointed manager of Rapid Bucharest.",
            ("Neil Lenn", "Rapid Bucharest", "first_team", "appointed"),
        ),
        (
            "Sheffield Wednesday confirmed the departure of manager Xisco Mena by mutual consent.",
            ("Xisco Mena", "Sheffield Wednesday", "first_team", "left"),
        ),
        (
            "Roberto De Zerba left Brighton in May and has since taken over at Marseille.",
            ("Roberto De Zerba", "Olympique de Marseille", "first_team", "appointed"),
        ),
        (
            "Emma Hale will leave Chelsea Women to become head coach of the US women's national team.",
            ("Emma Hale", "United States", "national_women", "appointed"),
        ),
        (
            "Mikel Arto, the Arsenal manager, praised his players.",
            ("Mikel Arto", "Arsenal", "first_team", "in_charge"),
        ),
    ],
)
def test_headline_and_report_forms(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_players_are_not_coaches() -> None:
    text = (
        "England captain Harry Kand led England to victory. "
        "Striker John Smyth has signed a three-year deal with Everton."
    )
    assert facts_of(text) == []


def test_a_full_report_with_noise() -> None:
    text = (
        "Bristol Rangers sack Nigel Pearn after Cardiff defeat\n\n"
        "Bristol Rangers have sacked head coach Nigel Pearn with the club 19th in the table.\n\n"
        "Advertisement\n\n"
        "The 57-year-old was appointed in February 2022 after Lee Jonson was dismissed.\n\n"
        'Chief executive Richard Gold said: "We thank Nigel for his work." Striker Tommy Conn '
        "scored twice in the defeat.\n\n"
        "Former Swansea boss Steve Coop and ex-Watford manager Rob Edwardes are among the early "
        "favourites for the job.\n\n"
        "Pearn previously managed Sheffield United, Leeds and Middlesbrough.\n\n"
        "Read more:\nCardiff appoint Omar Riza as manager\n"
    )
    keys = keys_of(text, published="2023-10-17")
    assert {
        ("Nigel Pearn", "Bristol Rangers", "first_team", "dismissed"),
        ("Nigel Pearn", "Bristol Rangers", "first_team", "appointed"),
        ("Lee Jonson", "Bristol Rangers", "first_team", "dismissed"),
        ("Steve Coop", "Bristol Rangers", "first_team", "linked"),
        ("Rob Edwardes", "Bristol Rangers", "first_team", "linked"),
        ("Steve Coop", "Swansea City", "first_team", "in_charge"),
        ("Nigel Pearn", "Leeds United", "first_team", "in_charge"),
    } <= keys
    coaches = {k[0] for k in keys}
    assert not coaches & {"Richard Gold", "Tommy Conn", "Omar Riza"}
