"""Shared test settings: the hypothesis profiles, and where the shared data lives.

``HYPOTHESIS_PROFILE`` picks the profile: ``ci`` (the default: derandomized, so every run
tries the same examples, no deadline, no example database) or ``dev`` (random, more
examples, with the database, for hunting new failures locally).
"""

from __future__ import annotations

import os
from pathlib import Path

import hypothesis
import pytest

import newsparse

hypothesis.settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    database=None,
    max_examples=300,
    print_blob=True,
    suppress_health_check=[hypothesis.HealthCheck.too_slow],
)
hypothesis.settings.register_profile("dev", deadline=None, max_examples=600)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: The shared development data beside the checkout (absent on a plain clone).
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def pytest_report_header() -> list[str]:
    """Say which newsparse is under test: the installed wheel in CI, src/ in development."""
    return [
        f"newsparse from {Path(newsparse.__file__).parent}",
        f"hypothesis profile: {hypothesis.settings.get_current_profile_name()}",
    ]


@pytest.fixture
def shared() -> Path:
    """The shared data directory; skips the test when it is not there."""
    if not SHARED.is_dir():
        pytest.skip(f"no shared data at {SHARED}")
    return SHARED
