"""The rule table itself: patterns compile lazily, so a broken one must fail here, not at the
first article that needs it (extract_article turns any error into no facts)."""

from pipeline.extract.rules import KEY_RULES, RULES, candidate_rules


def test_every_rule_pattern_compiles():
    assert all(rule.pattern.pattern == rule.source for rule in RULES)


def test_key_index_unlocks_the_rules_of_every_key_inside_a_key():
    for key, unlocked in KEY_RULES.items():
        expected = {i for i, rule in enumerate(RULES) if any(k in key for k in rule.keys)}
        assert unlocked == expected, key


def test_candidate_rules_keep_declared_order():
    chosen = candidate_rules("he was appointed head coach and replaced by x")
    assert chosen
    assert [RULES.index(r) for r in chosen] == sorted(RULES.index(r) for r in chosen)
