"""'… adds A as an assistant and names B as captain': the armband is a player's, so B takes no staff post;
A's post as an aide still reads. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_named_captain_is_no_aide() -> None:
    keys = keys_of(
        "Luton Town boss Dean Harrow brings in former Derby County defender Ola Brant as an assistant and "
        "names Rhys Cole as club captain.",
        "2025-08-01",
    )
    assert not any(k[0] == "Rhys Cole" for k in keys)
    assert ("Ola Brant", "Luton Town", "first_team", "appointed") in keys


def test_near_miss_named_as_manager() -> None:
    keys = keys_of("Luton Town have named Rhys Cole as their new manager.", "2025-08-01")
    assert ("Rhys Cole", "Luton Town", "first_team", "appointed") in keys
