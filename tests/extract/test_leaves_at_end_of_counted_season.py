"""An announced departure at the end of a counted season: "X will leave at the end of his fourth season in
charge" (left; "his" may stand as the man's own tag). Not a man who stays beyond it. Sentences of our
own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_leaves_at_end_of_his_fourth_season() -> None:
    keys = keys_of("Hammarby coach Lars Lund will leave at the end of his fourth season in charge.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") in keys


def test_staying_beyond_the_season_is_no_exit() -> None:
    keys = keys_of("Hammarby coach Lars Lund will stay beyond the end of his fourth season in charge.")
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") not in keys
