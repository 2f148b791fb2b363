"""Shared fixtures: a private copy of the bundled samples and config; ../shared data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    """The samples and touchline.yaml copied to a temp folder; returns the config path."""
    shutil.copytree(PROJECT / "samples", tmp_path / "samples")
    config = tmp_path / "touchline.yaml"
    shutil.copy(PROJECT / "touchline.yaml", config)
    return config


def shared_data(*parts: str) -> Path:
    """A file of ../shared/data, skipping the test when it is not there (a user's clone)."""
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
