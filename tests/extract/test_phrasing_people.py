"""People the extractor should find and resolve: long particle and hyphenated names, surnames that
are nationality words, nationalities said before a name, aides counted before they are named
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jong Ajax coach Willy Bonnet-Ruiz de Viñaspre was dismissed on Monday.",
            "Willy Bonnet-Ruiz de Viñaspre",
        ),
        (
            "Getafe have appointed Juan Pérez-García de la Torre as head coach.",
            "Juan Pérez-García de la Torre",
        ),
    ],
)
def test_a_hyphenated_name_with_particles_is_one_person(text: str, name: str) -> None:
    assert name in {f["coach"] for f in facts_of(text)}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Bury have sacked their manager Andy Welsh.", "dismissed"),
        ("Bury appointed Andy Welsh as manager on Thursday.", "appointed"),
        ("Andy Welsh, 45, was appointed by Bury.", "appointed"),
        ("Kilmarnock sacked Derek McInnes. Andy Welsh, his assistant, takes over as caretaker.", "appointed"),
    ],
)
def test_a_nationality_word_after_a_given_name_is_his_surname(text: str, event: str) -> None:
    assert any(f["coach"] == "Andy Welsh" and f["event"] == event for f in facts_of(text))
    assert "Andy" not in {f["coach"] for f in facts_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Wrexham midfielder Elliot Lee said Welsh football was thriving.",
        "Former Liverpool striker Ian Rush said English clubs should do better.",
        "Rodgers said Celtic would sign Irish players.",
    ],
)
def test_a_nationality_adjective_before_its_noun_stays_an_adjective(text: str) -> None:
    assert not {f["coach"] for f in facts_of(text)} & {
        "Elliot Lee Welsh",
        "Ian Rush English",
        "Rodgers Irish",
    }


# --- a nationality right before the name --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Malawi have gone without a permanent coach since Swiss-Italian Marco Rossetti left in October.",
        "Malawi have gone without a coach since the Swiss Marco Rossetti left in October.",
    ],
)
def test_a_nationality_before_a_name_only_describes_him(text: str) -> None:
    assert ("Marco Rossetti", "Malawi", "national", "left") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "aide"),
    [
        (
            "Feyenoord have appointed Brian Priske. He will be assisted by Dane Thomas Nørgaard.",
            "Thomas Nørgaard",
        ),
        (
            "Feyenoord have appointed Brian Priske. He will be assisted by fellow Dane Jakob Michelsen.",
            "Jakob Michelsen",
        ),
        (
            "Wales have appointed Owen Price. He will be assisted by Welshman Gareth Evans, who worked with "
            "him at Chelsea.",
            "Gareth Evans",
        ),
    ],
)
def test_an_aide_described_by_nationality(text: str, aide: str) -> None:
    facts = [f for f in facts_of(text) if f["coach"] == aide]
    # ("who worked with him at Chelsea": the spell the two shared is the aide's too)
    assert facts and {f["event"] for f in facts if f["club"] != "Chelsea"} == {"appointed"}
    assert {f["role"] for f in facts} == {"assistant_coach"}


def test_a_signed_player_with_a_nationality_is_no_coach() -> None:
    assert not facts_of("Barcelona have signed Portuguese João Félix on loan from Atlético Madrid.")


# --- aides counted before they are named --------------------------------------------------------

_HEAD = "Bahrain have appointed Ruud Janssen as head coach. "


@pytest.mark.parametrize(
    "second",
    [
        "The former Ajax winger brings two assistant coaches from the Netherlands, Bas Visser and Joost "
        "Smit.",
        "He will be joined by two assistants, Bas Visser and Joost Smit.",
        "He brought two assistants from the Netherlands, Bas Visser and Joost Smit.",
        "He brings with him two assistant coaches, Bas Visser and Joost Smit.",
        "The federation have also named two assistant coaches, Bas Visser and Joost Smit.",
        "He will be accompanied by his assistants Bas Visser and Joost Smit.",
    ],
)
def test_aides_counted_then_named_join_the_new_coach(second: str) -> None:
    keys = keys_of(_HEAD + second)
    for aide in ("Bas Visser", "Joost Smit"):
        assert (aide, "Bahrain", "national", "appointed") in keys
    assert not any(club == "Netherlands" for _, club, _, _ in keys)


@pytest.mark.parametrize(
    "second",
    [
        "The club said the new coach will be helped by a Chinese staff including former Beijing Guoan "
        "defender Li Wei.",
        "He will be assisted by a staff including former defender Li Wei.",
    ],
)
def test_an_aide_in_a_staff_including(second: str) -> None:
    keys = keys_of("Chengdu Rongcheng named Seo Jung-won as coach. " + second)
    assert ("Li Wei", "Chengdu Rongcheng", "first_team", "appointed") in keys
    assert not any(coach == "Li Wei" and club == "Beijing Guoan" for coach, club, _, _ in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Manchester City brought two players from Brazil, Savinho and Vitor Reis.",
        "Real Madrid named two captains, Luka Modrić and Dani Carvajal.",
        "Newcastle have appointed Eddie Howe. He will be joined by two players, Kieran Trippier and "
        "Bruno Guimarães.",
        "The club president will be assisted by a staff including sporting director Monchi.",
    ],
)
def test_counted_players_or_executives_are_no_aides(text: str) -> None:
    assert not {f["coach"] for f in facts_of(text)} - {"Eddie Howe"}


# --- an apposition that ends on the boss's name ---------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Since then Tolga Sahin, member of the technical staff of Avci, was leading the side as interim "
        "coach.",
        "Tolga Sahin, a member of Avci's staff, has been in caretaker charge since then.",
        "Tolga Sahin, part of the backroom team of Abdullah Avci at Trabzonspor, was leading the side on a "
        "temporary basis.",
    ],
)
def test_a_staff_member_named_by_his_boss_is_still_the_subject(second: str) -> None:
    text = "Trabzonspor sacked Abdullah Avci in November. " + second
    keys = keys_of(text)
    assert ("Tolga Sahin", "Trabzonspor", "first_team", "in_charge") in keys
    # the boss's own spell may be told through his staff, but the interim spell since then is not his
    boss_spells = [f for f in facts_of(text) if f["coach"] == "Abdullah Avcı" and f["event"] == "in_charge"]
    assert all(f["date"] is None and f["role"] == "head_coach" for f in boss_spells)
