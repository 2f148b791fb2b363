"""Women's posts in a story about a country's coaches: a women's appointment further down a story about
the men's coach leaves the men's posts alone (when no women's word comes before it: see
test_train13_phrasing.py), and a women's story keeps its unnamed posts with the women."""

from __future__ import annotations

from extract_helpers import keys_of


def test_womens_post_further_down_leaves_the_mens_story() -> None:
    text = (
        "Kenji Sato will stay in charge of the Japan national team until the next World Cup. "
        "Sato took over in July 2019 from Daisuke Mori, who was dismissed after the Asian Cup. "
        "The federation also confirmed that Yumi Tanaka, who took charge of the women's team a year "
        "ago, will lead them at the Women's World Cup."
    )
    keys = keys_of(text)
    assert ("Kenji Sato", "Japan", "national", "appointed") in keys
    assert ("Yumi Tanaka", "Japan", "national_women", "appointed") in keys
    assert not {k for k in keys if k[0] in ("Kenji Sato", "Daisuke Mori") and "women" in k[2]}


def test_womens_story_keeps_its_unnamed_posts_with_the_women() -> None:
    text = (
        "Germany have appointed Lena Vogt as the new coach of the women's national team. Vogt "
        "replaces Petra Brandt, who left the national team after the Olympics."
    )
    keys = keys_of(text)
    assert ("Lena Vogt", "Germany", "national_women", "appointed") in keys
    assert not {k for k in keys if k[2] == "national"}
