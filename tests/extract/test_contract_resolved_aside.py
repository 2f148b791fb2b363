"""The replaced man's contract 'was resolved' (translated Spanish and Portuguese "resuelto", "resolvido"):
the employer ended it, as "whose contract was terminated" tells; the new man's own deal stays his."""

from __future__ import annotations

from extract_helpers import keys_of


def test_whose_contract_was_resolved_is_a_sacking():
    text = (
        "The Bolivian federation named Marcelo Rocha as national team coach on Monday. Rocha takes the "
        "place of the Argentine Diego Ferreyra, whose contract was resolved by the federation in March "
        "after four defeats in a row."
    )
    keys = keys_of(text)
    assert ("Diego Ferreyra", "Bolivia", "national", "dismissed") in keys
    assert ("Diego Ferreyra", "Bolivia", "national", "left") not in keys


def test_a_dispute_resolved_is_no_sacking():
    """Near miss: a contract dispute 'resolved' ends nothing."""
    text = (
        "The Bolivian federation confirmed Marcelo Rocha as national team coach on Monday. Rocha, whose "
        "contract dispute with the federation was resolved in March, will lead the team in June."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Marcelo Rocha" and k[3] == "dismissed" for k in keys)
