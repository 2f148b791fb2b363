"""Which squad a post is with: a men's age group next to a women's story, an age group named inside a
vague youth spell, a country's youth sides named without a women's word, the clubs told as the way to
a women's national post, a men's league after a club in a women's story, and a national coach's old
sacking at the story's club."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import squad_mentions


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # 'men's' before an age group keeps the squad with its country, and keeps it a men's side
        (
            "Everton have hired Jo Marsh to lead their Women's Super League team. Marsh lifted the "
            "A-League Women trophy at Adelaide United and had been working as an assistant with the "
            "Japan men's under-23 side.",
            ("Jo Marsh", "Japan", "national_u23", "in_charge"),
            ("Jo Marsh", "Japan", "national_women", "in_charge"),
        ),
        (
            "Chelsea appointed Marco Rossi as manager of their WSL team. Rossi previously coached the "
            "Italy men's U-21 team.",
            ("Marco Rossi", "Italy", "national_u21", "in_charge"),
            ("Marco Rossi", "Italy", "national_women_u21", "in_charge"),
        ),
        # the women's title with the club in the same sentence still makes that spell the women's
        (
            "Everton have hired Jo Marsh to lead their Women's Super League team. Marsh lifted the "
            "A-League Women trophy at Adelaide United and had been working as an assistant with the "
            "Japan men's under-23 side.",
            ("Jo Marsh", "Adelaide United", "women", "in_charge"),
            ("Jo Marsh", "Adelaide United", "first_team", "in_charge"),
        ),
        # the age group named for the spell is the post; the bare 'youth' reading of it is dropped
        (
            "Empoli have chosen Dario Fabbri as coach. Fabbri arrives from the youth sector of "
            "Spezia, where he coached the under-18 side this past season.",
            ("Dario Fabbri", "Spezia", "u18", "in_charge"),
            ("Dario Fabbri", "Spezia", "youth", "in_charge"),
        ),
        (
            "Lazio named Marco Bianchi as their new coach. Bianchi spent three years in the Atalanta "
            "academy, where he led the under-19 team.",
            ("Marco Bianchi", "Atalanta", "u19", "in_charge"),
            ("Marco Bianchi", "Atalanta", "youth", "in_charge"),
        ),
        # a women's word of an earlier phrase does not make a country's youth sides the women's
        (
            "Canada Soccer fired women's national team coach Beth Miller on Tuesday. Before that she was "
            "Hope Powell's assistant with Scotland's women's team and later coached Canada's youth sides.",
            ("Beth Miller", "Canada", "national_youth", "in_charge"),
            ("Beth Miller", "Canada", "national_women_youth", "in_charge"),
        ),
        (
            "The federation sacked women's national team coach Anna Berg. Berg was an assistant with "
            "Sweden's women's team and also coached Norway's youth teams.",
            ("Anna Berg", "Norway", "national_youth", "in_charge"),
            ("Anna Berg", "Norway", "national_women_youth", "in_charge"),
        ),
        # "Before the national team, …": the clubs that led the coach to her women's national post
        (
            "Italy sacked women's national team coach Sara Rossi on Monday. Prior to joining the national "
            "team, Rossi coached Juventus and won the league with Fiorentina.",
            ("Sara Rossi", "Juventus", "women", "in_charge"),
            ("Sara Rossi", "Juventus", "first_team", "in_charge"),
        ),
        (
            "Paolo Verdi is the new coach of the Italy women's national team, replacing Giulia "
            "Conti. Before the national team, Conti lifted three Serie A titles at Tavagnacco and "
            "also coached Sassuolo.",
            ("Giulia Conti", "Sassuolo", "women", "in_charge"),
            ("Giulia Conti", "Sassuolo", "first_team", "in_charge"),
        ),
        # … but not when that national post is the men's
        (
            "Italy sacked national team coach Luca Rossi on Monday. Before the national side, Rossi coached "
            "Juventus and Fiorentina.",
            ("Luca Rossi", "Juventus", "first_team", "in_charge"),
            ("Luca Rossi", "Juventus", "women", "in_charge"),
        ),
    ],
)
def test_squad_words(text: str, expected: tuple, not_expected: tuple) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert not_expected not in keys


def test_mens_word_joins_the_squad_phrase() -> None:
    (m,) = squad_mentions("an assistant on the Japan men's under-23 side")
    assert (m.text, m.squad) == ("men's under-23 side", "u23")
    # 'women's' is not 'men's': it stays its own squad word
    texts = [m.text for m in squad_mentions("the women's under-19 side")]
    assert "men's under-19 side" not in texts


def test_mens_league_after_a_club_keeps_its_post_with_the_first_team():
    facts = keys_of(
        "Aston Villa have made Lars Holm head coach of their women's team. Dan Price, who shaped the "
        "squad that lifted the WSL trophy and later coached Toronto FC in MLS, had been filling in "
        "as interim boss."
    )
    assert ("Dan Price", "Toronto FC", "first_team", "in_charge") in facts


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Pieter Claes is Bayern Munich's new head coach. National coach Jonas Weber, who "
            "had been dismissed by Bayern in March 2021, said no to a comeback in May and signed "
            "on with the German Football Association (DFB) through to the 2026 World Cup. "
            "Claes will bring his assistants Tom Hale and Rob Fenn to Munich.",
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
