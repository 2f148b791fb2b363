"""Which team a national coach's staff belong to: the aides listed after 'will be assisted by' (each with
his own 'by', nationality and title) join the new man's team; a nationality is no employer."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_KOSOVO = "Kosovo unveiled Frank Weber as the national team's new head coach on Friday. "


@pytest.mark.parametrize(
    ("text", "aide"),
    [
        (
            _KOSOVO + "He will be assisted by Hungarian Imre Szabo, who worked under him with the Swiss "
            "national team, and by Swiss fitness coach Markus Huber.",
            "Markus Huber",
        ),
        (_KOSOVO + "Weber will be assisted by Imre Szabo and by goalkeeping coach Jan Novak.", "Jan Novak"),
        (
            _KOSOVO + "He will be supported by Imre Szabo, and by the Dutch analyst Piet de Vries.",
            "Piet de Vries",
        ),
    ],
)
def test_each_aide_of_the_list_joins_the_new_mans_team(text: str, aide: str) -> None:
    keys = keys_of(text)
    assert (aide, "Kosovo", "national", "appointed") in keys
    assert not {k for k in keys if k[0] == aide and k[1] != "Kosovo"}  # a nationality, not an employer
    assert sum(1 for f in facts_of(text) if f["coach"] == aide and f["event"] == "appointed") == 1


@pytest.mark.parametrize(
    "text",
    [
        _KOSOVO + "She will be assisted by Imre Szabo, while goalkeeping coach Jan Novak stays on.",
        _KOSOVO + "Weber will be assisted by Imre Szabo, with Jan Novak staying on as goalkeeping coach.",
    ],
)
def test_a_staying_aide_in_another_clause_is_not_appointed(text: str) -> None:
    keys = keys_of(text)
    assert ("Imre Szabo", "Kosovo", "national", "appointed") in keys
    assert ("Jan Novak", "Kosovo", "national", "appointed") not in keys
