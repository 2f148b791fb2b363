"""Facts told through quotations and reported speech (sentences of our own): the speaker's 'I' in a
quotation attributed before, after or in the middle of it, over several sentences, with straight,
curly and single quotation marks; and what quotations must not yield (denials, questions answered
'no', a player praising his coach, a chairman stepping down, 'the coach I worked with')."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _events(text: str, coach: str) -> set[tuple[str, str]]:
    return {(k[1], k[3]) for k in keys_of(text) if k[0] == coach}


@pytest.mark.parametrize(
    "text",
    [
        '"I have decided to resign as head coach of Hull City," Liam Rosenior said on Monday.',
        "“I have decided to step down as Hull City manager,” Liam Rosenior said. “I thank the supporters.”",
        "‘I’ve decided to leave Hull City,’ Liam Rosenior told BBC Radio Humberside.",
        'Liam Rosenior said: "I have taken the decision to step down as Hull City head coach. It was hard."',
        '"It was a hard week," said Liam Rosenior, "and I have decided to step down as coach of Hull City."',
        '"I have resigned as manager of Hull City," Liam Rosenior confirmed in a statement.',
    ],
)
def test_a_coach_announcing_his_own_resignation_in_a_quote(text: str) -> None:
    assert ("Hull City", "resigned") in _events(text, "Liam Rosenior")


def test_a_quote_over_two_sentences_takes_the_speaker_named_at_its_end() -> None:
    text = (
        "Stoke City are looking for a new manager. "
        '"I have decided to step down. It has been a privilege to lead Stoke City," Steven Schumacher said.'
    )
    assert ("Stoke City", "resigned") in _events(text, "Steven Schumacher")


def test_the_next_quotation_goes_on_with_the_same_speaker() -> None:
    text = (
        '"It is time for a new voice in the dressing room," Steve Clarke said on Tuesday. '
        '"I have decided to step down as Scotland manager."'
    )
    assert ("Scotland", "resigned") in _events(text, "Steve Clarke")


@pytest.mark.parametrize(
    "text",
    [
        '"I have been sacked by Dundee United," Jim Goodwin told the Courier.',
        '"I was relieved of my duties by Dundee United this morning," Jim Goodwin said.',
        'Jim Goodwin told reporters: "Dundee United sacked me on Monday and I accept it."',
    ],
)
def test_a_coach_telling_he_was_sacked(text: str) -> None:
    assert ("Dundee United", "dismissed") in _events(text, "Jim Goodwin")


@pytest.mark.parametrize(
    "text",
    [
        '"I am proud to be the new head coach of Stade Rennais," said Julien Stéphan.',
        "“I’m delighted to be the new manager of Stade Rennais,” Julien Stéphan told the club's website.",
        'Julien Stéphan: "I am the new coach of Stade Rennais and I cannot wait to start."',
    ],
)
def test_a_coach_presenting_himself_as_the_new_coach(text: str) -> None:
    assert ("Rennes", "appointed") in _events(text, "Julien Stéphan")


def test_a_refused_offer_told_by_the_coach() -> None:
    text = '"I have turned down an offer from Al-Ittihad," the Lille coach Paulo Fonseca told reporters.'
    assert ("Al-Ittihad", "offer_declined") in _events(text, "Paulo Fonseca")


def test_a_new_contract_told_by_the_coach() -> None:
    text = '"I have signed a new contract with Brighton until 2028," Fabian Hürzeler told the club website.'
    assert ("Brighton & Hove Albion", "extended") in _events(text, "Fabian Hürzeler")


def test_an_exit_at_the_end_of_the_season_told_by_the_coach() -> None:
    text = '"I will leave Leicester City at the end of the season," Enzo Maresca said on Friday.'
    assert ("Leicester City", "left") in _events(text, "Enzo Maresca")


def test_a_he_said_attribution_is_the_man_in_view() -> None:
    text = (
        "Olympique Lyonnais appointed Pierre Sage in November. "
        '"I was sacked by Red Star Belgrade, but that is football," he said.'
    )
    assert ("Crvena Zvezda", "dismissed") in _events(text, "Pierre Sage") or (
        "Red Star Belgrade",
        "dismissed",
    ) in _events(text, "Pierre Sage")


# --- what quotations must not yield --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"I will not resign," Ralph Hasenhüttl insisted after Wolfsburg lost again.',
        '"I have not resigned and I am still the coach of Wolfsburg," said Ralph Hasenhüttl.',
        'Asked whether he would quit Wolfsburg, Ralph Hasenhüttl said: "No."',
        '"If we lose on Saturday, I will resign," Ralph Hasenhüttl said of his Wolfsburg future.',
    ],
)
def test_denials_questions_and_conditions_in_quotes_are_no_exit(text: str) -> None:
    events = {e for _, e in _events(text, "Ralph Hasenhüttl")}
    assert not events & {"resigned", "dismissed", "left"}


@pytest.mark.parametrize(
    "text",
    [
        '"Unai Emery is the best coach I have worked with," said Aston Villa striker Ollie Watkins.',
        '"Unai Emery is a great coach," said Aston Villa striker Ollie Watkins. "I have learned a lot."',
        '"I love this club and I want to stay at Aston Villa," said midfielder John McGinn.',
    ],
)
def test_a_player_quoted_about_his_coach_gets_nothing(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] in ("Ollie Watkins", "John McGinn")]


def test_a_chairman_stepping_down_in_a_quote_is_no_coach() -> None:
    text = (
        "Everton sacked Frank Lampard in January. "
        '"I have decided to step down as chairman," Bill Kenwright said later.'
    )
    assert not [f for f in facts_of(text) if f["coach"] == "Bill Kenwright"]


def test_someone_elses_guess_in_a_quote_is_no_resignation() -> None:
    text = '"Xavi has decided to leave Barcelona," said Joan Laporta.'
    assert ("Barcelona", "resigned") not in _events(text, "Xavi Hernández")
    assert not [f for f in facts_of(text) if f["coach"] == "Joan Laporta"]


def test_an_unattributed_i_is_nobody() -> None:
    text = 'Hull City are without a manager. "I have decided to step down," read the statement.'
    assert not [f for f in facts_of(text) if f["event"] == "resigned"]


def test_turning_down_many_offers_names_no_club() -> None:
    text = 'Pep Guardiola said: "I have turned down many offers. I am happy at Manchester City."'
    assert ("Manchester City", "offer_declined") not in _events(text, "Pep Guardiola")


def test_speaking_after_his_first_game_is_no_new_appointment() -> None:
    text = "Ange Postecoglou, speaking after his first game in charge of Tottenham, said he was pleased."
    assert ("Tottenham Hotspur", "appointed") not in _events(text, "Ange Postecoglou")
