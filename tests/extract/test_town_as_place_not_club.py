"""A town read as its club only where the words tell a spell or a staff move there: not the town of a
club the article names under another name ('in Eindhoven' in an FC Eindhoven story), not the town of a
neighbour of the story club that the article never names ('in Florence' in an Empoli story), not a
region's adjective, not a town someone travelled through or grew up in ('moved from Kirkcaldy as a boy',
'from Gelsenkirchen airport', 'came from Udine to watch'), and not a town where a news conference was
held ('at Gosford')."""

from __future__ import annotations

from extract_helpers import keys_of


def _clubs_of(text: str, coach: str) -> set[str]:
    return {k[1] for k in keys_of(text) if k[0] == coach}


# a town of one club (club_places.csv) the article never names


def test_town_of_a_named_club_that_wears_its_name():
    text = (
        "FC Eindhoven have appointed Jan Kuipers. His assistant Rob Maas, who worked with him in Eindhoven "
        "for three years, stays on."
    )
    assert "PSV Eindhoven" not in _clubs_of(text, "Rob Maas")


def test_joined_the_town_of_a_named_club_that_wears_its_name():
    text = "FC Eindhoven have sacked Jan Kuipers. Kuipers joined Eindhoven in 2023 from Helmond Sport."
    keys = keys_of(text)
    assert ("Jan Kuipers", "FC Eindhoven", "first_team", "appointed") in keys
    assert "PSV Eindhoven" not in _clubs_of(text, "Jan Kuipers")


def test_town_of_a_neighbour_of_the_story_club():
    text = (
        "Empoli have appointed Roberto D'Aversa. His assistant Luca Bianchi, who worked with him in Florence "
        "as youth coach, follows him."
    )
    assert "Fiorentina" not in _clubs_of(text, "Luca Bianchi")


def test_town_visited_on_a_course_is_no_spell():
    text = (
        "Hearts have appointed Neil Critchley. Critchley's assistant Lee Johnson, who worked with him in "
        "Sinsheim on a coaching course, joins him."
    )
    assert "TSG Hoffenheim" not in _clubs_of(text, "Lee Johnson")


def test_region_adjective_is_no_town():
    text = (
        "Club Brugge have appointed Marco Ferri. His assistant Dario Conti, who worked with him in Tuscan "
        "football for years, joins him."
    )
    assert "Fiorentina" not in _clubs_of(text, "Dario Conti")


def test_town_of_three_clubs_one_of_them_named():
    text = (
        "PAOK have appointed Razvan Lucescu. Iraklis Thessaloniki sacked Nikos Papas. His assistant Kostas "
        "Ilias, who worked with him in Thessaloniki, joins him."
    )
    assert "PAOK" not in {k[1] for k in keys_of(text) if k[0] == "Kostas Ilias" and k[3] == "in_charge"}


# 'from <town>' after a verb anyone uses for travelling


def test_moved_from_the_town_as_a_boy():
    text = (
        "Dunfermline have appointed Neil Lewis. Raith Rovers sacked Ian Murray on Monday. Lewis moved from "
        "Kirkcaldy as a boy and grew up in Fife."
    )
    assert "Raith Rovers" not in _clubs_of(text, "Neil Lewis")


def test_came_from_the_town_to_watch_a_match():
    text = (
        "Udinese have sacked Gabriele Cioffi. Kosta Runjaic, who came from Udine to watch Legia Warsaw in "
        "the spring, is the favourite."
    )
    assert not {k for k in keys_of(text) if k[0] == "Kosta Runjaic" and k[3] == "left"}


def test_brought_from_the_town_airport():
    text = (
        "Fulham have appointed Marco Silva. Silva brought his assistant Joao Pedro Sousa with him from "
        "Gelsenkirchen airport on Monday."
    )
    assert "Schalke 04" not in _clubs_of(text, "Joao Pedro Sousa")


# 'at <town>' where a news conference was held


def test_news_conference_at_the_town_is_no_spell():
    text = (
        "Newcastle Jets have appointed Mark Milligan as head coach. Milligan was unveiled at a news "
        "conference at Gosford, where the Jets train this week because of pitch works. Central Coast "
        "Mariners share the venue."
    )
    assert "Central Coast Mariners" not in _clubs_of(text, "Mark Milligan")


# a town whose capital letter has an accent or a stroke ('Łódź', 'Örebro'), read as any other


def test_town_opening_on_a_capital_with_a_stroke():
    text = (
        "Legia Warsaw have appointed Tomasz Nowak, formerly of Widzew Łódź. His assistant Piotr Lis, who "
        "worked with him in Łódź, joins him."
    )
    assert ("Piotr Lis", "Widzew Łódź", "first_team", "in_charge") in keys_of(text)


def test_town_opening_on_an_accented_capital_that_is_no_club_of_the_story():
    text = "Legia Warsaw have appointed Tomasz Nowak. His assistant Piotr Lis grew up in Łódź."
    assert not {k for k in keys_of(text) if k[1] == "Widzew Łódź"}
