"""One man's appointment to one post, told again in another sentence the same day with an aide's title
('X, until now the assistant, takes charge') beside a head coach's, is one
appointment, as head coach: a man does not start as the aide and the head of one team on one day. A
sentence telling two steps ('was caretaker, then handed the job') and appointments weeks apart stay
two."""

from __future__ import annotations

from extract_helpers import facts_of


def _appointments(text: str, coach: str) -> list[dict]:
    return [f for f in facts_of(text) if f["coach"] == coach and f["event"] == "appointed"]


def test_appointed_head_coach_then_the_former_assistant_takes_over():
    text = (
        "Rot-Weiss Essen have appointed Lukas Krämer as head coach after parting with Dirk Vogt. "
        "Krämer, until now the first team's assistant, takes charge with immediate effect."
    )
    assert [f["role"] for f in _appointments(text, "Lukas Krämer")] == ["head_coach"]


def test_headline_succession_then_the_assistant_takes_over():
    text = (
        "Essen: Krämer succeeds Vogt\n"
        "Rot-Weiss Essen have parted with head coach Dirk Vogt. Lukas Krämer, the assistant of the senior "
        "team since last summer, takes over with immediate effect."
    )
    found = _appointments(text, "Lukas Krämer")
    assert [f["role"] for f in found] == ["head_coach"]
    assert found[0]["evidence"].startswith("Essen: Krämer succeeds Vogt")


def test_two_steps_in_one_sentence_stay_two():
    """Near miss: one sentence tells the stand-in spell and the permanent job."""
    text = (
        "Millwall boss Ewan Muir was made caretaker after Rory Gill was sacked in March 2023 and was "
        "confirmed as permanent manager later that month."
    )
    assert sorted(f["role"] for f in _appointments(text, "Ewan Muir")) == ["caretaker", "head_coach"]


def test_appointments_weeks_apart_stay_two():
    """Near miss: two tellings a month apart are two appointments (a stand-in, then the permanent man)."""
    text = (
        "Ola Brandt was placed in interim charge of Sunderland on 3 February. "
        "Sunderland then appointed Brandt as their permanent head coach on 10 March."
    )
    assert len(_appointments(text, "Ola Brandt")) == 2
