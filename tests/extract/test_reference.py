"""The curated reference data: aliases resolve, files are consistent."""

from __future__ import annotations

import csv

import pytest
from extract_helpers import keys_of

from pipeline.reference import REFERENCE_DIR, club_refs, coach_nicknames, lookup_club, women_clubs


@pytest.mark.parametrize(
    ("alias", "name", "squad"),
    [
        ("Atleti", "Atlético Madrid", None),
        ("Los Rojiblancos", "Atlético Madrid", None),
        ("Depor", "Deportivo de La Coruña", None),
        ("Spurs", "Tottenham Hotspur", None),
        ("Gladbach", "Borussia Mönchengladbach", None),
        ("Castilla", "Real Madrid", "reserve"),
        ("Atlético Madrileño", "Atlético Madrid", "reserve"),
        ("Jong Ajax", "Ajax", "reserve"),
        ("La Furia Roja", "Spain", None),
    ],
)
def test_aliases(alias: str, name: str, squad: str | None) -> None:
    ref = lookup_club(alias)
    assert ref is not None and (ref.name, ref.squad) == (name, squad)


def test_unknown_name_is_none() -> None:
    assert lookup_club("Nowhere Athletic Wanderers") is None


def test_nicknames() -> None:
    assert coach_nicknames()["el cholo"] == "Diego Simeone"


