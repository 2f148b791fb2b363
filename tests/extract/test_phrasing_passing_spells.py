"""A coach's earlier spells told in passing in a news story's background sentences: spells counted
("had two spells in charge of C", "has twice been in charge of C"), a spell told by its shortness
("lasted less than five months at C"), "before a brief stint at C", "his only senior head coaching job
came at C", "of his last 37 games in charge", "having taken C to the final", a career list going on after
a participle aside ("coached A, leading them back to the Bundesliga, and B") or with its item described
("and Brazilian side B"), "and also was head coach of C". Players' careers, executives and awards give no
coaching fact. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _spells(text: str, coach: str) -> list[str]:
    """The clubs of the coach's in_charge facts, one per fact (a club twice for two spells)."""
    return sorted(f["club"] for f in facts_of(text) if f["coach"] == coach and f["event"] == "in_charge")


# --- spells counted: each spell is an event of its own -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Ghana have appointed Otto Addo. Addo had two spells in charge of the Black Stars.",
            "Otto Addo",
            "Ghana",
        ),
        (
            "Lech Poznan named Maciej Skorza coach on Monday. Skorza has twice been in charge of "
            "Lech Poznan, "
            "winning the title in 2015 and 2022.",
            "Maciej Skorza",
            "Lech Poznań",
        ),
        (
            "Tom Sermanni, who had two stints as coach of the Matildas, was at the game.",
            "Tom Sermanni",
            "Australia",
        ),
        (
            "Kenny Dalglish, who twice managed Liverpool, was in the stands on Sunday.",
            "Kenny Dalglish",
            "Liverpool",
        ),
    ],
)
def test_two_spells_are_two_facts(text: str, coach: str, club: str) -> None:
    assert _spells(text, coach) == [club, club]


def test_two_spells_beside_a_new_appointment_are_past_spells() -> None:
    text = (
        "Nigeria appointed Sam Okoye. Okoye, who had two spells in charge of the Super Eagles, "
        "replaced Jose Pereira."
    )
    assert _spells(text, "Sam Okoye") == ["Nigeria", "Nigeria"]


@pytest.mark.parametrize(
    "text",
    [
        # a count after the club ("in two spells") is told as one spell; the next item keeps one
        "Before Trabzonspor, Ali Kaya coached Istanbul Basaksehir in two spells and Besiktas.",
        "Tottenham manager Ange Postecoglou praised James Maddison, who had two spells at Leicester City.",
    ],
)
def test_no_second_spell_for_the_next_item_or_a_player(text: str) -> None:
    for f in facts_of(text):
        if f["event"] == "in_charge" and f["club"] in ("Beşiktaş", "Leicester City"):
            assert _spells(text, f["coach"]).count(f["club"]) <= 1
    assert "James Maddison" not in {f["coach"] for f in facts_of(text)}


def test_a_player_who_twice_won_a_trophy_has_no_spell() -> None:
    text = (
        "Ruud van Nistelrooy, who twice won the Premier League golden boot with Manchester United, "
        "was appointed Leicester manager."
    )
    assert _spells(text, "Ruud van Nistelrooy") == []


