"""People the extractor dropped or misread: coaches the press knows by one name, an executive the
story makes the team's coach, and a federation's initials the article itself defines."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of, keys_of


def _has(text: str, coach: str, club: str, event: str) -> bool:
    return any(k[0] == coach and k[1] == club and k[3] == event for k in keys_of(text))


def _coaches(text: str) -> set[str]:
    return {k[0] for k in keys_of(text)}


# --- coaches known by one name ----------------------------------------------------------------------


def test_well_known_one_name_coach_opening_the_sentence():
    assert _has("Sylvinho has been appointed head coach of Albania.", "Sylvinho", "Albania", "appointed")
    assert _has(
        "Cuca left Corinthians on Thursday, six days after his appointment.", "Cuca", "Corinthians", "left"
    )


def test_well_known_one_name_coach_named_once_mid_sentence():
    text = "Atlético Mineiro have appointed Cuca as head coach for the third time."
    assert _has(text, "Cuca", "Atlético Mineiro", "appointed")
    assert _has("Cruzeiro have hired Pepa to replace Paulo Autuori.", "Pepa", "Cruzeiro", "appointed")


def test_unknown_one_name_man_named_as_coach_is_kept():
    assert _has(
        "Vasco da Gama named Jorginho as their new coach on Friday.", "Jorginho", "Vasco da Gama", "appointed"
    )
    assert _has(
        "Sevilla sacked Julen Lopetegui and appointed Machín as coach.", "Machín", "Sevilla", "appointed"
    )


def test_one_name_man_described_as_a_coach_opening_the_sentence():
    text = "Tite, the Brazilian coach, has agreed to take over at Flamengo."
    assert _has(text, "Tite", "Flamengo", "appointed")


def test_well_known_one_name_coach_after_a_preposition():
    text = (
        "Paulo Silva has been named head coach of Peru. "
        "He spent six years as an assistant to Tite with Brazil's national team."
    )
    assert _has(text, "Tite", "Brazil", "in_charge")


def test_one_name_players_stay_out():
    assert not _coaches("Neymar scored twice as Brazil beat Serbia. Casemiro added a third.")
    assert not _coaches("Ronaldinho, the former Barcelona player, praised the new signing.")
    # a one-word name set beside a title that is no coach's
    assert "Jorginho" not in _coaches("Arsenal named Jorginho as their new captain on Friday.")


# --- a coach replaced, told by the arrival of his successor ------------------------------------------


def test_participle_arrival_to_replace_a_coach():
    text = (
        "Unai Ortiz, 55, is in his second spell at Real Sociedad, having returned in the spring "
        "of 2021 to replace Marcelino, whose deal was not renewed."
    )
    assert _has(text, "Marcelino", "Real Sociedad", "left")
    text = (
        "Galatasaray sacked Domènec Torrent. Okan Buruk, having arrived in 2022 to succeed Domènec Torrent, "
        "won the title."
    )
    assert _has(text, "Domènec Torrent", "Galatasaray", "dismissed")


def test_return_to_replace_a_coach():
    text = "Ernesto Valverde returned to Athletic Bilbao in 2022 to replace Marcelino."
    assert _has(text, "Marcelino", "Athletic Bilbao", "left")
    assert _has(text, "Ernesto Valverde", "Athletic Bilbao", "appointed")


def test_a_player_replaced_by_an_arrival_is_no_coach():
    assert not _coaches(
        "Declan Rice, having joined Arsenal in 2023 to replace Granit Xhaka, has been outstanding."
    )
    assert "Tammy Abraham" not in _coaches(
        "Romelu Lukaku returned to Chelsea in 2021 to replace Tammy Abraham."
    )


def test_coach_now_back_at_a_club():
    text = "Athletic replaced Marcelino in 2022. Marcelino is now back at Villarreal."
    assert _has(text, "Marcelino", "Villarreal", "in_charge")
    text = "Ernesto Valverde was sacked by Barcelona in 2020. Valverde is currently with Athletic Bilbao."
    assert _has(text, "Ernesto Valverde", "Athletic Bilbao", "in_charge")


def test_now_at_a_club_near_misses():
    assert not _coaches("Lionel Messi is now at Inter Miami.")
    text = (
        "Mark Parsons coached the Netherlands. Parsons is now at the Washington Spirit as "
        "head of soccer operations."
    )
    assert not _has(text, "Mark Parsons", "Washington Spirit", "in_charge")


def test_presented_as_the_new_coach():
    text = "Tite was presented on Monday as the new head coach of Flamengo."
    assert _has(text, "Tite", "Flamengo", "appointed")
    assert _has(
        "Xabi Alonso was officially presented as Real Madrid coach on Monday.",
        "Xabi Alonso",
        "Real Madrid",
        "appointed",
    )
    assert not _coaches("Kylian Mbappé was presented as a Real Madrid player on Tuesday.")


# --- an executive who becomes the coach --------------------------------------------------------------


def test_sporting_director_named_head_coach():
    text = (
        "Sporting director Hasan Salihamidzic has been named head coach of Bayern Munich until the end of "
        "the season."
    )
    assert _has(text, "Hasan Salihamidzic", "Bayern Munich", "appointed")
    text = (
        "Malmö FF have parted ways with Jon Dahl Tomasson. "
        "Technical director Daniel Andersson has been appointed head coach."
    )
    assert _has(text, "Daniel Andersson", "Malmö FF", "appointed")


def test_sporting_director_serving_as_interim_coach():
    text = (
        "Celta Vigo sacked Rafa Benítez on Monday. "
        "Sporting Director Luis Campos will serve as head coach on an interim basis."
    )
    assert _has(text, "Luis Campos", "Celta Vigo", "appointed")
    text = "Schalke have named sporting director Peter Knäbel interim coach after sacking Frank Kramer."
    assert _has(text, "Peter Knäbel", "Schalke 04", "appointed")
    text = "AIK have appointed sporting director Henok Goitom as head coach on an interim basis."
    assert _has(text, "Henok Goitom", "AIK", "appointed")


def test_technical_director_set_off_by_commas_takes_charge_of_the_team():
    text = (
        "Charlton Athletic have sacked manager Dean Holden. "
        "The technical director, Andy Scott, will take charge of the team for Saturday's game."
    )
    assert _has(text, "Andy Scott", "Charlton Athletic", "appointed")


def test_executive_posts_give_no_coaching_fact():
    text = (
        "Frankfurt sacked Adi Hütter. Sporting director Markus Krösche, who was appointed in 2021, said "
        "the club would find a new coach soon."
    )
    assert "Markus Krösche" not in _coaches(text)
    assert not _coaches(
        "Sporting director Simon Rolfes has been appointed Bayer Leverkusen's managing director."
    )
    text = (
        "Hamburg sacked Tim Walter. Jonas Boldt was appointed sporting director in 2020. "
        "Sporting director Jonas Boldt has been named interim coach."
    )
    assert _has(text, "Jonas Boldt", "Hamburger SV", "appointed")
    boldt = [f for f in facts_of(text) if f["coach"] == "Jonas Boldt"]
    assert boldt and not any((f["date"] or "").startswith("2020") for f in boldt)  # his director's post: none


# --- initials the article defines --------------------------------------------------------------------


def test_federation_initials_defined_by_the_article():
    text = (
        "Former Syria coach Hussam Al Sayed was sacked in 2023. The Syrian Football Association (SFA) "
        "said on Tuesday that Héctor Cúper had been appointed. The SFA said Cúper signed a two-year deal."
    )
    clubs = {k[1] for k in keys_of(text)}
    assert "Scotland" not in clubs
    assert _has(text, "Héctor Cúper", "Syria", "appointed")


def test_federation_initials_of_the_country_they_stand_for_stay():
    text = (
        "The Scottish Football Association (SFA) has appointed Steve Clarke. "
        "The SFA said he signed a new deal."
    )
    assert _has(text, "Steve Clarke", "Scotland", "appointed")
