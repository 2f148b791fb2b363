"""Club attribution when an article names several clubs: the story's club read from a headline led
by a club, opponents not counted as the story's club, a presentational "there is C" turning the
story to C, a loose youth squad in the club in view, and a flashback exit that leaves no vacancy."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


# --- a headline led by a club: "Club, …" / "Club: …" ------------------------------------------


def test_headline_led_by_a_club_and_a_colon_is_the_storys_club():
    text = (
        "Sporting CP and Rúben Amorim ended his contract on Tuesday. "
        "Amorim had arrived from Braga in 2020, after two seasons at Braga and a spell in the Braga "
        "youth teams. "
        "Nobody was surprised. The players trained in the morning. "
        "João Pereira will lead the team in the interim."
    )
    title = "Sporting CP: Amorim is no longer coach of the lions"
    assert _clubs(text, "João Pereira", "appointed", title=title) == {"Sporting CP"}
    title = "Sporting CP, Amorim out: Pereira in charge"
    assert _clubs(text, "João Pereira", "appointed", title=title) == {"Sporting CP"}


# --- opponents are not what the story is about ------------------------------------------------


def test_the_most_named_club_as_an_opponent_is_not_the_storys_club():
    text = (
        "Ivan Juric was sacked by Southampton on Sunday, a day after the 3-1 defeat by Tottenham. "
        "The loss against Tottenham followed a 2-0 defeat to Tottenham in the cup. "
        "The fans protested. The players trained in the morning. "
        "Simon Rusk will lead the team in the interim."
    )
    assert _clubs(text, "Simon Rusk", "appointed") == {"Southampton"}


# --- "And then there is C": the story turns to C ------------------------------------------------


def test_then_there_is_a_country_turns_the_roundup_to_it():
    text = (
        "Germany will stick with Julian Nagelsmann despite the exit. "
        "And then there is Croatia. "
        "Zlatko Dalic was appointed in 2017, after Ante Cacic was sacked."
    )
    assert _clubs(text, "Zlatko Dalic", "appointed") == {"Croatia"}
    assert _clubs(text, "Ante Cacic", "dismissed") == {"Croatia"}


def test_but_theres_a_club_turns_the_story_to_it():
    text = (
        "Leeds kept faith with Daniel Farke after the defeat. "
        "But there's Burnley, who sacked Vincent Kompany on Sunday. "
        "Craig Bellamy was appointed in the interim."
    )
    assert "Leeds United" not in _clubs(text, "Craig Bellamy", "appointed")


# --- a youth squad named without a club: the club in view ----------------------------------


def test_promoted_under21_coach_is_the_club_in_view_not_the_storys_first_club():
    text = (
        "Belgium coach Domenico Tedesco was sacked on Friday. "
        "He had been in charge since 2023. "
        "Italy moved fastest of all. "
        "The federation announced that Roberto Mancini would not continue, and promoted under-21 "
        "coach Paolo Nicolato in the same statement."
    )
    clubs = {f["club"] for f in facts_of(text) if f["coach"] == "Paolo Nicolato"}
    assert "Belgium" not in clubs


# --- a flashback exit from the coach's former club leaves no vacancy ---------------------------


def test_flashback_sacking_at_a_former_club_does_not_take_the_next_appointment():
    text = (
        "Porto and Vitor Bruno ended his contract on Monday. "
        "In his first season the coach won the Super Cup with Porto. "
        "Before, the technician had trained the Braga, where he was dismissed in March 2021. "
        "José Tavares, 50 years old, returns to the command of the dragons: in 2019 he already "
        "replaced Sérgio Conceição in interim for one game."
    )
    assert _clubs(text, "José Tavares", "appointed") == {"FC Porto"}
    assert _clubs(text, "Sérgio Conceição", "left") == {"FC Porto"}
    assert _clubs(text, "Vitor Bruno", "dismissed") == {"Braga"}


def test_a_current_sacking_at_another_club_still_leaves_its_vacancy():
    text = (
        "Southampton have sacked Ivan Juric. "
        "It is the second time this season he has been sacked, Roma having dismissed him in November. "
        "He had been brought in at Roma to replace the dismissed Daniele De Rossi in September."
    )
    assert "Southampton" not in _clubs(text, "Daniele De Rossi", "dismissed")


# --- a match report: the opponent opening a sentence of match play is not the story's club -----


def test_match_report_opponent_opening_a_sentence_does_not_take_the_winners_new_coach():
    text = (
        "Girona climbed to fourth in LaLiga on Saturday, coming from behind to beat Osasuna 2-0 at "
        "Montilivi. "
        "Osasuna hit the post twice in the first half, but Artem Dovbyk scored twice after the break. "
        "It caps a fine first season for Míchel Sánchez, who arrived last summer to replace "
        "Francisco Rodríguez when the Spaniard left to take charge of Almería. "
        "Vicente Moreno's men stay in mid-table."
    )
    title = "Girona 2-0 Osasuna: Michel's side climb to fourth"
    assert _clubs(text, "Míchel Sánchez", "appointed", title=title) == {"Girona"}
    assert _clubs(text, "Francisco Rodríguez", "left", title=title) == {"Girona"}
    assert _clubs(text, "Vicente Moreno", "in_charge", title=title) == {"Osasuna"}


# --- "C brought Y in to replace the fired X": X's club is the one filling the post -------------


def test_club_bringing_a_coach_in_to_replace_the_fired_one_is_the_sacked_mans_club():
    text = (
        "Bruce Arena spent a year on television. "
        "Seattle Sounders reached the final under Brian Schmetzer that season. "
        "Arena worked as a pundit before LA Galaxy brought him back in January 2018 to replace the "
        "fired Curt Onalfo."
    )
    assert _clubs(text, "Curt Onalfo", "dismissed") == {"LA Galaxy"}


def test_club_hiring_a_coach_to_succeed_the_sacked_one_is_the_sacked_mans_club():
    text = (
        "Celtic won the league under Brendan Rodgers. "
        "Rodgers had left Swansea in 2012, months before Leicester hired him in 2019 to succeed the "
        "sacked Claude Puel."
    )
    assert _clubs(text, "Claude Puel", "dismissed") == {"Leicester City"}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # the "who" clause follows the person the apposition ends on, not the sentence's first person
        (
            "Mark Hughes left Bradford City in May. Bradford City moved fast to replace him, hiring Welsh "
            "coach Graham Alexander, who had left Motherwell in January.",
            ("Graham Alexander", "Motherwell", "first_team", "left"),
            ("Mark Hughes", "Motherwell", "first_team", "left"),
        ),
        (
            "Rotherham United sacked Matt Taylor. The board acted quickly to replace him, turning to "
            "former player Steve Evans, who quit Stevenage at the end of the season.",
            ("Steve Evans", "Stevenage", "first_team", "resigned"),
            ("Matt Taylor", "Stevenage", "first_team", "resigned"),
        ),
        # "Y, who had spells at A, B and C, replaces X, who left the club": not C, the club in view
        (
            "Leeds United are top. In London, Fulham confirmed last month that Marco Silva will lead the "
            "team in 2025. Silva, who also had spells at Everton, Watford and Hull City, replaces Scott "
            "Parker, who left the club after the season.",
            ("Scott Parker", "Fulham", "first_team", "left"),
            ("Scott Parker", "Hull City", "first_team", "left"),
        ),
        (
            "Stoke City are in the market. Meanwhile, Sunderland confirmed that Régis Le Bris will lead "
            "the team. Le Bris, who had spells at Lorient and Rennes, succeeds Michael Beale, who quit the "
            "club in February.",
            ("Michael Beale", "Sunderland", "first_team", "resigned"),
            ("Michael Beale", "Rennes", "first_team", "resigned"),
        ),
    ],
)
def test_clause_binds_its_own_club(text: str, wanted: tuple, unwanted: tuple) -> None:
    keys = keys_of(text)
    assert wanted in keys
    assert unwanted not in keys


def test_a_club_in_the_aside_of_the_same_person_stays() -> None:
    """'X, who won the cup with C, left the club': the aside is X's own, so the club is C."""
    keys = keys_of("Arsenal are top. Gary Rowett, who won promotion with Millwall, left the club on Friday.")
    assert ("Gary Rowett", "Millwall", "first_team", "left") in keys


