"""An aide's title owned by the side named after it: 'served as an assistant coach of Slovakia', 'was an
assistant of the Latvia national team and of Slavia Prague', 'began his career as assistant manager of
Sparta Prague B' give his spell there as assistant; 'assistant of Y' names his boss, not a side, and a bare
'coach of C' is the head coach's post. A country told with its squad ('the Slovakia national team') is one
side of the list, not two, so a women's story does not also read the men's national team as the women's."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_NEWS = "Banik Ostrava have appointed Marek Holub as head coach. "


def _aide_posts(text: str) -> set[tuple[str, str]]:
    return {
        (f["club"], f["squad"])
        for f in facts_of(text)
        if f["coach"] == "Marek Holub" and f["event"] == "in_charge" and f["role"] == "assistant_coach"
    }


def test_assistant_coach_of_a_country_under_its_boss() -> None:
    text = _NEWS + "Holub also served as an assistant coach of Slovakia under Jan Kral."
    assert ("Slovakia", "national") in _aide_posts(text)
    assert ("Jan Kral", "Slovakia", "national", "in_charge") in keys_of(text)


def test_assistant_of_each_side_listed() -> None:
    text = _NEWS + "Holub was an assistant of the Latvia national team and of Slavia Prague."
    assert {("Latvia", "national"), ("Slavia Prague", "first_team")} <= _aide_posts(text)


def test_career_begun_as_assistant_manager_of_a_reserve_side() -> None:
    text = _NEWS + "Holub began his career as assistant manager of Sparta Prague B."
    assert ("Sparta Prague", "reserve") in _aide_posts(text)


def test_assistant_of_a_man_names_no_side() -> None:
    text = _NEWS + "Holub was assistant of Jan Kral for three years."
    assert not any(f["event"] == "in_charge" for f in facts_of(text))


def test_bare_coach_of_a_side_stays_head_coach() -> None:
    text = _NEWS + "Holub was coach of Sparta Prague B for two seasons."
    assert not _aide_posts(text)


def test_national_team_of_a_country_read_once_in_a_womens_story() -> None:
    text = (
        "Banik Ostrava confirmed this Tuesday the exit of the coach Petr Vrana. Vrana was removed after the "
        "defeat on Sunday. The former Slovakia defender also was assistant of the Slovakia national team at "
        "the 2010 World Cup. The coach of the Banik women's team, Eva Novak, extended her contract to 2026."
    )
    posts = {(f["club"], f["squad"]) for f in facts_of(text) if f["coach"] == "Petr Vrana"}
    assert ("Slovakia", "national") in posts
    assert ("Slovakia", "national_women") not in posts
