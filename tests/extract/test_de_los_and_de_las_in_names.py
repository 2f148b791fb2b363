"""Spanish surnames with a plural article, 'de los' or 'de las' ('Carlos de los Cobos', 'Pablo de las
Heras'), are one name like 'de la' ones: the man is not cut into a 'Mexican Diego' and a stray 'Cobos'.
'Las Palmas' and 'Los Angeles FC' stay clubs. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


def test_de_los_joins_the_name() -> None:
    assert _people("The board also spoke to Mexican Ramón de los Arcos on Monday.") == ["Ramón de los Arcos"]


def test_de_las_joins_the_name() -> None:
    assert _people("Assistant Julio de las Nieves will stay at the club.") == ["Julio de las Nieves"]


def test_the_spell_and_the_link_are_his() -> None:
    text = (
        "Getafe have named Tomás Ribera as head coach. "
        "The club had also spoken to Ramón de los Arcos, who coached Bolivia between 2010 and 2013."
    )
    keys = keys_of(text)
    assert ("Ramón de los Arcos", "Bolivia", "national", "in_charge") in keys
    assert not any(coach.startswith("Mexican") or coach == "Ramón" for coach, *_ in keys)


def test_near_miss_las_palmas_stays_a_club() -> None:
    text = "Las Palmas have sacked Tomás Ribera. Los Angeles FC appointed Julio Marin last week."
    keys = keys_of(text)
    assert ("Tomás Ribera", "Las Palmas", "first_team", "dismissed") in keys
    assert ("Julio Marin", "Los Angeles FC", "first_team", "appointed") in keys
