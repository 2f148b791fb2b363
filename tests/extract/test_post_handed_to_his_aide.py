"""A post handed over told as his role or job ("will hand that role over to his assistant X", "will hand
that job to his assistant X") or to an aide set off by a comma ("handed the first team to Y's former
assistant, X"): X takes the post. Near misses: a thing handed to a man ("handed his shirt to X") and a
hand-over with no post told ("then handed over to his assistant X", whose post the story may not have in
view) stay unread."""

from __future__ import annotations

from extract_helpers import keys_of


def _appointed(text: str) -> set[tuple[str, str, str]]:
    return {(coach, club, squad) for coach, club, squad, event in keys_of(text) if event == "appointed"}


def test_hand_that_role_over_to_his_assistant() -> None:
    text = (
        "Piet Lammers has coached Oakfield Rovers' under-19s since 2021 and will hand that role over to his "
        "assistant Jan Vos."
    )
    assert ("Jan Vos", "Oakfield Rovers", "u19") in _appointed(text)


def test_hand_that_job_to_his_assistant() -> None:
    text = "Oakfield Rovers have promoted Piet Lammers. He will hand that job to his assistant Jan Vos."
    assert any(coach == "Jan Vos" for coach, _club, _squad in _appointed(text))


def test_team_handed_to_an_apposed_aide() -> None:
    text = (
        "Oakfield Rovers sacked Piet Lammers on Monday. The club have handed the first team to Lammers's "
        "former assistant, Jan Vos."
    )
    assert ("Jan Vos", "Oakfield Rovers", "first_team") in _appointed(text)


def test_a_shirt_handed_over_is_no_post() -> None:
    text = "Oakfield Rovers have promoted Piet Lammers to the first team. He handed his shirt to Jan Vos."
    assert not any(coach == "Jan Vos" for coach, _club, _squad in _appointed(text))


def test_hand_over_with_no_post_told_stays_unread() -> None:
    text = (
        "Oakfield Rovers have promoted Piet Lammers to the first team. He won the league in 1990 and then "
        "handed over to his assistant Jan Vos."
    )
    assert not any(coach == "Jan Vos" for coach, _club, _squad in _appointed(text))
