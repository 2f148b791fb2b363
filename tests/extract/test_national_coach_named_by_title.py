"""A man named only by the title 'national coach' holds the national team's post: 'National coach X
welcomed the call-ups', 'the youngsters train with national coach X', 'Norway national coach X was in the
stands' ('national coach' is tagged as the national squad, the title and the side in one). Not where the
sentence tells his post changing (his extension alone), not an age group's title ('the U17 national coach
X'), and not 'the national coach X' in a club's story, where translated Gulf copy means a local coach. A
country's women's coach told at the end of a story about its men leaves the new man's past national sides
the men's."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_U21_LEAD = "Norway have named Lars Bakke as coach of the under-21 team. "


def test_national_coach_named_by_his_title_holds_the_post() -> None:
    for text in (
        "National coach Ole Strand welcomed the choice and praised the young players.",
        "The youngsters will train closely with national coach Ole Strand this spring.",
        "Norway national coach Ole Strand was in the stands for the friendly.",
    ):
        assert ("Ole Strand", "Norway", "national", "in_charge") in keys_of(_U21_LEAD + text), text


def test_no_spell_beside_his_news_nor_for_an_age_group() -> None:
    extended = keys_of(_U21_LEAD + "The federation has extended the contract of national coach Ole Strand.")
    assert ("Ole Strand", "Norway", "national", "extended") in extended
    assert ("Ole Strand", "Norway", "national", "in_charge") not in extended
    age_group = keys_of(_U21_LEAD + "Bakke's old side is taken over by the U17 national coach Ole Strand.")
    assert ("Ole Strand", "Norway", "national", "in_charge") not in age_group


def test_the_national_coach_in_a_clubs_story_is_a_local_man() -> None:
    text = (
        "RIYADH: Al Ettifaq announced on Sunday a two-year deal with the Croatian coach Ante Kovac to lead "
        "the first football team. Kovac replaces the national coach Saad Al-Harbi, who had led the side "
        "since January."
    )
    assert not {k for k in keys_of(text) if k[0] == "Saad Al-Harbi" and k[2] == "national"}


def test_a_womens_coach_told_last_leaves_the_new_mans_past_sides_the_mens() -> None:
    text = (
        "PARAMARIBO (ANP) - Piet Mulder is the new national coach of Suriname, the Surinamese football "
        "federation announced on Tuesday. The 61-year-old succeeds Ivo Brant, who was dismissed in August. "
        "The Dutchman previously led Ghana and Jamaica. Women's national coach Anna Visser has extended her "
        "contract until 2026."
    )
    keys = keys_of(text)
    assert ("Piet Mulder", "Ghana", "national", "in_charge") in keys
    assert ("Anna Visser", "Suriname", "national_women", "extended") in keys
