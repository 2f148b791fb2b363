"""Mention-level reading of names: a Korean family name alone after the full name, the nearest
full name before a shared surname, clubs named by a nationality and a side word, club short
names and academy grounds that are places."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Thailand appointed Park Jin-woo as head coach in 2019. Park's contract ended in March 2022, after "
        "the Asian Cup qualifiers.",
        "Indonesia hired Park Jin-woo in 2019. Park left the job in March 2022, after the Asian Cup.",
    ],
)
def test_korean_family_name_alone_is_the_man_named_before(text):
    assert ("Park Jin-woo", "Thailand" if "Thailand" in text else "Indonesia", "national", "left") in keys_of(
        text
    )


def test_park_as_part_of_a_ground_is_nobody():
    text = (
        "Thailand appointed Park Jin-woo as head coach in 2019. The team lost at Villa Park in a friendly "
        "and Park Jin-woo was sacked in 2022."
    )
    coaches = {f["coach"] for f in facts_of(text)}
    assert coaches == {"Park Jin-woo"}


@pytest.mark.parametrize(
    ("text", "son", "father"),
    [
        (
            "Hungary appointed Tamas Kovacsik as head coach on Monday. Kovacsik had been in charge of "
            "Ferencvaros since 2019 and, like his predecessor, is the son of a famous coach, Ferenc "
            "Kovacsik, who took Hungary to the 1986 World Cup.",
            "Tamas Kovacsik",
            "Ferenc Kovacsik",
        ),
        (
            "Poland named Adam Wrobel as head coach on Monday. Wrobel left Lech Poznan in May, a club "
            "his father, Jerzy Wrobel, managed in the 1990s.",
            "Adam Wrobel",
            "Jerzy Wrobel",
        ),
    ],
)
def test_shared_surname_is_the_full_name_before_it_not_after(text, son, father):
    club = "Ferencváros" if "Ferencvaros" in text else "Lech Poznań"
    event = "in_charge" if "Ferencvaros" in text else "left"
    keys = keys_of(text)
    assert (son, club, "first_team", event) in keys
    assert (father, club, "first_team", event) not in keys
