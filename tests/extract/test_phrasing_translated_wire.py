"""Football news in translated or non-native English (club sites and agencies of Italy, Poland, the Czech
Republic, Serbia, Vietnam, Korea, Indonesia …): 'relieved from his duties', 'ended the collaboration with
the coach X', 'the exoneration of the coach X, together with his assistant Y', 'the technical guidance of
the first team was entrusted to X', 'X was replaced on the bench by Y', 'his place will be taken by Y',
'the Chinese national team', 'the federation and coach X agreed to terminate the contract'; and the
near misses that must tell nothing (a player's place, a speaker announcing, a title before another name)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Sparta Prague announced the new coach Brian Priske. He replaces Pavel Vrba, who was relieved "
            "from his duties on Monday.",
            "Pavel Vrba",
            "Sparta Prague",
        ),
        (
            "Fenerbahce announced that the technical director Ismail Kartal has been relieved "
            "from his duties.",
            "Ismail Kartal",
            "Fenerbahçe",
        ),
        (
            "Lech Poznan coach John van den Brom was relieved from his position after the defeat.",
            "John van den Brom",
            "Lech Poznań",
        ),
    ],
)
def test_relieved_from_duties_is_a_sacking(text, coach, club):
    assert (coach, club, "first_team", "dismissed") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Legia Warsaw ended the collaboration with the coach Kosta Runjaic.",
            "Kosta Runjaic",
            "Legia Warsaw",
        ),
        (
            "Olympiacos decided to end the cooperation with Marko Ilic after eighteen months.",
            "Marko Ilic",
            "Olympiacos",
        ),
        (
            "Dinamo Zagreb terminated the collaboration with coach Sergej Jakirovic on Monday.",
            "Sergej Jakirovic",
            "Dinamo Zagreb",
        ),
    ],
)
def test_club_ending_the_collaboration_sacks(text, coach, club):
    assert (coach, club, "first_team", "dismissed") in keys_of(text)


def test_coach_ending_his_own_collaboration_is_no_sacking():
    keys = keys_of("Kosta Runjaic ended his collaboration with Legia Warsaw.")
    assert not any(k[3] == "dismissed" for k in keys)


@pytest.mark.parametrize(
    ("text", "aides", "club"),
    [
        (
            "Cremonese communicated today the exoneration of the coach Luca Verdi, together with his "
            "assistant Paolo Bassi and the whole technical staff.",
            {"Paolo Bassi"},
            "Cremonese",
        ),
        (
            "Flamengo announced the dismissal of coach Jorge Sampaoli, along with his assistants Jorge Desio "
            "and Sebastian Beccacece.",
            {"Jorge Desio", "Sebastian Beccacece"},
            "Flamengo",
        ),
    ],
)
def test_aides_sacked_with_the_coach_by_a_noun(text, aides, club):
    keys = keys_of(text)
    for aide in aides:
        assert (aide, club, "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Salernitana sacked Paulo Sousa. The technical guidance of the first team was entrusted to "
            "Filippo Inzaghi.",
            "Filippo Inzaghi",
            "Salernitana",
        ),
        (
            "Verona dismissed Marco Baroni. The team will be entrusted to the Primavera coach, Paolo "
            "Sammarco, until a new coach is found.",
            "Paolo Sammarco",
            "Hellas Verona",
        ),
    ],
)
def test_team_entrusted_to_him_appoints(text, coach, club):
    assert (coach, club, "first_team", "appointed") in keys_of(text)


def test_exoneration_from_the_role_of_coach_of_a_man():
    keys = keys_of("Salernitana communicated the exoneration from the role of head coach of Paulo Sousa.")
    assert ("Paulo Sousa", "Salernitana", "first_team", "dismissed") in keys


def test_captaincy_entrusted_is_no_appointment():
    assert not keys_of("Roma played well. The captaincy was entrusted to Lorenzo Pellegrini.")


@pytest.mark.parametrize(
    ("text", "new", "old", "club"),
    [
        (
            "Viktoria Plzen has a new coach. Miroslav Koubek was replaced on the bench by Martin Hysky.",
            "Martin Hysky",
            "Miroslav Koubek",
            "Viktoria Plzeň",
        ),
        (
            "Red Star Belgrade sacked the coach Barak Bachar on Tuesday. The Israeli helmsman was "
            "replaced by Vladan Milojevic.",
            "Vladan Milojevic",
            "Barak Bachar",
            "Red Star Belgrade",
        ),
    ],
)
def test_replaced_on_the_bench_by(text, new, old, club):
    keys = keys_of(text)
    assert (new, club, "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Lech Poznan dismissed the coach John van den Brom. His place will be taken by Mariusz Rumak, PAP "
        "informed.",
        "Lech Poznan sacked John van den Brom on Monday. His place on the bench was taken by Mariusz Rumak.",
    ],
)
def test_sacked_coachs_place_taken(text):
    assert ("Mariusz Rumak", "Lech Poznań", "first_team", "appointed") in keys_of(text)


def test_players_place_taken_is_no_appointment():
    keys = keys_of("Legia striker Tomas Pekhart is injured. His place will be taken by Blaz Kramer.")
    assert not any(k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    ("text", "coach", "country"),
    [
        (
            "Branko Ivankovic was sacked as head coach of the Chinese national team, the CFA said on "
            "Tuesday.",
            "Branko Ivankovic",
            "China",
        ),
        (
            "Shin Tae-yong was sacked as coach of the Indonesian national team on Monday.",
            "Shin Tae-yong",
            "Indonesia",
        ),
        (
            "Philippe Troussier was dismissed as coach of the Vietnamese national team.",
            "Philippe Troussier",
            "Vietnam",
        ),
    ],
)
def test_national_team_named_by_a_less_common_demonym(text, coach, country):
    assert (coach, country, "national", "dismissed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam Football Federation (VFF) and coach Philippe Troussier have agreed to terminate the "
        "contract, the federation announced on Tuesday.",
        "The Vietnam Football Federation and Philippe Troussier decided to end the contract by mutual "
        "consent.",
    ],
)
def test_federation_and_coach_end_the_contract(text):
    assert ("Philippe Troussier", "Vietnam", "national", "left") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "country"),
    [
        (
            "The Italian Football Federation (FIGC) has terminated the contract of national team head coach "
            "Luciano Spalletti, president Gabriele Gravina said on Friday.",
            "Luciano Spalletti",
            "Italy",
        ),
        (
            "The Korea Football Association (KFA) has terminated the contract of national team head coach "
            "Jurgen Klinsmann, KFA chairman Chung Mong-gyu announced on Friday.",
            "Jurgen Klinsmann",
            "South Korea",
        ),
    ],
)
def test_title_before_the_speaker_is_his_not_the_coachs(text, coach, country):
    keys = keys_of(text)
    assert (coach, country, "national", "dismissed") in keys
    assert all(k[0] == coach for k in keys)  # the speaker is made nothing


def test_bare_speaker_announcing_is_not_appointed():
    keys = keys_of(
        "The Italian Football Federation has terminated the contract of national team head coach Luciano "
        "Spalletti, Gabriele Gravina announced on Friday."
    )
    assert not any(k[0] == "Gabriele Gravina" for k in keys)
    assert ("Luciano Spalletti", "Italy", "national", "dismissed") in keys


def test_club_nickname_black_whites():
    keys = keys_of("Partizan officially confirmed that Igor Duljaj is the new coach of the Black-Whites.")
    assert ("Igor Duljaj", "Partizan Belgrade", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Al Ahly renewed the contract of the Swiss technical director Marcel Koller until 2025.",
            "Marcel Koller",
            "Al Ahly",
        ),
        (
            "Al Hilal board of directors decided to extend the contract of the Portuguese coach Jorge Jesus "
            "for another season.",
            "Jorge Jesus",
            "Al-Hilal",
        ),
        (
            "Shanghai Shenhua agreed to renew the contract of the Russian coach Leonid Slutsky.",
            "Leonid Slutsky",
            "Shanghai Shenhua",
        ),
    ],
)
def test_contract_of_titled_coach_renewed(text, coach, club):
    assert (coach, club, "first_team", "extended") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al Hilal hope to extend the contract of coach Jorge Jesus.",
        "Al Hilal are in talks to extend the contract of coach Jorge Jesus.",
    ],
)
def test_wish_to_extend_is_no_extension(text):
    assert not any(k[3] == "extended" for k in keys_of(text))


def test_coachs_contract_was_extended():
    keys = keys_of("Hungary coach Marco Rossi's contract has been extended until 2026.")
    assert ("Marco Rossi", "Hungary", "national", "extended") in keys


def test_players_contract_was_extended_is_no_coachs():
    keys = keys_of("Slavia Prague said that midfielder Lukas Provod's contract was extended until 2027.")
    assert not any(k[3] == "extended" for k in keys)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "River Plate DT Martin Demichelis is under pressure after the elimination.",
            "Martin Demichelis",
            "River Plate",
        ),
        (
            "Sporting Gijon technician Miguel Angel Ramirez praised the fans.",
            "Miguel Angel Ramirez",
            "Sporting Gijón",
        ),
    ],
)
def test_translated_title_before_the_name(text, coach, club):
    assert (coach, club, "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Zamalek signed the Portuguese coach Jose Gomes to lead the team in the coming period.",
            "Jose Gomes",
            "Zamalek",
        ),
        (
            "Besiktas signed with the coach Giovanni van Bronckhorst until 2026.",
            "Giovanni van Bronckhorst",
            "Beşiktaş",
        ),
    ],
)
def test_club_signed_the_coach(text, coach, club):
    assert (coach, club, "first_team", "appointed") in keys_of(text)


def test_club_signed_a_player_is_no_appointment():
    assert not keys_of("Zamalek signed the Portuguese midfielder Jose Gomes.")


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Henk Pastoor was before the head coach of Sparta Rotterdam and now he will sit on the bench of "
            "Heerenveen from next season.",
            "Henk Pastoor",
            "SC Heerenveen",
        ),
        ("Fabio Grosso will sit on the bench of Sassuolo from next season.", "Fabio Grosso", "Sassuolo"),
    ],
)
def test_will_sit_on_the_bench_of(text, coach, club):
    assert (coach, club, "first_team", "appointed") in keys_of(text)
