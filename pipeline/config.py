"""The `touchline.yaml` configuration: where the warehouse lives and which sources to read."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SOURCE_KINDS = {
    "news",
    "feed",
    "roster",
    "statsbomb",
    "match_managers",
    "transfermarkt",
    "wikidata",
}
CONFIG_ENV = "TOUCHLINE_CONFIG"
DEFAULT_CONFIG = "touchline.yaml"


class ConfigError(ValueError):
    """The configuration file is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    path: Path | None = None
    url: str | None = None
    endpoint: str | None = None
    columns: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)  # anything else the kind understands


@dataclass(frozen=True)
class Config:
    warehouse: Path
    extracts: Path
    sources: tuple[SourceConfig, ...]
    root: Path  # folder of the config file; relative paths resolve against it

    def sources_of(self, *kinds: str) -> list[SourceConfig]:
        return [s for s in self.sources if s.kind in kinds]

    @property
    def state_dir(self) -> Path:
        """Where fetchers keep HTTP caches and cursors between runs."""
        return self.warehouse.parent / "state"


PROJECT_ROOT = Path(__file__).resolve().parent.parent


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--config, else $TOUCHLINE_CONFIG, else ./touchline.yaml, else the project's own default."""
    chosen = explicit or os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).resolve()
    local = Path(DEFAULT_CONFIG).resolve()
    return local if local.is_file() else PROJECT_ROOT / DEFAULT_CONFIG


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    cfg_path = config_path(path)
    if not cfg_path.is_file():
        raise ConfigError(f"{cfg_path}: config file not found (set {CONFIG_ENV} or --config)")
    try:
        doc = yaml.safe_load(cfg_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{cfg_path}: not valid YAML: {exc}") from exc
    return parse_config(doc, cfg_path.parent)


def parse_config(doc: dict[str, Any], root: Path) -> Config:
    def resolve(p: str | None) -> Path | None:
        if p is None:
            return None
        path = Path(os.path.expandvars(str(p))).expanduser()
        # abspath, not resolve(): the extracts path is a symlink that must not be followed.
        return Path(os.path.abspath(path if path.is_absolute() else root / path))

    sources, names = [], set()
    for i, raw in enumerate(doc.get("sources") or []):
        if not isinstance(raw, dict) or "name" not in raw or "kind" not in raw:
            raise ConfigError(f"sources[{i}]: needs at least 'name' and 'kind'")
        raw = dict(raw)
        name, kind = str(raw.pop("name")), str(raw.pop("kind"))
        if kind not in SOURCE_KINDS:
            raise ConfigError(f"source {name!r}: unknown kind {kind!r} (one of {sorted(SOURCE_KINDS)})")
        if name in names:
            raise ConfigError(f"source {name!r}: name used twice")
        names.add(name)
        sources.append(
            SourceConfig(
                name=name,
                kind=kind,
                path=resolve(raw.pop("path", None)),
                url=raw.pop("url", None),
                endpoint=raw.pop("endpoint", None),
                columns=raw.pop("columns", None) or {},
                defaults=raw.pop("defaults", None) or {},
                options=raw,
            )
        )
    env_warehouse = os.environ.get("TOUCHLINE_WAREHOUSE")
    return Config(
        warehouse=resolve(env_warehouse or doc.get("warehouse", "data/warehouse.duckdb")),
        extracts=resolve(os.environ.get("TOUCHLINE_EXTRACTS") or doc.get("extracts", "data/extracts")),
        sources=tuple(sources),
        root=root,
    )
