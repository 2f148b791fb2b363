"""Career spells told in passing: every club of a coordinated list after a coaching verb, whatever stands
between the verb and the list or between the items (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for person, club, _squad, event in keys_of(text) if person == coach and event == "in_charge"}


# --- between the items: a participle aside before "then", a spell's periods, a league ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Lecce appointed Marco Giampaolo. Giampaolo has trained Empoli, conquering promotion in 2014, then "
        "Sampdoria, Torino and Milan.",
        "Lecce appointed Marco Giampaolo. He has coached Empoli, bringing them to Serie A, and then "
        "Sampdoria, Torino and Milan.",
    ],
)
def test_the_list_goes_on_after_a_participle_aside(text: str) -> None:
    assert {"Empoli", "Sampdoria", "Torino", "AC Milan"} <= _spells(text, "Marco Giampaolo")


def test_a_spells_periods_and_the_preposition_repeated() -> None:
    text = "Mali appointed Michel Dussuyer. He also sat on the bench of Benin for two periods and of Guinea."
    assert {"Benin", "Guinea"} <= _spells(text, "Michel Dussuyer")


def test_a_lower_league_between_items() -> None:
    text = (
        "Lecce appointed Roberto Cevoli. In his career Cevoli has guided Modena in Serie C and the Reggiana."
    )
    assert {"Modena", "Reggiana"} <= _spells(text, "Roberto Cevoli")


def test_an_opponent_after_the_aside_is_no_item() -> None:
    text = "Lecce appointed Marco Giampaolo. He has trained Empoli, beating Genoa, and against Verona won."
    spells = _spells(text, "Marco Giampaolo")
    assert "Empoli" in spells
    assert not {"Genoa", "Hellas Verona"} & spells


# --- "X, …, is a known face: the Abruzzese technician has coached …": the colon's subject -----------


@pytest.mark.parametrize(
    "text",
    [
        "Milan replaced Daniele Bonera with Massimo Oddo. Bonera, 43, had been chosen in the summer. Oddo, "
        "world champion in 2006, is a known face: the Abruzzese technician has trained Pescara and Udinese.",
        "Milan replaced Daniele Bonera with Massimo Oddo. Bonera, 43, had been chosen in the summer. Oddo is "
        "no stranger to the job: the Italian tactician has coached Pescara and Udinese.",
    ],
)
def test_a_descriptor_after_a_colon_is_the_clauses_subject(text: str) -> None:
    assert {"Pescara", "Udinese"} <= _spells(text, "Massimo Oddo")
    assert not _spells(text, "Daniele Bonera") & {"Pescara", "Udinese"}


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
    "text",
    [
        "Utrecht appointed Ron Jans on Monday. He led Groningen for eight years, had spells at Heerenveen "
        "and PEC Zwolle, and also worked in the United States.",
        "Utrecht appointed Ron Jans on Monday. Jans coached Groningen, had spells at Heerenveen and PEC "
        "Zwolle and then moved abroad.",
    ],
)
def test_a_comma_joined_spell_clause(text: str) -> None:
    assert {"FC Groningen", "SC Heerenveen", "PEC Zwolle"} <= _spells(text, "Ron Jans")


def test_a_comma_joined_spell_clause_of_a_player_needs_a_coaching_word() -> None:
    text = "Utrecht signed Bas Dost on Monday. Dost scored 20 goals, had spells at Heerenveen and PEC Zwolle."
    assert not _spells(text, "Bas Dost")


# --- "was (head) coach of A and B", "was trainer at A and at B": a post held at each club listed -----


@pytest.mark.parametrize(
    "text",
    [
        "Basel appointed Peter Zeidler. Earlier he was trainer at Red Bull Salzburg and at FC Sion.",
        "Basel appointed Peter Zeidler. Zeidler was head coach of Red Bull Salzburg and FC Sion.",
        "Basel appointed Peter Zeidler. In his long career Zeidler also was coach of Austrian club Red Bull "
        "Salzburg and FC Sion.",
    ],
)
def test_a_post_held_at_each_club_listed(text: str) -> None:
    assert {"Red Bull Salzburg", "FC Sion"} <= _spells(text, "Peter Zeidler")


def test_a_post_at_a_club_then_an_opponent_is_one_spell() -> None:
    text = "Basel appointed Peter Zeidler. Zeidler was coach of FC Sion when they beat Red Bull Salzburg."
    assert "Red Bull Salzburg" not in _spells(text, "Peter Zeidler")


def test_a_club_after_a_national_teams_owner_keeps_its_first_team() -> None:
    text = "Kyiv appointed Mircea Lucescu. He was also coach of the national team of Turkey and of Zenit."
    keys = keys_of(text)
    assert ("Mircea Lucescu", "Turkey", "national", "in_charge") in keys
    assert ("Mircea Lucescu", "Zenit Saint Petersburg", "first_team", "in_charge") in keys


# --- "The 61-year-old Swabian trained A": a man by his home region is a descriptor, not a name -------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Anderlecht appointed Wouter Vrancken. The 45-year-old Limburger led Genk for two seasons.",
            "Wouter Vrancken",
            "Genk",
        ),
        (
            "Basel appointed Peter Zeidler as coach. The 61-year-old Swabian trained St. Gallen since 2018.",
            "Peter Zeidler",
            "FC St. Gallen",
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
    "text",
    [
        "Mainz sacked Bo Svensson. He had coached the Mainz first team since 2021, pulling them clear of "
        "relegation in his first season, after earlier spells with Mainz's under-19s and at Red Bull's "
        "feeder club FC Liefering.",
        "Mainz sacked Bo Svensson. Svensson had coached Mainz since 2021 after brief spells with Red Bull "
        "Salzburg's under-19s and FC Liefering.",
    ],
)
def test_bare_spells_after_a_coaching_clause(text: str) -> None:
    assert "FC Liefering" in _spells(text, "Bo Svensson")


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
        "Fluminense hired Mano Menezes on Friday. Mano replaces Fernando Diniz, who was fired on Monday. "
        "Diniz had won the Libertadores in 2023. The new commander has a vast curriculum. He directed "
        "Corinthians and has passages for Cruzeiro and Internacional."
    )
    assert {"Corinthians", "Cruzeiro", "Internacional"} <= _spells(text, "Mano Menezes")
    assert not _spells(text, "Fernando Diniz") & {"Corinthians", "Cruzeiro", "Internacional"}


# --- "…, before working with A and B": the posts a career goes on to --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al Ahly named Hector Cuper. The veteran coach took Egypt to the 2018 World Cup, before working with "
        "Uzbekistan and Syria.",
        "Al Ahly named Hector Cuper. Cuper managed Valencia and Inter, before working with Uzbekistan and "
        "Syria.",
    ],
)
def test_before_working_with_a_list(text: str) -> None:
    assert {"Uzbekistan", "Syria"} <= _spells(text, "Hector Cuper")


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
    text = (
        "Santos appointed Renato Paiva. As a coach, Paiva also commanded Corinthians in two passages, "
        "Tombense, Cruzeiro and Botafogo."
    )
    assert {"Corinthians", "Tombense", "Cruzeiro", "Botafogo"} <= _spells(text, "Renato Paiva")


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
            "Cadiz appointed Gaizka Garitano. Garitano directed in Spain to Eibar and Leganés, and in "
            "England to Watford.",
            {"Eibar", "Leganés", "Watford"},
        ),
        (
            "Cadiz appointed Gaizka Garitano. Garitano coached Eibar and Leganés, and worked in the Gulf "
            "with the national teams of Qatar and Oman.",
            {"Eibar", "Leganés", "Qatar", "Oman"},
        ),
    ],
)
def test_a_place_told_before_the_clubs(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, "Gaizka Garitano")


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
            "He previously led the national teams of Egypt, which he qualified for the World Cup in 2018, "
            "and of Syria.",
            {"Egypt", "Syria"},
        ),
        (
            "In England he coached Chelsea, reaching the final of the Champions League in 2008, and also "
            "Portsmouth.",
            {"Chelsea", "Portsmouth"},
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
        "Boca named Martin Palermo. Before that he coached Aldosivi, and he began his career on the bench at "
        "Godoy Cruz, guiding them to the Libertadores."
    )
    assert {"Aldosivi", "Godoy Cruz"} <= _spells(text, "Martin Palermo")


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
        "He was coach of the Netherlands and also led South Korea, Russia and, most recently, Serbia.",
        "He coached the Netherlands, South Korea, Russia and, later, Serbia.",
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
        "Leicester named Sven Larsson. His Italian years took in Roma, Fiorentina, a second spell at Genoa "
        "and five seasons at Sampdoria."
    )
    assert {"Roma", "Fiorentina", "Genoa", "Sampdoria"} <= _spells(text, "Sven Larsson")


def test_a_players_years_took_in_are_no_coaching_spells() -> None:
    text = "Leicester signed Sven Larsson. His Italian years took in Roma, Fiorentina and a spell at Genoa."
    assert not _spells(text, "Sven Larsson")


def test_years_after_a_club_are_no_item() -> None:
    text = "Leicester named Sven Larsson. He coached Roma, three years after Fiorentina sacked him."
    assert "Fiorentina" not in _spells(text, "Sven Larsson")


# --- "took charge of A and later of B": the preposition repeated after 'and' and an adverb --------------


def test_of_repeated_after_and_later() -> None:
    text = (
        "Ajax named Johan Neeskens. As a head coach he took charge of NEC Nijmegen and later of Mamelodi "
        "Sundowns in South Africa."
    )
    assert "Mamelodi Sundowns" in _spells(text, "Johan Neeskens")


def test_of_after_a_comma_is_no_item() -> None:
    text = (
        "Ajax named Johan Neeskens. He coached NEC Nijmegen, of course, and later praised Mamelodi Sundowns."
    )
    assert "Mamelodi Sundowns" not in _spells(text, "Johan Neeskens")


# --- "with A of Dubai and in Saudi Arabia with B": the previous item's city before the next place --------


def test_an_items_city_before_the_next_place() -> None:
    text = (
        "Al Ain named Cosmin Olaroiu. He has won league titles in the UAE with Al Wahda of Abu Dhabi and in "
        "Saudi Arabia with Al Hilal."
    )
    assert {"Al-Wahda", "Al-Hilal"} <= _spells(text, "Cosmin Olaroiu")


def test_an_items_city_before_a_city_is_no_place_gap() -> None:
    text = (
        "Al Ain named Cosmin Olaroiu. He coached Al Wahda of Abu Dhabi and in Riyadh with Al Hilal he was an "
        "assistant."
    )
    assert "Al-Hilal" not in _spells(text, "Cosmin Olaroiu")


# --- "after working in the youth divisions of A and B": a youth post at each club ------------------------


def test_youth_posts_in_the_youth_divisions_of_clubs() -> None:
    text = (
        "Qatar named Felix Sanchez. Sanchez led the under-23 team, after working in the youth divisions of "
        "Barcelona and Espanyol."
    )
    spells = {(club, squad) for person, club, squad, event in keys_of(text) if event == "in_charge"}
    assert {("Barcelona", "youth"), ("Espanyol", "youth")} <= spells


def test_coming_through_the_youth_ranks_is_a_players() -> None:
    text = "Qatar named Felix Sanchez. Sanchez came through the youth ranks of Barcelona and Espanyol."
    assert not _spells(text, "Felix Sanchez")
