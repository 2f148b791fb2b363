"""Which team a clubless age group means after a career's last stop ('Most recently he spent two seasons
at C'): the story's country's, not that club's."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_CAREER = (
    "The Football Federation of Armenia has named Viktor Lenz head coach of the men's national team. "
    "Most recently the 55-year-old spent three seasons at Slovak champions Slovan Bratislava, leaving "
    "Bratislava in the spring. "
)


@pytest.mark.parametrize(
    "aide_sentence",
    [
        "Former Armenia midfielder Aram Petrosyan, who coached the Under-21s in the previous qualifying "
        "cycle, now joins the staff as his assistant.",
        "Aram Petrosyan, who coached the Under-21 side until last year, joins the staff as an assistant.",
    ],
)
def test_after_a_careers_last_stop_the_story_stays_with_its_country(aide_sentence: str) -> None:
    keys = keys_of(_CAREER + aide_sentence)
    assert ("Viktor Lenz", "Slovan Bratislava", "first_team", "in_charge") in keys
    assert ("Aram Petrosyan", "Armenia", "national_u21", "in_charge") in keys
    assert not {k for k in keys if k[0] == "Aram Petrosyan" and k[1] == "Slovan Bratislava"}
