"""A spell told through the town of a club the article names, where the club's name ends on the town
('worked with him in Zagreb' for Dinamo Zagreb, 'had been in charge in Ostrava' for Baník Ostrava):
only where the words before the town tell a spell there. A town named as where a coach was presented
or a friendly was played, or one two named clubs share, names no club."""

from __future__ import annotations

from extract_helpers import keys_of


def test_aide_who_worked_with_him_in_the_town():
    text = (
        "Slovan Bratislava have appointed Marek Novak as head coach. Novak previously coached Dinamo Zagreb "
        "and Rijeka. His assistant Ivan Petric, who worked with him in Zagreb, follows him to Slovakia."
    )
    assert ("Ivan Petric", "Dinamo Zagreb", "first_team", "in_charge") in keys_of(text)


def test_in_charge_in_the_town():
    text = (
        "Sigma Olomouc have named Jan Dvorak as head coach. He left Baník Ostrava in May. Dvorak, 51, had "
        "been in charge in Ostrava since 2020."
    )
    assert ("Jan Dvorak", "Baník Ostrava", "first_team", "in_charge") in keys_of(text)


def test_town_acting_as_subject_for_the_club_ending_on_it():
    text = "Cherno More Varna have appointed Ivan Stoev. Varna sacked Georgi Marinov in March."
    assert ("Georgi Marinov", "Cherno More Varna", "first_team", "dismissed") in keys_of(text)


def test_town_shared_by_two_named_clubs_names_neither():
    text = (
        "Levski Sofia have appointed Goran Maric, the former Red Star Belgrade coach. Partizan Belgrade were "
        "also interested. His assistant Zoran Ilic, who worked with him in Belgrade, joins him."
    )
    assert not {k for k in keys_of(text) if k[0] == "Zoran Ilic"}


def test_town_where_a_coach_was_presented_is_no_spell():
    text = (
        "Serbia have appointed Goran Maric, the former Red Star Belgrade coach. His assistant Zoran Ilic was "
        "presented in Belgrade on Monday."
    )
    assert not {k for k in keys_of(text) if k[0] == "Zoran Ilic" and k[1] == "Red Star Belgrade"}


def test_friendly_in_the_town_is_no_spell():
    text = (
        "Serbia have appointed Goran Maric, the former Red Star Belgrade coach. Zoran Ilic was his assistant "
        "in a friendly in Belgrade on Friday."
    )
    assert not {k for k in keys_of(text) if k[0] == "Zoran Ilic" and k[1] == "Red Star Belgrade"}


# towns whose clubs' names do not hold them (club_places.csv): 'in Deventer' is Go Ahead Eagles, 'in
# Perth' St Johnstone or Perth Glory, whichever one the article names


def test_aide_in_a_town_the_club_name_does_not_hold():
    text = (
        "FC Twente have appointed Rik de Vries, who spent three years at Go Ahead Eagles. His assistant Bas "
        "Mulder, who worked with him in Deventer, joins him."
    )
    assert ("Bas Mulder", "Go Ahead Eagles", "first_team", "in_charge") in keys_of(text)


def test_born_in_the_town_is_no_spell():
    text = (
        "FC Twente have appointed Rik de Vries, who spent three years at Go Ahead Eagles. His assistant Bas "
        "Mulder, born in Deventer, joins him."
    )
    assert not {k for k in keys_of(text) if k[0] == "Bas Mulder" and k[1] == "Go Ahead Eagles"}


def test_town_of_the_one_named_club_of_two():
    text = (
        "Dundee have appointed Craig Laird, formerly of St Johnstone. His assistant Gary Reid, who worked "
        "with him in Perth, joins him."
    )
    assert ("Gary Reid", "St Johnstone", "first_team", "in_charge") in keys_of(text)


def test_town_of_two_named_clubs_of_two_countries_names_neither():
    text = (
        "Dundee have appointed Craig Laird, formerly of St Johnstone. Perth Glory had also wanted him. His "
        "assistant Gary Reid, who worked with him in Perth, joins him."
    )
    assert not {k for k in keys_of(text) if k[0] == "Gary Reid" and k[1] in ("St Johnstone", "Perth Glory")}


def test_town_written_with_accents():
    text = (
        "Athletic Bilbao have appointed Ana Ruiz, formerly of Real Sociedad. Her assistant Maite Sanz, who "
        "also worked with her in San Sebastián, joins her."
    )
    # the aide of a coach the text calls "her": the club's women's side
    assert ("Maite Sanz", "Real Sociedad", "women", "in_charge") in keys_of(text)


def test_aide_named_after_his_post_in_the_town():
    text = (
        "Legia Warsaw have appointed Tomasz Nowak, formerly of Cracovia. His number two in Kraków, Piotr "
        "Lis, joins him."
    )
    assert ("Piotr Lis", "Cracovia", "first_team", "in_charge") in keys_of(text)


def test_aide_named_after_a_post_in_a_town_of_no_named_club():
    text = "Legia Warsaw have appointed Tomasz Nowak. His number two in Kraków, Piotr Lis, joins him."
    assert not {k for k in keys_of(text) if k[0] == "Piotr Lis" and k[1] != "Legia Warsaw"}


# 'at <town>' as 'in <town>': "in charge at Gosford" (Central Coast Mariners), "worked alongside him at
# San Martín"; such a club is where a spell was, never what the story is about


