"""A new coach's staff list that names an aide who stays ("will be assisted by A, who stays on from Y's
staff", "while goalkeeping coach B remains from the previous staff", "C is confirmed in his functions"):
that aide is in post already, not appointed. A stand-in who "will stay on as assistant" takes that post."""

from __future__ import annotations

from extract_helpers import keys_of


def test_aide_who_stays_on_from_the_old_staff():
    text = (
        "Kaizer Chiefs have appointed Tom Hale as head coach. Hale will be assisted by Dean Carver, who "
        "stays on from Mark Ellis's backroom team."
    )
    keys = keys_of(text)
    assert ("Dean Carver", "Kaizer Chiefs", "first_team", "in_charge") in keys
    assert not any(k[0] == "Dean Carver" and k[3] == "appointed" for k in keys)


def test_aide_who_was_on_the_old_staff_and_stays_at_the_club():
    text = (
        "Sparta Prague appointed Jiri Novak as head coach on Monday. Novak will be assisted by Petr Dvorak, "
        "who was on Karel Svoboda's staff and stays at the club, and by the fitness coach Jan Kral, who "
        "arrives from Slavia Prague."
    )
    keys = keys_of(text)
    assert any(k[0] == "Petr Dvorak" and k[3] == "in_charge" for k in keys)
    assert not any(k[0] == "Petr Dvorak" and k[3] == "appointed" for k in keys)
    assert any(k[0] == "Jan Kral" and k[3] == "appointed" for k in keys)  # the newcomer beside him


def test_goalkeeping_coach_remains_while_the_assistant_arrives():
    text = (
        "Oscar Lind was appointed head coach of Sweden on Tuesday. Lind will bring his long-time assistant "
        "Erik Holm, while goalkeeping coach Nils Berg remains from the previous staff."
    )
    keys = keys_of(text)
    assert ("Nils Berg", "Sweden", "national", "in_charge") in keys
    assert ("Nils Berg", "Sweden", "national", "appointed") not in keys


def test_stand_in_who_stays_on_as_assistant_takes_that_post():
    """Near miss: the interim 'will stay on as an assistant': his new post, an appointment."""
    text = (
        "Angel City have appointed Becki Tweed as head coach. Sam Larkin, who led the team as interim "
        "coach, will stay on as an assistant to Tweed."
    )
    keys = keys_of(text)
    assert ("Sam Larkin", "Angel City FC", "women", "appointed") in keys


def test_aide_who_remains_coach_of_another_side_is_still_appointed():
    """Near miss: 'who remains coach of the under-19s' tells another post he keeps, not this one's."""
    text = (
        "Ajax appointed Kees Dijk as head coach. Dijk will be assisted by Rob Meer, who remains coach of "
        "the under-19s."
    )
    keys = keys_of(text)
    assert any(k[0] == "Rob Meer" and k[3] == "appointed" for k in keys)
