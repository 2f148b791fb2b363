"""Facts told in a clause fronted before the subject ("Once in charge of C, X …", "Having coached A and
B, X …", "Two years after leaving C, X …") and the dates such a clause keeps to itself (sentences of
our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- the subject's post told before him ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Currently in charge of Esperance, Miguel Cardoso has been linked with Al Ahly.",
            "Miguel Cardoso",
            "Espérance de Tunis",
        ),
        (
            "Once in charge of Valencia, Rafael Benitez has been appointed head coach of Celta Vigo.",
            "Rafael Benitez",
            "Valencia",
        ),
        (
            "Previously in charge of Simba SC, Roberto Oliveira was unveiled as Al Ahly Tripoli coach.",
            "Roberto Oliveira",
            "Simba SC",
        ),
        (
            "Formerly the head coach of Al Hilal, Ramon Diaz was appointed by Corinthians in April.",
            "Ramon Diaz",
            "Al-Hilal",
        ),
        (
            "Once in charge of Liverpool, Jurgen Klopp could return to management with Bayern Munich.",
            "Jürgen Klopp",
            "Liverpool",
        ),
    ],
)
def test_a_post_told_before_the_subject(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A former assistant at Manchester City, Enzo Maresca takes over at Chelsea on a five-year deal.",
        "A one-time assistant at Manchester City, Enzo Maresca has been named coach of Leicester City.",
        "A former assistant to Pep Guardiola at Manchester City, Enzo Maresca has joined Leicester City.",
    ],
)
def test_a_former_aide_told_before_the_subject(text: str) -> None:
    found = [f for f in facts_of(text) if f["club"] == "Manchester City" and f["coach"] == "Enzo Maresca"]
    assert [(f["event"], f["role"]) for f in found] == [("in_charge", "assistant_coach")]


@pytest.mark.parametrize(
    "text",
    [
        "Having previously coached Genk and Club Brugge, Philippe Clement was named Rangers manager.",
        "Having managed Genk and Club Brugge, Philippe Clement now coaches Rangers.",
    ],
)
def test_clubs_coached_before_the_subject(text: str) -> None:
    keys = keys_of(text)
    for club in ("Genk", "Club Brugge"):
        assert ("Philippe Clement", club, "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "After three seasons at Feyenoord, Arne Slot was appointed Liverpool manager on Monday.",
            "Arne Slot",
            "Feyenoord",
        ),
        (
            "Following a two-year spell with Kaizer Chiefs, Arthur Zwane has taken over at AmaZulu.",
            "Arthur Zwane",
            "Kaizer Chiefs",
        ),
        (
            "In his second stint at Chelsea, Jose Mourinho won the Premier League in 2015.",
            "José Mourinho",
            "Chelsea",
        ),
        ("During his tenure at Barcelona, Xavi Hernandez won La Liga.", "Xavi Hernández", "Barcelona"),
        (
            "Fresh from winning the title with Celtic, Ange Postecoglou has joined Tottenham Hotspur.",
            "Ange Postecoglou",
            "Celtic",
        ),
        (
            "Still under contract at Brighton, Roberto De Zerbi has turned down Bayern Munich.",
            "Roberto De Zerbi",
            "Brighton & Hove Albion",
        ),
    ],
)
def test_a_spell_told_before_the_subject(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "in_charge") in keys_of(text)


def test_an_aide_spell_told_before_the_subject() -> None:
    text = "Having spent four seasons as assistant at Liverpool, Pepijn Lijnders was named Salzburg coach."
    found = [f for f in facts_of(text) if f["club"] == "Liverpool"]
    assert [(f["coach"], f["event"], f["role"]) for f in found] == [
        ("Pepijn Lijnders", "in_charge", "assistant_coach")
    ]


# --- the end of an earlier spell told before the subject -----------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Two years after leaving Shakhtar Donetsk, Roberto De Zerbi has been named Marseille coach.",
            "Roberto De Zerbi",
            "Shakhtar Donetsk",
            "left",
        ),
        (
            "Six months after leaving Al Ittihad, Nuno Espirito Santo has been named Forest manager.",
            "Nuno Espírito Santo",
            "Al-Ittihad",
            "left",
        ),
        (
            "Out of work since leaving Chelsea in May, Mauricio Pochettino is the United States coach.",
            "Mauricio Pochettino",
            "Chelsea",
            "left",
        ),
        (
            "Following his exit from Bayer Leverkusen, Gerardo Seoane took charge of Mainz.",
            "Gerardo Seoane",
            "Bayer Leverkusen",
            "left",
        ),
        (
            "A year after his dismissal by Manchester United, Ole Gunnar Solskjaer is linked with Besiktas.",
            "Ole Gunnar Solskjær",
            "Manchester United",
            "dismissed",
        ),
        (
            "Having resigned from Bournemouth in 2020, Eddie Howe was appointed Newcastle United manager.",
            "Eddie Howe",
            "AFC Bournemouth",
            "resigned",
        ),
    ],
)
def test_an_exit_told_before_the_subject(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_a_resignation_before_the_subject_is_not_the_new_club() -> None:
    text = "Having quit Bournemouth in 2020, Eddie Howe was appointed Newcastle United manager a year later."
    assert ("Eddie Howe", "Newcastle United", "first_team", "resigned") not in keys_of(text)


# --- a fronted clause's date is its own ----------------------------------------------------------


def _date(text: str, club: str, event: str) -> str | None:
    return next(f["date"] for f in facts_of(text, "2024-03-14") if f["club"] == club and f["event"] == event)


def test_the_main_clause_does_not_take_the_fronted_date() -> None:
    assert (
        _date(
            "Sacked by Al Nassr in April, Rudi Garcia has been named coach of Napoli.", "Napoli", "appointed"
        )
        != "2023-04-01"
    )
    text = "Appointed in 2022, Graham Potter leaves Brighton after a disappointing run."
    assert _date(text, "Brighton & Hove Albion", "left") != "2022-01-01"
    assert (
        _date(
            "Having bought the club in 2021, owner Todd Boehly sacked Graham Potter from Chelsea.",
            "Chelsea",
            "dismissed",
        )
        is None
    )


def test_the_fronted_clause_does_not_take_the_main_date() -> None:
    text = "Once in charge of Porto, Andre Villas-Boas was elected president of the club in April."
    assert _date(text, "FC Porto", "in_charge") is None
    assert (
        _date(
            "Sacked by Al Nassr in April, Rudi Garcia has been named coach of Napoli.",
            "Al-Nassr",
            "dismissed",
        )
        == "2023-04-01"
    )


# --- near misses: players, executives, comparisons ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After three seasons at Feyenoord, striker Santiago Gimenez joined AC Milan in January.",
        "Having previously played for Genk and Club Brugge, midfielder Hans Vanaken was named captain.",
        "Still under contract at Brighton, Moises Caicedo has handed in a transfer request.",
        "Currently in charge of recruitment at Chelsea, sporting director Paul Winstanley sacked the coach.",
        "Fresh from winning the title with Celtic, Kyogo Furuhashi scored twice on Saturday.",
        "Now at Manchester United, Bruno Fernandes was named player of the month.",
        "During his time at Barcelona, Lionel Messi won four Champions League titles.",
        "In his first spell at Manchester United, Cristiano Ronaldo won the Ballon d'Or.",
        "Formerly at Ajax, Edwin van der Sar is now the chief executive.",
        "Like Jurgen Klopp before him, Arne Slot has impressed at Liverpool.",
    ],
)
def test_no_fact_for_players_executives_or_comparisons(text: str) -> None:
    assert not facts_of(text)


def test_an_owner_after_a_fronted_clause_gets_nothing() -> None:
    keys = keys_of("Having bought the club in 2021, owner Todd Boehly sacked Graham Potter from Chelsea.")
    assert keys == {("Graham Potter", "Chelsea", "first_team", "dismissed")}
