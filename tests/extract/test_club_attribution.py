"""Club attribution: a club the sentence names in a role relation to the coach (the club making
an offer, the club he led, the team he coaches) wins over the club the story is about."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


# --- offers: the offering club, not his own ---------------------------------------------------


def test_offer_to_manage_a_club_then_staying_at_his_own_is_the_offering_clubs():
    text = (
        "Brentford have kept their manager. "
        "Thomas Frank has turned down a lucrative offer to coach Saudi Pro League side Al-Ittihad "
        "and will stay in charge of Brentford. "
        "The Dane, 50, was offered a three-year deal, with Al-Ittihad prepared to pay the release "
        "clause in his Brentford contract."
    )
    assert _clubs(text, "Thomas Frank", "offer_declined") == {"Al-Ittihad"}
    assert _clubs(text, "Thomas Frank", "offer") == {"Al-Ittihad"}


def test_interest_from_a_club_who_approached_him_is_that_clubs_offer():
    text = (
        "Freiburg coach Christian Streich is staying at Freiburg. "
        "Streich had been the subject of interest from Borussia Dortmund, who approached him "
        "about succeeding Edin Terzić."
    )
    assert "Borussia Dortmund" in _clubs(text, "Christian Streich", "offer")
    assert "SC Freiburg" not in _clubs(text, "Christian Streich", "offer")


def test_refusing_a_proposal_of_a_club_is_declining_that_club():
    text = (
        "Flamengo announced on Monday that Tite has renewed his contract until 2026. "
        "The coach ended the speculation after rejecting a big proposal from Al-Nassr. "
        "He decided to remain in Rio."
    )
    assert _clubs(text, "Tite", "offer_declined") == {"Al-Nassr"}
    assert _clubs(text, "Tite", "offer") == {"Al-Nassr"}
    assert _clubs(text, "Tite", "extended") == {"Flamengo"}


def test_refusing_a_new_contract_is_no_offer_of_another_club():
    text = "Eddie Howe left Newcastle United after refusing a new contract."
    assert _clubs(text, "Eddie Howe", "offer") == set()


# --- the story's club: the one the lead tells appointing or sacking someone ---------------------


def test_club_appointing_him_in_the_lead_is_the_story_club_though_his_old_club_is_named_more():
    text = (
        "By A Reporter\n\n"
        "Kim Hellberg was 36 when Middlesbrough appointed him in June. "
        "He succeeded Michael Carrick, who left by mutual consent in June. "
        "Hellberg arrives from Hammarby, where he won plaudits. "
        "Hammarby finished second. Hammarby reached the cup final. Hammarby sold three players."
    )
    assert _clubs(text, "Michael Carrick", "left") == {"Middlesbrough"}
    assert _clubs(text, "Kim Hellberg", "appointed") == {"Middlesbrough"}


def test_a_club_beating_the_story_club_in_the_lead_is_not_the_story_club():
    text = (
        "A 3-0 defeat by Leeds United sealed relegation, and Luton Town have sacked Rob Edwards. "
        "Edwards replaced Nathan Jones, who left for Southampton. "
        "Leeds United are top; Leeds United won again."
    )
    assert _clubs(text, "Rob Edwards", "dismissed") == {"Luton Town"}
    assert "Leeds United" not in _clubs(text, "Nathan Jones", "left")


# --- national team or women's national team -----------------------------------------------------


def _squads(text: str, coach: str, club: str) -> set[str]:
    return {f["squad"] for f in facts_of(text) if f["coach"] == coach and f["club"] == club}


def test_national_team_of_a_coach_in_a_womens_national_story_is_the_womens_team():
    text = (
        "Lena Falk will become the new head coach of the Sweden women's team after the Olympics. "
        "Falk succeeds Peter Gerhardsson, who has led the Sweden women's team since 2017. "
        "Falk is currently assistant to Martina Voss-Tecklenburg with Germany, with whom she reached "
        "a European final. Voss-Tecklenburg had earlier led the Switzerland women's team."
    )
    assert _squads(text, "Martina Voss-Tecklenburg", "Germany") == {"national_women"}


def test_mens_national_team_stays_the_mens_in_a_mens_story():
    text = (
        "Hervé Renard was named Saudi Arabia coach again on Thursday. "
        "Renard had coached the France women's team at the World Cup. "
        "He replaces Roberto Mancini, who was sacked by Saudi Arabia after 14 months. "
        "Mancini had led Italy to the European title."
    )
    assert _squads(text, "Hervé Renard", "Saudi Arabia") == {"national"}
    assert _squads(text, "Roberto Mancini", "Italy") <= {"national"}


def test_club_of_another_mans_title_is_not_the_subjects() -> None:
    keys = keys_of(
        "Hibs are ready to move for Kilmarnock manager Derek McInnes after sacking Lee Johnson, "
        "The Sunday Post understands."
    )
    assert ("Lee Johnson", "Kilmarnock", "first_team", "dismissed") not in keys
    assert ("Derek McInnes", "Kilmarnock", "first_team", "in_charge") in keys
