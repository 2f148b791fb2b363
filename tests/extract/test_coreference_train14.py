"""Train14 coreference: which man a descriptor or a pronoun means in short news with long career
sentences, where the nearest or most talked-about man is the wrong one."""

from __future__ import annotations

from pipeline.extract.text import sentence_spans
from tests.extract.extract_helpers import keys_of, read_as


def _clubs_of(text: str, coach: str) -> set[str]:
    return {c for name, c, _, _ in keys_of(text) if name == coach}


# --- "X, 71, the former France midfielder, …": an apposition to X even with his age between --------


def test_descriptor_after_name_and_age_is_an_apposition_not_the_new_coach():
    text = (
        "The Ghana Football Association on Monday presented Dutch coach Pieter Koning as Ghana's new "
        "head coach. "
        "The 55-year-old replaces Carlos Mendes, whose contract was not renewed. "
        "Mendes, 68, the former Benfica defender, arrived in 2020 having coached Angola and Cape Verde, "
        "and he was popular with the players."
    )
    assert not _clubs_of(text, "Pieter Koning") & {"Angola", "Cape Verde"}


def test_descriptor_after_name_and_bracketed_age_is_an_apposition():
    text = (
        "Hajduk Split have appointed Italian Marco Ferri as head coach on a two-year deal. "
        "He replaces Ivan Horvat, who left by mutual consent last week. "
        "Horvat (61), the veteran tactician, had previously managed Rijeka and Osijek."
    )
    assert not _clubs_of(text, "Marco Ferri") & {"HNK Rijeka", "Rijeka", "NK Osijek", "Osijek"}


def test_descriptor_after_a_clause_is_still_a_reference():
    # near-miss: words of a clause between the name and the descriptor; no apposition is read
    text = (
        "Hajduk Split have appointed Italian Marco Ferri as head coach on a two-year deal. "
        "He replaces Ivan Horvat, who left by mutual consent last week. "
        "Ferri was presented on Monday, and the Italian had previously managed Rijeka."
    )
    assert _clubs_of(text, "Marco Ferri") & {"HNK Rijeka", "Rijeka"}


# --- "the Liverpudlian", "the Glaswegian": a man called by his home city is the man in view ----------


def test_home_city_noun_refers_back_to_the_man_in_view():
    text = (
        "Bradford City manager Mark Hughes has signed a new two-year contract. "
        "The 60-year-old's deal was confirmed by the club on Friday. "
        "Before that the Glaswegian managed Stoke City."
    )
    assert "Stoke City" in _clubs_of(text, "Mark Hughes")


def test_mancunian_refers_back_like_a_nationality():
    text = (
        "Salford City have named Gary Nolan manager on a deal to 2027. "
        "The Mancunian previously managed Stockport County."
    )
    assert "Stockport County" in _clubs_of(text, "Gary Nolan")


def test_city_adjective_before_a_club_word_is_nobody():
    # near-miss: "the Mancunian club" is a club, not a man; no fact is read from it
    text = (
        "Salford City have named Gary Nolan manager on a deal to 2027. "
        "Nolan was sacked by the Mancunian club in 2019."
    )
    assert not any(name != "Gary Nolan" for name, _, _, _ in keys_of(text))


# --- "the Danish Superliga" is a league, not a man the text called Danish ------------------------------

_FINLAND = (
    "The Football Association of Finland on Tuesday appointed Dane Mads Holm to lead the "
    "national team. "
    "Holm has coached in the Danish Superliga with Randers. "
    "The association had also spoken to former Iceland coach Arnar Olafsson, who chose to step "
    "back from the game. "
)


def test_league_named_by_a_demonym_is_nobody_the_dane_can_mean(monkeypatch):
    assert read_as(_FINLAND + "The Dane will bring his own assistant.", "The Dane", monkeypatch) == [
        "Mads Holm"
    ]


