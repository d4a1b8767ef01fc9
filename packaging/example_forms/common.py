"""What the example questionnaires share: the languages, the standard messages, the helpers that
make survey and choice rows, the lists and the participant-code questions.

Each example is one module beside this one whose ``build()`` returns an :class:`Example`: its
settings and its rows as plain Python, so that a questionnaire can be reviewed and changed as
text. ``packaging/build_examples.py`` reads the rows with DuoDesk's own XLSForm reader (and
checks) and writes the workbooks with its own writer.

XLSForm conventions used here (the ones DuoDesk reads):

- ``missing`` = ``yes`` on a choice declares it a missing code ("Don't know", "Prefer not to
  say", "Not used"): it is counted but left out of valid percentages.
- ``identifying`` = ``yes`` on a question whose answer could identify someone (free text, the
  organisation's name).
- A Likert grid is a ``begin_group`` with appearance ``table-list`` holding only ``select_one``
  questions on the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

EN = "English (en)"
ES = "Español (es)"
FR = "Français (fr)"
RU = "Русский (ru)"

#: A text shown to people: one string (English-only forms) or one string per language, in the
#: order of the form's ``languages``.
Text = str | tuple[str, ...]

#: Marks a choice as a declared missing code.
MISSING = True

#: ``appearance`` of a Likert grid.
GRID = "table-list"

REQUIRED_MESSAGE: Text = (
    "Please answer this question: it is needed for the report.",
    "Por favor, responda a esta pregunta: es necesaria para el informe.",
)
NONE_EXCLUSIVE = "not(selected(., 'none') and count-selected(.) > 1)"
NONE_EXCLUSIVE_MESSAGE: Text = (
    "'None of these' cannot be combined with other answers",
    "'Ninguna de estas' no se puede combinar con otras respuestas",
)
AGE_CONSTRAINT = ". >= 16 and . <= 90"
AGE_CONSTRAINT_MESSAGE: Text = (
    "Age must be between 16 and 90. Please check the number with the person.",
    "La edad debe estar entre 16 y 90 años. Por favor, compruebe el número con la persona.",
)
AGE_GROUP = (
    "if(${age} = '', '', if(${age} < 25, 'under 25', if(${age} < 40, '25 to 39', '40 and over')))"
)
NOT_IN_FUTURE = ". <= today()"
NOT_IN_FUTURE_MESSAGE: Text = (
    "The interview date cannot be in the future.",
    "La fecha de la entrevista no puede ser posterior a hoy.",
)


@dataclass(frozen=True)
class Example:
    """One example form: its settings and its survey and choice rows."""

    file_name: str
    form_id: str
    form_title: str
    languages: tuple[str, ...]
    survey: list[dict[str, Text]]
    choices: list[dict[str, Text]]
    participant_code: str = ""  # names of the questions that make up the participant code


def q(
    type_: str,
    name: str = "",
    label: Text = "",
    hint: Text = "",
    *,
    required: bool = False,
    required_message: Text | None = None,
    relevant: str = "",
    constraint: str = "",
    constraint_message: Text = "",
    calculation: str = "",
    default: str = "",
    appearance: str = "",
    identifying: bool = False,
) -> dict[str, Text]:
    """One survey row. ``required`` questions get the standard message unless given one."""
    if required and required_message is None:
        required_message = REQUIRED_MESSAGE
    return {
        "type": type_,
        "name": name,
        "label": label,
        "hint": hint,
        "required": "yes" if required else "",
        "required_message": required_message or "",
        "relevant": relevant,
        "constraint": constraint,
        "constraint_message": constraint_message,
        "calculation": calculation,
        "default": default,
        "appearance": appearance,
        "identifying": "yes" if identifying else "",
    }


def end_group() -> dict[str, Text]:
    return q("end_group")


def choice_list(list_name: str, *options: tuple) -> list[dict[str, Text]]:
    """Choice rows of one list; each option is ``(name, label)`` or ``(name, label, MISSING)``."""
    rows = []
    for option in options:
        name, label, *rest = option
        missing = bool(rest and rest[0])
        rows.append(
            {
                "list_name": list_name,
                "name": name,
                "label": label,
                "missing": "yes" if missing else "",
            }
        )
    return rows


# Lists shared by more than one questionnaire. Labels carry the Spanish too; English-only forms
# use the first language.


def yes_no_dk_list() -> list[dict[str, Text]]:
    return choice_list(
        "yes_no_dk",
        ("yes", ("Yes", "Sí")),
        ("no", ("No", "No")),
        ("dont_know", ("Don't know", "No sabe"), MISSING),
        ("refused", ("Prefer not to say", "Prefiere no decirlo"), MISSING),
    )


def sex_list() -> list[dict[str, Text]]:
    return choice_list(
        "sex",
        ("male", ("Male", "Hombre")),
        ("female", ("Female", "Mujer")),
        ("another", ("In another way", "De otra manera")),
        ("refused", ("Prefer not to say", "Prefiere no decirlo"), MISSING),
    )


# The participant code: things a person can repeat each time, never stored as such (DuoDesk
# keeps only keyed digests of them), used to spot someone interviewed twice.
PARTICIPANT_CODE = "code_first_letter code_mother_letter code_birth_day code_birth_month"


def participant_code_questions(bilingual: bool) -> list[dict[str, Text]]:
    def text(english: str, spanish: str) -> Text:
        return (english, spanish) if bilingual else english

    one_letter = text("One letter only.", "Una sola letra.")
    return [
        q(
            "note",
            "code_note",
            text(
                "Read out: So that we can tell if someone takes part twice, we make a code from "
                "a few letters and numbers. The code cannot be turned back into your name.",
                "Lea en voz alta: Para saber si alguien participa dos veces, hacemos un código "
                "con unas letras y números. El código no permite saber su nombre.",
            ),
        ),
        q(
            "text",
            "code_first_letter",
            text("First letter of your first name", "Primera letra de su nombre"),
            hint=one_letter,
            identifying=True,
        ),
        q(
            "text",
            "code_mother_letter",
            text(
                "First letter of your mother's first name",
                "Primera letra del nombre de su madre",
            ),
            hint=one_letter,
            identifying=True,
        ),
        q(
            "integer",
            "code_birth_day",
            text("Day of the month you were born (1 to 31)", "Día del mes en que nació (1 a 31)"),
            constraint=". >= 1 and . <= 31",
            constraint_message=text("A day from 1 to 31.", "Un día del 1 al 31."),
            identifying=True,
        ),
        q(
            "integer",
            "code_birth_month",
            text("Month you were born (1 to 12)", "Mes en que nació (1 a 12)"),
            constraint=". >= 1 and . <= 12",
            constraint_message=text("A month from 1 to 12.", "Un mes del 1 al 12."),
            identifying=True,
        ),
    ]
