"""'C held talks with X about succeeding Y, but the former A and B manager would prefer …': a descriptor
opening a contrasting clause after the man replaced is the man talked to (X), not Y. Without such a
clause the man named last keeps it. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_descriptor_after_but_is_the_man_talked_to() -> None:
    text = (
        "Luton Town have held talks with Tom Hale about succeeding Mark Dunn, but the former Stoke City "
        "and Millwall manager would prefer to wait for a job in the Premier League."
    )
    keys = keys_of(text, "2025-06-08")
    assert ("Tom Hale", "Stoke City", "first_team", "in_charge") in keys
    assert not any(k[0] == "Mark Dunn" and k[1] in ("Stoke City", "Millwall") for k in keys)


def test_descriptor_without_a_contrast_is_the_man_named_last() -> None:
    text = (
        "Luton Town sacked Mark Dunn in May. The former Stoke City and Millwall manager had been in charge "
        "since 2022."
    )
    keys = keys_of(text, "2025-06-08")
    assert not any(k[0] == "Tom Hale" for k in keys)
    assert any(k[0] == "Mark Dunn" and k[1] == "Stoke City" for k in keys)
