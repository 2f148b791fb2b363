"""Precision, second batch: facts the extractor told although the text does not. A women's
appointment further down a story about a country's men's coach leaves the men's posts alone; a
club 'close to appointing' someone has not appointed him."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.xfail(
    strict=True,
    reason="known gap: keeping a country's other posts with the men when its first post told is the men's "
    "fixed this, but turned five right facts of women's-football stories wrong on unseen text (heldout4)",
)
def test_womens_post_further_down_leaves_the_mens_story() -> None:
    text = (
        "Kenji Sato will remain in charge of the Japan national team through the next World Cup. "
        "Sato took over in July 2019 from Daisuke Mori, who was dismissed after the Asian Cup. "
        "The federation also confirmed that Yumi Tanaka, who took charge of the women's team a year "
        "ago, will lead them at the Women's World Cup."
    )
    keys = keys_of(text)
    assert ("Kenji Sato", "Japan", "national", "appointed") in keys
    assert ("Yumi Tanaka", "Japan", "national_women", "appointed") in keys
    assert not {k for k in keys if k[0] in ("Kenji Sato", "Daisuke Mori") and "women" in k[2]}


def test_womens_story_keeps_its_unnamed_posts_with_the_women() -> None:
    text = (
        "Germany have appointed Lena Vogt as the new coach of the women's national team. Vogt "
        "replaces Petra Brandt, who left the national team after the Olympics."
    )
    keys = keys_of(text)
    assert ("Lena Vogt", "Germany", "national_women", "appointed") in keys
    assert not {k for k in keys if k[2] == "national"}


@pytest.mark.parametrize(
    "text",
    [
        "Brighton are close to appointing St Pauli boss Jonas Keller as their new head coach.",
        "Everton are closing in on naming Jonas Keller as their new manager.",
        "Celtic are on the verge of appointing Jonas Keller as manager after talks this week.",
    ],
)
def test_close_to_appointing_is_no_appointment(text: str) -> None:
    keys = keys_of(text)
    assert not {k for k in keys if k[0] == "Jonas Keller" and k[3] in ("appointed", "left")}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Vincent Kompany is the new head coach of Bayern Munich. National coach Julian Nagelsmann, who "
            "had been dismissed by Bayern in March 2023, also turned down a return in April and instead "
            "extended his contract with the German Football Association (DFB) until the 2026 World Cup. "
            "Kompany will bring his assistants Tom Hale and Rob Fenn to Munich.",
            "Bayern Munich",
        ),
        (
            "Hansi Flick is the new coach of Barcelona. National coach Luis de la Fuente, who was sacked by "
            "Barcelona in 2019, turned down a return and extended his contract with the Spanish federation "
            "until 2026. Flick will bring his assistants Tom Hale and Rob Fenn to Barcelona.",
            "Barcelona",
        ),
    ],
)
def test_national_coach_sacked_by_the_club_leaves_the_club_squad_alone(text: str, club: str) -> None:
    """A national coach's old sacking at the story's club does not make its squad a national one."""
    keys = keys_of(text)
    assert ("Tom Hale", club, "first_team", "appointed") in keys
    assert not {k for k in keys if k[1] == club and k[2] == "national"}


@pytest.mark.parametrize(
    ("text", "quit_club", "other"),
    [
        (
            "Valencia are expected to name Marco Rossi, who quit Cagliari last week, in the coming days.",
            "Cagliari",
            "Valencia",
        ),
        (
            "Leeds have appointed Tom Berg, who stepped down from Hull City in May, as their new manager.",
            "Hull City",
            "Leeds United",
        ),
        (
            "Rangers want Paul Mertens, who resigned as manager of Hearts on Sunday.",
            "Heart of Midlothian",
            "Rangers",
        ),
    ],
)
def test_the_club_a_man_quit_is_the_one_after_the_verb(text: str, quit_club: str, other: str) -> None:
    keys = keys_of(text)
    person = next(k[0] for k in keys)
    assert (person, quit_club, "first_team", "resigned") in keys
    assert (person, other, "first_team", "resigned") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Max Eberl was appointed as sporting director of Bayern Munich in March.",
        "Marco Rose took over as technical director at RB Leipzig in March.",
        "Jurgen Klopp, who will take over his new role as Head of Global Soccer at Red Bull on January 1, "
        "was not involved.",
        "Celtic have appointed Mark Lyle as the club's new chief executive.",
    ],
)
def test_an_executive_post_is_no_coaching_appointment(text: str) -> None:
    assert not {k for k in keys_of(text) if k[3] == "appointed"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Ralf Rangnick was appointed as sporting director and head coach of RB Leipzig.",
            ("Ralf Rangnick", "RB Leipzig", "first_team", "appointed"),
        ),
        (
            "Mikel Arteta was appointed as head coach of Arsenal in December.",
            ("Mikel Arteta", "Arsenal", "first_team", "appointed"),
        ),
    ],
)
def test_a_coaching_post_after_as_stays(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)
