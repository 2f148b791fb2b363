"""A new man who "will work with" titled aides brings them: "Lammers will work with field assistant A
and physical trainer B", "He will work with his usual assistant A and the fitness coach B" read each aide
appointed where the boss goes. Near misses: staff kept on ("…, who stays on"), another man's former aide,
an aide who works with the forwards, and the present "works with" (his staff as it is) read no
appointment."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Harwich Town have appointed Piet Lammers as their new manager. "


def _appointed(text: str) -> set[str]:
    keys = keys_of(_LEAD + text)
    return {coach for coach, club, _squad, event in keys if event == "appointed" and club == "Harwich Town"}


def test_will_work_with_titled_aides() -> None:
    found = _appointed("Lammers will work with field assistant Tomas Brandt and physical trainer Jan Vos.")
    assert {"Tomas Brandt", "Jan Vos"} <= found


def test_pronoun_and_his_usual_assistant() -> None:
    found = _appointed("He will work with his usual assistant Tomas Brandt and the fitness coach Jan Vos.")
    assert {"Tomas Brandt", "Jan Vos"} <= found


def test_staff_kept_on_is_no_arrival() -> None:
    assert "Jan Vos" not in _appointed("Lammers will work with goalkeeping coach Jan Vos, who stays on.")


def test_another_mans_former_aide_is_no_arrival() -> None:
    found = _appointed(
        "Lammers will work with Henk Mol's former assistant Tomas Brandt and goalkeeping coach Jan Vos."
    )
    assert not {"Tomas Brandt", "Jan Vos"} & found


def test_present_tense_and_a_unit_read_no_arrival() -> None:
    assert "Tomas Brandt" not in _appointed("Assistant Tomas Brandt will work with the forwards.")
    assert "Tomas Brandt" not in _appointed("Lammers works with assistant Tomas Brandt.")
