"""'X was assistant to Y at C': Y's post is the club told right after him, the side X served, not a club
X's own career named before ('had been in charge of A and B and was assistant to Y at C' tells no spell
of Y at B). The side is the one the aide served: in a story about women's football, 'assistant to Y with
Sweden' beside the aide's post with Sweden's women is that women's team. With no club after the boss the
club near the link is still read. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_club_after_the_boss_not_the_aides_earlier_club() -> None:
    keys = keys_of(
        "Bayern have appointed Jan Vos. Vos had previously been in charge of Anderlecht and Hoffenheim "
        "and was assistant to Karl Mertens at Schalke.",
        "2024-06-20",
    )
    assert ("Karl Mertens", "Schalke 04", "first_team", "in_charge") in keys
    assert not any(k[0] == "Karl Mertens" and k[1] != "Schalke 04" for k in keys)


def test_national_team_after_the_boss_not_the_new_employer() -> None:
    keys = keys_of(
        "Iraq have appointed Pedro Sanz. Before moving to Iraq, Sanz worked as an assistant to Luis Ortega "
        "with the Spanish national team.",
        "2024-06-20",
    )
    assert ("Luis Ortega", "Spain", "national", "in_charge") in keys
    assert not any(k[0] == "Luis Ortega" and k[1] == "Iraq" for k in keys)


def test_boss_coaches_the_womens_side_the_aide_served() -> None:
    keys = keys_of(
        "Norway have appointed Lina Dahl as head coach of the women's national team. Dahl coached "
        "Rosenborg's women and was an assistant to Erik Sand with Sweden. Dahl won the league twice with "
        "Rosenborg.",
        "2024-06-20",
    )
    assert ("Erik Sand", "Sweden", "national_women", "in_charge") in keys
    assert not any(k[0] == "Erik Sand" and k[1] == "Rosenborg" for k in keys)


def test_near_miss_no_club_after_the_boss_keeps_the_near_club() -> None:
    text = "Norway have appointed Tom Hale. Hale coached Vålerenga and was an assistant to Erik Sand."
    keys = keys_of(text, "2024-06-20")
    assert ("Erik Sand", "Vålerenga", "first_team", "in_charge") in keys


def test_near_miss_mens_story_keeps_the_senior_side() -> None:
    keys = keys_of(
        "England have appointed Tom Hale as manager of the men's national team. Hale, who coached Leeds, was "
        "an assistant to Erik Sand with Sweden.",
        "2024-06-20",
    )
    assert ("Erik Sand", "Sweden", "national", "in_charge") in keys


def test_near_miss_mens_coach_named_beside_the_womens() -> None:
    keys = keys_of(
        "Sweden have a new coach. Sweden's women's coach Lina Dahl and the men's coach Erik Sand both signed "
        "new contracts.",
        "2024-06-20",
    )
    assert not any(k[0] == "Erik Sand" and k[2] == "national_women" for k in keys)
