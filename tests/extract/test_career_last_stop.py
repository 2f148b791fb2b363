"""Which team a clubless age group means after a career's last stop ('Most recently he spent two seasons
at C'): the story's country's, not that club's."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_CAREER = (
    "The Football Federation of Kazakhstan has named Stanislav Petrov head coach of the men's national team. "
    "Most recently the 60-year-old spent two seasons at Hungarian champions Ferencváros, leaving Budapest "
    "last summer. "
)


@pytest.mark.parametrize(
    "aide_sentence",
    [
        "Former Kazakhstan defender Arman Sultanov, who coached the Under-21 side in the last qualifying "
        "cycle, joins the staff as an assistant.",
        "Arman Sultanov, who coached the Under-21 side until last year, joins the staff as an assistant.",
    ],
)
def test_after_a_careers_last_stop_the_story_stays_with_its_country(aide_sentence: str) -> None:
    keys = keys_of(_CAREER + aide_sentence)
    assert ("Stanislav Petrov", "Ferencváros", "first_team", "in_charge") in keys
    assert ("Arman Sultanov", "Kazakhstan", "national_u21", "in_charge") in keys
    assert not {k for k in keys if k[0] == "Arman Sultanov" and k[1] == "Ferencváros"}
