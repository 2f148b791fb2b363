"""A step up told with the man it replaces: "X stepped up from the under-21s to replace Y", "X had been
promoted from the B team to succeed Y" is X's appointment to the post Y left (and a later sacking of X
told with no squad is from that post, not the side he stepped up from). Not a step up with no man
replaced ("promoted from the under-19s to the under-21s"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        pytest.param(
            "Wales sacked Tom Hale. Ivo Brandt had stepped up from the under-21s in 2021 to replace Hale.",
            "Wales",
            "national",
            id="national_side",
        ),
        pytest.param(
            "Getafe sacked Tom Hale. Ivo Brandt was promoted from the academy to succeed Hale.",
            "Getafe",
            "first_team",
            id="academy",
        ),
    ],
)
def test_step_up_to_replace_is_an_appointment(text: str, club: str, squad: str) -> None:
    assert ("Ivo Brandt", club, squad, "appointed") in keys_of(text)


def test_later_sacking_is_from_the_post_filled() -> None:
    keys = keys_of(
        "Getafe have named Luis Mora as coach, a day after Ivo Brandt was sacked. "
        "Brandt had been promoted from the club's B team in March to replace Tom Hale."
    )
    assert ("Ivo Brandt", "Getafe", "first_team", "dismissed") in keys
    assert ("Ivo Brandt", "Getafe", "reserve", "dismissed") not in keys


def test_step_up_to_another_youth_side_is_no_senior_post() -> None:
    keys = keys_of("Getafe have promoted Ivo Brandt from the under-19s to the under-21s.")
    assert ("Ivo Brandt", "Getafe", "first_team", "appointed") not in keys
