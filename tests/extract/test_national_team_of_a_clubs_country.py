"""A national team the text names without its country ("an assistant with the national team"), bound to a
club of the sentence: a club has no national team, so the post is the national team of the club's
country. A man only titled "national coach" keeps the club post the sentence tells. Written for these
tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "Suwon FC have sacked Park Ji-ho. Before Suwon he spent two years as an assistant under Kim Min-su "
    "with the national team and managed Daegu FC."
)


def test_the_national_team_beside_a_korean_club_is_south_koreas() -> None:
    keys = keys_of(_STORY, "2024-06-02")
    assert ("Park Ji-ho", "South Korea", "national", "in_charge") in keys
    assert ("Kim Min-su", "South Korea", "national", "in_charge") in keys
    assert not any(club == "Daegu FC" and squad == "national" for _, club, squad, _ in keys)


def test_the_club_spell_in_the_same_sentence_stays_the_clubs() -> None:
    assert ("Park Ji-ho", "Daegu FC", "first_team", "in_charge") in keys_of(_STORY, "2024-06-02")


def test_a_national_coachs_title_does_not_move_his_club_sacking() -> None:
    text = (
        "National coach Tomas Berger, who had been dismissed by Bayern Munich in March 2023, extended his "
        "contract with the German Football Association until 2026."
    )
    keys = keys_of(text, "2024-06-02")
    assert ("Tomas Berger", "Bayern Munich", "first_team", "dismissed") in keys
    assert ("Tomas Berger", "Germany", "national", "dismissed") not in keys
