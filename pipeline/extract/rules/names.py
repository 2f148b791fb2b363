"""`rule_names`: a set of rule names for code that treats some rules apart (`rule.name in _SOME_RULES`).

A misspelt or renamed rule in such a set would not fail: the guard would just never fire. Built with
`rule_names`, a name no rule is declared under stops the import instead.
"""

from __future__ import annotations

from pipeline.extract.rules.keys import RULE_KEYS


def rule_names(*names: str) -> frozenset[str]:
    """The names as a frozenset; raises `ValueError` on a name no rule is declared under.

    Every rule has an entry in `RULE_KEYS` (`R()` looks its name up there), so the check reads
    `RULE_KEYS`. A rules module that builds a set of its own rules calls this after adding their keys.
    """
    unknown = sorted(set(names) - RULE_KEYS.keys())
    if unknown:
        raise ValueError(f"no rule is declared under the name(s) {', '.join(unknown)}")
    return frozenset(names)