# --- a spell told by its shortness ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Coventry appointed Frank Lampard as manager. Lampard lasted less than five months at "
            "Chelsea in his "
            "second spell.",
            "Frank Lampard",
            "Chelsea",
        ),
        (
            "Charlotte FC have appointed Dean Smith. Smith lasted just seven months in charge of "
            "Norwich City.",
            "Dean Smith",
            "Norwich City",
        ),
        (
            "Marseille sacked Luca Ferri on Monday. Pablo Vidal quit in August after only "
            "six games, "
            "and Ferri lasted less than four months.",
            "Luca Ferri",
            "Olympique de Marseille",
        ),
    ],
)
def test_a_short_spell(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


def test_a_short_spell_told_with_its_events_is_no_extra_spell() -> None:
    # "lasted … at C after succeeding Y": the spell is told by its appointment
    text = (
        "West Ham appointed Graham Potter. He lasted under seven months at Chelsea after succeeding "
        "Thomas Tuchel "
        "in September 2022."
    )
    assert "Chelsea" not in _spells(text, "Graham Potter")


def test_a_player_lasting_a_season_is_no_coach() -> None:
    text = "Chelsea signed Romelu Lukaku, who lasted only one season at Inter Milan."
    assert not [f for f in facts_of(text) if f["coach"] == "Romelu Lukaku"]


def test_an_executive_lasting_months_is_no_coach() -> None:
    text = "Sporting director Dan Ashworth lasted just five months at Manchester United."
    assert not [f for f in facts_of(text) if f["coach"] == "Dan Ashworth"]


# --- "before a brief stint at C" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Swansea have appointed Mark Hale as head coach. Hale coached Cardiff City before a "
            "brief stint at QPR.",
            "Mark Hale",
            {"Cardiff City", "Queens Park Rangers"},
        ),
        (
            "Kenya appointed Adel Rahim as coach. Rahim was in charge of Uganda between 2013 and 2014, "
            "before spells with Libya and Botswana.",
            "Adel Rahim",
            {"Uganda", "Libya", "Botswana"},
        ),
        (
            "Hibernian named Lars Berg manager. Berg previously coached Hearts, before an ill-fated spell at "
            "Belgian side Eupen that ended after a few months.",
            "Lars Berg",
            {"Heart of Midlothian", "Eupen"},
        ),
    ],
)
def test_before_a_spell_at(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= set(_spells(text, coach))


def test_the_object_of_replaced_has_no_spell_of_the_subject() -> None:
    text = (
        "Kevin Muscat is the new coach. He replaced Ange Postecoglou in 2021, after a short spell "
        "at Sint-Truiden."
    )
    assert "Sint-Truiden" not in _spells(text, "Ange Postecoglou")


# --- "his only senior head coaching job came at C" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Hoffenheim named Erik Lang coach. Lang's only senior head coaching "
            "job came at "
            "Swift Hesperange, in Luxembourg.",
            "Erik Lang",
            "Swift Hesperange",
        ),
        (
            "Lorient sacked Paul Marin. Before Lorient, Marin's only previous experience as a head "
            "coach came at his old "
            "club Nice in 2015 and 2016.",
            "Paul Marin",
            "OGC Nice",
        ),
        (
            "Luton appointed Rob Edwards. Edwards's only other managerial post was at Forest Green Rovers.",
            "Rob Edwards",
            "Forest Green Rovers",
        ),
    ],
)
def test_only_job_came_at(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


def test_a_presidents_only_previous_club_job_is_no_spell() -> None:
    text = "Napoli president Aurelio De Laurentiis, whose only previous club job was at Bari, spoke."
    assert not [f for f in facts_of(text) if f["event"] == "in_charge"]


# --- a record, an achievement told after the clause ------------------------------------------------------


def test_record_of_his_last_games() -> None:
    text = "Hibernian sacked Ross Kerr on Saturday. Kerr won only 9 of his last 30 games in charge."
    assert ("Ross Kerr", "Hibernian", "first_team", "dismissed") in keys_of(text)
    assert "Hibernian" in _spells(text, "Ross Kerr")


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Mali appointed Jan Vos. Vos is no stranger to African football, having taken "
            "Mali "
            "to the semi-finals of the 2012 Africa Cup of Nations.",
            "Jan Vos",
            "Mali",
        ),
        (
            "Newcastle United appointed Eddie Howe in 2021. Howe arrived with a fine reputation, "
            "having guided "
            "Bournemouth from League Two to the Premier League.",
            "Eddie Howe",
            "AFC Bournemouth",
        ),
    ],
)
def test_having_led_to(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


def test_a_player_having_taken_a_team_to_a_title_is_no_coach() -> None:
    text = (
        "Arsenal coach Mikel Arteta said Declan Rice, having taken West Ham to the Conference "
        "League title, is a leader."
    )
    assert not [f for f in facts_of(text) if f["coach"] == "Declan Rice"]


# --- a career list going on after an aside ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Bayern have named Tom Weber coach. Weber previously coached Freiburg, leading them back to the "
            "Bundesliga in 2016, and Hertha Berlin.",
            "Tom Weber",
            {"SC Freiburg", "Hertha BSC"},
        ),
        (
            "Celtic named Lars Holm head coach. Holm had earlier coached Brondby, lifting the league "
            "trophy there in "
            "2021, and Denmark's under-19 side.",
            "Lars Holm",
            {"Brøndby IF", "Denmark"},
        ),
        (
            "Al Nassr appointed Diego Rossi coach. He has also coached Argentine club Racing Club, "
            "whom he led to "
            "two titles, and Brazilian side Gremio.",
            "Diego Rossi",
            {"Racing Club", "Grêmio"},
        ),
    ],
)
def test_list_goes_on_after_an_aside(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= set(_spells(text, coach))


# --- "and also was head coach of C" ----------------------------------------------------------------------


def test_and_also_was_head_coach_of() -> None:
    text = (
        "Columbus Crew named Robin Fraser coach. Robin Fraser coached the Colorado Rapids for four "
        "seasons and also was head coach of Toronto FC in 2012."
    )
    assert {"Colorado Rapids", "Toronto FC"} <= set(_spells(text, "Robin Fraser"))


def test_and_was_assistant_coach_is_no_head_coach_spell() -> None:
    text = "Robin Fraser coached the Colorado Rapids and was assistant coach of Toronto FC."
    assert ("Robin Fraser", "Toronto FC", "first_team", "in_charge") not in {
        (f["coach"], f["club"], f["squad"], f["event"]) for f in facts_of(text) if f["role"] == "head_coach"
    }


# --- an award is no appointment --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zenit appointed Paul Weiss coach. He previously led Spartak Moscow, where he was named "
        "coach of the season.",
        "Nuno Espirito Santo was named Premier League manager of the month for December.",
    ],
)
def test_coach_of_the_season_is_an_award(text: str) -> None:
    assert not [
        f for f in facts_of(text) if f["event"] == "appointed" and f["club"] != "Zenit Saint Petersburg"
    ]


