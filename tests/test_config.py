from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_config, parse_config


def test_relative_paths_resolve_against_the_config_folder(tmp_path):
    cfg = tmp_path / "touchline.yaml"
    cfg.write_text(
        "warehouse: out/w.duckdb\nsources:\n"
        "  - {name: news, kind: news, path: news}\n"
        "  - name: staff\n    kind: roster\n    path: staff.csv\n"
        "    columns: {coach: [given, family], club: team}\n    defaults: {role: head_coach}\n"
        "    delimiter: ';'\n"
    )
    config = load_config(cfg)
    assert config.warehouse == tmp_path / "out" / "w.duckdb"
    assert config.extracts == tmp_path / "data" / "extracts"
    roster = config.sources_of("roster")[0]
    assert roster.path == tmp_path / "staff.csv"
    assert roster.columns["coach"] == ["given", "family"]
    assert roster.options == {"delimiter": ";"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"sources": [{"name": "x", "kind": "fax"}]}, "unknown kind"),
        ({"sources": [{"kind": "news"}]}, "needs at least"),
        ({"sources": [{"name": "a", "kind": "news"}, {"name": "a", "kind": "news"}]}, "used twice"),
    ],
)
def test_bad_config_is_named(doc, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(doc, Path("/tmp"))


def test_missing_config_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")
