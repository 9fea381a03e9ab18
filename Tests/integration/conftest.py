"""Fixtures shared by the integration tests: a private journald, and a scratch directory."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from daemon_harness import workdir  # noqa: E402
from journald_harness import PrivateJournald  # noqa: E402


@pytest.fixture
def journal():
    """A journald of the test's own (the tests run in a private mount namespace)."""
    with PrivateJournald() as journal:
        yield journal


@pytest.fixture
def directory():
    """A temporary directory for the daemon's config, state and notify socket."""
    with workdir() as path:
        yield path
