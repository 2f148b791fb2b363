"""A round-up the headline or lead calls coaching news ('Serie B benches: …', 'bench round-up', 'the
dugout merry-go-round', 'managerial carousel') tells coaches' deals and moves, even where an item never
shows its man coaching ('SPEZIA – X has signed a contract extension until 2026.'); a round-up of
player transfers gives no coach from the same wording."""

from __future__ import annotations

from pipeline.extract.postprocess import coaching_roundup
from tests.extract.extract_helpers import keys_of

_ITEMS = (
    "TORINO - Marco Ferretti is the favourite for the post after Luigi Conti was sacked. (Tuttosport)\n\n"
    "PARMA - Davide Rinaldi has signed a contract extension until 2027. (Gazzetta di Parma)\n\n"
    "LECCE - Stefano Moretti has signed a two-year deal with the Giallorossi. (Corriere dello Sport)"
)


def test_a_coaching_headline_or_lead_is_a_roundup() -> None:
    for title, lead in (
        ("Serie B benches: Parma renew, Lecce sign", []),
        ("Serie A, the benches: who stays and who goes", []),
        ("Weekend news", ["Our bench round-up: the latest from the dugouts."]),
        ("League of Ireland gossip: the dugout merry-go-round never stops", []),
        ("Championship: the managerial carousel spins again", []),
    ):
        assert coaching_roundup(title, lead), title


def test_a_player_or_verb_headline_is_no_roundup() -> None:
    for title in (
        "Transfer round-up: Lecce sign striker, Parma renew",
        "Allegri benches Vlahovic for the derby",
        "Serie B gossip: who is moving this summer",
    ):
        assert not coaching_roundup(title, []), title


def test_items_of_a_bench_roundup_are_coaches_deals() -> None:
    titles = ("Serie A benches: Parma renew, Lecce sign", "Serie A bench round-up", "The managerial carousel")
    for title in titles:
        keys = keys_of(_ITEMS, title=title)
        assert ("Davide Rinaldi", "Parma", "first_team", "extended") in keys, title
        assert any(k[0] == "Stefano Moretti" and k[1] == "Lecce" for k in keys), title


def test_items_of_a_player_transfer_roundup_give_no_coach() -> None:
    keys = keys_of(_ITEMS, title="Serie A transfer round-up: Parma renew, Lecce sign")
    assert not any(k[0] in ("Davide Rinaldi", "Stefano Moretti") for k in keys)


def test_a_deal_signed_to_replace_a_coach_is_an_appointment_in_a_bench_roundup() -> None:
    for line in (
        "SIENA - Paolo Greco has signed a two-year contract to replace Carlo Neri. (Corriere)",
        "SIENA: Paolo Greco has agreed a deal until 2027 to succeed Carlo Neri. (Corriere)",
        "SIENA - Paolo Greco, 52, has signed a one-year deal to replace the sacked Carlo Neri. (Corriere)",
    ):
        keys = keys_of(line, title="Serie C benches: Siena choose")
        assert ("Paolo Greco", "Siena", "first_team", "appointed") in keys, line


def test_a_deal_signed_to_replace_a_player_gives_no_coach() -> None:
    for title in ("Serie C transfer round-up", "Siena sign a striker"):
        keys = keys_of(
            "SIENA - Paolo Greco has signed a two-year contract to replace Carlo Neri, who joined Pisa.",
            title=title,
        )
        assert not any(k[0] == "Paolo Greco" for k in keys), title
    keys = keys_of(
        "SIENA - Paolo Greco has signed a two-year contract with the club.", title="Serie C benches"
    )
    assert ("Paolo Greco", "Siena", "first_team", "appointed") not in keys
