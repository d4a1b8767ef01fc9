"""The screens speak English in the tests, as DuoDesk does when English is chosen: with its
English file, which says "1 answer" where the code counts "%n answers"."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def english_screens(qapp):
    from duodesk.gui.language import apply_language

    apply_language(qapp, "en")
    yield
