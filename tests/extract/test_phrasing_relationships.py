"""Two coaches told in one clause: 'X succeeds his former boss Y' (Y leaves, not X), 'named X as his
assistant' (X's post is the assistant's), 'Y, who played under him at C' (a player: no coaching fact for Y,
the boss coached C), 'new manager X arrives with Y' (X is the boss, not an aide following someone)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    """(coach, club, event, role) of every fact."""
    return {(f["coach"], f["club"], f["event"], f["role"]) for f in facts_of(text)}


@pytest.mark.parametrize(
    ("text", "new", "old", "club"),
    [
        (
            "Vitor Bruno succeeds his former boss Sergio Conceicao at Porto after signing a two-year deal.",
            "Vitor Bruno",
            "Sergio Conceicao",
            "FC Porto",
        ),
        (
            "Rene Maric has replaced his old boss Marco Rose at RB Leipzig.",
            "Rene Maric",
            "Marco Rose",
            "RB Leipzig",
        ),
        (
            "Julen Lopetegui, who succeeded his mentor Vicente del Bosque as Spain coach, is now at "
            "West Ham.",
            "Julen Lopetegui",
            "Vicente del Bosque",
            "Spain",
        ),
        (
            "Porto named Vitor Bruno to replace his former boss Sergio Conceicao.",
            "Vitor Bruno",
            "Sergio Conceicao",
            "FC Porto",
        ),
        (
            "Everton have appointed Gary Bowyer as the successor to his one-time manager Sam Allardyce.",
            "Gary Bowyer",
            "Sam Allardyce",
            "Everton",
        ),
        (
            "Kevin Muscat, who takes over from his former boss Ange Postecoglou, signed until 2026 with "
            "Melbourne Victory.",
            "Kevin Muscat",
            "Ange Postecoglou",
            "Melbourne Victory",
        ),
        (
            "Vitor Bruno was appointed at Porto, replacing his long-serving former boss Sergio Conceicao.",
            "Vitor Bruno",
            "Sergio Conceicao",
            "FC Porto",
        ),
    ],
)
def test_succeeding_ones_former_boss(text, new, old, club):
    events = {(coach, c, event) for coach, c, _, event in keys_of(text)}
    assert (new, club, "appointed") in events
    assert (old, club, "left") in events
    assert (new, club, "left") not in events  # "his" is the successor himself, not the man replaced


def test_succeeding_her_still_reads_her_as_the_one_replaced():
    text = (
        "Anna Berg was appointed Hull City manager in 2021. She was sacked in May; Maria Lopez succeeded her."
    )
    assert ("Maria Lopez", "Hull City", "first_team", "left") not in keys_of(text)


@pytest.mark.parametrize(
    ("text", "aide", "club"),
    [
        (
            "Xabi Alonso has named Sebastian Parrilla as his assistant at Bayer Leverkusen.",
            "Sebastian Parrilla",
            "Bayer Leverkusen",
        ),
        (
            "Wayne Rooney has appointed John O'Shea as his assistant at Plymouth Argyle.",
            "John O'Shea",
            "Plymouth Argyle",
        ),
        (
            "Bayer Leverkusen have named Sebastian Parrilla as Xabi Alonso's assistant.",
            "Sebastian Parrilla",
            "Bayer Leverkusen",
        ),
        (
            "Celtic boss Brendan Rodgers has appointed John Kennedy as his number two again.",
            "John Kennedy",
            "Celtic",
        ),
    ],
)
def test_named_as_his_assistant(text, aide, club):
    assert (aide, club, "appointed", "assistant_coach") in _roles(text)
    assert (aide, club, "appointed", "head_coach") not in _roles(text)


def test_named_as_someones_successor_is_still_the_head_coach():
    text = "Everton have appointed David Moyes as Sean Dyche's successor."
    assert ("David Moyes", "Everton", "appointed", "head_coach") in _roles(text)


@pytest.mark.parametrize(
    ("text", "player", "boss", "club"),
    [
        (
            "Chelsea have named Mauricio Pochettino as head coach. He also hired Jesus Perez, who played "
            "under "
            "him at Espanyol.",
            "Jesus Perez",
            "Mauricio Pochettino",
            "Espanyol",
        ),
        (
            "Brighton boss Sami Hyypia appointed Tom Doyle, who played under him at Bayer Leverkusen, as his "
            "assistant.",
            "Tom Doyle",
            "Sami Hyypia",
            "Bayer Leverkusen",
        ),
        (
            "Wrexham named Phil Parkinson as manager. He hired Steve Parkin, who had played for him at "
            "Bolton "
            "Wanderers.",
            "Steve Parkin",
            "Phil Parkinson",
            "Bolton Wanderers",
        ),
    ],
)
def test_who_played_under_him_is_no_coaching_spell(text, player, boss, club):
    keys = keys_of(text)
    assert not any(coach == player and c == club for coach, c, _, _ in keys)
    assert not any(coach == player and event == "in_charge" for coach, _, _, event in keys)


def test_appointed_after_an_aside_about_him_keeps_the_post_told_after_it():
    text = (
        "Brighton boss Sami Hyypia appointed Tom Doyle, who played under him at Bayer Leverkusen, as his "
        "assistant."
    )
    assert ("Tom Doyle", "Brighton & Hove Albion", "appointed", "assistant_coach") in _roles(text)
    assert ("Sami Hyypia", "Bayer Leverkusen", "in_charge", "head_coach") in _roles(text)


def test_who_played_under_him_gives_the_boss_the_club():
    text = (
        "Chelsea have named Mauricio Pochettino as head coach. He also hired Jesus Perez, who played "
        "under him "
        "at Espanyol."
    )
    assert ("Mauricio Pochettino", "Espanyol", "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "boss", "club"),
    [
        (
            "Bournemouth's new manager Andoni Iraola arrives with Ibon Ibarrola, who worked under him at AEK "
            "Larnaca.",
            "Andoni Iraola",
            "AFC Bournemouth",
        ),
        ("New Lyon coach Pierre Sage came with Gael Danic from the academy.", "Pierre Sage", "Lyon"),
    ],
)
def test_new_manager_arriving_with_his_aide_is_no_aide(text, boss, club):
    roles = _roles(text)
    assert (boss, club, "appointed", "assistant_coach") not in roles


def test_an_aide_arriving_with_the_boss_is_still_his_aide():
    text = "Assistant coach Ibon Ibarrola arrives with Andoni Iraola at Bournemouth."
    assert ("Ibon Ibarrola", "AFC Bournemouth", "appointed", "assistant_coach") in _roles(text)


@pytest.mark.parametrize(
    ("text", "aide", "boss", "clubs"),
    [
        (
            "Lille have named Bruno Genesio as head coach. He will be reunited with Jerome Bonnissel, his "
            "assistant at Rennes.",
            "Jerome Bonnissel",
            "Bruno Genesio",
            {"Rennes"},
        ),
        (
            "Bruno Lage has taken charge at Botafogo, and Alex Silva, his number two at Benfica and Wolves, "
            "follows him to Rio de Janeiro.",
            "Alex Silva",
            "Bruno Lage",
            {"Benfica", "Wolverhampton Wanderers"},
        ),
        (
            "Vitesse appointed Phillip Cocu, who brought Kevin Hofland, his former assistant at PSV and "
            "Fenerbahce, to the club.",
            "Kevin Hofland",
            "Phillip Cocu",
            {"PSV Eindhoven", "Fenerbahçe"},
        ),
        (
            "Pep Lijnders, Jurgen Klopp's long-time assistant at Liverpool, has been appointed head coach of "
            "Red Bull Salzburg.",
            "Pep Lijnders",
            "Jürgen Klopp",
            {"Liverpool"},
        ),
        (
            "Jesus Perez, Pochettino's right-hand man at Southampton and Tottenham, has rejoined him at "
            "Chelsea.",
            "Jesus Perez",
            "Mauricio Pochettino",
            {"Southampton", "Tottenham Hotspur"},
        ),
    ],
)
def test_aide_named_first_with_his_post_in_apposition(text, aide, boss, clubs):
    roles = _roles(text)
    for club in clubs:
        assert (aide, club, "in_charge", "assistant_coach") in roles
        assert (boss, club, "in_charge", "head_coach") in roles
        assert (aide, club, "in_charge", "head_coach") not in roles  # "his" is never the aide himself


def test_apposed_aide_post_leaves_the_new_post_a_head_coachs():
    text = (
        "Pep Lijnders, Jurgen Klopp's long-time assistant at Liverpool, has been appointed head coach of Red "
        "Bull Salzburg."
    )
    assert ("Pep Lijnders", "Red Bull Salzburg", "appointed", "head_coach") in _roles(text)


def test_apposed_aide_spell_is_not_repeated_beside_his_departure():
    text = (
        "Ian Foster left Plymouth Argyle by mutual consent on Friday. Kevin Nance, Foster's number two at "
        "Plymouth, also left on Friday."
    )
    keys = keys_of(text)
    assert ("Kevin Nance", "Plymouth Argyle", "first_team", "left") in keys
    assert ("Kevin Nance", "Plymouth Argyle", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    ("text", "aide", "boss", "clubs"),
    [
        (
            "Michael Beale has reunited with Steven Gerrard at Al-Ettifaq, having served as his assistant at "
            "Rangers and Aston Villa.",
            "Michael Beale",
            "Steven Gerrard",
            {"Rangers", "Aston Villa"},
        ),
        (
            "Kevin Muscat has been named head coach of Shanghai Port. Muscat, a protege of Ange Postecoglou, "
            "served as his assistant at Melbourne Victory.",
            "Kevin Muscat",
            "Ange Postecoglou",
            {"Melbourne Victory"},
        ),
    ],
)
def test_served_as_his_assistant_past_another_man(text, aide, boss, clubs):
    roles = _roles(text)
    for club in clubs:
        assert (aide, club, "in_charge", "assistant_coach") in roles
        assert (boss, club, "in_charge", "head_coach") in roles
        assert (boss, club, "in_charge", "assistant_coach") not in roles


@pytest.mark.parametrize(
    ("text", "coach", "other"),
    [
        (
            "Al-Ahli coach Matthias Jaissle, who was Marco Rose's assistant at Red Bull Salzburg, has "
            "extended his contract.",
            "Matthias Jaissle",
            "Marco Rose",
        ),
        (
            "Sevilla coach Jose Luis Mendilibar, who replaced Jorge Sampaoli in March, has extended his "
            "contract until 2025.",
            "Jose Luis Mendilibar",
            "Jorge Sampaoli",
        ),
    ],
)
def test_his_after_a_closed_relative_clause_is_the_subjects(text, coach, other):
    events = {(c, e) for c, _, _, e in keys_of(text)}
    assert (coach, "extended") in events
    assert (other, "extended") not in events


@pytest.mark.parametrize(
    ("text", "boss", "club"),
    [
        (
            "Former Arsenal assistant Steve Bould, who worked under Arsene Wenger for years, has joined "
            "Brighton as a coach.",
            "Arsène Wenger",
            "Brighton & Hove Albion",
        ),
        (
            "Vincent Kompany, who played under Pep Guardiola at Manchester City, is the new Bayern coach.",
            "Vincent Kompany",
            "Manchester City",
        ),
    ],
)
def test_a_relative_clause_and_the_main_clause_keep_their_own_clubs(text, boss, club):
    assert not any(c == boss and k == club for c, k, _, _ in keys_of(text))


def test_new_coach_after_an_aside_naming_his_old_club():
    text = "Vincent Kompany, who played under Pep Guardiola at Manchester City, is the new Bayern coach."
    assert ("Vincent Kompany", "Bayern Munich", "first_team", "appointed") in keys_of(text)
