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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Portuguese Fernando Santos, who arrived in December, was sacked by Besiktas on Monday.",
            ("Fernando Santos", "Beşiktaş", "first_team", "dismissed"),
        ),
        (
            "The experienced Fernando Santos was appointed by Poland in January.",
            ("Fernando Santos", "Poland", "national", "appointed"),
        ),
        (
            "Ajax sacked Maurice Steijn in September and John van 't Schip took over as interim coach.",
            ("John van 't Schip", "Ajax", "first_team", "appointed"),
        ),
    ],
)
def test_names_with_a_club_word_or_a_particle_are_one_person(text, expected):
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kawasaki F announced on Tuesday that Kenji Mori will take charge next season.",
            ("Kenji Mori", "Kawasaki Frontale", "first_team", "appointed"),
        ),
        (
            "Yokohama FM announced the appointment of Kenji Mori as their new manager.",
            ("Kenji Mori", "Yokohama F. Marinos", "first_team", "appointed"),
        ),
        (
            "He has also coached Guangzhou R&F, Shanghai SIPG and Shenzhen.",
            ("Ivan Horvat", "Shenzhen FC", "first_team", "in_charge"),
        ),
        (
            "Fukuoka announced the arrival of Kenji Mori, the former Sagan Tosu manager. Mori was sacked "
            "in August by Tosu.",
            ("Kenji Mori", "Sagan Tosu", "first_team", "dismissed"),
        ),
    ],
)
def test_club_short_names(text, expected):
    if expected[0] == "Ivan Horvat":
        text = "Ivan Horvat was a manager for twenty years. " + text
    assert expected in keys_of(text)


def test_a_city_alone_is_no_club_unless_the_article_names_it():
    text = "Kenji Mori was born in Sendai and was appointed by Kashima Antlers on Monday."
    assert {f["club"] for f in facts_of(text)} == {"Kashima Antlers"}


def test_an_academy_is_nobody():
    text = (
        "Arsenal have appointed Tom Birch as head coach of their under-18 side. Birch, who has coached "
        "in Hale End for several years, was promoted from the under-16s."
    )
    assert {f["coach"] for f in facts_of(text)} == {"Tom Birch"}
