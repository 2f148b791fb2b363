"""'X stepped up from assistant to Y at C in 2019 and guided them to the title in 2021, but was sacked in
March': the man he served, named on the way, does not stop the sacking being X's, and the sacking takes
the date told after its own verb. A man named bare otherwise still ends the reading ('X beat Y at C and
Y was sacked')."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_NEW_MAN = "Hartberg have appointed Markus Feld as head coach. "


def test_the_sacking_after_serving_as_assistant_is_his() -> None:
    text = _NEW_MAN + (
        "He stepped up from assistant to Jonas Brandt at Sturm Graz in 2019 and guided the club to the title "
        "in 2021, but was sacked by the club in March."
    )
    facts = facts_of(text, "2024-05-10")
    [sacked] = [f for f in facts if f["event"] == "dismissed"]
    assert (sacked["coach"], sacked["club"]) == ("Markus Feld", "Sturm Graz")
    assert (sacked["date"], sacked["date_precision"]) == ("2024-03-01", "month")


def test_another_man_named_bare_is_no_aide_of_his() -> None:
    text = (
        _NEW_MAN + "Feld beat Jonas Brandt with Sturm Graz in the final, and was sacked by the club in March."
    )
    assert ("Markus Feld", "Sturm Graz", "first_team", "dismissed") not in keys_of(text, "2024-05-10")
