"""Asking for the files a questionnaire reads its choices or data from, when they are not next to
it (``select_one_from_file villages.csv``, ``pulldata('fruits', ...)``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_for_missing_files(
    parent: QWidget, form: Path, missing: tuple[str, ...]
) -> dict[str, Path] | None:
    """Say which files ``form`` needs and let the person choose where they are: file name ->
    chosen path, or None when they choose nothing."""
    names = ", ".join(missing)
    count = len(missing)
    answer = QMessageBox.question(
        parent,
        translate("MissingFiles", "%n files are missing", "", count),
        (
            translate(
                "MissingFiles",
                "“{form}” takes its answer options or data from {names}, which is not next to "
                "it in the folder {folder}.\n\nPress Open to choose where it is. Or put it in "
                "that folder and add the questionnaire again.",
            )
            if count == 1
            else translate(
                "MissingFiles",
                "“{form}” takes its answer options or data from {names}, which are not next to "
                "it in the folder {folder}.\n\nPress Open to choose where they are. Or put "
                "them in that folder and add the questionnaire again.",
            )
        ).format(form=form.name, names=names, folder=form.parent),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open,
    )
    if answer != QMessageBox.StandardButton.Open:
        return None
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("MissingFiles", "Choose {names}").format(names=names),
        str(form.parent),
        translate("MissingFiles", "Answer options and data (*.csv *.xml *.geojson)")
        + ";;"
        + translate("MissingFiles", "All files (*)"),
    )
    matched = match_chosen_files(missing, (Path(path) for path in chosen))
    return matched or None


def match_chosen_files(missing: tuple[str, ...], chosen: Iterable[Path]) -> dict[str, Path]:
    """Each missing file name with the chosen file of that name (in any case); a single file
    chosen for a single missing one is taken whatever its name."""
    chosen = list(chosen)
    by_name = {path.name.casefold(): path for path in chosen}
    matched = {name: by_name[name.casefold()] for name in missing if name.casefold() in by_name}
    if not matched and len(missing) == 1 and len(chosen) == 1:
        matched = {missing[0]: chosen[0]}
    return matched
