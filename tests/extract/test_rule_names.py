"""Rule names written in the extractor's code must name declared rules: a misspelt or renamed one would
not fail, its guard would just never fire. Sets of names are built with `rule_names` (checked at import);
the names compared one by one (`rule.name == "…"`, `rule.name in ("…", "…")`) are checked here."""

import ast
from pathlib import Path

import pytest

import pipeline.extract
from pipeline.extract.rules import RULE_KEYS, RULES, rule_names

DECLARED = {rule.name for rule in RULES}
# the extractor's code: the rules/ package that declares the rules, and the modules that read them
EXTRACTOR = sorted(Path(pipeline.extract.__file__).parent.rglob("*.py"))


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text())) for path in EXTRACTOR]


def _strings(node: ast.expr) -> list[str]:
    """The string literals of a literal or of a tuple, set or list of them."""
    items = node.elts if isinstance(node, (ast.Tuple, ast.Set, ast.List)) else [node]
    return [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]


def _all_rule_names(node: ast.expr) -> bool:
    """Whether a literal set, tuple or list holds rule names only (an event set may hold "resigned")."""
    names = _strings(node)
    return isinstance(node, (ast.Set, ast.Tuple, ast.List)) and bool(names) and set(names) <= DECLARED


def test_rule_names_gives_the_names_as_a_frozenset():
    assert rule_names("won-with", "with-whom-won") == frozenset({"won-with", "with-whom-won"})


def test_rule_names_refuses_a_name_no_rule_is_declared_under():
    with pytest.raises(ValueError, match="won-withh"):
        rule_names("won-with", "won-withh")


def test_rule_keys_and_the_rules_have_the_same_names():
    # rule_names checks against RULE_KEYS (the rules modules fill it before RULES is joined)
    assert set(RULE_KEYS) == DECLARED


def test_no_hand_written_frozenset_of_rule_names():
    written = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            is_frozenset = isinstance(node, ast.Call) and ast.unparse(node.func) == "frozenset"
            if is_frozenset and any(_all_rule_names(n) for arg in node.args for n in ast.walk(arg)):
                written.append(f"{path.name}:{node.lineno}")
    assert written == [], "build these with rule_names(...)"


def test_every_rule_name_compared_in_the_code_is_declared():
    unknown = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and ast.unparse(node.left) == "rule.name":
                names = [name for comparator in node.comparators for name in _strings(comparator)]
                unknown += [f"{path.name}:{node.lineno} {name}" for name in names if name not in DECLARED]
            elif isinstance(node, ast.Call) and ast.unparse(node.func) == "rule.name.startswith":
                prefixes = [prefix for arg in node.args for prefix in _strings(arg)]
                unknown += [
                    f"{path.name}:{node.lineno} {prefix}…"
                    for prefix in prefixes
                    if not any(name.startswith(prefix) for name in DECLARED)
                ]
    assert unknown == []
