"""Asking for the files a questionnaire reads its choices or data from, when they were not next
to it (``select_one_from_file villages.csv``, ``pulldata('fruits', ...)``): after it is added,
and again before an interview that would reach a question needing one."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from duodesk.core.questionnaire import Questionnaire, text_in

translate = QCoreApplication.translate


def needing_questions(questionnaire: Questionnaire, language: str = "") -> list[str]:
    """The questions (their labels, else names) that cannot be answered until the missing
    files are added, in form order."""
    default = questionnaire.settings.default_language
    return [
        text_in(q.label, language, default) or q.name
        for q in questionnaire.questions()
        if questionnaire.files_needed_by(q)
    ]


def missing_files_message(questionnaire: Questionnaire, *, interview: bool) -> str:
    """What is missing, which questions need it, and what happens without it."""
    missing = questionnaire.missing_files
    one = len(missing) == 1
    questions = needing_questions(questionnaire)
    shown = "\n".join(f"  • {q}" for q in questions[:8])
    if len(questions) > 8:
        more = len(questions) - 8
        shown += "\n  " + translate("MissingFiles", "… and %n more", "", more)
    needs = _what_is_missing(questionnaire).format(
        title=questionnaire.title,
        files=", ".join(missing),
        empty=", ".join(n for n in missing if n in questionnaire.found_empty),
    )
    if interview and one:
        after = translate(
            "MissingFiles",
            "Press Open to choose the file now, or Start without to begin the interview "
            "without these questions.",
        )
    elif interview:
        after = translate(
            "MissingFiles",
            "Press Open to choose the files now, or Start without to begin the interview "
            "without these questions.",
        )
    elif one:
        after = translate(
            "MissingFiles",
            "Press Open to choose the file now, or Later: DuoDesk asks again each time an "
            "interview starts.",
        )
    else:
        after = translate(
            "MissingFiles",
            "Press Open to choose the files now, or Later: DuoDesk asks again each time an "
            "interview starts.",
        )
    return f"{needs}\n{shown}\n\n{after}"


def _what_is_missing(questionnaire: Questionnaire) -> str:
    """The sentence saying which files the questionnaire lacks: a file that was beside the form
    but empty is said to be empty (the person fills it in), not to be missing (they look for
    it); ``{empty}`` names those."""
    missing = questionnaire.missing_files
    empty = [name for name in missing if name in questionnaire.found_empty]
    if len(missing) == 1 and empty:
        return translate(
            "MissingFiles",
            "“{title}” takes answer options or data from {files}, which was with it but empty. "
            "Until a filled-in copy is added, these questions cannot be answered:",
        )
    if len(missing) == 1:
        return translate(
            "MissingFiles",
            "“{title}” takes answer options or data from {files}, which was not with it. "
            "Until it is added, these questions cannot be answered:",
        )
    if len(empty) == len(missing):
        return translate(
            "MissingFiles",
            "“{title}” takes answer options or data from {files}, which were with it but empty. "
            "Until filled-in copies are added, these questions cannot be answered:",
        )
    if empty:
        return translate(
            "MissingFiles",
            "“{title}” takes answer options or data from {files}. {empty} came with it but "
            "empty; the others were not with it. Until they are added, these questions cannot "
            "be answered:",
        )
    return translate(
        "MissingFiles",
        "“{title}” takes answer options or data from {files}, which were not with it. "
        "Until they are added, these questions cannot be answered:",
    )


def ask_for_missing_files(
    parent: QWidget, questionnaire: Questionnaire, *, interview: bool = False
) -> dict[str, Path] | None:
    """Say which files ``questionnaire`` needs and let the person choose them: file name as the
    form names it -> chosen path; ``{}`` when they go on without them (Ignore, at the start of an
    interview), None when they cancel (or close the question)."""
    missing = questionnaire.missing_files
    one = len(missing) == 1
    buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
    if interview:
        buttons |= QMessageBox.StandardButton.Ignore
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MissingFiles", "A file is missing")
        if one
        else translate("MissingFiles", "Some files are missing"),
        missing_files_message(questionnaire, interview=interview),
        buttons,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    if interview:
        box.button(QMessageBox.StandardButton.Ignore).setText(
            translate("MissingFiles", "Start without")
        )
    else:
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("MissingFiles", "Later"))
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Ignore:
        return {}
    if answer != QMessageBox.StandardButton.Open:
        return None
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("MissingFiles", "Choose {names}").format(names=", ".join(missing)),
        str(Path.home()),
        translate("MissingFiles", "Answer options and data (*.csv *.xml *.geojson)")
        + ";;"
        + translate("MissingFiles", "All files (*)"),
    )
    return match_chosen_files(missing, (Path(path) for path in chosen)) or None


def match_chosen_files(missing: tuple[str, ...], chosen: Iterable[Path]) -> dict[str, Path]:
    """Each missing file name with the chosen file of that name (in any case); a single file
    chosen for a single missing one is taken whatever its name."""
    chosen = list(chosen)
    by_name = {path.name.casefold(): path for path in chosen}
    matched = {name: by_name[name.casefold()] for name in missing if name.casefold() in by_name}
    if not matched and len(missing) == 1 and len(chosen) == 1:
        matched = {missing[0]: chosen[0]}
    return matched
