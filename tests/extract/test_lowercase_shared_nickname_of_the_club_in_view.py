"""A club nickname several clubs of a country wear ("rossoneri": Milan's, and Foggia's among others),
written in lower case as translated local copy writes its own club's colours, in a story that names
another club of that country and never the nickname's usual owner, is that club's, not the owner's:
no club is read from it and the story's club stays in view. Near-misses: English copy's capitalised
"the Rossoneri" keeps Milan, a story that names Milan keeps Milan, and a story naming the other
listed wearer (Foggia) gives it Foggia. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_LOCAL = (
    "Pescara, Marco Valdrighi is the new coach of the rossoneri. The club has officialised the arrival "
    "of Valdrighi, who takes the place of Enzo Sartori."
)


def test_lowercase_nickname_is_the_club_in_view() -> None:
    keys = keys_of(_LOCAL)
    assert ("Marco Valdrighi", "Pescara", "first_team", "appointed") in keys
    assert not any(k[1] in {"AC Milan", "Foggia"} for k in keys)


def test_capitalised_nickname_keeps_its_owner() -> None:
    keys = keys_of(
        "Pescara sold their striker on Monday. Marco Valdrighi has been appointed head coach of the "
        "Rossoneri, the club announced."
    )
    assert not any(k[0] == "Marco Valdrighi" and k[1] == "Pescara" for k in keys)


def test_owner_named_keeps_its_nickname() -> None:
    keys = keys_of(
        "Milan, Marco Valdrighi is the new coach of the rossoneri. He leaves Pescara after two seasons."
    )
    assert ("Marco Valdrighi", "AC Milan", "first_team", "appointed") in keys


def test_other_listed_wearer_named() -> None:
    keys = keys_of("Foggia, Marco Valdrighi is the new coach of the rossoneri. He leaves Pescara.")
    assert ("Marco Valdrighi", "Foggia", "first_team", "appointed") in keys
