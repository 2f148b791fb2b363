"""Session 9 coreference: which man a descriptor ('the Frenchman', 'the German') or a pronoun means
when the nearest name is the wrong one."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of, keys_of, read_as


def _coaches(text: str, event: str, club: str) -> set[str]:
    return {coach for coach, c, _, e in keys_of(text) if e == event and c == club}


def _clubs_of(text: str, coach: str) -> set[str]:
    return {c for name, c, _, _ in keys_of(text) if name == coach}


# --- a nationality never goes to a man the text gave another one; the other man still in view does ----


def test_frenchman_is_not_the_slovak_named_last_but_the_coach_named_before():
    text = (
        "The Hungarian federation announced on Wednesday that head coach Marc Dupont has signed a new "
        "contract. "
        "Dupont, 51, took charge of the national team in March 2021, replacing Slovak Jan Kocian, whose "
        "contract was not extended. "
        "Kocian had led Hungary since 2017 and previously coached Slovakia. "
        "The Frenchman previously coached Nantes and Toulouse."
    )
    assert _clubs_of(text, "Marc Dupont") >= {"FC Nantes", "Toulouse"}
    assert not _clubs_of(text, "Jan Kocian") & {"FC Nantes", "Toulouse"}


def test_turkish_coach_is_the_man_named_last_not_the_spaniard_in_focus():
    text = (
        "Saudi club Al-Ettifaq on Monday announced the appointment of Spaniard Pablo Machín as head coach. "
        "Machín succeeds Şenol Güneş, who left Al-Ettifaq after his contract expired. "
        "The Turkish coach had replaced Portuguese Nuno Almeida in January."
    )
    assert "Şenol Güneş" in _coaches(text, "appointed", "Al-Ettifaq")


def test_near_miss_descriptor_of_the_same_nationality_stays_with_the_man_in_focus():
    text = (
        "Lens on Monday appointed Frenchman Marc Dupont as head coach. "
        "Dupont replaces Jan Kocian, who left by mutual consent. "
        "The Frenchman previously coached Toulouse."
    )
    assert "Toulouse" in _clubs_of(text, "Marc Dupont")
    assert "Toulouse" not in _clubs_of(text, "Jan Kocian")


# --- "along with the German": never one of the men of the subject ------------------------------


def test_along_with_the_german_is_the_head_coach_not_his_assistant(monkeypatch):
    text = (
        "Bayer Leverkusen have confirmed Tom Bakker as their new head coach, succeeding Klaus Hofmann. "
        "Bakker will bring his assistant Jan Smit with him. "
        "Hofmann's assistants Erik Lange and Paul Brandt are leaving along with the German, "
        "who resigned after six seasons at the helm."
    )
    assert read_as(text, "the German", monkeypatch) == ["Klaus Hofmann"]
    assert "Erik Lange" not in _coaches(text, "resigned", "Bayer Leverkusen")
    assert "Paul Brandt" not in _coaches(text, "resigned", "Bayer Leverkusen")


def test_together_with_the_dutchman_is_not_the_subject(monkeypatch):
    text = (
        "Fulham appointed Wim Jansen as head coach on Monday. "
        "Assistant Mark Hughes is leaving Brentford together with the Dutchman, who resigned last week."
    )
    assert read_as(text, "the Dutchman", monkeypatch) == ["Wim Jansen"]
    assert "Mark Hughes" not in _coaches(text, "resigned", "Brentford")


# --- a descriptor opening a clause inside "Y, whose …" is Y --------------------------------------


def test_descriptor_inside_whose_clause_is_the_man_of_the_clause(monkeypatch):
    text = (
        "Hertha Berlin have named Karl Weber head coach until 2027. "
        "Weber replaces Stefan Gruber, whose exit was announced in May despite the Austrian "
        "taking Hertha to the DFB-Pokal semi-finals in 2023."
    )
    assert read_as(text, "the Austrian", monkeypatch) == ["Stefan Gruber"]


def test_descriptor_after_when_inside_who_clause_is_the_man_of_the_clause(monkeypatch):
    text = (
        "Lazio have named Marco Bassi as head coach. "
        "Bassi succeeds Luca Conti, who had arrived in 2022 when the Italian was sacked by Torino."
    )
    assert read_as(text, "the Italian", monkeypatch) == ["Luca Conti"]


def test_near_miss_object_inside_who_clause_is_not_the_man_of_the_clause(monkeypatch):
    text = (
        "Genk appointed Englishman Tom Walker as head coach in June. "
        "Club chief executive Dirk Maes, who had driven the arrival of the Englishman, declined to comment. "
        "The Englishman was sacked by Genk on Monday."
    )
    assert read_as(text, "the Englishman", monkeypatch) == ["Tom Walker", "Tom Walker"]
    assert _coaches(text, "dismissed", "Genk") == {"Tom Walker"}


# --- the age written before a name belongs to it only with a title between -----------------------


def test_age_before_a_verb_is_not_the_age_of_the_man_after_the_verb():
    text = (
        "Valencia have hired Iñaki Zubiri as head coach until 2026. "
        "The 46-year-old Basque replaces Miguel Ortega, whose deal expired in June. "
        "Ortega is expected to return to the Mexico national team. "
        "The 65-year-old led Mexico at the 2002 World Cup."
    )
    assert "Iñaki Zubiri" not in {c for c, club, _, _ in keys_of(text) if club == "Mexico"}


# --- nationalities as adjectives of things are nobody -----------------------------------------


def test_south_american_qualifiers_and_hungarian_championship_are_no_men():
    text = (
        "Uruguay appointed Marcelo Ruiz as head coach on Monday. "
        "Ruiz won the Hungarian championship with Ferencváros in 2019. "
        "He should make his debut in the South American qualifiers in October."
    )
    keys = keys_of(text)
    assert all(coach == "Marcelo Ruiz" for coach, *_ in keys)


# --- a nationality descriptor telling a past arrival is not the caretaker just put in charge ----------


def test_the_romanian_who_took_over_last_year_is_the_coach_who_resigned_not_the_caretaker(monkeypatch):
    text = (
        "Ulsan HD manager Mircea Rednic has resigned after a winless start to the season, the club said. "
        "Assistant coach Lee Jung-soo will take charge as caretaker until a permanent successor arrives. "
        "The Romanian took over in June last year and guided Ulsan HD to third place."
    )
    assert read_as(text, "the Romanian", monkeypatch) == ["Mircea Rednic"]
    assert "Mircea Rednic" in _coaches(text, "appointed", "Ulsan HD")


def test_the_swede_who_was_appointed_in_may_is_the_sacked_coach_not_his_sacked_assistant(monkeypatch):
    text = (
        "Odisha FC on Monday parted ways with head coach Anders Lindqvist following a poor run. "
        "Assistant coach Rui Mendes has also been relieved of his duties. "
        "Reserve team coach Ravi Kumar will take interim charge of the first team. "
        "The Swede was appointed last May on a contract running to 2026."
    )
    assert read_as(text, "the Swede", monkeypatch) == ["Anders Lindqvist"]
    appointed = {f["coach"] for f in facts_of(text) if f["event"] == "appointed" and f["role"] != "caretaker"}
    assert "Ravi Kumar" not in appointed
    assert "Anders Lindqvist" in appointed


def test_near_miss_caretaker_described_at_another_club_stays_the_caretaker(monkeypatch):
    text = (
        "Assistant coach Tom Reid will take over Orlando City on an interim basis after Pablo Ortiz left "
        "to coach Spanish club Getafe. "
        "A former youth coach at Arsenal, the Englishman took charge of Arsenal's women's team in 2015."
    )
    assert read_as(text, "the Englishman", monkeypatch) == ["Tom Reid"]


def test_near_miss_caretaker_described_in_the_present_stays_the_caretaker(monkeypatch):
    text = (
        "Jeonbuk manager Mircea Rednic has resigned, the club said. "
        "Assistant coach Kim Do-hoon will lead the team as caretaker. "
        "The Korean will take charge of Saturday's game against Seoul."
    )
    assert read_as(text, "the Korean", monkeypatch) == ["Kim Do-hoon"]
