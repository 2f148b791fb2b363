"""Career spells and departures told in passing, written for these tests in our own words:
'X, a former C manager', 'X is C's former coach', 'After leaving C, X …', 'prying X away from C',
'X ended his spell at C', 'X joined A after three seasons at B' — and a player's career, which is not
a coaching spell; the men listed after a counted sacking ('the third manager to lose his job this
season, after C's A and D's B'), each sacked by his club."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_HIRED = "Walsall have appointed Pieter Aalst as head coach. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition naming a former post: "X, a former C manager", "X, the ex-C boss"
        (
            _HIRED + "Aalst, a former Stockport County manager, is 52.",
            {("Pieter Aalst", "Stockport County", "first_team", "in_charge")},
        ),
        (
            _HIRED + "Aalst, an ex-Rotherham United coach, signed a two-year deal.",
            {("Pieter Aalst", "Rotherham United", "first_team", "in_charge")},
        ),
        (
            _HIRED + "Aalst is Rotherham United's former manager.",
            {("Pieter Aalst", "Rotherham United", "first_team", "in_charge")},
        ),
        # an opening gerund whose subject is the main clause's: "After leaving C, X …"
        (
            _HIRED + "After leaving Stockport County in 2019, Aalst spent two years in Qatar.",
            {("Pieter Aalst", "Stockport County", "first_team", "left")},
        ),
        (
            _HIRED + "After quitting Rotherham United he took a year out.",
            {("Pieter Aalst", "Rotherham United", "first_team", "left")},
        ),
        # the club that hired him pried him away from another
        (
            "Walsall have hired Pieter Aalst as head coach, prying the Dutchman away from League Two rivals "
            "Stockport County.",
            {("Pieter Aalst", "Stockport County", "first_team", "left")},
        ),
        (
            _HIRED + "Walsall lured Aalst from Rotherham United with a three-year contract.",
            {("Pieter Aalst", "Rotherham United", "first_team", "left")},
        ),
        # the spell's end told as his act: "ended his (four-year) spell at C"
        (
            _HIRED + "Aalst ended his four-year spell at Stockport County in May.",
            {("Pieter Aalst", "Stockport County", "first_team", "left")},
        ),
        (
            _HIRED + "Aalst, who ended his stint with Rotherham United last year, replaces Ian Mold.",
            {("Pieter Aalst", "Rotherham United", "first_team", "left")},
        ),
        # the club named before the spell: "ends his C spell", "ended his second C stint"
        (
            _HIRED + "Aalst ended his Stockport County spell after five seasons.",
            {("Pieter Aalst", "Stockport County", "first_team", "left")},
        ),
        (
            _HIRED + "Aalst, who ended his second Rotherham United stint in March, was the first choice.",
            {("Pieter Aalst", "Rotherham United", "first_team", "left")},
        ),
        # "joined A (in 2021) after N seasons as coach of B": the spell at B and its end
        (
            _HIRED + "Aalst joined Stockport County in 2021 after six seasons as coach of Rotherham United.",
            {
                ("Pieter Aalst", "Rotherham United", "first_team", "in_charge"),
                ("Pieter Aalst", "Rotherham United", "first_team", "left"),
            },
        ),
        (
            _HIRED + "He arrives after three years in charge of Stockport County.",
            {
                ("Pieter Aalst", "Stockport County", "first_team", "in_charge"),
                ("Pieter Aalst", "Stockport County", "first_team", "left"),
            },
        ),
        (
            _HIRED
            + "Aalst came to Walsall after working as an assistant at League One club Rotherham United.",
            {("Pieter Aalst", "Rotherham United", "first_team", "left")},
        ),
        # a career list whose items carry their league: "managed A in the Premier League and B"
        (
            _HIRED + "Aalst has coached Getafe in La Liga, Porto and Besiktas in the Super Lig.",
            {
                ("Pieter Aalst", "Getafe", "first_team", "in_charge"),
                ("Pieter Aalst", "FC Porto", "first_team", "in_charge"),
                ("Pieter Aalst", "Beşiktaş", "first_team", "in_charge"),
            },
        ),
        # a coordinated career verb after a departure: "left A and later managed B"
        (
            _HIRED
            + "Aalst left Stockport County in 2020 and later managed Rotherham United in the Championship.",
            {("Pieter Aalst", "Rotherham United", "first_team", "in_charge")},
        ),
        (
            _HIRED + "Aalst was sacked by Stockport County and then coached Rotherham United.",
            {("Pieter Aalst", "Rotherham United", "first_team", "in_charge")},
        ),
        # feats won as a coach with a list of clubs
        (
            _HIRED
            + "Aalst has won promotion four times as a manager, with Stockport County and Rotherham United.",
            {
                ("Pieter Aalst", "Stockport County", "first_team", "in_charge"),
                ("Pieter Aalst", "Rotherham United", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Aalst lifted two trophies as head coach at Rotherham United.",
            {("Pieter Aalst", "Rotherham United", "first_team", "in_charge")},
        ),
    ],
)
def test_spells_and_departures(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # a player's career is no coaching spell
        (_HIRED + "Aalst, a former Stockport County defender, is 52.", "Stockport County"),
        (_HIRED + "Aalst ended his playing career at Stockport County in 2010.", "Stockport County"),
        (_HIRED + "Aalst ended his Stockport County loan spell in 1998.", "Stockport County"),
        (
            _HIRED
            + "Aalst joined Rotherham United in 2001 after three seasons as a player at Stockport County.",
            "Stockport County",
        ),
        (_HIRED + "Aalst won two league titles as a player, with Stockport County.", "Stockport County"),
        # a dangling opener whose main clause is about someone else
        (_HIRED + "After leaving Stockport County, the team struggled under Ian Mold.", "Stockport County"),
    ],
)
def test_not_a_departure(text: str, club: str) -> None:
    assert not {
        k for k in keys_of(text) if k[1] == club and k[3] in ("left", "in_charge") and k[0] != "Ian Mold"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Juventus Women coach Massimiliano Canzi will leave at the end of the season.",
        "Real Sociedad coach Imanol Alguacil is set to depart this summer when his contract expires.",
        "Werder Bremen coach Ole Werner will leave when his contract expires.",
    ],
)
def test_an_announced_departure_with_its_time_and_no_club_is_from_the_club_in_view(
    sentence: str,
) -> None:
    assert [k for k in keys_of(sentence) if k[3] == "left"]


def test_leaving_something_else_at_the_end_of_the_season_is_no_departure() -> None:
    keys = keys_of("Chelsea boss Enzo Maresca said he will leave nothing to chance at the end of the season.")
    assert not [k for k in keys if k[3] == "left"]
    assert ("Enzo Maresca", "Chelsea", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    ("published", "season_end"), [("2024-03-12", "2024-06-30"), ("2024-08-20", "2025-06-30")]
)
def test_a_future_told_in_the_past_ends_the_coming_season(published: str, season_end: str) -> None:
    text = "Lazio coach Marco Bellini announced he would step down at the end of the campaign."
    dates = {f["date"] for f in facts_of(text, published) if f["event"] == "resigned"}
    assert dates == {season_end}


def test_men_listed_after_a_counted_sacking_were_sacked_by_their_clubs():
    text = (
        "Stoke City sacked Mark Hughes on Monday. Hughes is the fourth Championship manager to lose his "
        "job this season, after Sunderland's Tony Mowbray and Norwich City's Dean Smith."
    )
    found = {(f["coach"], f["club"], f["event"]): f for f in facts_of(text)}
    assert ("Tony Mowbray", "Sunderland", "dismissed") in found
    assert ("Dean Smith", "Norwich City", "dismissed") in found
    assert ("Tony Mowbray", "Sunderland", "in_charge") not in found
    # "this season" is the span the sackings are counted in, not when either happened
    assert found[("Tony Mowbray", "Sunderland", "dismissed")]["date"] is None


def test_counted_sacking_reads_a_city_alias_owning_a_man_beside_a_club_owning_one():
    text = (
        "Columbus fired Caleb Porter on Sunday. Porter is the third MLS coach to lose his job this year, "
        "after Toronto's Greg Vanney and Inter Miami's Diego Alonso in May."
    )
    keys = keys_of(text)
    assert ("Greg Vanney", "Toronto FC", "first_team", "dismissed") in keys
    assert ("Diego Alonso", "Inter Miami", "first_team", "dismissed") in keys


def test_a_city_owning_a_man_alone_stays_no_club():
    text = "Everton appointed Sean Dyche on Monday. Toronto's Greg Vanney watched from the stands."
    assert not any(f["club"] == "Toronto FC" for f in facts_of(text))


@pytest.mark.parametrize(
    ("arrival", "national_left"),
    [
        ("Hogmo arrived from Sweden, known for his work with young players.", False),
        ("Hogmo arrived from the Sweden national team.", True),
        ("Hogmo joined from Sweden's national team in May.", True),
    ],
)
def test_arrival_from_a_country_is_a_place_unless_the_team_is_named(
    arrival: str, national_left: bool
) -> None:
    keys = keys_of("Urawa Reds have dismissed manager Per-Mathias Hogmo. " + arrival)
    assert (("Per-Mathias Høgmo", "Sweden", "national", "left") in keys) is national_left


def test_subject_with_a_long_relative_clause_replaces() -> None:
    keys = keys_of(
        "Shanghai Shenhua on Friday announced the appointment of Leonid Slutsky as head coach. "
        "The 53-year-old Russian tactician, who previously led CSKA Moscow to three Russian Premier League "
        "titles and coached the Russia national team at Euro 2016, replaces Wu Jingui."
    )
    assert ("Wu Jingui", "Shanghai Shenhua", "first_team", "left") in keys


def test_time_at_the_club_has_come_to_an_end() -> None:
    keys = keys_of("Chris Wilder's time at Sheffield United has come to an end.")
    assert ("Chris Wilder", "Sheffield United", "first_team", "left") in keys
