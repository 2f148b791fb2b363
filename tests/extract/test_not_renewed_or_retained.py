"""A coach not kept on when his term ended: "X was not renewed" (translated copy), "X would not be
retained", "took the side to the final but was not retained", "C did not renew X('s contract)", "C
decided to not renew the contract of X", "will not bring back head coach X" (left). Not a coach kept on,
nor a player released. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEFT = ("Lars Lund", "Hammarby IF", "first_team", "left")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hammarby coach Lars Lund was not renewed after the cup exit.", id="was_not_renewed"),
        pytest.param(
            "Hammarby have named Jonas Berg as head coach, days after confirming that Lars Lund would not "
            "be retained.",
            id="would_not_be_retained",
        ),
        pytest.param(
            "Hammarby have named Jonas Berg, who replaces Lars Lund, who took the team to the cup final but "
            "was not retained.",
            id="but_was_not_retained",
        ),
        pytest.param("Hammarby did not renew Lars Lund's contract.", id="did_not_renew_his_contract"),
        pytest.param(
            "Hammarby named Jonas Berg in October after the board decided to not renew the contract of Lars "
            "Lund.",
            id="decided_to_not_renew",
        ),
        pytest.param("Hammarby will not bring back head coach Lars Lund next season.", id="not_bring_back"),
        pytest.param("Hammarby did not renew head coach Lars Lund's deal.", id="did_not_renew_titled"),
    ],
)
def test_not_kept_on(text: str) -> None:
    assert _LEFT in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hammarby coach Lars Lund will be retained next season.", id="kept_on"),
        pytest.param("Hammarby confirmed that striker Ola Toivonen will not be retained.", id="a_player"),
        pytest.param(
            "Hammarby coach Lars Lund said that captain Ola Toivonen will not be kept on.", id="a_captain"
        ),
    ],
)
def test_no_departure(text: str) -> None:
    assert not any(k[3] == "left" for k in keys_of(text))


# a threat or a condition, not a departure: "if results do not improve he would not be retained"
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hammarby beat Malmö. Hammarby coach Lars Lund admitted that if the team kept losing he would "
            "not be retained.",
            id="if_before",
        ),
        pytest.param(
            "Hammarby named Jonas Berg as assistant. The board said Lars Lund would not be retained unless "
            "the team reached the play-offs.",
            id="unless_after",
        ),
        pytest.param(
            "Hammarby named Jonas Berg as assistant. Lars Lund will not be kept on should Hammarby go down.",
            id="should_after",
        ),
        pytest.param(
            "Hammarby named Jonas Berg as assistant. If results do not improve, Lars Lund would not be "
            "retained.",
            id="if_fronted_before_a_comma",
        ),
        pytest.param(
            "Hammarby named Jonas Berg as assistant. Should Hammarby go down, Lars Lund would not be "
            "retained.",
            id="should_fronted_before_a_comma",
        ),
    ],
)
def test_condition_is_no_departure(text: str) -> None:
    assert ("Lars Lund", "Hammarby IF", "first_team", "left") not in keys_of(text)
