"""An aide's title in the sentence that tells his own new deal ('Goalkeeping coach Z also signed a new
deal', translated 'The assistant A and the goalkeeper coach B also renewed') names the post he extends:
no spell of its own beside the extension (gold across the sets records the extension alone)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "aides"),
    [
        (
            "Brentford have extended the contract of Thomas Frank until 2027. Goalkeeping coach Manu Sotelo "
            "and fitness coach Chris Haslam also signed new deals.",
            ("Manu Sotelo", "Chris Haslam"),
        ),
        (
            "Real Betis renewed the contract of Manuel Pellegrini. The assistant Rubén Cousillas and the "
            "goalkeeper coach Fernando Fernández also renewed.",
            ("Rubén Cousillas", "Fernando Fernández"),
        ),
    ],
)
def test_aide_extension_is_the_only_fact_of_his_title(text, aides):
    found = events_of(text)
    for aide in aides:
        assert {e for c, _, e in found if c == aide} == {"extended"}


def test_aide_staying_on_beside_his_boss_extension_keeps_his_post():
    # near miss: the boss extends, the aide's title is his post (no deal of his own told)
    found = events_of(
        "Brentford have extended the contract of Thomas Frank until 2027, with goalkeeping coach Manu "
        "Sotelo staying on."
    )
    assert ("Manu Sotelo", "Brentford", "in_charge") in found
    assert ("Thomas Frank", "Brentford", "extended") in found