# --- a stand-in's earlier spell ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Leeds United named Michael Skubala coach. Skubala had a spell in caretaker charge of "
            "Lincoln City in 2023.",
            "Michael Skubala",
            "Lincoln City",
        ),
        (
            "Hull City named Tim Walter coach. Walter had a short stint in interim charge of Hamburg.",
            "Tim Walter",
            "Hamburger SV",
        ),
        (
            "Nottingham Forest sacked Steve Cooper. Steven Reid, who had a spell as caretaker manager of "
            "Reading, is in the frame.",
            "Steven Reid",
            "Reading",
        ),
    ],
)
def test_a_stand_in_spell_is_a_caretakers(text: str, coach: str, club: str) -> None:
    assert [
        f["role"] for f in facts_of(text) if (f["coach"], f["club"], f["event"]) == (coach, club, "in_charge")
    ] == ["caretaker"]


def test_a_spell_in_charge_stays_a_head_coachs() -> None:
    text = "Hull City named Tim Walter coach. Walter had a spell in charge of Hamburg before a stint at QPR."
    roles = {f["club"]: f["role"] for f in facts_of(text) if f["event"] == "in_charge"}
    assert roles == {"Hamburger SV": "head_coach", "Queens Park Rangers": "head_coach"}


def test_and_had_earlier_coached_a_list() -> None:
    text = (
        "Augsburg sacked Niels Vang. Vang joined Copenhagen in 2019 from Dutch side Utrecht and had "
        "earlier coached FC Midtjylland, winning the cup there in 2017, and Denmark's under-21 side."
    )
    keys = keys_of(text)
    assert ("Niels Vang", "FC Midtjylland", "first_team", "in_charge") in keys
    assert ("Niels Vang", "Denmark", "national_u21", "in_charge") in keys


def test_racing_genk_is_genk() -> None:
    text = (
        "Karl Brenner was named Austria U21 coach. Brenner previously coached VfL Bochum, before a short "
        "stint at Belgian side Racing Genk that finished after a few months."
    )
    assert "Genk" in _spells(text, "Karl Brenner")
