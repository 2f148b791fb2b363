"""A departure told through the man's next job, as the time of what the sentence tells about the club he
left: "C promoted Y after X left to take over D", "the vacancy left when X joined D", "in interim charge
after X moved to D" (left, from C, never from D). Not a man who joined the club in view, nor a time clause
of a sentence that tells no change at the club. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Hammarby have promoted assistant Jonas Berg to head coach after Lars Lund left to take over "
            "Brondby.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="promoted_after_left_to_take_over",
        ),
        pytest.param(
            "Hammarby have named Jonas Berg as head coach, filling the vacancy left when Lars Lund joined "
            "Brondby in May.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="vacancy_left_when_joined",
        ),
        pytest.param(
            "Hammarby have appointed Jonas Berg, who had been in interim charge since Lars Lund moved to "
            "Brondby in the winter.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="interim_since_moved_to",
        ),
        pytest.param(
            "Hammarby have named Jonas Berg as head coach. The job had been vacant since Lars Lund took "
            "over Brondby in December.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="job_vacant_since_took_over",
        ),
        pytest.param(
            "Hammarby have hired Jonas Berg, filling the gap left when Lars Lund walked out for Brondby "
            "last month.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="gap_left_when_walked_out_for",
        ),
        pytest.param(
            "Hammarby have named Jonas Berg as head coach, four days after Lars Lund left the promoted club "
            "for Brondby.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="left_the_described_club_for",
        ),
        pytest.param(
            "Hammarby have named Jonas Berg, who had been interim head coach since March, when Lars Lund "
            "left to take charge of Brondby.",
            ("Lars Lund", "Hammarby IF", "first_team", "left"),
            id="since_a_month_when_left_to",
        ),
    ],
)
def test_exit_told_through_next_job(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hammarby have named Jonas Berg as head coach. Berg has won two titles since he joined "
            "Hammarby in 2020.",
            id="joined_the_club_in_view",
        ),
        pytest.param(
            "Hammarby coach Jonas Berg has won two titles since Lars Lund moved to Brondby in 2020.",
            id="no_change_told_at_the_club",
        ),
        pytest.param(
            "Jonas Berg was still an assistant at Hammarby when Lars Lund took over at Brondby.",
            id="when_as_a_bare_time",
        ),
    ],
)
def test_no_exit_from_the_club_in_view(text: str) -> None:
    assert not any(k[0] == "Lars Lund" and k[3] == "left" for k in keys_of(text))


def test_the_club_he_went_to_is_not_the_one_left() -> None:
    keys = keys_of(
        "Hammarby have promoted assistant Jonas Berg to head coach after Lars Lund left to take over Brondby."
    )
    assert ("Lars Lund", "Brøndby IF", "first_team", "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Jonas Berg has been Hammarby's caretaker coach since Lars Lund joined Brondby in May.",
            id="stand_ins_title_before_since",
        ),
        pytest.param(
            "Hammarby named Jonas Berg as interim boss after Lars Lund left to take over Brondby.",
            id="stand_ins_title_before_after",
        ),
    ],
)
def test_the_stand_ins_title_is_not_the_departing_mans(text: str) -> None:
    # the title before "since/after" is the stand-in's; the man who moved on held the head post
    roles = {f["role"] for f in facts_of(text) if f["coach"] == "Lars Lund"}
    assert roles and "caretaker" not in roles
