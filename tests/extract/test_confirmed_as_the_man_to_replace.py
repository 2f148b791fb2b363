"""An appointment told by the man the post passes from: "have confirmed X as the man to replace Y", "as
the successor to Y", "as Y's replacement". Near misses: a negated confirmation, and a man only identified
as the one to replace Y (a rumour)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "post",
    ["the man to replace Joe Platt", "the successor to Joe Platt", "Joe Platt's replacement"],
)
def test_confirmed_as_the_man_to_replace(post: str) -> None:
    text = f"Hallam FC have confirmed English coach Sam Field as {post}."
    assert ("Sam Field", "Hallam FC", "first_team", "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hallam FC have not confirmed Sam Field as the man to replace Joe Platt.",
        "Hallam FC have identified Sam Field as the man to replace Joe Platt.",
    ],
)
def test_no_appointment_without_a_confirmation(text: str) -> None:
    assert ("Sam Field", "Hallam FC", "first_team", "appointed") not in keys_of(text)
