"""References that need the article: clubs named by their place, country or league ('the
Birmingham club', 'the Serie A side'), and pronouns after a relative clause."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.reference import club_places, club_refs, place_adjectives


def test_every_place_lists_reference_clubs():
    names = set(club_refs())
    for place, clubs in club_places().items():
        assert clubs <= names, place


def test_place_adjectives_are_the_rows_marked_so():
    # a one-club town ending like an adjective ('Wigan') is still a town; 'Aragonese' is none
    adjectives = place_adjectives()
    assert {"andalusian", "aragonese", "potosino", "milanese"} <= adjectives
    assert not adjectives & {"milan", "deventer", "pamplona", "san sebastian"}
    assert adjectives < set(club_places())


def test_city_word_read_as_a_club_means_the_citys_club_the_article_names():
    text = (
        "Steven Gerrard joined Aston Villa on Thursday. "
        "He arrives after Dean Smith was sacked by the Birmingham club last week."
    )
    keys = keys_of(text)
    assert ("Dean Smith", "Aston Villa", "first_team", "dismissed") in keys
    assert not any(k[1] == "Birmingham City" for k in keys)


def test_city_club_named_in_its_own_right_stays():
    text = (
        "Birmingham City have appointed Tony Mowbray as manager. "
        "Gary Rowett was dismissed by the Birmingham club last week."
    )
    assert ("Gary Rowett", "Birmingham City", "first_team", "dismissed") in keys_of(text)


def test_country_reference_means_the_articles_club_of_that_country_not_the_story_club():
    text = (
        "Abel Ferreira will stay at Palmeiras until 2027. "
        "Al-Sadd had offered him a two-year deal in December. "
        "Palmeiras confirmed the news on Monday. "
        "Palmeiras president Leila Pereira praised him. "
        "Palmeiras lead the league by four points. "
        "Ferreira has rejected an offer from the Qatari club."
    )
    keys = keys_of(text)
    assert ("Abel Ferreira", "Al-Sadd", "first_team", "offer_declined") in keys
    assert ("Abel Ferreira", "Palmeiras", "first_team", "offer_declined") not in keys


def test_former_club_in_a_coach_title_is_the_country_reference():
    text = (
        "Chelsea have hired Marco Rossi as head coach. "
        "The former Lyon coach, who was dismissed by the French club in May, starts on Monday."
    )
    keys = keys_of(text)
    assert ("Marco Rossi", "Lyon", "first_team", "dismissed") in keys
    assert ("Marco Rossi", "Chelsea", "first_team", "dismissed") not in keys


def test_league_reference_means_the_club_of_that_league():
    text = (
        "Bayer Leverkusen were beaten again on Saturday. "
        "Hansi Weber was sacked by the Bundesliga club on Sunday, two days after the defeat."
    )
    assert ("Hansi Weber", "Bayer Leverkusen", "first_team", "dismissed") in keys_of(text)


def test_region_reference_picks_the_region_club_not_the_latest_club():
    text = (
        "Milan have confirmed Paolo Neri as coach. "
        "Neri arrives from Palermo. "
        "The Sicilian club sacked Luca Bassi in March."
    )
    keys = keys_of(text)
    assert ("Luca Bassi", "AC Milan", "first_team", "dismissed") not in keys
    assert ("Luca Bassi", "Palermo", "first_team", "dismissed") in keys


def test_qualifier_nobody_can_read_resolves_to_no_club():
    text = (
        "River Plate have hired Tomás Ruiz as coach. "
        "Ruiz was in charge of the Regionalliga Bavaria team since 2021."
    )
    assert not any(k[1] == "River Plate" and k[3] == "in_charge" for k in keys_of(text))


def test_pronoun_after_a_closed_relative_clause_is_the_sentence_subject():
    text = (
        "Burnley have appointed Karl Lind as head coach. "
        "He succeeds Tom Hart, who was sacked in March after a run of defeats, and joins from Hull City, "
        "whom he led to promotion last season."
    )
    keys = keys_of(text)
    assert ("Karl Lind", "Hull City", "first_team", "in_charge") in keys
    assert ("Tom Hart", "Hull City", "first_team", "in_charge") not in keys


def test_named_subject_and_possessive_after_a_closed_relative_clause():
    text = (
        "Lens have hired Marc Olier as coach. "
        "Olier replaces Pierre Dumas, who left by mutual consent last week, and arrives from Nantes, "
        "where he spent three seasons in charge."
    )
    keys = keys_of(text)
    assert ("Pierre Dumas", "FC Nantes", "first_team", "in_charge") not in keys
    assert ("Pierre Dumas", "RC Lens", "first_team", "left") in keys


def test_pronoun_inside_the_relative_clause_is_still_its_person():
    text = (
        "Everton have appointed Lars Berg as coach. "
        "Berg succeeds Ivan Petrov, who left in May after four seasons in which he led the club "
        "to a cup final."
    )
    keys = keys_of(text)
    assert ("Ivan Petrov", "Everton", "first_team", "in_charge") in keys


def test_demonym_womens_national_team_is_the_countrys_women():
    text = "Peter Lund has been sacked as coach of the Swedish women's national team after the Euros."
    assert ("Peter Lund", "Sweden", "national_women", "dismissed") in keys_of(text)


def test_demonym_women_without_team_word():
    text = "Anna Berg was named coach of the Danish women on Monday."
    assert ("Anna Berg", "Denmark", "national_women", "appointed") in keys_of(text)


def test_demonym_womens_side_taken_over():
    keys = keys_of("Hugo Marin took over the French women's national side in 2023.")
    assert ("Hugo Marin", "France", "national_women", "appointed") in keys


def test_country_possessive_women_and_nickname_stay_national_women():
    assert ("Clara Ruiz", "Spain", "national_women", "appointed") in keys_of(
        "Spain's women have appointed Clara Ruiz as head coach."
    )
    assert ("Sarah Kemp", "England", "national_women", "appointed") in keys_of(
        "Sarah Kemp was appointed Lionesses boss in 2021."
    )


def test_a_clubs_womens_team_is_no_country():
    keys = keys_of("Lyon have appointed Joe Marsh as coach. The French club's women's team need one too.")
    assert not any(k[1] == "France" for k in keys)


def test_county_reference_means_the_county_club_the_article_names():
    text = (
        "Sunderland want Paul Hale as their new manager. "
        "Hale has been at Preston North End since 2019. "
        "Sunderland are bottom of the Championship. "
        "Their fans want a quick decision. "
        "The board met again on Tuesday. "
        "Hale is open to the move, although the Lancashire club sacked Jim Todd last week."
    )
    keys = keys_of(text)
    assert ("Jim Todd", "Preston North End", "first_team", "dismissed") in keys
    assert ("Jim Todd", "Sunderland", "first_team", "dismissed") not in keys


def test_old_lady_names_juventus_only_where_the_article_names_juventus():
    hertha = keys_of(
        "Hertha BSC have sacked coach Pal Varga. It is his second departure as head coach of the Old Lady."
    )
    assert not any(k[1] == "Juventus" for k in hertha)
    juve = keys_of(
        "Juventus sacked Mario Conti on Saturday, nine days after Luca Neri had been named coach of "
        "the Old Lady's Under-23 team."
    )
    assert ("Luca Neri", "Juventus", "u23", "appointed") in juve


def test_bare_the_club_after_a_career_flashback_is_the_storys_club():
    text = (
        "Everton have appointed Sam Reed as manager. "
        "He also led Anderlecht to the Belgian title in 2019. "
        "Caretaker manager Tom Reeves leaves the club."
    )
    keys = keys_of(text)
    assert ("Tom Reeves", "Everton", "first_team", "left") in keys
    assert ("Tom Reeves", "Anderlecht", "first_team", "left") not in keys


def test_bare_the_club_after_a_sentence_opening_with_another_club_is_that_club():
    text = (
        "Everton have appointed Sam Reed as manager. "
        "Anderlecht, his former club, are searching for a successor. "
        "Caretaker manager Tom Reeves leaves the club."
    )
    assert ("Tom Reeves", "Anderlecht", "first_team", "left") in keys_of(text)


def test_the_catalans_is_barcelona_only_in_an_article_naming_barcelona():
    text = "Barcelona have had a difficult season. Pau Serra was sacked by the Catalans on Monday."
    assert ("Pau Serra", "Barcelona", "first_team", "dismissed") in keys_of(text)
    other = keys_of("Girona have had a difficult season. Pau Serra was sacked by the Catalans on Monday.")
    assert not any(k[1] == "Barcelona" for k in other)


def test_descriptor_opening_a_clause_after_a_named_man_is_that_man():
    text = (
        "Leeds United have appointed Simon Hart as head coach. "
        "Hart replaces Anders Lund, who had been in charge since 2021. "
        "Leeds had first appointed Erik Holm as head coach on Monday, with the Dane arriving from "
        "Cypriot champions APOEL."
    )
    keys = keys_of(text)
    assert ("Erik Holm", "APOEL", "first_team", "left") in keys
    assert ("Simon Hart", "APOEL", "first_team", "left") not in keys


def test_descriptor_after_but_is_the_man_just_named():
    text = (
        "Newcastle United have appointed Ian Reid as manager. "
        "The club had made an approach for Villarreal coach Pablo Ruiz last month, but the Spaniard rejected "
        "the offer."
    )
    keys = keys_of(text)
    assert ("Pablo Ruiz", "Newcastle United", "first_team", "offer_declined") in keys
    assert ("Ian Reid", "Newcastle United", "first_team", "offer_declined") not in keys


def test_nationality_before_a_title_and_name_is_no_reference():
    text = (
        "Fenerbahce have appointed Ali Demir as coach. "
        "The club terminated the contract of the Portuguese coach Rui Costa on 29 August."
    )
    keys = keys_of(text)
    assert ("Rui Costa", "Fenerbahçe", "first_team", "dismissed") in keys
    assert not any(k[0] == "Ali Demir" and k[3] in ("dismissed", "left") for k in keys)