def test_headline_telling_an_extension_names_the_story_club() -> None:
    """'C extend contract of X': C is the story's club even when another is named more often."""
    keys = keys_of(
        "Championship side Watford said on Thursday that head coach Tom Cleverley has had his contract "
        "extended. The 35-year-old, who took charge of the Hertfordshire club in 2024, beat "
        "Bolton Wanderers twice. Bolton Wanderers coach Ian Evatt praised him. Cleverley once played for "
        "Bolton Wanderers.",
        title="Watford extend contract of head coach Tom Cleverley",
    )
    assert ("Tom Cleverley", "Watford", "first_team", "appointed") in keys
    assert ("Tom Cleverley", "Bolton Wanderers", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "lead",
    [
        "Internacional officialised on Tuesday night the hiring of Roger Machado as new coach.",
        "Internacional have announced the appointment of Roger Machado.",
        "The Internacional made official on Tuesday night the hiring of Roger Machado as new technician.",
    ],
)
def test_the_lead_announcing_a_hiring_names_the_story_club(lead: str) -> None:
    """The former club named more often (Grêmio) is not the post of the replaced coach."""
    keys = keys_of(
        lead
        + " The coach signed until the end of 2025 and will be presented on Thursday. He brings his assistant"
        " Bruno Lima, who had worked with him at the Grêmio of 2015. He comes with his assistant Paulo "
        "Nunes, who works with him since the Grêmio of 2016. The coach of 49 replaces the Argentine "
        "Eduardo Coudet, who was dismissed on 24 June. Roger, an idol of "
        "the Grêmio, led the Grêmio in 2015."
    )
    assert ("Eduardo Coudet", "Internacional", "first_team", "dismissed") in keys
    assert ("Eduardo Coudet", "Grêmio", "first_team", "dismissed") not in keys


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # "the team" of a "who" clause is the club its sentence opens on, described or not
        (
            "Celtic have renewed the deal of Brendan Rodgers. The defending champions Rangers also continue "
            "with the Belgian coach Philippe Clement, who has led the team since 2023.",
            ("Philippe Clement", "Rangers", "first_team", "in_charge"),
            ("Philippe Clement", "Celtic", "first_team", "in_charge"),
        ),
        (
            "Vissel Kobe extended the contract of Takayuki Yoshida. The runner-up Sanfrecce Hiroshima "
            "continues with Michael Skibbe, who has coached the side since 2022.",
            ("Michael Skibbe", "Sanfrecce Hiroshima", "first_team", "in_charge"),
            ("Michael Skibbe", "Vissel Kobe", "first_team", "in_charge"),
        ),
    ],
)
def test_the_team_of_a_who_clause_is_the_sentence_subject(text: str, wanted: tuple, unwanted: tuple) -> None:
    keys = keys_of(text)
    assert wanted in keys
    assert unwanted not in keys


def test_the_club_word_after_lead_is_that_club() -> None:
    keys = keys_of(
        "Vissel Kobe extended the deal of Takayuki Yoshida, who beat Gamba Osaka in the final. For Yoshida "
        "it is the third time he has managed Kobe."
    )
    assert ("Takayuki Yoshida", "Gamba Osaka", "first_team", "in_charge") not in keys
    assert ("Takayuki Yoshida", "Vissel Kobe", "first_team", "extended") in keys


def test_headline_club_that_only_confirms_interest_is_not_the_story():
    title = "Chelsea: Brighton confirm interest from Blues in coach Tom Harland"
    text = (
        "Mauro Ricci was sacked yesterday after a run of six defeats. Brighton said Chelsea had asked "
        "about Tom Harland, and Brighton want compensation."
    )
    facts = facts_of(text, title=title)
    assert ("Mauro Ricci", "Chelsea", "dismissed") in {(f["coach"], f["club"], f["event"]) for f in facts}
