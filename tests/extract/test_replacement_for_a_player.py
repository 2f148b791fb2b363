"""'C signed striker X as a replacement for Y': Y is a player whose place X takes, no coach leaving. A
replacement for a man the story tells as its coach still tells his exit. Written for these tests in our own
words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_player_signed_as_replacement_tells_no_exit() -> None:
    keys = keys_of(
        "Ipswich Town have appointed Karl Ode as head coach. The club have also signed winger Lee Darrow "
        "from Hull City as a replacement for Sam Pettit.",
        "2025-07-02",
    )
    assert ("Karl Ode", "Ipswich Town", "first_team", "appointed") in keys
    assert not any(k[0] == "Sam Pettit" for k in keys)


def test_near_miss_replacement_for_the_sacked_coach() -> None:
    keys = keys_of(
        "Ipswich Town have sacked head coach Sam Pettit. Karl Ode joins as a replacement for Sam Pettit.",
        "2025-07-02",
    )
    assert ("Sam Pettit", "Ipswich Town", "first_team", "dismissed") in keys
