"""'"Coach Nabi has a proven record …," said the chairman', '"We thank coach Nabi …"': the bare title
inside a quotation is how the speaker calls the man, no spell of its own. A fuller title in a quote
('head coach Nabi') and the bare title outside one ('coach Nabi will …') still read his post. Written
for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Kaizer Chiefs have parted ways with Molefi Ntseki. "


@pytest.mark.parametrize(
    "quote",
    [
        '"Coach Ntseki has a proven record of developing players," said the chairman.',
        '"The club thanks coach Ntseki for his commitment," a statement read.',
    ],
)
def test_bare_title_in_a_quote_reads_no_spell(quote: str) -> None:
    keys = keys_of(LEAD + quote, "2024-06-20")
    assert not any(k[0] == "Molefi Ntseki" and k[3] == "in_charge" for k in keys)


def test_near_miss_full_title_in_a_quote() -> None:
    keys = keys_of(
        'Kaizer Chiefs have appointed Molefi Ntseki. "We welcome head coach Ntseki," said the chairman.',
        "2024-06-20",
    )
    assert ("Molefi Ntseki", "Kaizer Chiefs", "first_team", "in_charge") in keys


def test_near_miss_bare_title_outside_a_quote() -> None:
    keys = keys_of(
        "Moroka Swallows are in the headlines again. Swallows coach Molefi Ntseki will take the team to "
        "Durban.",
        "2024-06-20",
    )
    assert any(k[0] == "Molefi Ntseki" and k[3] == "in_charge" for k in keys)
