"""A national side's title before the man ("Former Wales under-21 coach X resigned as coach of C") is his
past post, not the squad he leaves at C; a title of the club's own side still names it (sentences of our
own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_national_title_is_no_squad_at_the_club_he_leaves() -> None:
    text = "Former Wales under-21 coach Rhys Pellow resigned as coach of Dundee United on Thursday."
    keys = keys_of(text)
    assert ("Rhys Pellow", "Dundee United", "first_team", "resigned") in keys
    assert not any(k[0] == "Rhys Pellow" and k[1] == "Dundee United" and k[2] != "first_team" for k in keys)


def test_national_youth_title_of_the_side_he_leaves_still_reads() -> None:
    text = "Wales under-21 coach Rhys Pellow resigned on Thursday after two years in the job."
    assert ("Rhys Pellow", "Wales", "national_u21", "resigned") in keys_of(text)