def test_in_charge_at_the_town():
    text = (
        "Wellington Phoenix have appointed Tom Harris as head coach. Harris left Central Coast Mariners in "
        "May. He had been in charge at Gosford since 2020."
    )
    assert ("Tom Harris", "Central Coast Mariners", "first_team", "in_charge") in keys_of(text)


def test_a_place_at_no_club_town_names_no_club():
    text = (
        "Wellington Phoenix have appointed Tom Harris as head coach. Harris left Central Coast Mariners in "
        "May. He had trained at Coverciano in 2015."
    )
    assert not {k for k in keys_of(text) if k[3] == "in_charge"}


def test_club_told_at_its_town_is_not_the_story_club():
    text = (
        "Deportivo Cali presented Martin Lopez as their new coach. Lopez comes from San Martín de Tucumán. "
        "His fitness coach Diego Paz, who worked with him at San Martín, joins too."
    )
    keys = keys_of(text)
    assert ("Diego Paz", "San Martín de Tucumán", "first_team", "in_charge") in keys
    assert ("Martin Lopez", "Deportivo Cali", "first_team", "appointed") in keys


# 'from <town>' and 'for <town>' after a verb of moving: "will follow him from Kirkcaldy" (Raith Rovers),
# "until he left for Miami" (Inter Miami); a man who is from a town has no spell there


def test_aide_following_his_boss_from_the_town():
    text = (
        "Hibernian have appointed Stuart Kerr, who left Raith Rovers last week. Kerr confirmed that "
        "goalkeeping coach Martin Boyd will follow him from Kirkcaldy."
    )
    assert ("Martin Boyd", "Raith Rovers", "first_team", "left") in keys_of(text)


def test_left_for_the_town():
    text = (
        "Nashville SC have named Paul Grant, once of Inter Miami, as head coach. Grant ran Chelsea's academy "
        "for six years before he left for Miami in 2021."
    )
    assert ("Paul Grant", "Inter Miami", "first_team", "appointed") in keys_of(text)


def test_a_man_from_the_town_has_no_spell_there():
    text = (
        "Falkirk have appointed John McGlynn, who left Raith Rovers on Monday. His assistant Paul Smith, who "
        "is from Kirkcaldy, stays on at Falkirk."
    )
    assert not {k for k in keys_of(text) if k[0] == "Paul Smith" and k[1] == "Raith Rovers"}


# a town of one club (club_places.csv) where the article names none of its clubs: that club, only where
# the words before the town tell a spell there


def test_spell_in_a_one_club_town_the_article_does_not_name():
    text = (
        "FC Twente have appointed Rik de Vries. His assistant Bas Mulder, who worked with him in Deventer, "
        "joins him."
    )
    assert ("Bas Mulder", "Go Ahead Eagles", "first_team", "in_charge") in keys_of(text)


def test_living_in_a_one_club_town_is_no_spell():
    text = "FC Twente have appointed Rik de Vries. His assistant Bas Mulder lives in Deventer."
    assert not {k for k in keys_of(text) if k[1] == "Go Ahead Eagles"}


def test_spell_in_a_town_of_two_clubs_the_article_does_not_name():
    text = (
        "Sevilla have appointed Rik de Vries. His assistant Bas Mulder, who worked with him in Glasgow, "
        "joins him."
    )
    assert not {k for k in keys_of(text) if k[0] == "Bas Mulder" and k[1] in ("Celtic", "Rangers")}


def test_aide_brought_with_his_boss_from_the_town():
    text = (
        "Brighton have appointed Jan Smit, who leaves Feyenoord. Smit will bring his long-time assistant "
        "Kees Bakker with him from Rotterdam."
    )
    assert ("Kees Bakker", "Feyenoord", "first_team", "left") in keys_of(text)


# the town right after a verb of leaving or joining: "He left Pamplona" (Osasuna), "who joined Goa in 2022"
# (FC Goa); a town of clubs the article does not name stays a town


def test_left_the_town():
    text = (
        "Celta Vigo have appointed Iker Goni, formerly of Osasuna. He left Pamplona when his "
        "contract ran out in June."
    )
    assert ("Iker Goni", "Osasuna", "first_team", "left") in keys_of(text)


def test_joined_the_town_of_a_club_named_on_it():
    text = (
        "Kerala Blasters have appointed Manuel Lopez. Lopez, who joined Goa in 2022, previously coached "
        "Bengaluru FC. FC Goa sacked him in May."
    )
    assert ("Manuel Lopez", "FC Goa", "first_team", "appointed") in keys_of(text)


def test_left_a_town_of_several_clubs_none_named():
    text = "Real Sociedad have appointed Jon Urrutia. He left Madrid for Bilbao as a teenager."
    assert keys_of(text) == {("Jon Urrutia", "Real Sociedad", "first_team", "appointed")}


# a name several clubs share told with the town of one of them: "led Red Star in Belgrade" (not Red Star FC
# of Paris), "United in Manchester"; with another town, or none, it stays unread


def test_shared_name_told_with_its_town():
    text = (
        "Bosnia have appointed Goran Lazic. As a coach, the 49-year-old led Red Star in Belgrade, the "
        "Greek side Aris and the selection of Cyprus."
    )
    assert ("Goran Lazic", "Red Star Belgrade", "first_team", "in_charge") in keys_of(text)


def test_shared_name_told_with_another_town_is_unread():
    text = "Bosnia have appointed Goran Lazic. He once led Red Star in Vienna."
    assert not {k for k in keys_of(text) if k[1].startswith("Red Star")}
