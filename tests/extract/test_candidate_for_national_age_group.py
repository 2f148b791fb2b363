"""A candidate told with no post in his own words, in a story filling a national age group's post, is
linked to that age group ('Finland named X coach of the under-21s. Y had also been considered'), not to
the senior side; a candidate told for a named post keeps it, and a club's youth story keeps its
candidates at the first team."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Finland named Mikko Lahti as coach of the national under-21 team on Monday. "


def test_candidate_considered_for_the_age_group() -> None:
    keys = keys_of(_LEAD + "Pekka Salo, the coach of Inter Turku, had also been considered.")
    assert ("Pekka Salo", "Finland", "national_u21", "linked") in keys
    assert ("Pekka Salo", "Finland", "national", "linked") not in keys


def test_candidate_on_the_shortlist_for_the_age_group() -> None:
    keys = keys_of(_LEAD + "Former KuPS coach Jari Koivu was said to be on the shortlist.")
    assert ("Jari Koivu", "Finland", "national_u21", "linked") in keys


def test_candidate_for_a_named_post_keeps_it() -> None:
    keys = keys_of(_LEAD + "Pekka Salo had also been considered for the senior team.")
    assert ("Pekka Salo", "Finland", "national", "linked") in keys
    assert ("Pekka Salo", "Finland", "national_u21", "linked") not in keys


def test_a_clubs_youth_story_is_not_read_so() -> None:
    keys = keys_of(
        "HJK Helsinki named Mikko Lahti as coach of their under-19 team on Monday. Pekka Salo had also been "
        "considered."
    )
    assert ("Pekka Salo", "HJK Helsinki", "first_team", "linked") in keys
