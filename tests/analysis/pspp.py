"""Running GNU PSPP on a project's answers, to check DuoDesk's numbers against a real peer.

The answers are read straight from the project's tables (not through ``duodesk.analysis``) and
written as a CSV with one numeric column per question: select_one answers as their position in
the choice list (1, 2, ...), numbers as they are; skipped or blank answers as empty cells,
which PSPP reads as system-missing. Declared missing codes ("Don't know") become MISSING
VALUES, exactly as a statistician would set the file up.
"""

from __future__ import annotations

import csv
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from duodesk.core.questionnaire import Questionnaire, QuestionType
from duodesk.storage.database import Database
from duodesk.storage.models import Answer, Interview, InterviewStatus
from tests.reference_tools import require_program


def pspp_program() -> str:
    """The pspp executable (see tests/reference_tools.py for what happens without it)."""
    return require_program("pspp", "pspp")


@dataclass(frozen=True)
class Variable:
    name: str  # v1, v2, ... (PSPP names are short and plain)
    question: str
    codes: dict[str, int]  # choice name -> code, for select_one
    missing: tuple[int, ...]  # codes of declared missing choices

    @property
    def is_numeric_question(self) -> bool:
        return not self.codes


def variables_for(questionnaire: Questionnaire) -> list[Variable]:
    variables = []
    for question in questionnaire.questions():
        if question.name in questionnaire.settings.participant_code:
            continue  # stored only as digests: there are no answers to compare
        if question.type is QuestionType.SELECT_ONE:
            choices = questionnaire.choice_lists[question.list_name].choices
            codes = {choice.name: i for i, choice in enumerate(choices, start=1)}
            missing = tuple(codes[c.name] for c in choices if c.missing)
        elif question.type.is_numeric:
            codes, missing = {}, ()
        else:
            continue
        variables.append(Variable(f"v{len(variables) + 1}", question.name, codes, missing))
    return variables


def write_data(database: Database, variables: list[Variable], path: Path) -> int:
    """The answers of every complete interview, one row each; returns the number of rows."""
    by_question = {v.question: v for v in variables}
    rows: dict[int, dict[str, str]] = {}
    with database.session() as session:
        ids = session.scalars(
            select(Interview.id).where(
                Interview.status == InterviewStatus.COMPLETE, Interview.deleted_at.is_(None)
            )
        ).all()
        rows = {interview_id: {} for interview_id in ids}
        for interview_id, question, value in session.execute(
            select(Answer.interview_id, Answer.question, Answer.value).where(
                Answer.status == 1, Answer.question.in_(list(by_question))
            )
        ):
            if interview_id in rows:
                variable = by_question[question]
                cell = str(variable.codes[value]) if variable.codes else value
                rows[interview_id][variable.name] = cell
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([v.name for v in variables])
        for answers in rows.values():
            writer.writerow([answers.get(v.name, "") for v in variables])
    return len(rows)


def syntax_header(data: Path, variables: list[Variable]) -> str:
    formats = " ".join(
        f"{v.name} {'F20.10' if v.is_numeric_question else 'F8.0'}" for v in variables
    )
    lines = [
        "SET DECIMAL=DOT.",
        f'GET DATA /TYPE=TXT /FILE="{data}" /ARRANGEMENT=DELIMITED /DELCASE=LINE '
        f'/FIRSTCASE=2 /DELIMITERS="," /VARIABLES={formats}.',
    ]
    lines += [
        f"MISSING VALUES {v.name} ({' '.join(str(code) for code in v.missing)})."
        for v in variables
        if v.missing
    ]
    return "\n".join(lines) + "\n"


Table = list[list[str]]


def run_pspp(folder: Path, syntax: str) -> list[tuple[str, Table]]:
    """Run ``syntax`` and return PSPP's output tables as (title, rows of cells)."""
    script = folder / "check.sps"
    script.write_text(syntax, encoding="utf-8")
    output = folder / "output.csv"
    finished = subprocess.run(
        [pspp_program(), str(script), "-O", "format=csv", "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    text = output.read_text(encoding="utf-8") if output.exists() else ""
    assert finished.returncode == 0 and "error" not in text.lower(), (
        f"pspp failed:\n{finished.stdout}\n{finished.stderr}\n{text}"
    )
    tables: list[tuple[str, Table]] = []
    for block in text.split("Table: ")[1:]:
        lines = block.strip("\n").splitlines()
        tables.append((lines[0].strip(), list(csv.reader(lines[1:]))))
    return tables


def number(cell: str) -> float:
    """A PSPP output cell as a number ("33.3%" -> 33.3, ".58" -> 0.58)."""
    return float(cell.strip().rstrip("%"))
