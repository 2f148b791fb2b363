"""Career spells told in passing: every club of a coordinated list after a coaching verb, whatever stands
between the verb and the list or between the items (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


# --- between the items: a participle aside before "then", a spell's periods, a league ---------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Lecce appointed Marco Giampaolo. Giampaolo has trained Empoli, conquering promotion in 2014, "
            "then Sampdoria, Torino and Milan.",
            "Marco Giampaolo",
            {"Empoli", "Sampdoria", "Torino", "AC Milan"},
        ),
        (
            "Cagliari appointed Davide Nicola. He has coached Crotone, taking them up to Serie A, and then "
            "Genoa, Torino and Salernitana.",
            "Davide Nicola",
            {"Crotone", "Genoa", "Torino", "Salernitana"},
        ),
    ],
)
def test_the_list_goes_on_after_a_participle_aside(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


def test_a_spells_periods_and_the_preposition_repeated() -> None:
    text = "Ghana appointed Paul Moreau. Moreau had sat on the bench of Togo for three spells and of Gabon."
    assert {"Togo", "Gabon"} <= _spells(text, "Paul Moreau")


def test_a_lower_league_between_items() -> None:
    text = (
        "Bari appointed Fabio Caserta. Over the years Caserta has guided Perugia in Serie C and the "
        "Juve Stabia."
    )
    assert {"Perugia", "Juve Stabia"} <= _spells(text, "Fabio Caserta")


def test_an_opponent_after_the_aside_is_no_item() -> None:
    text = "Lecce appointed Marco Giampaolo. He has trained Empoli, beating Genoa, and against Verona won."
    spells = _spells(text, "Marco Giampaolo")
    assert "Empoli" in spells
    assert not {"Genoa", "Hellas Verona"} & spells


# --- "X, …, is a known face: the Abruzzese technician has coached …": the colon's subject -----------


@pytest.mark.parametrize(
    "text",
    [
        "Sassuolo replaced Alessio Dionisi with Fabio Grosso. Dionisi, 44, had been hired in June. Grosso, "
        "a cup winner in 2019, is a familiar face: the Roman technician has trained Frosinone and Bari.",
        "Sassuolo replaced Alessio Dionisi with Fabio Grosso. Dionisi, 44, had been hired in June. Grosso is "
        "no newcomer to the role: the Italian tactician has coached Frosinone and Bari.",
    ],
)
def test_a_descriptor_after_a_colon_is_the_clauses_subject(text: str) -> None:
    assert {"Frosinone", "Bari"} <= _spells(text, "Fabio Grosso")
    assert not _spells(text, "Alessio Dionisi") & {"Frosinone", "Bari"}


def test_a_descriptor_after_a_colon_with_two_men_named_before_is_not_guessed() -> None:
    text = (
        "Milan sacked Daniele Bonera. Oddo praised Pioli: the Abruzzese technician has trained Pescara and "
        "Udinese."
    )
    assert not _spells(text, "Massimo Oddo")


# --- "has managed more than 400 games, with A, B and C": the games counted before the list --------


@pytest.mark.parametrize(
    "text",
    [
        "Bolton named Tony Mowbray as manager. The former Middlesbrough defender has managed more than 600 "
        "games, with Hibernian, Celtic and Coventry City, winning promotion once.",
        "Bolton named Tony Mowbray as manager. Mowbray has coached over 600 matches at Hibernian, Celtic "
        "and Coventry City.",
        "Bolton named Tony Mowbray as manager. He has managed almost 600 games with Hibernian, Celtic and "
        "Coventry City.",
    ],
)
def test_games_counted_before_the_list(text: str) -> None:
    assert {"Hibernian", "Celtic", "Coventry City"} <= _spells(text, "Tony Mowbray")


def test_games_played_before_the_list_are_a_players() -> None:
    text = (
        "Bolton signed Josh Sheehan. He has played more than 200 games, with Swansea City and Newport County."
    )
    assert not _spells(text, "Josh Sheehan")


# --- "led A for eight years, had spells at B and C": a second career clause joined by a comma ------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Vitesse appointed John van den Brom on Monday. He led AZ for six years, had spells at Utrecht "
            "and Twente, and also worked in Belgium.",
            "John van den Brom",
            {"AZ Alkmaar", "FC Utrecht", "FC Twente"},
        ),
        (
            "Utrecht appointed Ron Jans on Monday. Jans coached Groningen, had spells at Heerenveen and PEC "
            "Zwolle and then moved abroad.",
            "Ron Jans",
            {"FC Groningen", "SC Heerenveen", "PEC Zwolle"},
        ),
    ],
)
def test_a_comma_joined_spell_clause(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


def test_a_comma_joined_spell_clause_of_a_player_needs_a_coaching_word() -> None:
    text = "Utrecht signed Bas Dost on Monday. Dost scored 20 goals, had spells at Heerenveen and PEC Zwolle."
    assert not _spells(text, "Bas Dost")


# --- "was (head) coach of A and B", "was trainer at A and at B": a post held at each club listed -----


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Freiburg appointed Julian Schuster. Earlier he was trainer at Hoffenheim and at VfL Bochum.",
            "Julian Schuster",
            {"TSG Hoffenheim", "VfL Bochum"},
        ),
        (
            "Basel appointed Peter Zeidler. Zeidler was head coach of Red Bull Salzburg and FC Sion.",
            "Peter Zeidler",
            {"Red Bull Salzburg", "FC Sion"},
        ),
        (
            "Basel appointed Peter Zeidler. In his long career Zeidler also was coach of Austrian club Red "
            "Bull Salzburg and FC Sion.",
            "Peter Zeidler",
            {"Red Bull Salzburg", "FC Sion"},
        ),
    ],
)
def test_a_post_held_at_each_club_listed(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


def test_a_post_at_a_club_then_an_opponent_is_one_spell() -> None:
    text = "Basel appointed Peter Zeidler. Zeidler was coach of FC Sion when they beat Red Bull Salzburg."
    assert "Red Bull Salzburg" not in _spells(text, "Peter Zeidler")


def test_a_club_after_a_national_teams_owner_keeps_its_first_team() -> None:
    text = "Kyiv appointed Rui Vitoria. He was once coach of the national team of Egypt and of Benfica."
    keys = keys_of(text)
    assert ("Rui Vitoria", "Egypt", "national", "in_charge") in keys
    assert ("Rui Vitoria", "Benfica", "first_team", "in_charge") in keys


# --- "The 61-year-old Swabian trained A": a man by his home region is a descriptor, not a name -------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Gent appointed Stijn Vreven. The 50-year-old Limburger led Sint-Truiden for three seasons.",
            "Stijn Vreven",
            "Sint-Truiden",
        ),
        (
            "Luzern appointed Markus Weinzierl as coach. The 49-year-old Swabian trained FC Augsburg from "
            "2012.",
            "Markus Weinzierl",
            "FC Augsburg",
        ),
        (
            "Partizan appointed Mladen Krstajic as coach. The 49-year-old Serb has coached Serbia and TSC.",
            "Mladen Krstajic",
            "Serbia",
        ),
    ],
)
def test_a_man_by_his_home_region_is_the_man_in_view(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)
    assert not any(person in {"Limburger", "Swabian", "Serb"} for person, *_ in keys_of(text))


def test_a_regions_bench_is_the_clubs() -> None:
    keys = keys_of(
        "Sevilla presented Garcia Pimienta. Quique Sanchez Flores, who arrived to the Andalusian bench in "
        "2023, did not continue. The Italian bench was empty."
    )
    assert any(k[0].startswith("Quique S") and k[3] == "appointed" for k in keys)


# --- "…, after earlier spells with C's under-19s and at Red Bull's feeder club D": bare spells ------


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        (
            "Augsburg sacked Jess Thorup. He had coached the Augsburg first team since 2023, keeping them "
            "up in his first year, after earlier spells with Augsburg's under-17s and at FC Liefering.",
            "Jess Thorup",
        ),
        (
            "Mainz sacked Bo Svensson. Svensson had coached Mainz since 2021 after brief spells with Red "
            "Bull Salzburg's under-19s and FC Liefering.",
            "Bo Svensson",
        ),
    ],
)
def test_bare_spells_after_a_coaching_clause(text: str, coach: str) -> None:
    assert "FC Liefering" in _spells(text, coach)


def test_bare_spells_of_the_man_replaced_are_not_told() -> None:
    text = "Bo Svensson is the new coach. He replaced Jan Siewert in 2021, after spells at FC Liefering."
    assert "FC Liefering" not in _spells(text, "Jan Siewert")


def test_bare_spells_of_a_player_are_no_coaching_spells() -> None:
    text = (
        "Mainz signed Jonathan Burkardt. He scored twice on Saturday after spells at FC Liefering and Basel."
    )
    assert not _spells(text, "Jonathan Burkardt")


# --- "has passages by A and B", "commanded A in two passages, B and C": translated spells ----------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            "Flamengo appointed Renato Paiva. Paiva also has passages by Corinthians and Cruzeiro.",
            {"Corinthians", "Cruzeiro"},
        ),
        (
            "Flamengo appointed Renato Paiva. He directed Corinthians in 2023 and has passages for Cruzeiro "
            "and Botafogo.",
            {"Corinthians", "Cruzeiro", "Botafogo"},
        ),
        (
            "Flamengo appointed Renato Paiva. As a coach, Paiva also commanded Corinthians in two passages, "
            "Cruzeiro and Botafogo.",
            {"Corinthians", "Cruzeiro", "Botafogo"},
        ),
    ],
)
def test_passages_are_spells(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, "Renato Paiva")


def test_a_players_passages_are_no_coaching_spells() -> None:
    text = "Flamengo signed Gabriel Barbosa. The striker has passages by Santos and Inter."
    assert not _spells(text, "Gabriel Barbosa")


def test_the_new_commander_is_the_man_appointed() -> None:
    text = (
        "Vasco hired Fabio Carille on Tuesday. Carille replaces Alvaro Pacheco, who was dismissed on Sunday. "
        "Pacheco had won the state title in 2024. The new commander brings a long curriculum. He directed "
        "Santos and has passages for Gremio and Botafogo."
    )
    assert {"Santos", "Grêmio", "Botafogo"} <= _spells(text, "Fabio Carille")
    assert not _spells(text, "Alvaro Pacheco") & {"Santos", "Grêmio", "Botafogo"}


# --- "…, before working with A and B": the posts a career goes on to --------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Zamalek named Carlos Pereira. The experienced coach took Ghana to the 2022 World Cup, before "
            "working with Jordan and Oman.",
            "Carlos Pereira",
            {"Jordan", "Oman"},
        ),
        (
            "Al Ahly named Hector Cuper. Cuper managed Valencia and Inter, before working with Uzbekistan "
            "and Syria.",
            "Hector Cuper",
            {"Uzbekistan", "Syria"},
        ),
    ],
)
def test_before_working_with_a_list(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


def test_before_working_with_a_man_is_no_spell() -> None:
    text = "Al Ahly named Hector Cuper. Cuper managed Valencia, before working with Rafael Benitez at Inter."
    assert "Inter Milan" not in _spells(text, "Hector Cuper")


# --- "coached also A and B", "A in two passages, B (unknown), C", "clubs such as A and B" ----------------


def test_the_adverb_after_the_verb_opens_the_list() -> None:
    text = "Parma appointed Fabio Pecchia. He won promotion with Verona, and coached also Spezia and Empoli."
    assert {"Spezia", "Empoli"} <= _spells(text, "Fabio Pecchia")


def test_the_adverb_after_a_players_verb_is_no_list() -> None:
    text = "Parma signed Dennis Man. He played also at Spezia and Cremonese."
    assert not _spells(text, "Dennis Man")


def test_a_club_we_lack_after_an_items_passages_stays_on_the_list() -> None:
    # "Serrano Paulista" is an invented club (Tombense, the case's club before, is now listed)
    text = (
        "Santos appointed Renato Paiva. As a coach, Paiva also commanded Corinthians in two passages, "
        "Serrano Paulista, Cruzeiro and Botafogo."
    )
    assert {"Corinthians", "Serrano Paulista", "Cruzeiro", "Botafogo"} <= _spells(text, "Renato Paiva")


def test_clubs_such_as_a_club_we_lack() -> None:
    text = (
        "Parma appointed Fabio Pecchia. In his homeland he worked in the third tier with clubs such as "
        "Fanfulla and Spezia."
    )
    assert {"Fanfulla", "Spezia"} <= _spells(text, "Fabio Pecchia")


def test_players_such_as_are_no_clubs() -> None:
    text = "Parma appointed Fabio Pecchia. In Italy he worked with players such as Fanfulla and Spezia."
    assert not _spells(text, "Fabio Pecchia") & {"Fanfulla", "Spezia"}


# --- "directed in Spain to A and B, and in England to C": the country or region before the clubs -----


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            "Almeria appointed Inigo Vallejo. Vallejo directed in Spain to Girona and Levante, and in "
            "Portugal to Braga.",
            {"Girona", "Levante", "Braga"},
        ),
        (
            "Almeria appointed Inigo Vallejo. Vallejo coached Girona and Levante, and worked in Asia with "
            "the national teams of Kuwait and Bahrain.",
            {"Girona", "Levante", "Kuwait", "Bahrain"},
        ),
    ],
)
def test_a_place_told_before_the_clubs(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, "Inigo Vallejo")


def test_a_city_before_a_club_does_not_carry_the_list_on() -> None:
    text = (
        "Cadiz appointed Gaizka Garitano. Garitano coached Eibar, and in Madrid with Rayo Vallecano he was "
        "only an assistant."
    )
    assert "Rayo Vallecano" not in _spells(text, "Gaizka Garitano")


def test_a_players_clubs_by_country_are_no_spells() -> None:
    text = (
        "Cadiz appointed Gaizka Garitano. Garitano played in Spain for Eibar and Leganés, and in England for "
        "Watford."
    )
    assert not _spells(text, "Gaizka Garitano")


# --- "led A to the title, took charge of B and worked at C": each verb phrase of a series ---------------

_NAMED = "Valencia named Rafael Mendez as coach. "


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        (
            "Mendez led Getafe to promotion in 2015, took charge of Peru at the Copa América and had spells "
            "at Osasuna and Alavés.",
            "Peru",
        ),
        ("He won the cup with Sevilla, led Real Betis in La Liga, and had spells at Osasuna.", "Real Betis"),
        ("He later coached Osasuna, had a second spell at Getafe and worked at Eibar.", "Eibar"),
    ],
)
def test_each_verb_phrase_of_a_series_is_a_spell(sentence: str, club: str) -> None:
    assert club in _spells(_NAMED + sentence, "Rafael Mendez")


def test_a_series_post_off_the_bench_is_no_spell() -> None:
    assert "Eibar" not in _spells(
        _NAMED + "He coached Getafe and worked at Eibar as a scout.", "Rafael Mendez"
    )


def test_a_players_series_is_no_spell() -> None:
    text = (
        "Valencia signed striker Hugo Duro. Duro scored twice against Getafe, led Eibar in scoring and won "
        "the cup."
    )
    assert not _spells(text, "Hugo Duro")


def test_a_series_after_anothers_relative_clause_is_the_subjects() -> None:
    text = _NAMED + "Mendez praised Pepe Mel, who coached Getafe, and led Eibar to the title."
    assert "Eibar" in _spells(text, "Rafael Mendez")
    assert "Eibar" not in _spells(text, "Pepe Mel")


# --- "…, with many passages at A and B": the spells told as the clause's companion ---------------------


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "Mazzoni, 58, is considered a relegation specialist in Italy, with many passages at Empoli and "
            "Spezia.",
            {"Empoli", "Spezia"},
        ),
        (
            "Mazzoni has coached in Serie B for a decade, with spells at Empoli, Spezia and Cremonese.",
            {"Empoli", "Spezia", "Cremonese"},
        ),
    ],
)
def test_spells_told_with_with(sentence: str, clubs: set[str]) -> None:
    assert clubs <= _spells("Parma appointed Luca Mazzoni. " + sentence, "Luca Mazzoni")


def test_a_players_spells_told_with_with_are_no_coaching_spells() -> None:
    text = "Parma signed striker Luca Mazzoni. Mazzoni, 28, is a scorer, with spells at Empoli and Spezia."
    assert not _spells(text, "Luca Mazzoni")


# --- "coached A, reaching …, and also B", "the national teams of A, which …, and of B": after an aside ---


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "Earlier he managed the national teams of Ghana, which he qualified for the World Cup in 2022, "
            "and of Oman.",
            {"Ghana", "Oman"},
        ),
        (
            "In Spain he coached Mallorca, reaching the final of the Cup Winners' Cup in 1999, and also "
            "Real Betis.",
            {"Mallorca", "Real Betis"},
        ),
        ("He coached Valencia, whom he led to two finals, and also Mallorca.", {"Valencia", "Mallorca"}),
    ],
)
def test_the_list_goes_on_after_an_aside_with_also_or_of(sentence: str, clubs: set[str]) -> None:
    assert clubs <= _spells("Al Ahly named Hector Cuper. " + sentence, "Hector Cuper")


def test_an_aside_then_another_clause_ends_the_list() -> None:
    text = (
        "Al Ahly named Hector Cuper. He coached Valencia, whom he led to two finals, and also praised Getafe."
    )
    assert "Getafe" not in _spells(text, "Hector Cuper")


# --- "began his career on the bench at C": a career's first post, told by the bench ----------------------


def test_a_career_begun_on_the_bench() -> None:
    text = (
        "Velez named Sebastian Dominguez. Before that he coached Banfield, though Dominguez started his "
        "career in the dugout at Tigre, leading them to the Sudamericana."
    )
    assert {"Banfield", "Tigre"} <= _spells(text, "Sebastian Dominguez")


@pytest.mark.parametrize(
    "sentence",
    [
        "Palermo began his career at Estudiantes and Boca Juniors.",
        "Palermo began his career in the academy at Estudiantes.",
    ],
)
def test_a_career_begun_off_the_bench_is_no_spell(sentence: str) -> None:
    assert not _spells("Boca signed Martin Palermo. " + sentence, "Martin Palermo")


# --- "has a long career in the lower leagues, with A, B and C": the clubs of a career told after it -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Scot has a long career in the lower leagues, with Ross County, Morecambe and Plymouth Argyle.",
        "Adams has a long managerial career with Ross County, Morecambe and Plymouth Argyle.",
    ],
)
def test_the_clubs_of_a_career_told_after_it(sentence: str) -> None:
    text = "Hibernian named Scot Derek Adams as manager. " + sentence
    assert {"Ross County", "Morecambe", "Plymouth Argyle"} <= _spells(text, "Derek Adams")


def test_a_players_long_career_is_no_coaching_one() -> None:
    text = (
        "Hibernian signed Lewis Grabban. The striker has a long career in the lower leagues, with "
        "Nottingham Forest, Bournemouth and Norwich City."
    )
    assert not _spells(text, "Lewis Grabban")


# --- "A, B and, most recently, C": the sequence's adverb set off by commas after the joint ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He was coach of Belgium and also led Japan, Scotland and, most recently, Serbia.",
        "He coached the Netherlands, South Korea, Russia and, later, Serbia.",
        "He has had spells in charge of Russia and, more recently, Serbia.",
        "He managed South Korea, Russia and, briefly, Serbia.",
    ],
)
def test_an_adverb_set_off_by_commas_after_the_joint(sentence: str) -> None:
    assert "Serbia" in _spells("Iraq named Dick Advocaat. " + sentence, "Dick Advocaat")


def test_an_adverb_after_the_joint_then_another_clause_ends_the_list() -> None:
    text = "Iraq named Dick Advocaat. He coached Russia and, later, praised Serbia as a pundit."
    assert "Serbia" not in _spells(text, "Dick Advocaat")


# --- "His Italian years took in A, B, a second spell at C and five seasons at D" ----------------------


def test_a_careers_years_took_in_clubs_and_spells() -> None:
    text = (
        "Leicester named Sven Larsson. His Spanish years took in Sevilla, Valencia, a second spell at Getafe "
        "and four seasons at Osasuna."
    )
    assert {"Sevilla", "Valencia", "Getafe", "Osasuna"} <= _spells(text, "Sven Larsson")


def test_a_players_years_took_in_are_no_coaching_spells() -> None:
    text = "Leicester signed Sven Larsson. His Spanish years took in Sevilla, Valencia and a spell at Getafe."
    assert not _spells(text, "Sven Larsson")


def test_years_after_a_club_are_no_item() -> None:
    text = "Leicester named Sven Larsson. He coached Roma, three years after Fiorentina sacked him."
    assert "Fiorentina" not in _spells(text, "Sven Larsson")


# --- "took charge of A and later of B": the preposition repeated after 'and' and an adverb --------------


def test_of_repeated_after_and_later() -> None:
    text = (
        "Twente named Erwin Koeman. On the bench he took charge of Utrecht and later of Orlando Pirates in "
        "South Africa."
    )
    assert "Orlando Pirates" in _spells(text, "Erwin Koeman")


def test_of_after_a_comma_is_no_item() -> None:
    text = (
        "Ajax named Johan Neeskens. He coached NEC Nijmegen, of course, and later praised Mamelodi Sundowns."
    )
    assert "Mamelodi Sundowns" not in _spells(text, "Johan Neeskens")


# --- "with A of Dubai and in Saudi Arabia with B": the previous item's city before the next place --------


def test_an_items_city_before_the_next_place() -> None:
    text = (
        "Shabab Al Ahli named Marius Sumudica. He has won league titles in Qatar with Al Sadd of Doha and in "
        "the UAE with Al Wahda."
    )
    assert {"Al-Sadd", "Al-Wahda"} <= _spells(text, "Marius Sumudica")


def test_an_items_city_before_a_city_is_no_place_gap() -> None:
    text = (
        "Al Ain named Cosmin Olaroiu. He coached Al Wahda of Abu Dhabi and in Riyadh with Al Hilal he was an "
        "assistant."
    )
    assert "Al-Hilal" not in _spells(text, "Cosmin Olaroiu")


# --- "after working in the youth divisions of A and B": a youth post at each club ------------------------


def test_youth_posts_in_the_youth_divisions_of_clubs() -> None:
    text = (
        "Qatar named Felix Sanchez. Sanchez ran the under-23 side, having worked in the youth categories of "
        "Valencia and Villarreal."
    )
    spells = {(club, squad) for person, club, squad, event in keys_of(text) if event == "in_charge"}
    assert {("Valencia", "youth"), ("Villarreal", "youth")} <= spells


def test_coming_through_the_youth_ranks_is_a_players() -> None:
    text = "Qatar named Felix Sanchez. Sanchez came through the youth ranks of Barcelona and Espanyol."
    assert not _spells(text, "Felix Sanchez")
