"""Approaches told of the club or body that made them: 'the federation talked with X', 'C reportedly also
spoke to former Ghana coach X', 'the union had talks with X', 'C have also asked about Bolton's X', 'C also
talked with A and with B' (an offer each); the man's refusal in a relative clause after such talks ('…, who
rejected the proposal', 'A and with B, who decided to stay at C': B's alone), the refusal of a man 'also
sounded out by the president Y' (his, not Y's), and 'held talks with former Japan under-23 manager X'.
Not a coach talking to his players, a club talking to its coach about a new contract, nor a press
conference's 'asked about'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Hull City sacked Jorge Mora on Monday. "


@pytest.mark.parametrize(
    ("sentence", "approached"),
    [
        ("The federation talked with Pablo Ortega.", ["Pablo Ortega"]),
        ("The board reportedly also spoke to former Ghana coach Pablo Ortega.", ["Pablo Ortega"]),
        ("The union also had talks with Pablo Ortega.", ["Pablo Ortega"]),
        ("Hull City have also asked about Preston's Pablo Ortega.", ["Pablo Ortega"]),
        ("Hull City also talked with Pablo Ortega and with Luis Campos.", ["Pablo Ortega", "Luis Campos"]),
    ],
)
def test_talks_of_the_club_are_an_offer(sentence: str, approached: list[str]) -> None:
    keys = keys_of(_VACANCY + sentence)
    for name in approached:
        assert (name, "Hull City", "first_team", "offer") in keys


@pytest.mark.parametrize(
    ("sentence", "declined", "not_declined"),
    [
        ("The federation talked with Pablo Ortega, who rejected the proposal.", "Pablo Ortega", None),
        (
            "Hull City also talked with Pablo Ortega and with Luis Campos, who decided to stay at Preston.",
            "Luis Campos",
            "Pablo Ortega",
        ),
        (
            "Pablo Ortega was also sounded out by the president Ramon Vargas, but preferred to remain at "
            "Preston.",
            "Pablo Ortega",
            "Ramon Vargas",
        ),
    ],
)
def test_refusal_after_talks(sentence: str, declined: str, not_declined: str | None) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert (declined, "Hull City", "first_team", "offer_declined") in keys
    assert not any(k[0] == not_declined and k[3] == "offer_declined" for k in keys)


def test_talks_with_a_former_youth_national_manager() -> None:
    keys = keys_of(
        _VACANCY + "Hull City said it had held talks with former Costa Rica under-20 manager Pablo Ortega, "
        "who decided to stay with the federation."
    )
    assert ("Pablo Ortega", "Hull City", "first_team", "offer") in keys
    assert ("Pablo Ortega", "Hull City", "first_team", "offer_declined") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "After the defeat the coach spoke to Pablo Ortega about his form.",
        "Hull City spoke to Pablo Ortega about a new contract.",
        "Asked about Pablo Ortega, the president said nothing.",
        "Pablo Ortega spoke to reporters after the game.",
    ],
)
def test_no_offer_without_a_club_approaching(sentence: str) -> None:
    keys = keys_of(_VACANCY + sentence)
    assert not any(k[0] == "Pablo Ortega" and k[3] == "offer" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        # the club's own coach, in charge, talked to about form: no post to fill
        "Hull City manager Pablo Ortega is under pressure after four defeats. The board had talks with "
        "Ortega on Tuesday and he will stay in charge.",
        "Hull City had talks with Pablo Ortega after Sunday's defeat at Preston.",
        "Hull City manager Pablo Ortega is under pressure. The club spoke to Ortega about the team's form.",
        # the man just sacked, or the players' union speaking for him
        "Hull City have sacked Pablo Ortega. The club talked with Ortega about his severance.",
        "Hull City have sacked Pablo Ortega. The players' union spoke with Ortega after the decision.",
    ],
)
def test_talks_with_the_holder_or_without_a_post_are_no_offer(text: str) -> None:
    assert not any(k[0] == "Pablo Ortega" and k[3] == "offer" for k in keys_of(text))


def test_talks_about_the_job_name_the_post_themselves() -> None:
    keys = keys_of("Hull City talked with Pablo Ortega about the vacant job.")
    assert ("Pablo Ortega", "Hull City", "first_team", "offer") in keys
