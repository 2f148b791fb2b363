"""Event choice on extract_train16's kind of text (session 10), sentences of our own: a bare parting in a
headline beside the same parting told 'by mutual agreement' in the body."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- a bare parting and the informed telling of it -------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Hull City part ways with Liam Rosenior",
            "Hull City announced on Monday that they have parted ways with head coach Liam Rosenior by "
            "mutual agreement.",
        ),
        (
            "Hull City part company with Liam Rosenior",
            "Hull City and Liam Rosenior have parted company by mutual consent, the club said on Monday.",
        ),
        (
            "Hull City and Liam Rosenior part ways",
            "The Championship club said on Monday it had parted ways with Liam Rosenior by mutual agreement "
            "after a poor run.",
        ),
    ],
)
def test_mutual_parting_told_in_the_body_is_a_departure(title: str, body: str) -> None:
    keys = keys_of(f"{title}\n\n{body}", title=title)
    assert ("Liam Rosenior", "Hull City", "first_team", "left") in keys
    assert ("Liam Rosenior", "Hull City", "first_team", "dismissed") not in keys


def test_a_bare_parting_alone_stays_a_sacking() -> None:
    title = "Hull City part ways with Liam Rosenior"
    keys = keys_of(
        f"{title}\n\nHull City announced on Monday that they have parted ways with head coach Liam Rosenior "
        "after a poor run.",
        title=title,
    )
    assert ("Liam Rosenior", "Hull City", "first_team", "dismissed") in keys
    assert ("Liam Rosenior", "Hull City", "first_team", "left") not in keys


def test_a_sacking_told_as_such_is_not_undone_by_a_mutual_parting_elsewhere() -> None:
    facts = facts_of(
        "Hull City sack Liam Rosenior\n\nHull City sacked head coach Liam Rosenior on Monday. Hull City "
        "later said they had parted ways with Liam Rosenior by mutual agreement.",
        title="Hull City sack Liam Rosenior",
    )
    events = {f["event"] for f in facts if f["coach"] == "Liam Rosenior" and f["club"] == "Hull City"}
    assert "dismissed" in events


# --- a departure told with the length of the spell it ends --------------------------------------------------

_LEAD = (
    "Bristol City name Gerhard Struber head coach\n\nBristol City on Monday named Gerhard Struber as head "
    "coach. Liam Manning won promotion with the club in 2023. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Manning departed in November after more than two years in charge.",
        "Manning left last month after two seasons at the helm.",
        "Manning, 38, left in May after 18 months in the job.",
    ],
)
def test_a_departure_told_by_its_spells_length_is_a_departure(sentence: str) -> None:
    assert ("Liam Manning", "Bristol City", "first_team", "left") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # where he went, named just after: no departure from the club in view read there
        "Manning, who left in March after a year in the job, is now at Norwich.",
        # a length with no post: a player's or anyone's
        "Manning departed after ten years at the club.",
        # no departure at all
        "Manning won the title after two years in charge.",
    ],
)
def test_no_departure_from_the_club_in_view(sentence: str) -> None:
    assert ("Liam Manning", "Bristol City", "first_team", "left") not in keys_of(_LEAD + sentence)


# --- a verb coordinated after the men a preposition names is the subject's ------------------------------

_RED_BULLS = (
    "Union name Bradley Carnell head coach\n\nThe Philadelphia Union on Wednesday named Bradley Carnell as "
    "head coach. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Carnell was on the New York Red Bulls staff for five seasons, largely as an assistant under Tom "
        "Vance and Eric Dyce, and took charge of seven games as interim head coach in 2019.",
        "Carnell worked at the New York Red Bulls as an assistant to Jesse Marsch and Chris Armas and took "
        "over as interim coach in 2020.",
    ],
)
def test_the_stand_in_is_the_subject_not_the_bosses_he_served(sentence: str) -> None:
    facts = facts_of(_RED_BULLS + sentence)
    stand_ins = {f["coach"] for f in facts if f["event"] == "appointed" and f["club"] == "New York Red Bulls"}
    assert stand_ins == {"Bradley Carnell"}


def test_each_boss_of_an_assistant_under_a_list_held_the_post() -> None:
    keys = keys_of(
        _RED_BULLS + "Carnell had five years at the New York Red Bulls as an assistant under Tom Vance "
        "and Eric Dyce."
    )
    assert ("Tom Vance", "New York Red Bulls", "first_team", "in_charge") in keys
    assert ("Eric Dyce", "New York Red Bulls", "first_team", "in_charge") in keys


def test_a_named_man_who_took_over_keeps_it() -> None:
    keys = keys_of(
        _RED_BULLS + "Jesse Marsch coached the New York Red Bulls for three years and took over at "
        "RB Leipzig in 2019."
    )
    assert ("Jesse Marsch", "RB Leipzig", "first_team", "appointed") in keys


# --- a coach asking to be released: his own wish, a resignation -------------------------------------------


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        (
            "Finland head coach Markku Kanerva has asked to be released from his contract, the federation "
            "said on Tuesday.",
            "Finland",
            "national",
        ),
        (
            "Markku Kanerva requested to be released from his duties at HJK Helsinki last week.",
            "HJK Helsinki",
            "first_team",
        ),
        (
            "Markku Kanerva, 59, asked to be released by HJK Helsinki in March.",
            "HJK Helsinki",
            "first_team",
        ),
    ],
)
def test_asking_to_be_released_is_a_resignation(text: str, club: str, squad: str) -> None:
    assert ("Markku Kanerva", club, squad, "resigned") in keys_of(text)


def test_the_post_he_asked_to_be_released_for_is_an_appointment() -> None:
    keys = keys_of(
        "Norway head coach Jens Dahl has asked to be released from his deal in order to take "
        "over Danish club Brøndby IF."
    )
    assert ("Jens Dahl", "Norway", "national", "resigned") in keys
    assert ("Jens Dahl", "Brøndby IF", "first_team", "appointed") in keys
    assert ("Jens Dahl", "Brøndby IF", "first_team", "resigned") not in keys


def test_a_request_of_another_kind_is_no_resignation() -> None:
    keys = keys_of("HJK Helsinki coach Markku Kanerva asked to be told about the injury before the match.")
    assert ("Markku Kanerva", "HJK Helsinki", "first_team", "resigned") not in keys
    assert ("Markku Kanerva", "HJK Helsinki", "first_team", "in_charge") in keys
