"""An aide titled right before his name who is made head coach of the same team ("have promoted assistant X
to head coach", "his assistant X takes over as head coach", "Y's long-time assistant X will take over as
manager") held the aide's post there too: an assistant's spell beside the appointment, as a stand-in titled so
already has, and he leaves it as he steps up (a stand-in keeps it). Not when the title is another club's
("Matildas assistant coach X has been appointed head coach of Scotland") nor when the aide leaves to head
another team (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Fulwood Rangers have promoted assistant Dale Morrow to head coach, the club announced on Monday.",
        "Fulwood Rangers sacked Ivan Petrov on Sunday. The club have promoted his assistant Dale Morrow to "
        "head coach.",
        "Fulwood Rangers sacked Ivan Petrov on Sunday. Petrov's long-time assistant Dale Morrow takes over "
        "as head coach.",
    ],
)
def test_the_promoted_aide_held_the_aides_post(text: str) -> None:
    keys = keys_of(text)
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "appointed") in keys
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        # the title is another club's: his aide's post was there, not at the club that hires him
        "Fulwood Rangers have appointed Benfica assistant coach Dale Morrow as their new head coach.",
        # the aide leaves to head another team
        "His assistant Dale Morrow will leave the club to become head coach of Fulwood Rangers.",
        "Ivan Petrov has lost his assistant manager Dale Morrow, who has left to become manager of Fulwood "
        "Rangers.",
        # no aide's title before his name
        "Fulwood Rangers have promoted Dale Morrow to head coach, the club announced on Monday.",
        # a former aide: his old post is not told to be at this club
        "Fulwood Rangers have appointed former assistant Dale Morrow as head coach.",
    ],
)
def test_no_aides_post_at_the_club_that_hires_him(text: str) -> None:
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "in_charge") not in keys_of(text)


def test_the_promoted_aide_leaves_the_aides_post() -> None:
    keys = keys_of("Fulwood Rangers have promoted assistant Dale Morrow to head coach, the club announced.")
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "left") in keys


def test_a_stand_in_made_permanent_keeps_his_stand_in_appointment() -> None:
    text = (
        "Fulwood Rangers sacked Ivan Petrov in March. His assistant Dale Morrow replaced Petrov on an "
        "interim basis, won three games and was given the job on a permanent deal."
    )
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow"]
    assert {f["role"] for f in facts if f["event"] == "appointed"} == {"caretaker", "head_coach"}
    assert not any(f["event"] == "left" and f["role"] == "assistant_coach" for f in facts)


def test_a_stand_in_keeps_the_aides_post() -> None:
    text = (
        "Fulwood Rangers sacked Ivan Petrov on Sunday. Assistant coach Dale Morrow will take charge of the "
        "team until the summer."
    )
    keys = keys_of(text)
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "in_charge") in keys
    assert ("Dale Morrow", "Fulwood Rangers", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "aide",
    [
        "Dale Morrow, Petrov's long-time assistant, has been in interim charge since then.",
        "Dale Morrow, who was his number two, has been interim coach since then.",
    ],
)
def test_a_stand_in_titled_as_aide_after_his_name_holds_both_posts(aide: str) -> None:
    text = "Fulwood Rangers sacked Ivan Petrov in March. " + aide
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow" and f["event"] == "in_charge"]
    assert {f["role"] for f in facts} == {"caretaker", "assistant_coach"}


@pytest.mark.parametrize(
    "aide",
    [
        # the apposition is no aide's title of his
        "Dale Morrow, the club's record goalscorer, has been in interim charge since then.",
        # an aide of another man, named after the stand-in
        "Dale Morrow has been in interim charge since then, with Leon Hart, his assistant, beside him.",
    ],
)
def test_no_aides_post_without_his_own_aides_title(aide: str) -> None:
    text = "Fulwood Rangers sacked Ivan Petrov in March. " + aide
    facts = facts_of(text)
    assert not any(f["coach"] == "Dale Morrow" and f["role"] == "assistant_coach" for f in facts)


@pytest.mark.parametrize(
    "aide",
    [
        "His deputy Dale Morrow takes over on an interim basis for the March friendlies.",
        "His number two Dale Morrow will lead the team on an interim basis.",
    ],
)
def test_a_stand_in_titled_deputy_or_number_two_holds_the_aides_post(aide: str) -> None:
    text = "Fulwood Rangers sacked Ivan Petrov in March. " + aide
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow"]
    assert ("assistant_coach", "in_charge") in {(f["role"], f["event"]) for f in facts}


def test_a_deputy_president_holds_no_aides_post() -> None:
    text = (
        "Fulwood Rangers sacked Ivan Petrov in March. Deputy president Dale Morrow takes charge of the club."
    )
    facts = [f for f in facts_of(text) if f["coach"] == "Dale Morrow"]
    assert not any(f["role"] == "assistant_coach" for f in facts)