def test_polish_ekstraklasa_is_no_man_either(monkeypatch):
    text = (
        "Lech Poznan have appointed Dane Niels Frederiksen as head coach. "
        "Frederiksen previously worked in the Polish Ekstraklasa with no club. "
        "The club had also spoken to former Poland coach Adam Nawalka. "
        "The Dane signed a two-year deal."
    )
    assert read_as(text, "The Dane", monkeypatch) == ["Niels Frederiksen"]


# --- "The Dane will bring his own assistant": "his" is the man the descriptor opening the clause means -


def test_his_after_an_opening_nationality_descriptor_is_that_man(monkeypatch):
    assert read_as(_FINLAND + "The Dane will bring his own assistant.", "his", monkeypatch) == ["Mads Holm"]


def test_he_after_an_opening_age_descriptor_is_that_man(monkeypatch):
    text = (
        "Everton have appointed Sean Dyche, 50, as their new manager. "
        "The club had also spoken to Marcelo Bielsa, who turned the job down. "
        "The 50-year-old said he was delighted."
    )
    assert read_as(text, "he", monkeypatch) == ["Sean Dyche"]


def test_him_after_an_opening_descriptor_is_never_that_man(monkeypatch):
    # near-miss: the object of the descriptor's own verb is another man
    text = _FINLAND + "The Dane thanked him for his advice."
    assert "Mads Holm" not in read_as(text, "him", monkeypatch)


# --- "… at the stadium on Monday. Picture: Michael Gillen": a photographer is no man of the story ------

_FALKIRK = (
    "Falkirk have appointed John McGlynn as their new manager, leaving Raith Rovers.\n\n"
    "John McGlynn at the Falkirk Stadium on Monday. {credit}\n\n"
    "The veteran boss had been in charge at Raith since 2019."
)


def test_photo_credit_after_a_caption_names_nobody():
    for credit in (
        "Picture: Michael Gillen",
        "Photo: Alan Rennie",
        "Pic: SNS Group",
        "Photo credit: Ian Dow",
    ):
        coaches = {name for name, _, _, _ in keys_of(_FALKIRK.format(credit=credit))}
        assert coaches == {"John McGlynn"}, credit


def test_credit_sentence_is_cut_but_a_bracketed_credit_opening_a_sentence_keeps_it():
    text = (
        "Ange Postecoglou at Spurs Lodge. Photo: Jane Doe\n"
        "(Photo: GEPA) The new Salzburg coach Thomas Letsch."
    )
    said = [text[s:e] for s, e in sentence_spans(text)]
    assert "Photo: Jane Doe" not in said
    assert any("Thomas Letsch" in s for s in said)


# --- "… to welcome the new manager": the man the story's club appointed, not a rival's target ---------


def test_new_manager_is_the_clubs_appointment_not_a_rivals_target():
    text = (
        "Stoke City have appointed Mark Robins as their new manager on a three-year deal. "
        "He replaces Steven Schumacher, who was sacked last week. "
        "Rivals Derby County are expected to turn to Blackburn Rovers boss Jon Dahl Tomasson. "
        "Captain Ben Wilmot was among the first to welcome the new manager."
    )
    assert "Stoke City" not in _clubs_of(text, "Jon Dahl Tomasson")


def test_new_coach_after_a_federation_target_named_last_is_still_the_appointed_man(monkeypatch):
    text = (
        "Lazio have named Marco Baroni as their new coach. "
        "The federation is said to be interested in Luciano Spalletti. "
        "Midfielder Mattia Zaccagni said the squad was happy with the new coach."
    )
    assert read_as(text, "the new coach", monkeypatch) == ["Marco Baroni"]


def test_new_manager_named_last_keeps_the_reading(monkeypatch):
    # near-miss: the man named last is the appointed one; nothing changes
    text = (
        "Stoke City have appointed Mark Robins as their new manager on a three-year deal. "
        "Captain Ben Wilmot said Robins was the right choice and welcomed the new manager."
    )
    assert set(read_as(text, "the new manager", monkeypatch)) <= {"Mark Robins"}
