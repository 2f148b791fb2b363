"""Club attribution when an article names several clubs: the story's club read from a headline led
by a club, opponents not counted as the story's club, a presentational "there is C" turning the
story to C, a loose youth squad in the club in view, and a flashback exit that leaves no vacancy."""

from __future__ import annotations

from extract_helpers import facts_of


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
