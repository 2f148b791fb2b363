"""Spells, stand-ins and exits as translated (Spanish, Portuguese, French, Turkish) and informal copy
tells them: 'assumed the team in deputy form', 'who assumes the interim', 'was brought to the head of
the team', 'the team was commanded in interim by X', 'came in as interim', 'in replacement of Y, also
dismissed', 'X, who was brought in December, … and was dismissed in April', 'the signing of X as new
first-team coach'. Near-misses (a player, a captain, a match) give no fact."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(f["coach"], f["club"], f["event"], f["role"]) for f in facts_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Fenerbahçe sacked İsmail Kartal. The assistant coach Volkan Demirel "
        "assumed the team in deputy form.",
        "Fenerbahçe sacked İsmail Kartal on Monday. Volkan Demirel, the U19 "
        "coach, has assumed the side on an "
        "interim basis.",
        "Gent sacked Hein Vanhaezebrouck. It is Wouter Mertens who assumes the "
        "interim until the summer break.",
    ],
)
def test_assumed_the_team_as_a_stand_in(text):
    facts = _roles(text)
    assert any(f[2] == "appointed" and f[3] == "caretaker" for f in facts), facts


@pytest.mark.parametrize(
    "text",
    [
        "Trabzonspor sacked Abdullah Avcı. The assistant coach Emre Kaya was brought to the head of the "
        "first team in deputy form.",
        "Galatasaray sacked Domènec Torrent. Hakan Ünsal was placed at the head of the team on an interim "
        "basis.",
        "Valencia sacked Rubén Baraja. Carlos Corberán was placed at the front of the first team.",
    ],
)
def test_brought_to_the_head_of_the_team(text):
    assert any(
        k[3] == "appointed" and k[0] in ("Hakan Ünsal", "Emre Kaya", "Carlos Corberán") for k in keys_of(text)
    )


def test_head_of_the_club_is_no_coaching_post():
    facts = keys_of("Valencia sacked Rubén Baraja. Peter Lim was placed at the head of the club in 2014.")
    assert not any(k[0] == "Peter Lim" for k in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Santos appointed Fábio Carille. During the search, the team was commanded in interim by Léo Porto.",
        "Santos appointed Fábio Carille. Since then the side was directed in interim form by Léo Porto.",
        "Santos appointed Fábio Carille. Until then the team had been coached "
        "on an interim basis by Léo Porto.",
    ],
)
def test_team_commanded_in_interim_by(text):
    facts = _roles(text)
    assert ("Léo Porto", "Santos", "in_charge", "caretaker") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "PSV sacked Roger Schmidt in October, and Fred Rutten came in as interim to steady the ship.",
        "Feyenoord parted with Brian Priske. Pascal Bosschaart comes in as caretaker until a permanent coach "
        "is found.",
        "Twente dismissed Ron Jans and Jan Vreman came in as interim manager.",
    ],
)
def test_came_in_as_interim(text):
    facts = _roles(text)
    assert any(f[2] == "appointed" and f[3] == "caretaker" for f in facts), facts


def test_came_in_as_interim_captain_is_a_player():
    facts = keys_of("Ajax lost 2-0. Jordan Henderson came in as interim captain after the injury.")
    assert not any(k[0] == "Jordan Henderson" for k in facts)


@pytest.mark.parametrize(
    ("text", "came", "went"),
    [
        (
            "Valencia sacked Rubén Baraja. Baraja had arrived in February in "
            "replacement of Voro, also dismissed.",
            ("Rubén Baraja", "Valencia", "appointed"),
            ("Voro", "Valencia", "dismissed"),
        ),
        (
            "Lens named Pierre Sage. Franck Haise had assumed the command in 2020 in replacement of Philippe "
            "Montanier, also sacked after a poor run.",
            ("Franck Haise", "RC Lens", "appointed"),
            ("Philippe Montanier", "RC Lens", "dismissed"),
        ),
        (
            "Sevilla appointed Pablo Reyes. The Chilean had assumed the command "
            "in November in substitution "
            "of Tomás Ferrer, exonerated after only five rounds of league "
            "despite having lifted the "
            "Copa del Rey in Seville last April.",
            ("Pablo Reyes", "Sevilla", "appointed"),
            ("Tomás Ferrer", "Sevilla", "dismissed"),
        ),
    ],
)
def test_in_replacement_of_and_the_aside_that_sacks_him(text, came, went):
    facts = {(k[0], k[1], k[3]) for k in keys_of(text)}
    assert came in facts and went in facts, facts


def test_in_replacement_of_a_coach_who_left():
    facts = {
        (k[0], k[1], k[3]) for k in keys_of("Lille named Bruno Génésio in replacement of Paulo Fonseca.")
    }
    assert ("Paulo Fonseca", "Lille", "left") in facts, facts


@pytest.mark.parametrize(
    ("text", "who", "club"),
    [
        (
            "Beşiktaş appointed Jorge Lopes. Rui Matos, who was "
            "brought at the start of January, "
            "never delivered what had been hoped for and was dismissed in May.",
            "Rui Matos",
            "Beşiktaş",
        ),
        (
            "Lyon appointed Paulo Fonseca. Fabio Grosso, who was hired in September, never found his footing "
            "and was sacked in November.",
            "Fabio Grosso",
            "Lyon",
        ),
    ],
)
def test_brought_in_then_sacked_in_his_own_clause(text, who, club):
    facts = {(k[0], k[1], k[3]) for k in keys_of(text)}
    assert (who, club, "appointed") in facts and (who, club, "dismissed") in facts, facts


def test_sacked_after_his_own_possessive():
    facts = {
        (k[0], k[1], k[3])
        for k in keys_of(
            "Leeds appointed Daniel Farke. Jesse Marsch struggled for results in "
            "his second season and was sacked "
            "in February."
        )
    }
    assert ("Jesse Marsch", "Leeds United", "dismissed") in facts


def test_sent_off_is_no_sacking():
    facts = keys_of(
        "Leeds appointed Daniel Farke. Pascal Struijk argued with the referee and was sent off in April."
    )
    assert not any(k[0] == "Pascal Struijk" for k in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Real Betis has made official the signing of Manuel Pellegrini as new first-team coach until 2026.",
        "River Plate made official this Friday the return of Ramón Ortega as DT of the first team.",
    ],
)
def test_signing_or_return_as_first_team_coach(text):
    assert any(k[3] == "appointed" and k[0] in ("Manuel Pellegrini", "Ramón Ortega") for k in keys_of(text))


def test_signing_of_a_player_is_no_appointment():
    assert not keys_of("Real Betis has made official the signing of Isco as new first-team midfielder.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boca appointed Hugo Ibarra. Pablo Ruiz had assumed in September, after Sergio Vidal's "
            "resignation.",
            ("Pablo Ruiz", "Boca Juniors", "appointed"),
        ),
        (
            "Hugo Ibarra arrives after leaving Huracán a few days ago, where he had assumed only in March.",
            ("Hugo Ibarra", "Huracán", "appointed"),
        ),
        (
            "Santos appointed Caio Prado. Nuno Faria had assumed in March, in the place of "
            "Tiago Lemos, who had been dismissed.",
            ("Nuno Faria", "Santos", "appointed"),
        ),
    ],
)
def test_assumed_told_by_its_month(text, expected):
    assert expected in {(k[0], k[1], k[3]) for k in keys_of(text)}


def test_assumed_the_captaincy_is_no_post():
    facts = keys_of("Ajax appointed Francesco Farioli. Jordan Henderson had assumed in August the captaincy.")
    assert not any(k[0] == "Jordan Henderson" for k in facts)


def test_bare_agency_after_the_date_is_a_dateline():
    facts = keys_of(
        "SEOUL, Mar 4 Yonhap - Kim Do-hyun will remain in charge of the South Korea national team until "
        "the next Asian Cup after signing a fresh contract with the Korea Football Association."
    )
    assert ("Kim Do-hyun", "South Korea", "national", "extended") in facts
    assert not any(k[0] in ("Mar", "Yonhap") for k in facts)


def test_new_contract_after_a_long_stay_clause():
    facts = keys_of(
        "Eddie Howe will remain in charge of Newcastle United through the end of the 2027-28 season after "
        "signing a new deal."
    )
    assert ("Eddie Howe", "Newcastle United", "first_team", "extended") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kashima Antlers announced that Kenji Sato, who commanded Sanfrecce Hiroshima until this year, "
            "will assume as new coach from next season.",
            ("Kenji Sato", "Kashima Antlers", "first_team", "appointed"),
        ),
        (
            "Cruz Azul announced that Vicente Sánchez assumed as interim coach of the first team.",
            ("Vicente Sánchez", "Cruz Azul", "first_team", "appointed"),
        ),
        (
            "Benfica announced that Luís Castro will assume as coach of the U19s.",
            ("Luís Castro", "Benfica", "u19", "appointed"),
        ),
    ],
)
def test_will_assume_as_coach(text, expected):
    assert expected in keys_of(text)


def test_assume_as_captain_is_a_player():
    assert not keys_of(
        "Kashima Antlers announced that Gaku Shibasaki will assume as captain from next season."
    )


def test_best_known_for_leading_a_team_to_a_feat():
    facts = keys_of(
        "Scotland appointed Lars Berg. He is best known for leading Denmark to the semi-finals of Euro 2020."
    )
    assert ("Lars Berg", "Denmark", "national", "in_charge") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everton appointed Neil Ward. Ward made his name by taking Danish side FC Midtjylland "
            "from the third tier into the Champions League group stage.",
            ("Neil Ward", "FC Midtjylland", "first_team", "in_charge"),
        ),
        (
            "Leeds appointed Daniel Farke. Farke had previously taken Norwich City from the Championship "
            "into the Premier League.",
            ("Daniel Farke", "Norwich City", "first_team", "in_charge"),
        ),
    ],
)
def test_took_a_club_from_one_level_into_another(text, expected):
    assert expected in keys_of(text)


def test_interim_managers_who_steadied_the_side():
    facts = _roles(
        "Wales appointed Karl Jensen in March 2004, though the interim managers Dai Morgan "
        "and Huw Price had steadied the side in between."
    )
    assert ("Dai Morgan", "Wales", "in_charge", "caretaker") in facts
    assert ("Huw Price", "Wales", "in_charge", "caretaker") in facts
    # the stand-ins' title after ', though' is not the appointed man's
    assert ("Karl Jensen", "Wales", "appointed", "head_coach") in facts


def test_caretaker_boss_steadied_the_ship():
    facts = _roles(
        "Leeds appointed Daniel Farke. Caretaker boss Michael Skubala steadied the ship in the meantime."
    )
    assert ("Michael Skubala", "Leeds United", "in_charge", "caretaker") in facts


def test_sacked_later_by_the_owner_is_not_the_owner_sacked():
    facts = keys_of(
        "Karl Jensen was appointed by Fulham in 2009 and sacked a year later by the owner "
        "Omar Rashid despite an eighth-place finish."
    )
    assert not any(k[0] == "Omar Rashid" for k in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Monza, meanwhile, have turned to Alessandro Nesta, who coached Reggiana and Frosinone.",
        "Monza, however, turned to Alessandro Nesta after a long search.",
    ],
)
def test_club_turned_to_after_an_aside(text):
    assert ("Alessandro Nesta", "Monza", "first_team", "appointed") in keys_of(text)
