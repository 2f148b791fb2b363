"""A federation named by its country's demonym ('the Dutch federation', 'the Chilean football association')
employs that country's national teams: a sacking by it, or a spell at it, is a national team's post. A
federation named without a demonym, or a demonym before another word, adds nothing. Written for these
tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_sacking_by_the_federation_is_the_national_teams() -> None:
    keys = keys_of(
        "Feyenoord have appointed Piet Stam as head coach. "
        "Stam was dismissed by the Dutch federation in March after a poor Nations League."
    )
    assert ("Piet Stam", "Netherlands", "national", "dismissed") in keys
    assert ("Piet Stam", "Feyenoord", "first_team", "dismissed") not in keys


def test_a_spell_at_the_federation_reads_its_youth_team() -> None:
    keys = keys_of(
        "Colo-Colo have appointed Ramon Fuentes as head coach. "
        "Fuentes arrives from the Chilean football association, where he directed the Under-20 selection."
    )
    assert ("Ramon Fuentes", "Chile", "national_u20", "in_charge") in keys


def test_no_demonym_or_another_noun_adds_no_national_team() -> None:
    # near misses: "the federation" alone, and "the Dutch league" (a competition, not the federation)
    for line in (
        "Stam was dismissed by the federation in March after a poor Nations League.",
        "Stam was dismissed in March, weeks after the Dutch league had ended.",
    ):
        keys = keys_of("Feyenoord have appointed Piet Stam as head coach. " + line)
        assert not any(k[1] == "Netherlands" for k in keys)
