"""What gets tagged as a person, club or squad before any rule runs (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract import extractor
from pipeline.extract.coreference import with_pronouns
from pipeline.records import Article


def tagged(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """(kind, resolved name, text as written) of every mention the extractor sees, pronouns included."""
    seen: list[tuple[str, str, str]] = []
    real = extractor.sentence_facts

    def spy(i, sentence, low, rules, named, ctx, ref):  # type: ignore[no-untyped-def]
        facts = real(i, sentence, low, rules, named, ctx, ref)
        seen.extend((m.kind, m.name, m.text) for m in with_pronouns(sentence, named, ctx))
        return facts

    monkeypatch.setattr(extractor, "sentence_facts", spy)
    extractor._extract(Article(id="t", text=text, published="2024-03-12"))
    return seen


def people(text: str, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    return {name for kind, name, _ in tagged(text, monkeypatch) if kind == "P"}


# --- words that are nobody ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        (
            "The Thai Football Association (FAT) said the contract of head coach Masatada Ishii had ended. "
            "FAT thanked him and his staff.",
            "FAT",
        ),
        ("Vietnam finished third in Group F with two wins, and coach Kim Sang-sik stays on.", "F"),
        ('"We\'re delighted to welcome him," said chairman Tom Walsh of the new coach Ian Burke.', "We're"),
        ('"I\'ve seen enough," said Ian Burke after the defeat.', "I've"),
        ("The Uruguayans went on to win the tournament under coach Oscar Tabarez.", "Uruguayans"),
        ("Reporters asked Ian Burke about the Koreans, whom his side face next.", "Koreans"),
        # league names: no man, and no national team in them
        ("Betis B are bottom of the Primera Federacion under coach Ian Burke.", "Federacion"),
    ],
)
def test_acronyms_letters_contractions_and_peoples_are_nobody(
    text: str, nobody: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert nobody not in people(text, monkeypatch)


def test_pronouns_after_an_acronym_go_to_the_coach(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "The Thai Football Association (FAT) said on Monday that the contract of head coach Masatada Ishii "
        "had been terminated. FAT thanked him and his staff.",
        monkeypatch,
    )
    pronouns = [name for kind, name, text in found if kind == "P" and text in ("him", "his")]
    assert pronouns == ["Masatada Ishii", "Masatada Ishii"]


def test_a_shouted_acronym_is_left_alone() -> None:
    # in a sentence written in capitals, capitals say nothing: the rules decide as before
    assert keys_of("Lens have appointed Pierre Sage as head coach.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ian Burke went back to Naples in October to replace the dismissed coach.", "Naples"),
        ("Tomorrow he will already be at Coccaglio, where the team goes on its summer retreat.", "Coccaglio"),
        ("The chief executive travelled to Doha to meet the coach.", "Doha"),
        ("He was away from Florence when the club told him he would not be returning.", "Florence"),
        ('"Continuity was important for us," said the coach Ian Burke.', "Continuity"),
        ('"Next, he will direct his first training session," the club said of Ian Burke.', "Next"),
    ],
)
def test_a_lone_place_or_opening_word_is_nobody(
    text: str, place: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert place not in people(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "They take over from Voro, Valencia's serial caretaker, who steps back into his old role.",
        "Sevilla turned to Voro, who had coached them twice before.",
    ],
)
def test_a_one_name_man_after_a_preposition_stays_a_person(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Voro" in people(text, monkeypatch)


# --- clubs the reference data or the name's shape tells ------------------------------------------


@pytest.mark.parametrize("club", ["Kasimpasaspor", "Giresunspor"])
def test_a_word_ending_in_spor_is_a_turkish_club(club: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        f"Before that he won the Turkish Cup with {club} in 2018, said coach Okan Yilmaz.", monkeypatch
    )
    assert ("C", club, club) in found


def test_a_sponsors_name_before_a_clubs_name_is_the_club(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged("Emre Demir won the title with Medipol Başakşehir in 2020.", monkeypatch)
    assert ("C", "İstanbul Başakşehir", "Medipol Başakşehir") in found


# --- who 'he' is ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okan Yilmaz took over the team in the summer of 2022 after Luca Bianchi, and in his first season "
        "he won the league.",
        "Okan Yilmaz was appointed in 2022, replacing Luca Bianchi, but his start was poor.",
        "Okan Yilmaz came in from Konyaspor to succeed Luca Bianchi, and he kept the side up.",
    ],
)
def test_a_pronoun_after_the_replaced_man_goes_back_to_the_subject(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = tagged(text, monkeypatch)
    pronouns = {name for kind, name, written in found if kind == "P" and written.lower() in ("he", "his")}
    assert pronouns == {"Okan Yilmaz"}


def test_a_relative_clause_keeps_the_pronoun_on_the_replaced_man(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged("Okan Yilmaz replaced Luca Bianchi, who said he was tired.", monkeypatch)
    pronouns = {name for kind, name, written in found if kind == "P" and written == "he"}
    assert pronouns == {"Luca Bianchi"}


# --- titles --------------------------------------------------------------------------------------


def test_a_turkish_clubs_technical_director_is_its_head_coach() -> None:
    keys = keys_of(
        "Trabzonspor extended today the contract of technical director Emre Demir for two more years. "
        "Demir took over the team in 2023."
    )
    assert ("Emre Demir", "Trabzonspor", "first_team", "extended") in keys


def test_an_english_clubs_technical_director_stays_an_executive() -> None:
    keys = keys_of(
        'Stoke City have appointed Ian Burke as head coach. "He knows the league," said technical director '
        "Tom Walsh, who joined from Leeds United in the summer."
    )
    assert not any(k[0] == "Tom Walsh" for k in keys)
    assert ("Ian Burke", "Stoke City", "first_team", "appointed") in keys


# --- places, bodies and titles read as people --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russo was treated at his home in Buenos Aires, and his assistant Claudio Ubeda took the team.",
            "Buenos Aires",
        ),
        (
            "Marco Rossi will lead his first session at Castel Volturno on Wednesday morning.",
            "Castel Volturno",
        ),
        (
            "He will be presented to the media in Fort Lauderdale on Friday, the club said of Ian Burke.",
            "Fort Lauderdale",
        ),
        ("Ian Burke landed in Rio de Janeiro, where he was met by fans.", "Rio de Janeiro"),
        (
            "The game was called off after a meeting with Merseyside Police, coach Ian Burke said.",
            "Merseyside Police",
        ),
        (
            "Ian Burke said on Radio Nacional de España that he would not resign.",
            "Radio Nacional de España",
        ),
        (
            "The club was taken over by the Public Investment Fund before Ian Burke arrived.",
            "Public Investment Fund",
        ),
        # a league or region qualifying a club, and a man's home town after a descriptor
        ("Oberliga Westfalen leaders Rot Weiss Ahlen have sacked coach Ian Burke.", "Oberliga Westfalen"),
        ("The coach from Castel Tesino took the reins of the team in March, the club said.", "Castel Tesino"),
    ],
)
def test_a_town_or_a_body_is_nobody(text: str, place: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(text, monkeypatch)
    assert place not in {name for kind, name, _ in found if kind == "P"}
    assert all(name != place for kind, name, written in found if written in ("he", "his"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: a man after "took over from", and a man's side named by his possessive
        ("Ian Burke took over from Marco Bellini in March.", "Marco Bellini"),
        ("The coach replaced Marco Bellini, whose side Castellana finished fifth.", "Marco Bellini"),
        ("The club moved on from Marco Bellini, the coach from Turin.", "Marco Bellini"),
    ],
)
def test_a_man_beside_a_place_word_stays_a_man(text: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert name in people(text, monkeypatch)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Co-owner Maria Lopez said the club had chosen well.", "Maria Lopez"),
        ("Vice-president Pedro Gil said the club had chosen well.", "Pedro Gil"),
        ("The federation appointed Franco-Malian Eric Chelle as head coach.", "Eric Chelle"),
        ("The club appointed Lee Kang-in as youth coach.", "Lee Kang-in"),
        ("Kiernan Dewsbury-Hall scored twice.", "Kiernan Dewsbury-Hall"),
    ],
)
def test_a_hyphenated_title_is_no_part_of_the_name(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert name in people(text, monkeypatch)


# --- a surname two people share -----------------------------------------------------------------------


def test_a_shared_surname_is_the_brother_named_in_full_last(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "Simone Inzaghi's Inter beat Lazio on Sunday. Salernitana sacked Filippo Inzaghi on Monday. "
        "Inzaghi had taken over in 2023. Simone Inzaghi said he felt for his brother. Inzaghi's side lead "
        "the table.",
        monkeypatch,
    )
    surnames = [name for kind, name, written in found if kind == "P" and written == "Inzaghi"]
    assert surnames == ["Filippo Inzaghi", "Simone Inzaghi"]


def test_a_surname_before_any_full_name_is_the_first_named_after(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "Inzaghi was sacked on Monday. Salernitana had appointed Filippo Inzaghi in 2023, a year after "
        "Simone Inzaghi joined Inter.",
        monkeypatch,
    )
    assert ("P", "Filippo Inzaghi", "Inzaghi") in found


# --- descriptors -------------------------------------------------------------------------------------


def test_a_demonym_goes_to_the_man_the_text_gave_that_nationality(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "Besiktas have appointed Portuguese coach Nuno Lopes. Lopes replaces Emre Demir, who was sacked. "
        "Demir, a Turkish former midfielder, led the side for a year. The Portuguese signed until 2027.",
        monkeypatch,
    )
    assert ("P", "Nuno Lopes", "The Portuguese") in found


def test_a_demonym_stays_with_the_man_in_focus_when_nobody_else_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = tagged(
        "Besiktas have appointed Nuno Lopes. Lopes replaces Emre Demir, who was sacked. "
        "The Portuguese signed until 2027.",
        monkeypatch,
    )
    assert ("P", "Nuno Lopes", "The Portuguese") in found


def test_a_bare_age_and_role_opening_a_sentence_refers_back(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "Fenerbahce have appointed Marco Rossi. 41-year-old coach, most recently in charge of Belgium, "
        "was dismissed in January.",
        monkeypatch,
    )
    assert ("P", "Marco Rossi", "41-year-old coach") in found


def test_a_word_inside_a_descriptor_is_nobody_a_pronoun_can_mean(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "Palermo have appointed Marco Rossi. The Ravenna technician lasted until May, when the president "
        "pushed him aside.",
        monkeypatch,
    )
    assert {name for kind, name, written in found if written == "him"} == {"Marco Rossi"}


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("Emre Demir will play his first match in the Süper Lig on Saturday.", "Lig"),
        ('"What I\'ve seen is a group that wants to be coached," said Ian Burke.', "I've"),
    ],
)
def test_more_words_that_are_nobody(text: str, nobody: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert nobody not in people(text, monkeypatch)


def test_a_nickname_after_the_is_the_coach(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "José Mourinho" in people("The Special One was dismissed after the play-off defeat.", monkeypatch)


def test_a_pronoun_after_in_place_of_goes_back_to_the_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(
        "Marco Rossi came in June 2024 in the place of Emre Demir and in his first season finished second.",
        monkeypatch,
    )
    assert {name for kind, name, written in found if written == "his"} == {"Marco Rossi"}


# --- a club's town told as a town --------------------------------------------------------------------


def clubs(text: str, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    return {name for kind, name, _ in tagged(text, monkeypatch) if kind == "C"}


@pytest.mark.parametrize(
    ("text", "town_club"),
    [
        ("Marco Rossi, born in Barcelona in 1975, has been appointed by Girona.", "Barcelona"),
        ("Ian Burke's England lost the final to Spain in Madrid, and he was sacked.", "Real Madrid"),
        ("Marco Rossi's Inter drew the first leg in Hamburg, then he was sacked.", "Hamburger SV"),
        ("Canada were beaten by Germany in Lyon, and coach Ian Burke resigned.", "Lyon"),
        ("Ian Burke took charge of the team in Paris after Bev Priest was suspended.", "Paris"),
    ],
)
def test_a_town_where_a_man_was_born_or_a_match_was_played_is_no_club(
    text: str, town_club: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert town_club not in clubs(text, monkeypatch)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Marco Rossi began his coaching career in Barcelona's youth system.", "Barcelona"),
        ("Marco Rossi said that he wanted to continue his work in Stuttgart.", "VfB Stuttgart"),
        ("Marco Rossi is the new coach of the NWSL team in San Diego.", "San Diego"),
    ],
)
def test_a_club_named_after_in_stays_a_club(text: str, club: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert club in clubs(text, monkeypatch)


def test_a_countrys_football_body_is_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Korea Football Association announced that Hong Myung-bo will lead the team."
    assert people(text, monkeypatch) == {"Hong Myung-bo"}


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Ex-Barcelona coach Xavi Hernandez has been linked with the post.", "Barcelona"),
        ("Ex-Celtic boss Neil Lennon said he was ready.", "Celtic"),
    ],
)
def test_an_ex_prefix_leaves_the_club(text: str, club: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = tagged(text, monkeypatch)
    assert club in {name for kind, name, _ in found if kind == "C"}
    assert not any(written.startswith("Ex-") for kind, _, written in found if kind == "P")


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("Marco Rossi climbed from Second B to the top flight in two years.", "Second B"),
        ("Ian Burke previously coached Melbourne Victory and Yokohama F. Marinos.", "Yokohama F"),
    ],
)
def test_a_run_ending_in_a_lone_letter_is_nobody(
    text: str, nobody: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert nobody not in people(text, monkeypatch)


def test_league_named_after_a_country_is_no_national_team() -> None:
    keys = keys_of("The Liga Portugal 2 side sacked Rui Duarte on Monday. Zamora play in Primera RFEF.")
    assert not {k for k in keys if k[1] in ("Portugal", "Spain")}


def test_nickname_with_a_possessive_after_the() -> None:
    keys = keys_of(
        "Enyimba have parted ways with Finidi George. The former winger, who joined the People's Elephant "
        "in 2022, won the league."
    )
    assert ("Finidi George", "Enyimba FC", "first_team", "appointed") in keys
