"""``duodesk import-form`` says why it refuses a questionnaire in the interviewer's language: a
formula it cannot read and a question type it cannot ask, as a French or Russian team reads
them, while the English words stay as they were."""

from __future__ import annotations

import pytest

from duodesk import i18n
from tests.cli.in_process import duodesk_here as duodesk
from tests.core.forms import write_form

HEADER = ["type", "name", "label", "relevant", "constraint"]


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def _refusal(tmp_path, rows, language: str) -> str:
    form = write_form(tmp_path / "form.xlsx", [HEADER, *rows], None, [["form_id"], ["f"]])
    result = duodesk(
        "--db",
        str(tmp_path / "p.duodesk"),
        "import-form",
        str(form),
        env={"DUODESK_LANGUAGE": language},
    )
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    return result.stderr


AGE = ["integer", "age", "Age", "", ""]


def test_a_formula_with_a_wrong_number_of_arguments_is_refused_in_french(tmp_path):
    said = _refusal(tmp_path, [AGE, ["text", "why", "Why", "if(${age} > 3, 1)", ""]], "fr")
    assert "ce n'est pas un questionnaire que DuoDesk peut utiliser" in said
    assert "if() prend 3 arguments, pas 2" in said
    english = _refusal(tmp_path, [AGE, ["text", "why", "Why", "if(${age} > 3, 1)", ""]], "en")
    assert "if() takes 3 arguments, not 2" in english


def test_a_formula_with_a_character_it_cannot_read_is_refused_in_russian(tmp_path):
    said = _refusal(tmp_path, [AGE, ["text", "why", "Why", "${age} ! 3", ""]], "ru")
    assert "После «!» должен идти «=» (для отрицания пишите not(...))" in said
    english = _refusal(tmp_path, [AGE, ["text", "why", "Why", "${age} ! 3", ""]], "en")
    assert "'!' must be followed by '=' (to negate, write not(...))" in english


def test_a_regex_the_checker_cannot_run_is_refused_in_french(tmp_path):
    rows = [AGE, ["text", "code", "Code", "", "regex(., '^(?=a)b$')"]]
    said = _refusal(tmp_path, rows, "fr")
    assert "Les groupes d'anticipation et de rétrospection ne sont pas pris en charge" in said


def test_a_question_type_duodesk_cannot_ask_is_refused_in_russian_and_french(tmp_path):
    rows = [AGE, ["rank", "order", "Order these", "", ""]]
    said = _refusal(tmp_path, rows, "ru")
    assert "это не анкета, с которой может работать DuoDesk" in said
    assert "DuoDesk пока не умеет задавать вопросы на ранжирование" in said
    said = _refusal(tmp_path, [AGE, ["osm", "building", "Building", "", ""]], "fr")
    assert "Les questions OpenStreetMap demandent l'application OpenMapKit" in said
    english = _refusal(tmp_path, rows, "en")
    assert (
        'sheet "survey", row 3, column "type": "rank": DuoDesk cannot ask rank questions yet; '
        "ask the first, second and third choice as separate select_one questions instead"
    ) in english


def test_the_position_of_a_refused_formula_is_said_in_the_language(tmp_path):
    from duodesk.core.expressions import ExpressionError, parse

    i18n.set_language("es")
    with pytest.raises(ExpressionError) as refused:
        parse("1 + (2")
    assert "(en la posición 4)" in str(refused.value)
    i18n.set_language("en")
    with pytest.raises(ExpressionError) as refused:
        parse("1 + (2")
    assert str(refused.value).startswith("This '(' is never closed (at position 4)")
