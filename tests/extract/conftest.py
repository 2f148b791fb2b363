"""Fixtures for the extractor tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import SHARED_DEV


@pytest.fixture
def dev_dir() -> Path:
    """The shared dev set; tests using it skip where it is absent."""
    if not (SHARED_DEV / "articles.jsonl").exists():
        pytest.skip("shared dev set not present")
    return SHARED_DEV