def test_club_names_unique_and_rows_complete() -> None:
    with (REFERENCE_DIR / "clubs.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    assert all(r["country"] and r["kind"] in ("club", "national") for r in rows)
    with (REFERENCE_DIR / "squad_aliases.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            assert not row["club"] or row["club"] in names, row


def test_women_clubs_are_reference_clubs() -> None:
    assert women_clubs() and women_clubs() <= set(club_refs())


def test_a_womens_club_coach_coaches_the_women() -> None:
    keys = keys_of("Orlando Pride have appointed Seb Hines as head coach on a two-year contract.")
    assert ("Seb Hines", "Orlando Pride", "women", "appointed") in keys
    keys = keys_of("The Washington Spirit sacked head coach Mark Parsons on Tuesday.")
    assert ("Mark Parsons", "Washington Spirit", "women", "dismissed") in keys
    keys = keys_of("Kristianstads DFF have appointed Nina Berglund as their new head coach.")
    assert ("Nina Berglund", "Kristianstads DFF", "women", "appointed") in keys


def test_a_club_with_a_mens_side_is_no_womens_club() -> None:
    """HB Køge and Piteå IF field men's teams too: only the words say which side a coach takes."""
    keys = keys_of("HB Køge have appointed Daniel Agger as head coach of the men's first team.")
    assert ("Daniel Agger", "HB Køge", "first_team", "appointed") in keys
    assert not women_clubs() & {"HB Køge", "Piteå IF", "Vittsjö GIK", "Røa IL", "Kolbotn IL"}


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Kitchee", "Kitchee SC"),
        ("Eastern SC", "Eastern Sports Club"),
        ("Penang FC", "Penang FC"),
        ("KI Klaksvik", "KÍ Klaksvík"),
        ("B36", "B36 Tórshavn"),
        ("FC Rosengard", "FC Rosengård"),
        ("IFK Kalmar", "IFK Kalmar"),
        ("LSK Kvinner", "LSK Kvinner FK"),
        ("IFK Mariehamn", "IFK Mariehamn"),
    ],
)
def test_smaller_leagues_clubs(alias: str, name: str) -> None:
    """Hong Kong, Malaysian, Faroese, Finnish and Scandinavian women's clubs are known."""
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Akhisarspor", "Akhisarspor"),
        ("Basaksehir", "İstanbul Başakşehir"),
        ("Istanbul Basaksehir", "İstanbul Başakşehir"),
        ("Medipol Başakşehir", "İstanbul Başakşehir"),
        ("Kasimpasa", "Kasımpaşa"),
        ("Osmanlispor", "Osmanlıspor"),
        ("Malmo", "Malmö FF"),
        ("Jonkopings Sodra", "Jönköpings Södra IF"),
        ("Stabaek", "Stabæk"),
        ("Breidablik", "Breiðablik"),
        ("Millonarios", "Millonarios"),
        ("Cerro Porteno", "Cerro Porteño"),
        ("Rot-Weiss Essen", "Rot-Weiss Essen"),
        ("Rapid București", "Rapid Bucharest"),
        ("Harrogate", "Harrogate Town"),
        ("Yanga", "Young Africans SC"),
        ("Mohun Bagan", "Mohun Bagan Super Giant"),
    ],
)
def test_new_clubs_and_accentless_aliases(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name and ref.kind == "club"


@pytest.mark.parametrize(
    "word",
    # places and given names or surnames: never a club on their own, only in an article that
    # has named the club unambiguously (context aliases) or not at all
    ["Sutton", "York", "Reus", "Orleans", "Junior", "Simba", "Kairat", "Sarmiento", "Zamora", "AEL"],
)
def test_person_or_place_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None


def test_a_hyphenated_first_word_starts_a_club_name() -> None:
    keys = keys_of("Oud-Heverlee Leuven have appointed Jan Kowalski as head coach.")
    assert ("Jan Kowalski", "Oud-Heverlee Leuven", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Niger", "Niger"),
        ("Benin Republic", "Benin"),
        ("Cote d'Ivoire", "Ivory Coast"),
        ("Türkiye", "Turkey"),
        ("TFF", "Turkey"),
        ("FAI", "Republic of Ireland"),
        ("SAFA", "South Africa"),
        ("Football Australia", "Australia"),
        ("The Super Eagles", "Nigeria"),
        ("St Kitts and Nevis", "Saint Kitts and Nevis"),
    ],
)
def test_national_teams_and_federations(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name and ref.kind == "national"


@pytest.mark.parametrize("word", ["Jordan", "Chad"])
def test_countries_that_are_given_names_are_context_only(word: str) -> None:
    assert lookup_club(word) is None and word in club_refs()


def test_cote_divoire_is_one_name_and_a_federations_cup_no_team() -> None:
    from pipeline.extract.mentions import run_mentions

    found = [(m.kind, m.name) for m in run_mentions("He was named coach of Côte d'Ivoire on Monday.", set())]
    assert found == [("C", "Ivory Coast")]
    found = [(m.kind, m.name) for m in run_mentions("He won the TFF First League with Göztepe.", set())]
    assert found == [("C", "Göztepe")]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Rosanero", "Palermo"),
        ("The Biancocelesti", "Lazio"),
        ("Grifone", "Genoa"),
        ("Xeneize", "Boca Juniors"),
        ("Cim Bom", "Galatasaray"),
        ("Sari Kanaryalar", "Fenerbahçe"),
        ("Blucerchiati", "Sampdoria"),
        ("Die Geissböcke", "1. FC Köln"),
        ("Potters", "Stoke City"),
        ("Lyn Oslo", "Lyn"),
        ("Beijing Renhe", "Beijing Renhe"),
    ],
)
def test_club_nicknames(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name


@pytest.mark.parametrize(
    "word", ["Canaries", "The Lions", "Eagles", "Rossoblu", "Gialloblu", "Toro", "Standard", "Lyn"]
)
def test_shared_nicknames_and_ordinary_words_are_context_only(word: str) -> None:
    assert lookup_club(word) is None


def test_a_shared_nickname_is_the_club_the_article_names() -> None:
    from pipeline.extract.mentions import run_mentions

    def club(strong: set[str]) -> list[str | None]:
        return [m.name for m in run_mentions("He left the Canaries in May.", strong) if m.kind == "C"]

    assert club({"Norwich City"}) == ["Norwich City"]
    assert club({"FC Nantes"}) == ["FC Nantes"]
    assert club({"Norwich City", "FC Nantes"}) == []


def _catalogue_row_counts() -> dict[str, int]:
    """`file` → first number of the `rows` column in pipeline/reference/README.md's table."""
    counts = {}
    for line in (REFERENCE_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 4 and cells[1].startswith("`") and cells[1].endswith(".csv`"):
            counts[cells[1].strip("`")] = int(cells[3].split()[0].replace(",", ""))
    return counts


def test_readme_catalogue_counts_match_the_files() -> None:
    """The catalogue's row counts are the files' (a reader sizing the data trusts them)."""
    counts = _catalogue_row_counts()
    files = sorted(p.name for p in REFERENCE_DIR.glob("*.csv"))
    assert sorted(counts) == files
    for name in files:
        with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as f:
            rows = sum(1 for _ in csv.DictReader(f))
        assert counts[name] == rows, (
            f"pipeline/reference/README.md says {counts[name]} rows for {name}, the file has {rows}"
        )
