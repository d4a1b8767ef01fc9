"""The wheel must carry every package and the example questionnaires."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def test_every_package_on_disk_is_listed_in_pyproject():
    on_disk = {  # every folder holding Python code, namespace folders included
        ".".join(module.parent.relative_to(ROOT).parts)
        for module in (ROOT / "duodesk").rglob("*.py")
    }
    listed = set(_declared()["packages"]) - {"duodesk._resources"}
    assert on_disk == listed, "pyproject.toml [tool.setuptools] packages is out of date"


def test_resources_ship_as_a_package_with_the_examples():
    declared = _declared()
    assert declared["package-dir"]["duodesk._resources"] == "resources"
    assert (ROOT / "resources" / "__init__.py").exists()
    from duodesk.resources import example_forms

    names = {path.name for path in example_forms()}
    assert names == {
        "hepatitis_c_peer_survey.xlsx",
        "training_employment_barriers.xlsx",
        "drug_user_organisation_profile.xlsx",
    }


def test_the_bundle_carries_qts_own_words_in_duodesks_languages():
    """Qt's file dialog and message boxes ("Look in:", Cancel) speak the chosen language in
    the installers too: the QtCore hook keeps qtbase_<language>.qm, and no other translation."""
    import runpy

    import pytest

    pytest.importorskip("PyInstaller")
    hook = runpy.run_path(str(ROOT / "packaging" / "hooks" / "hook-PySide6.QtCore.py"))
    words = {
        Path(source).name: target for source, target in hook["datas"] if "translations" in target
    }
    assert set(words) == {"qtbase_fr.qm", "qtbase_es.qm", "qtbase_ru.qm", "qtbase_ar.qm"}
    assert set(words.values()) == {"PySide6/Qt/translations"}
