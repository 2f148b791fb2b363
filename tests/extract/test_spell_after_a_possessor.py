"""A spell told at the end of a clause that names another man's post or the man's own 'his' ('X has been
Y's assistant since 2019, after a brief spell in charge of C', 'X spent her playing days at A and had
been their coach since 2020, after a short stint as manager of B'): the club after 'after a spell' is a
spell of the man, and not one ended by the 'since' post told before it."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _events_at(text: str, coach: str, club: str) -> set[str]:
    return {f["event"] for f in facts_of(text, "2024-05-01") if f["coach"] == coach and f["club"] == club}


def test_brief_spell_after_another_mans_post() -> None:
    text = (
        "Leyton Orient have named Dale Fenwick as head coach. Fenwick has been Ron Paxley's assistant "
        "since 2019, after a brief spell in charge of Gillingham."
    )
    assert _events_at(text, "Dale Fenwick", "Gillingham") == {"in_charge"}


def test_short_stint_after_her_own_playing_days() -> None:
    text = (
        "Southend United have named Norma Kell as manager of their women's team. Kell spent her whole "
        "playing career at Lewes and had been their coach since 2020, after a short stint as manager of "
        "Charlton Athletic."
    )
    assert _events_at(text, "Norma Kell", "Charlton Athletic") == {"in_charge"}


def test_stint_after_the_bosses_staff_he_joined() -> None:
    text = (
        "Leyton Orient have named Dale Fenwick as head coach. Fenwick joined Ron Paxley's staff in 2019, "
        "after a short stint as manager of Crawley Town."
    )
    assert "in_charge" in _events_at(text, "Dale Fenwick", "Crawley Town")


def test_the_other_mans_spell_is_not_his() -> None:
    # near-miss: the spell after 'after' is the possessor's, not the subject's
    text = (
        "Leyton Orient have named Dale Fenwick as head coach. Fenwick took over Ron Paxley's staff in 2019, "
        "after Paxley's short spell in charge of Gillingham."
    )
    assert not _events_at(text, "Dale Fenwick", "Gillingham")


def test_a_players_spell_is_no_coaching_spell() -> None:
    # near-miss: a spell with no coaching words is a player's too
    text = (
        "Leyton Orient have named Dale Fenwick as head coach. Fenwick has been Ron Paxley's assistant "
        "since 2019, after a brief spell at Gillingham as a winger."
    )
    assert "in_charge" not in _events_at(text, "Dale Fenwick", "Gillingham")
