"""Precision, by mechanism: facts the extractor used to get wrong in general ways — a predecessor's
exit read as a plain departure when the text tells he was sacked, and an object pronoun resolved to
the subject of its own verb ('Y replaced him': Y is not him)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the replaced man "whose contract was terminated / cancelled / rescinded" was dismissed
        (
            "Lecce have hired Marco Rossi as coach, in place of Paolo Bianchi, whose contract has been "
            "rescinded by the club.",
            ("Paolo Bianchi", "Lecce", "first_team", "dismissed"),
        ),
        (
            "Rangers named Tom Reid as their new manager on Monday. He succeeds Erik Lund, whose contract "
            "had been cancelled after a run of five defeats.",
            ("Erik Lund", "Rangers", "first_team", "dismissed"),
        ),
        (
            "Hervé Leblanc was named Morocco coach on Thursday, replacing Tomas Berg, whose contract was "
            "terminated by the federation.",
            ("Tomas Berg", "Morocco", "national", "dismissed"),
        ),
        # "removed as head coach / as manager"
        (
            "Jan Kowalski was removed as head coach of Lech Poznan on Sunday after a 3-0 defeat.",
            ("Jan Kowalski", "Lech Poznań", "first_team", "dismissed"),
        ),
        (
            "Lech Poznan confirmed that Jan Kowalski had been removed as manager.",
            ("Jan Kowalski", "Lech Poznań", "first_team", "dismissed"),
        ),
    ],
)
def test_predecessor_sacked(text: str, expected: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert expected in keys
    coach, club, squad, _ = expected
    assert (coach, club, squad, "left") not in keys


def test_terminated_by_mutual_consent_is_no_sacking() -> None:
    keys = keys_of(
        "Hull City have parted with Erik Lund, whose contract was terminated by mutual agreement on Monday."
    )
    assert ("Erik Lund", "Hull City", "first_team", "dismissed") not in keys
    assert ("Erik Lund", "Hull City", "first_team", "left") in keys


@pytest.mark.parametrize(
    ("text", "gone", "successor", "squad"),
    [
        (
            "Erik Lund was appointed Hull City manager in May 2022. He lasted ten games; Tom Reid replaced "
            "him in October.",
            "Erik Lund",
            "Tom Reid",
            "first_team",
        ),
        (
            "Erik Lund's contract was terminated by mutual consent, and Tom Reid replaced him at Hull City.",
            "Erik Lund",
            "Tom Reid",
            "first_team",
        ),
        (  # a coach the text calls "she": the club's women's side
            "Anna Berg was appointed Hull City manager in 2021. She was sacked in May; Maria Lopez succeeded "
            "her.",
            "Anna Berg",
            "Maria Lopez",
            "women",
        ),
    ],
)
def test_object_pronoun_is_not_the_subject(text: str, gone: str, successor: str, squad: str) -> None:
    keys = keys_of(text)
    assert (successor, "Hull City", squad, "appointed") in keys
    assert (successor, "Hull City", squad, "left") not in keys
    assert any(k[0] == gone and k[3] in ("left", "dismissed") for k in keys)


def test_object_pronoun_without_another_man_gives_nothing() -> None:
    keys = keys_of("Tom Reid has been named Hull City manager. Reid praised him for his work.")
    assert keys == {("Tom Reid", "Hull City", "first_team", "appointed")}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Leeds have named Tom Reid as manager. Reid joins from Portugal's Vitoria Guimaraes.",
            "Vitória de Guimarães",
        ),
        (
            "Orlando Pirates have appointed Karim Haddad. Haddad arrives from Morocco's AS FAR, whom he took "
            "to third place.",
            "AS FAR",
        ),
        (
            "Celtic have hired Erik Lund, who coached Norway's Rosenborg for three seasons.",
            "Rosenborg",
        ),
    ],
)
def test_country_before_a_club_is_no_national_team(text: str, club: str) -> None:
    keys = keys_of(text)
    assert any(k[1] == club for k in keys)
    assert not any(k[2] == "national" for k in keys)


def test_a_teaser_verb_is_no_first_name() -> None:
    keys = keys_of(
        "Orlando Pirates have confirmed Karim Haddad as their new head coach. Haddad joins from AS FAR, "
        "whom he took to third place. ALSO READ: Meet Haddad's right-hand man"
    )
    assert {k[0] for k in keys} == {"Karim Haddad"}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the club a new man "arrived from" is not the post of the man he replaced
        (
            "Leicester have appointed Rui Campos. When he arrived from Al-Hilal in January, replacing "
            "Sam Pryce, who had been sacked, Campos took over a squad that seemed doomed.",
            ("Sam Pryce", "Leicester City", "first_team", "dismissed"),
            ("Sam Pryce", "Al-Hilal", "first_team", "dismissed"),
        ),
        (
            "Hull City have a new head coach. Tom Reid, who moved from Saudi club Al-Ettifaq in the summer, "
            "replacing Erik Lund, who was sacked, has won his first four games.",
            ("Erik Lund", "Hull City", "first_team", "dismissed"),
            ("Erik Lund", "Al-Ettifaq", "first_team", "dismissed"),
        ),
        # "left / quit / resigned … to take over at / take charge of / join C": appointed at C
        (
            "Exeter City head coach Matt Tanner has left the club to take over at League One side "
            "Coventry City.",
            ("Matt Tanner", "Coventry City", "first_team", "appointed"),
            ("Matt Tanner", "Coventry City", "first_team", "in_charge"),
        ),
        (
            "Tom Reid has quit Hull City to take charge of Burnley.",
            ("Tom Reid", "Burnley", "first_team", "appointed"),
            ("Tom Reid", "Burnley", "first_team", "in_charge"),
        ),
        (
            "Tom Reid resigned from Hull City to join Burnley as head coach.",
            ("Tom Reid", "Burnley", "first_team", "appointed"),
            ("Tom Reid", "Burnley", "first_team", "in_charge"),
        ),
    ],
)
def test_the_post_of_a_move(
    text: str, expected: tuple[str, str, str, str], wrong: tuple[str, str, str, str]
) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert wrong not in keys


def test_left_to_coach_stays_a_spell() -> None:
    keys = keys_of("Erik Lund managed Barcelona B until 2014, when he left to coach Celta Vigo.")
    assert ("Erik Lund", "Celta Vigo", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "sacker"),
    [
        # "X has sacked Y": a perfect with no "been" is active — X sacked, X was not sacked
        (
            "CATANIA - Franco Russo has sacked Paolo Bellini for the second time this season.",
            "Franco Russo",
        ),
        # "… before X dismissed him": the verb has an object of its own
        (
            "Alberto Malesani lasted three matches at Palermo before Maurizio Zamparini dismissed him.",
            "Maurizio Zamparini",
        ),
    ],
)
def test_the_one_who_sacks_is_not_sacked(text: str, sacker: str) -> None:
    assert not any(k[0] == sacker for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, the coach he dismissed": X was sacked, 'he' is whoever sacked him (and not 'the coach')
        (
            "CATANIA - Franco Russo has sacked Paolo Bellini and brought back Marco Gentile, "
            "the coach he dismissed in October.",
            ("Marco Gentile", "Catania", "first_team", "dismissed"),
        ),
        (
            "Hull City have brought back Erik Lund, the manager the board sacked in 2022.",
            ("Erik Lund", "Hull City", "first_team", "dismissed"),
        ),
        (
            "Hull City re-hired Erik Lund, the coach that owner Acun Ilicali had fired two years ago.",
            ("Erik Lund", "Hull City", "first_team", "dismissed"),
        ),
    ],
)
def test_object_relative_sacking(text: str, expected: tuple[str, str, str, str]) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert not any(k[0] == "Maurizio Zamparini" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        # conditions
        "If Hull City sack Tom Reid, Erik Lund would be the favourite to replace him.",
        "Should Tom Reid be sacked, Hull City would turn to Erik Lund.",
        "The board meet on Friday, and unless results improve Hull City will sack Tom Reid.",
        # questions
        "Will Hull City sack Tom Reid after this defeat?",
        "Could Tom Reid be appointed Hull City manager before the weekend?",
        # denials and doubts
        "Hull City have denied that Tom Reid has been sacked.",
        "Hull City have ruled out sacking Tom Reid.",
        "There is no truth in reports that Tom Reid has been appointed Hull City manager.",
        "Hull City are unlikely to sack Tom Reid this season.",
        "Hull City are weighing up whether to sack Tom Reid.",
        "Hull City rubbished reports that Tom Reid had resigned.",
    ],
)
def test_what_did_not_happen(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] == "Tom Reid" and k[3] in ("appointed", "dismissed", "resigned") for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Who will replace Tom Reid, who was sacked by Hull City on Monday?",
            ("Tom Reid", "Hull City", "first_team", "dismissed"),
        ),
        (
            "The club denied Tom Reid's request for funds, and sacked him on Monday. Hull City are bottom.",
            ("Tom Reid", "Hull City", "first_team", "dismissed"),
        ),
        (
            "Hull City sacked Tom Reid on Monday, and if results do not improve, the board could follow.",
            ("Tom Reid", "Hull City", "first_team", "dismissed"),
        ),
        (
            "Is it time for a change? Hull City sacked Tom Reid on Monday.",
            ("Tom Reid", "Hull City", "first_team", "dismissed"),
        ),
        (
            "Tom Reid, whose team were beaten again, were it not for the cup run would have been sacked. "
            "Hull City sacked Erik Lund, as were his two assistants.",
            ("Erik Lund", "Hull City", "first_team", "dismissed"),
        ),
    ],
)
def test_what_happened_beside_a_condition_or_question(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Osasuna have confirmed Arrasate will leave. The Biscayan technician Jagoba Arrasate will be "
            "the new trainer of Mallorca, according to several media.",
            "Mallorca",
        ),
        ("Reports in Spain claim Tom Reid will be named Valencia coach on Monday.", "Valencia"),
        ("Tom Reid will be appointed Hull City manager this week, according to local press.", "Hull City"),
    ],
)
def test_what_the_press_says_is_a_rumour(text: str, club: str) -> None:
    keys = keys_of(text)
    assert any(k[1] == club and k[3] == "linked" for k in keys)
    assert not any(k[1] == club and k[3] == "appointed" for k in keys)


def test_according_to_the_club_is_no_rumour() -> None:
    keys = keys_of("Hull City have appointed Tom Reid as head coach, according to the club's statement.")
    assert ("Tom Reid", "Hull City", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club's signing of a man "as (new) trainer/coach" is his appointment
        (
            "The club rojillo made official on Thursday the signing of Pablo Mena as new trainer of the "
            "first team. Osasuna finished twelfth.",
            ("Pablo Mena", "Osasuna", "first_team", "appointed"),
        ),
        (
            "Getafe announced the hiring of Tom Reid as head coach on a two-year deal.",
            ("Tom Reid", "Getafe", "first_team", "appointed"),
        ),
    ],
)
def test_signing_as_coach(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_a_signing_alone_may_be_a_player() -> None:
    assert not keys_of("Getafe announced the signing of Tom Reid on a two-year deal.")


@pytest.mark.parametrize(
    ("text", "appointer"),
    [
        # an object relative: the subject made the appointment
        (
            "Liverpool have kept Steve Clarke, the first appointment Kenny Dalglish made on his return.",
            "Kenny Dalglish",
        ),
        # "X has appointed Y": a perfect with no 'been' is active
        ("Chairman Tom Reid has appointed Erik Lund as Hull City manager.", "Tom Reid"),
        # "who announced weeks ago that he would not continue": the speaker, not an appointment
        (
            "Osasuna need a coach. Erik Lund, who announced last month that he would not stay on, departs "
            "after five seasons.",
            None,
        ),
    ],
)
def test_the_one_who_appoints_is_not_appointed(text: str, appointer: str | None) -> None:
    keys = keys_of(text)
    assert not any(k[3] == "appointed" and (appointer is None or k[0] == appointer) for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "the club" is the story's club, not one the sentence before named in passing
        (
            "Borussia Dortmund have sacked coach Erik Lund. Lund had been in charge since 2018 and twice "
            "finished second behind Bayern Munich. His assistant Tom Reid also leaves the club.",
            ("Tom Reid", "Borussia Dortmund", "first_team", "left"),
        ),
        (
            "Hans Richter is confirmed as Liverpool's new manager. Before that he managed Freiburg, the "
            "club where he spent his playing career. Rodgers' assistants Sean O'Driscoll and Tom Reid have "
            "also left the club.",
            ("Sean O'Driscoll", "Liverpool", "first_team", "left"),
        ),
        (
            "Kaizer Chiefs have appointed Nasreddine Nabi. Nabi led AS FAR to second place, a point behind "
            "Raja Casablanca. Tom Reid, who had been interim coach, left the club by mutual agreement.",
            ("Tom Reid", "Kaizer Chiefs", "first_team", "left"),
        ),
    ],
)
def test_the_club_is_the_storys(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_the_club_after_a_club_opened_the_sentence_before() -> None:
    keys = keys_of(
        "Hull City have appointed Tom Reid. Burnley sacked Erik Lund on Monday. Lund had left the club's "
        "academy in 2019, and Lund's assistant Jan Kowalski has also left the club."
    )
    assert ("Jan Kowalski", "Burnley", "first_team", "left") in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on a club is about that club, not the one the sentence before opened on
        (
            "Spain lost to Morocco on penalties. The Netherlands had already settled their future: Dick "
            "Smit's second spell ends, and Jan Vermeer takes over in the new year.",
            ("Jan Vermeer", "Netherlands", "national", "appointed"),
        ),
        (
            "Chelsea have narrowed their search to three names. Sunderland have drawn up a shortlist of "
            "their own: Lorient's Regis Le Bris and Mike Dodds are on it.",
            ("Mike Dodds", "Sunderland", "first_team", "linked"),
        ),
    ],
)
def test_the_club_a_sentence_opens_on(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_a_club_describing_its_assistant_is_no_subject() -> None:
    keys = keys_of(
        "Exeter City are looking for a new head coach. Bristol Rovers assistant Paul Hines is "
        "understood to be in the frame."
    )
    assert ("Paul Hines", "Bristol Rovers", "first_team", "linked") not in keys
    assert ("Paul Hines", "Bristol Rovers", "first_team", "in_charge") in keys


def test_a_club_after_a_verb_of_saying_is_not_the_post_of_a_replacement() -> None:
    # "who replaced Y …, said the C job …": C belongs to what he said, not to the replacement
    keys = keys_of(
        "Chelsea Women manager Sonia Bompastor, who replaced Emma Hayes last summer, said the USWNT "
        "job had changed Hayes."
    )
    assert ("Sonia Bompastor", "Chelsea", "women", "appointed") in keys
    assert ("Emma Hayes", "Chelsea", "women", "left") in keys
    assert not {k for k in keys if k[1] == "United States"}
    keys = keys_of("Leeds boss Daniel Farke, who succeeded Jesse Marsch, told reporters Burnley would win.")
    assert not {k for k in keys if k[1] == "Burnley"}


def test_a_club_in_an_aside_before_the_main_verb_is_not_the_post_after_it() -> None:
    # "X, who had a spell with the US under-17s, replaces interim coach Y": Y coached the club in view
    keys = keys_of(
        "Sporting Kansas City have named Raphael Wicky as head coach. Wicky, who previously led Young Boys "
        "and had a spell with the US men's under-17 team, replaces interim coach Kerry Zavagnin."
    )
    assert not {k for k in keys if k[0] == "Kerry Zavagnin" and k[1] == "United States"}
    assert ("Kerry Zavagnin", "Sporting Kansas City") in {(k[0], k[1]) for k in keys}
