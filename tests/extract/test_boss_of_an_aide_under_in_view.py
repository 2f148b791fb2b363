"""'X, who served under Y' with no club after the boss ("Fitness coach X, who served under Y, stays on", "X,
who was first-team coach under Y, …") tells that Y coached the club in view where the story has him gone
from it or the sentence places the aide there, as for "Y's assistant"; a new man ("will work under Y"), a
player ("played under Y") or a boss the story does not tie there tells nothing (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Tornio United have sacked head coach Mikko Salonen after a run of seven defeats. "
_SALONEN = ("Mikko Salonen", "Tornio United", "first_team", "in_charge")


@pytest.mark.parametrize(
    "aide",
    [
        "Fitness coach Pekka Laine, who served under Salonen, stays on.",
        "Pekka Laine, who was first-team coach under Salonen, will take the team for the cup tie.",
        "Goalkeeping coach Pekka Laine, who worked under Salonen for two years, remains at the club.",
    ],
)
def test_the_departed_boss_coached_the_club_in_view(aide: str) -> None:
    assert _SALONEN in keys_of(_SACKED + aide)


@pytest.mark.parametrize(
    "text",
    [
        # a player under the boss
        _SACKED + "Pekka Laine, who played under Salonen for two years, is the new captain.",
        # the aide's post is to come under a new man
        "Tornio United have appointed Mikko Salonen as head coach. Pekka Laine will work under Salonen as "
        "his assistant.",
        # nothing ties the boss to the club in view
        "Tornio United have appointed Pekka Laine as head coach. Laine previously served under Mikko "
        "Salonen.",
        # a tournament after the boss: his spell was elsewhere
        _SACKED + "Pekka Laine, who served under Salonen at the 2022 World Cup, stays on.",
    ],
)
def test_no_spell_of_the_boss_at_the_club_in_view(text: str) -> None:
    assert _SALONEN not in keys_of(text)
