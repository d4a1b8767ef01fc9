"""Write the example questionnaires that DuoDesk ships in ``resources/examples/``.

Run from the repository root::

    .venv/bin/python packaging/build_examples.py

Each questionnaire is one function below that returns its survey rows and choice rows as plain
Python lists, so a questionnaire can be reviewed and changed as text; this script then rewrites
the three XLSForm workbooks. The output is byte-for-byte the same on every run (fixed document
timestamps and zip entry dates), so an unchanged questionnaire gives no diff.

The questionnaires follow the surveys described in ``/work/shared/seeds``: the Glasgow hepatitis C
peer research survey (2007) and the barriers to training and employment survey (2001) of the
Scottish Drugs Forum, and the INPUD online survey of drug user organisations (2007).

XLSForm conventions used here (the ones DuoDesk reads):

- ``missing`` = ``yes`` on a choice declares it a missing code ("Don't know", "Prefer not to
  say", "Not used"): it is counted but left out of valid percentages.
- ``identifying`` = ``yes`` on a question whose answer could identify someone (free text, the
  organisation's name).
- A Likert grid is a ``begin_group`` with appearance ``table-list`` holding only ``select_one``
  questions on the same list.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

EN = "English (en)"
ES = "Español (es)"

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

# Columns in sheet order. The translatable ones get one ``column::Language (xx)`` per language.
SURVEY_COLUMNS = [
    "type",
    "name",
    "label",
    "hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "calculation",
    "default",
    "appearance",
    "identifying",
]
CHOICE_COLUMNS = ["list_name", "name", "label", "missing"]
SETTINGS_COLUMNS = ["form_id", "form_title", "version", "default_language", "participant_code"]
TRANSLATED = {"label", "hint", "required_message", "constraint_message"}

COLUMN_WIDTHS = {
    "type": 34,
    "name": 26,
    "label": 60,
    "hint": 48,
    "required": 10,
    "required_message": 34,
    "relevant": 44,
    "constraint": 44,
    "constraint_message": 40,
    "calculation": 50,
    "default": 12,
    "appearance": 14,
    "identifying": 12,
    "list_name": 22,
    "missing": 10,
    "form_id": 30,
    "form_title": 50,
    "version": 10,
    "default_language": 18,
    "participant_code": 60,
}

# Fixed document dates so that the workbooks are reproducible.
DOCUMENT_DATE = "2008-01-01T00:00:00Z"
ZIP_DATE = (2008, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Questionnaire:
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


# --- Glasgow hepatitis C peer research survey (section 6.6 a) ---------------------------------


def hepatitis_c_peer_survey() -> Questionnaire:
    survey = [
        q(
            "note",
            "intro_note",
            (
                "Read out: Thank you for taking part. This survey is about hepatitis C and "
                "injecting. It is anonymous: we do not write down your name. You can skip any "
                "question, and you can stop at any time.",
                "Lea en voz alta: Gracias por participar. Esta encuesta trata sobre la hepatitis C "
                "y la inyección. Es anónima: no apuntamos su nombre. Puede saltarse cualquier "
                "pregunta y puede parar cuando quiera.",
            ),
        ),
        q(
            "date",
            "interview_date",
            ("Date of the interview", "Fecha de la entrevista"),
            required=True,
            constraint=NOT_IN_FUTURE,
            constraint_message=NOT_IN_FUTURE_MESSAGE,
        ),
        q(
            "select_one place",
            "interview_place",
            ("Where is this interview taking place?", "¿Dónde se hace esta entrevista?"),
            ("Interviewer: answer this yourself.", "Entrevistador/a: responda usted mismo/a."),
            default="sdf_office",
        ),
        *participant_code_questions(bilingual=True),
        q(
            "select_one sex",
            "sex",
            (
                "Are you male or female, or do you describe yourself in another way?",
                "¿Es usted hombre o mujer, o se describe de otra manera?",
            ),
            required=True,
        ),
        q(
            "integer",
            "age",
            ("How old are you?", "¿Cuántos años tiene?"),
            (
                "In years. Leave blank if the person would rather not say.",
                "En años. Déjelo en blanco si la persona prefiere no decirlo.",
            ),
            constraint=AGE_CONSTRAINT,
            constraint_message=AGE_CONSTRAINT_MESSAGE,
        ),
        q("calculate", "age_group", calculation=AGE_GROUP),
        q(
            "select_one yes_no_dk",
            "hcv_diagnosed",
            (
                "Have you ever been told you have hepatitis C?",
                "¿Alguna vez le han dicho que tiene hepatitis C?",
            ),
            (
                "By a doctor, nurse or other worker, after a blood test.",
                "Un médico, una enfermera u otro profesional, después de un análisis de sangre.",
            ),
            required=True,
        ),
        q(
            "begin_group",
            "hcv_care",
            ("Your hepatitis C care", "Su atención para la hepatitis C"),
            relevant="${hcv_diagnosed} = 'yes'",
        ),
        q(
            "select_one time_since",
            "diagnosis_when",
            (
                "When were you first told you have hepatitis C?",
                "¿Cuándo le dijeron por primera vez que tiene hepatitis C?",
            ),
        ),
        q(
            "select_one diagnosis_place",
            "diagnosis_place",
            ("Where were you when you were told?", "¿Dónde estaba cuando se lo dijeron?"),
        ),
        q(
            "select_one yes_no_dk",
            "referred",
            (
                "After you were told, were you referred to anyone for support, advice or "
                "treatment?",
                "Después de que se lo dijeran, ¿le derivaron a alguien para recibir apoyo, "
                "consejo o tratamiento?",
            ),
            (
                "Referred means sent on, for example to a nurse, a liver clinic or a support "
                "group.",
                "Derivar quiere decir enviar, por ejemplo a una enfermera, a una clínica de "
                "hígado o a un grupo de apoyo.",
            ),
            required=True,
        ),
        q(
            "select_multiple no_referral_reason",
            "not_referred_reasons",
            (
                "Why do you think you were not referred?",
                "¿Por qué cree que no le derivaron?",
            ),
            (
                "Read the options out. Tick all that the person says.",
                "Lea las opciones en voz alta. Marque todas las que diga la persona.",
            ),
            relevant="${referred} = 'no'",
        ),
        q(
            "text",
            "not_referred_other",
            ("Other reason, please say", "Otro motivo, por favor, diga cuál"),
            relevant="selected(${not_referred_reasons}, 'other')",
        ),
        q(
            "select_one treatment",
            "treatment_received",
            (
                "Have you ever had any treatment for hepatitis C?",
                "¿Alguna vez ha recibido tratamiento para la hepatitis C?",
            ),
            required=True,
        ),
        q(
            "select_one disclosure",
            "told_family",
            (
                "Have you told your immediate family that you have hepatitis C?",
                "¿Le ha contado a su familia más cercana que tiene hepatitis C?",
            ),
            (
                "Immediate family: partner, parents, children, brothers and sisters.",
                "Familia más cercana: pareja, padres, hijos, hermanos y hermanas.",
            ),
        ),
        q(
            "select_multiple treatment_barrier",
            "treatment_barriers",
            (
                "Has anything made it hard for you to get treatment for hepatitis C?",
                "¿Hay algo que le haya dificultado recibir tratamiento para la hepatitis C?",
            ),
            (
                "Read the options out. Tick all that apply.",
                "Lea las opciones en voz alta. Marque todas las que correspondan.",
            ),
            constraint=NONE_EXCLUSIVE,
            constraint_message=NONE_EXCLUSIVE_MESSAGE,
        ),
        q(
            "select_one yes_no_dk",
            "missed_appointment",
            (
                "Have you ever missed a hospital or clinic appointment about your hepatitis C?",
                "¿Alguna vez ha faltado a una cita del hospital o de la clínica por su "
                "hepatitis C?",
            ),
        ),
        q(
            "select_multiple missed_reason",
            "missed_reasons",
            (
                "What were the reasons you missed it?",
                "¿Por qué motivos faltó a la cita?",
            ),
            (
                "Tick all that the person says.",
                "Marque todas las que diga la persona.",
            ),
            relevant="${missed_appointment} = 'yes'",
        ),
        end_group(),
        q(
            "select_one yes_no_dk",
            "ever_injected",
            ("Have you ever injected drugs?", "¿Alguna vez se ha inyectado drogas?"),
            required=True,
        ),
        q(
            "select_one yes_no_dk",
            "injected_recently",
            (
                "Have you injected in the last four weeks?",
                "¿Se ha inyectado en las últimas cuatro semanas?",
            ),
            relevant="${ever_injected} = 'yes'",
        ),
        q(
            "select_multiple shared_item",
            "shared_equipment",
            (
                "In the last four weeks, have you used any of these after someone else had "
                "already used them?",
                "En las últimas cuatro semanas, ¿ha usado alguna de estas cosas después de que "
                "otra persona ya las hubiera usado?",
            ),
            (
                "Read each one out. Tick all that apply, or 'None of these'.",
                "Lea cada una en voz alta. Marque todas las que correspondan, o 'Ninguna de "
                "estas'.",
            ),
            relevant="${injected_recently} = 'yes'",
            constraint=NONE_EXCLUSIVE,
            constraint_message=NONE_EXCLUSIVE_MESSAGE,
        ),
        q(
            "select_one how_often",
            "works_from_exchange",
            (
                "How often do you get your needles and works from a needle exchange or pharmacy?",
                "¿Con qué frecuencia consigue sus agujas y material de inyección en un programa "
                "de intercambio de jeringas o en una farmacia?",
            ),
            relevant="${injected_recently} = 'yes'",
        ),
        q(
            "begin_group",
            "views_grid",
            (
                "I will read some statements. For each one, tell me how much you agree or "
                "disagree.",
                "Voy a leer unas frases. Para cada una, dígame si está de acuerdo o en desacuerdo.",
            ),
            appearance=GRID,
        ),
        q(
            "select_one agree",
            "view_treatment_works",
            (
                "Hepatitis C treatment can work for people who use drugs.",
                "El tratamiento de la hepatitis C puede funcionar en personas que usan drogas.",
            ),
        ),
        q(
            "select_one agree",
            "view_side_effects",
            (
                "I am worried about the side effects of treatment.",
                "Me preocupan los efectos secundarios del tratamiento.",
            ),
        ),
        q(
            "select_one agree",
            "view_enough_info",
            (
                "I have been given enough information about hepatitis C.",
                "He recibido suficiente información sobre la hepatitis C.",
            ),
        ),
        q(
            "select_one agree",
            "view_staff_respect",
            (
                "Hepatitis C staff treat people who use drugs with respect.",
                "El personal que atiende la hepatitis C trata con respeto a las personas que "
                "usan drogas.",
            ),
        ),
        end_group(),
        q(
            "begin_group",
            "services_grid",
            (
                "How good was the help you got about hepatitis C from each of these?",
                "¿Qué tal fue la ayuda que recibió sobre la hepatitis C en cada uno de estos "
                "sitios?",
            ),
            appearance=GRID,
        ),
        q("select_one rating", "service_gp", ("GP (family doctor)", "Médico de cabecera")),
        q("select_one rating", "service_drug", ("Drug service", "Servicio de drogas")),
        q(
            "select_one rating",
            "service_needle_exchange",
            ("Needle exchange", "Programa de intercambio de jeringas"),
        ),
        q(
            "select_one rating",
            "service_hospital",
            ("Hospital or liver clinic", "Hospital o clínica de hígado"),
        ),
        end_group(),
        q(
            "text",
            "comments",
            (
                "Is there anything else you would like to tell us about hepatitis C, testing or "
                "treatment?",
                "¿Hay algo más que quiera contarnos sobre la hepatitis C, las pruebas o el "
                "tratamiento?",
            ),
            (
                "Write down their own words. Leave out names of people and places.",
                "Escriba sus propias palabras. No escriba nombres de personas ni de lugares.",
            ),
            identifying=True,
        ),
        q(
            "note",
            "end_note",
            (
                "Read out: That is the end. Thank you for your time. Interviewer: give the "
                "person their voucher.",
                "Lea en voz alta: Hemos terminado. Gracias por su tiempo. Entrevistador/a: "
                "entregue el vale a la persona.",
            ),
        ),
    ]
    choices = [
        *yes_no_dk_list(),
        *sex_list(),
        *choice_list(
            "place",
            ("sdf_office", ("SDF office, Glasgow", "Oficina de SDF, Glasgow")),
            ("drop_in", ("Drop-in centre", "Centro de acogida (drop-in)")),
            ("other_place", ("Somewhere else", "En otro sitio")),
        ),
        *choice_list(
            "time_since",
            ("under_1_year", ("Less than a year ago", "Hace menos de un año")),
            ("one_to_5_years", ("1 to 5 years ago", "Hace entre 1 y 5 años")),
            ("over_5_years", ("More than 5 years ago", "Hace más de 5 años")),
            ("dont_know", ("Don't remember", "No lo recuerda"), MISSING),
        ),
        *choice_list(
            "diagnosis_place",
            ("gp", ("At the GP", "En el médico de cabecera")),
            ("drug_service", ("At a drug service", "En un servicio de drogas")),
            ("prison", ("In prison", "En prisión")),
            ("hospital", ("In hospital", "En el hospital")),
            ("other", ("Somewhere else", "En otro sitio")),
            ("dont_know", ("Don't remember", "No lo recuerda"), MISSING),
        ),
        *choice_list(
            "no_referral_reason",
            ("did_not_know", ("Don't know why not", "No sabe por qué no")),
            ("in_prison", ("I was in prison", "Estaba en prisión")),
            (
                "using",
                (
                    "I was injecting or drinking at the time",
                    "En ese momento me inyectaba o bebía alcohol",
                ),
            ),
            (
                "lacked_knowledge",
                (
                    "The worker did not know enough about hepatitis C",
                    "El profesional no sabía lo suficiente sobre la hepatitis C",
                ),
            ),
            ("no_symptoms", ("I had no symptoms", "No tenía síntomas")),
            ("other", ("Other reason", "Otro motivo")),
        ),
        *choice_list(
            "treatment",
            ("never", ("No, never", "No, nunca")),
            ("current", ("Yes, I am on treatment now", "Sí, estoy en tratamiento ahora")),
            ("completed", ("Yes, I finished a course", "Sí, terminé un tratamiento")),
            (
                "stopped",
                ("Yes, but I stopped before the end", "Sí, pero lo dejé antes de terminar"),
            ),
            ("dont_know", ("Don't know", "No sabe"), MISSING),
        ),
        *choice_list(
            "disclosure",
            ("yes_all", ("Yes, all of them", "Sí, a todos")),
            ("yes_some", ("Yes, some of them", "Sí, a algunos")),
            ("no", ("No", "No")),
            ("no_family", ("I have no immediate family", "No tengo familia cercana"), MISSING),
            ("refused", ("Prefer not to say", "Prefiere no decirlo"), MISSING),
        ),
        *choice_list(
            "treatment_barrier",
            (
                "wont_work",
                (
                    "I thought the treatment would not work",
                    "Pensaba que el tratamiento no funcionaría",
                ),
            ),
            (
                "side_effects",
                ("Worried about side effects", "Me preocupaban los efectos secundarios"),
            ),
            (
                "still_using",
                ("Still using drugs or alcohol", "Todavía consumía drogas o alcohol"),
            ),
            (
                "in_prison",
                ("I was in prison when I was told", "Estaba en prisión cuando me lo dijeron"),
            ),
            ("not_offered", ("Treatment was never offered", "Nunca me ofrecieron tratamiento")),
            ("waiting_list", ("Long waiting lists", "Listas de espera largas")),
            (
                "staff_attitude",
                ("How staff treat drug users", "Cómo trata el personal a quien usa drogas"),
            ),
            ("none", ("None of these", "Ninguna de estas")),
        ),
        *choice_list(
            "missed_reason",
            (
                "not_priority",
                ("Other things came first at the time", "En ese momento había otras prioridades"),
            ),
            (
                "distance",
                (
                    "Hospital too far away or hard to get to",
                    "El hospital estaba lejos o era difícil llegar",
                ),
            ),
            (
                "worried",
                (
                    "Worried about what the treatment would involve",
                    "Me preocupaba en qué consistiría el tratamiento",
                ),
            ),
            (
                "long_wait",
                ("Waited too long for the appointment", "Tuve que esperar demasiado la cita"),
            ),
            (
                "no_letter",
                ("Did not get the letter, or forgot", "No me llegó la carta, o se me olvidó"),
            ),
            ("other", ("Something else", "Otro motivo")),
        ),
        *choice_list(
            "shared_item",
            ("needles", ("Needles or syringes", "Agujas o jeringas")),
            ("spoons", ("Spoons or cookers", "Cucharas o recipientes para preparar")),
            ("filters", ("Filters", "Filtros")),
            ("water", ("Water", "Agua")),
            ("none", ("None of these", "Ninguna de estas")),
        ),
        *choice_list(
            "how_often",
            ("always", ("Always", "Siempre")),
            ("mostly", ("Most of the time", "Casi siempre")),
            ("sometimes", ("Sometimes", "A veces")),
            ("never", ("Never", "Nunca")),
        ),
        *choice_list(
            "agree",
            ("strongly_agree", ("Strongly agree", "Muy de acuerdo")),
            ("agree", ("Agree", "De acuerdo")),
            ("neither", ("Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo")),
            ("disagree", ("Disagree", "En desacuerdo")),
            ("strongly_disagree", ("Strongly disagree", "Muy en desacuerdo")),
            ("dont_know", ("Don't know", "No sabe"), MISSING),
        ),
        *choice_list(
            "rating",
            ("good", ("Good", "Buena")),
            ("ok", ("OK", "Regular")),
            ("poor", ("Poor", "Mala")),
            ("not_used", ("Have not used it", "No lo he usado"), MISSING),
        ),
    ]
    return Questionnaire(
        file_name="hepatitis_c_peer_survey.xlsx",
        form_id="hepc_peer_survey",
        form_title="Hepatitis C and injecting: peer research survey",
        languages=(EN, ES),
        survey=survey,
        choices=choices,
        participant_code=PARTICIPANT_CODE,
    )


# --- Barriers to training and employment survey (section 6.7) ----------------------------------


def training_employment_barriers() -> Questionnaire:
    survey = [
        q(
            "note",
            "intro_note",
            "Read out: Thank you for taking part. This survey is about what gets in the way of "
            "training and work. It is anonymous: we do not write down your name, and nobody "
            "from the benefits agency will see your answers. You can skip any question.",
        ),
        q(
            "date",
            "interview_date",
            "Date of the interview",
            required=True,
            constraint=NOT_IN_FUTURE,
            constraint_message=NOT_IN_FUTURE_MESSAGE,
        ),
        *participant_code_questions(bilingual=False),
        q(
            "select_one sex",
            "sex",
            "Are you male or female, or do you describe yourself in another way?",
            required=True,
        ),
        q(
            "integer",
            "age",
            "How old are you?",
            "In years. Leave blank if the person would rather not say.",
            constraint=AGE_CONSTRAINT,
            constraint_message=AGE_CONSTRAINT_MESSAGE,
        ),
        q("calculate", "age_group", calculation=AGE_GROUP),
        q(
            "select_one yes_no_dk",
            "on_script",
            "Are you on a substitute prescription at the moment, for example methadone?",
        ),
        q(
            "select_one last_job",
            "last_paid_job",
            "When did you last have a paid job?",
            required=True,
        ),
        q(
            "select_multiple barrier",
            "barriers",
            "Which of these make it hard for you to get into training or work?",
            "Read each one out. Tick all that the person says yes to, or 'None of these'.",
            required=True,
            constraint=NONE_EXCLUSIVE,
            constraint_message=NONE_EXCLUSIVE_MESSAGE,
        ),
        q(
            "select_one yes_no_dk",
            "in_debt",
            "Are you in debt of any kind at the moment?",
            "For example rent arrears, council tax, loans, catalogues or fines.",
            required=True,
        ),
        q(
            "integer",
            "council_tax_debt",
            "Roughly how much do you owe in council tax, in pounds?",
            "Write 0 if they owe no council tax. Leave blank if they don't know.",
            relevant="${in_debt} = 'yes'",
            constraint=". >= 0 and . <= 50000",
            constraint_message="Write a whole number of pounds between 0 and 50000.",
        ),
        q(
            "select_one yes_no_dk",
            "offered_debt_counselling",
            "Has anyone ever offered you debt counselling or money advice?",
            relevant="${in_debt} = 'yes'",
        ),
        q("select_one yes_no_dk", "bank_account", "Do you have a bank account?"),
        q(
            "note",
            "casual_work_note",
            "Read out: The next questions are about cash-in-hand work. Remember, this is "
            "anonymous and you can skip any question.",
        ),
        q(
            "select_one yes_no_dk",
            "casual_work",
            "While claiming benefits, have you ever done any casual or cash-in-hand work?",
        ),
        q(
            "select_multiple job",
            "casual_work_kind",
            "What kind of work was it?",
            "Tick all that the person says.",
            relevant="${casual_work} = 'yes'",
        ),
        q(
            "select_one earnings",
            "extra_earnings",
            "In a usual week, roughly how much did you earn from that work, on top of your "
            "benefits?",
            relevant="${casual_work} = 'yes'",
        ),
        q(
            "select_multiple job",
            "preferred_jobs",
            "If you could choose, what kind of work or training would you most like to do?",
            "Up to three.",
            constraint="count-selected(.) <= 3",
            constraint_message="Choose no more than three.",
        ),
        q(
            "select_multiple job",
            "least_preferred_jobs",
            "And what kind of work would you least like to do?",
            "Up to three.",
            constraint="count-selected(.) <= 3",
            constraint_message="Choose no more than three.",
        ),
        q(
            "select_one service_level",
            "welfare_service",
            "Thinking about the staff at the benefits agency, how was the service you got?",
            "For example the Jobcentre or the benefits office.",
        ),
        q(
            "select_one yes_no_dk",
            "felt_embarrassed",
            "Have staff there ever made you feel embarrassed?",
            relevant="${welfare_service} != 'no_contact'",
        ),
        q(
            "select_one yes_no_dk",
            "bad_attitude",
            "Have you come across bad attitudes from staff there?",
            relevant="${welfare_service} != 'no_contact'",
        ),
        q(
            "text",
            "welfare_quote",
            "In your own words, how were you treated by benefits agency staff?",
            "Write down their own words. Leave out names of people and offices.",
            relevant="${welfare_service} != 'no_contact'",
            identifying=True,
        ),
        q("note", "end_note", "Read out: That is the end. Thank you for your time."),
    ]
    choices = [
        *yes_no_dk_list(),
        *sex_list(),
        *choice_list(
            "last_job",
            ("under_1_year", "Less than a year ago"),
            ("one_to_5_years", "1 to 5 years ago"),
            ("over_5_years", "More than 5 years ago"),
            ("never", "I have never had a paid job"),
            ("dont_know", "Don't remember", MISSING),
        ),
        *choice_list(
            "barrier",
            ("criminal_record", "Criminal record"),
            ("stigma", "Stigma of being a drug user"),
            ("script_access", "Getting my substitute prescription while working"),
            ("council_tax_debt", "Council tax debt"),
            ("confidence", "Lack of confidence"),
            ("earnings_drop", "Earning less than on benefits"),
            ("experience", "Lack of experience"),
            ("time_unemployed", "Time unemployed"),
            ("work_record", "Poor work record"),
            ("illness", "Illness"),
            ("benefits", "Losing state welfare benefits"),
            ("child_care", "Child care"),
            ("never_had_job", "Never had a job"),
            ("none", "None of these"),
        ),
        *choice_list(
            "job",
            ("manual", "Manual labour (building, labouring, warehouse)"),
            ("retail", "Shop or retail work"),
            ("call_centre", "Call centre"),
            ("marketing", "Marketing or sales"),
            ("college", "College or education course"),
            ("catering", "Catering, bar or kitchen work"),
            ("cleaning", "Cleaning"),
            ("care", "Care or support work"),
            ("office", "Office or admin work"),
            ("driving", "Driving or delivery"),
            ("other", "Something else"),
        ),
        *choice_list(
            "earnings",
            ("under_50", "Under £50 a week"),
            ("from_50_to_99", "£50 to £99 a week"),
            ("from_100_to_200", "£100 to £200 a week"),
            ("over_200", "More than £200 a week"),
            ("dont_know", "Don't know", MISSING),
            ("refused", "Prefer not to say", MISSING),
        ),
        *choice_list(
            "service_level",
            ("satisfactory", "Satisfactory"),
            ("ok", "OK"),
            ("unsatisfactory", "Unsatisfactory"),
            ("no_contact", "Have not dealt with them", MISSING),
            ("dont_know", "Don't know", MISSING),
        ),
    ]
    return Questionnaire(
        file_name="training_employment_barriers.xlsx",
        form_id="training_employment_barriers",
        form_title="Barriers to training and employment",
        languages=(EN,),
        survey=survey,
        choices=choices,
        participant_code=PARTICIPANT_CODE,
    )


# --- INPUD online survey of drug user organisations (section 7, Annex 1) -----------------------


def drug_user_organisation_profile() -> Questionnaire:
    survey = [
        q(
            "note",
            "intro_note",
            "This questionnaire is about your drug user organisation. Please fill it in once "
            "for the whole organisation. The answers will be used to map drug user "
            "organisations around the world and to find ways to support and work with them.",
        ),
        q(
            "text",
            "org_name",
            "What is the name of your organisation?",
            required=True,
            identifying=True,
        ),
        q(
            "select_one region",
            "region",
            "In which region does your organisation work?",
            "If it works across several regions, choose 'International'.",
            required=True,
        ),
        q(
            "text",
            "country",
            "In which country is your organisation based?",
            required=True,
        ),
        q(
            "select_one years",
            "years_existence",
            "How long has your organisation existed?",
            required=True,
        ),
        q(
            "select_one yes_no_dk",
            "legally_registered",
            "Is your organisation legally registered?",
        ),
        q(
            "select_one yes_no_dk",
            "statutes",
            "Does your organisation have written statutes (a constitution)?",
        ),
        q(
            "select_one yes_no_dk",
            "registered_membership",
            "Does your organisation have registered members?",
        ),
        q(
            "integer",
            "number_of_members",
            "How many registered members does your organisation have?",
            "An estimate is fine.",
            relevant="${registered_membership} = 'yes'",
            constraint=". >= 1 and . <= 100000",
            constraint_message="Write a number of members between 1 and 100000.",
        ),
        q(
            "calculate",
            "members_band",
            calculation="if(${number_of_members} = '', '', "
            "if(${number_of_members} <= 50, 'up to 50', 'more than 50'))",
        ),
        q(
            "select_multiple funding_source",
            "funding",
            "Where does your organisation's funding come from?",
            "Tick all that apply.",
            required=True,
            constraint=NONE_EXCLUSIVE,
            constraint_message=NONE_EXCLUSIVE_MESSAGE,
        ),
        q(
            "select_multiple level",
            "gov_funding_level",
            "Governmental funding: at which levels is it given?",
            "Tick all that apply.",
            relevant="selected(${funding}, 'governmental')",
        ),
        q(
            "select_multiple level",
            "private_funding_level",
            "Private funding: at which levels are the activities it pays for?",
            "Tick all that apply.",
            relevant="selected(${funding}, 'private')",
        ),
        q(
            "calculate",
            "funding_both",
            calculation="if(selected(${funding}, 'private') and "
            "selected(${funding}, 'governmental'), 'yes', 'no')",
        ),
        q(
            "select_multiple level",
            "work_levels",
            "At which levels does your organisation work?",
            "Tick all that apply.",
        ),
        q(
            "begin_group",
            "org_type_grid",
            "How far does each of these describe your organisation?",
            appearance=GRID,
        ),
        q("select_one extent", "type_advocacy", "An interest (advocacy) organisation"),
        q("select_one extent", "type_patient", "A patient organisation"),
        q("select_one extent", "type_drug_user", "A drug user organisation"),
        q("select_one extent", "type_peer_hr", "A peer-driven harm reduction organisation"),
        q("select_one extent", "type_specified_peer", "A specified peer organisation"),
        end_group(),
        q(
            "select_multiple peer_group",
            "peer_groups",
            "Which peer groups does your organisation work with?",
            "Tick all that apply.",
            relevant="${type_specified_peer} = 'partly' or ${type_specified_peer} = 'very_much'",
        ),
        q(
            "text",
            "peer_groups_other",
            "Other peer group, please say",
            relevant="selected(${peer_groups}, 'other')",
        ),
        q(
            "select_multiple priority",
            "main_priorities",
            "What are your organisation's main priorities?",
            "Choose up to three.",
            constraint="count-selected(.) <= 3",
            constraint_message="Choose no more than three.",
        ),
        q(
            "select_multiple activity",
            "main_activities",
            "What are your organisation's main activities?",
            "Tick all that apply.",
        ),
        q(
            "text",
            "main_activities_other",
            "Other activity, please say",
            relevant="selected(${main_activities}, 'other')",
        ),
        q(
            "select_one yes_no_dk",
            "provides_services",
            "Does your organisation provide services to people who use drugs?",
        ),
        q(
            "select_multiple service",
            "services",
            "Which services does your organisation provide?",
            "Tick all that apply.",
            relevant="${provides_services} = 'yes'",
        ),
        q(
            "begin_group",
            "target_grid",
            "How much are these groups involved in or targeted by your organisation's work?",
            appearance=GRID,
        ),
        q("select_one extent", "target_people_who_use_drugs", "People who use drugs"),
        q("select_one extent", "target_policy_makers", "Policy makers"),
        q("select_one extent", "target_scientists", "Scientists"),
        q("select_one extent", "target_medical", "Medical professionals"),
        q(
            "select_one extent",
            "target_non_medical",
            "Non-medical professionals in drug-related fields",
        ),
        q("select_one extent", "target_public", "The public"),
        q("select_one extent", "target_media", "Media"),
        q("select_one extent", "target_peer_groups", "Specified peer groups"),
        end_group(),
        q(
            "text",
            "comments",
            "Is there anything else you would like to tell us about your organisation or "
            "what it needs?",
            identifying=True,
        ),
        q("note", "end_note", "Thank you. Your answers help build the international network."),
    ]
    choices = [
        *choice_list(
            "yes_no_dk",
            ("yes", "Yes"),
            ("no", "No"),
            ("dont_know", "Don't know", MISSING),
        ),
        *choice_list(
            "region",
            ("europe_eu", "Europe: a European Union member state"),
            ("europe_other", "Europe: outside the European Union"),
            ("asia", "Asia"),
            ("oceania", "Oceania"),
            ("north_america", "North America"),
            ("south_america", "South America"),
            ("africa", "Africa"),
            ("international", "International (several regions)"),
        ),
        *choice_list(
            "years",
            ("less_than_1", "Less than 1 year"),
            ("one_to_5", "1 to 5 years"),
            ("more_than_5", "More than 5 years"),
        ),
        *choice_list(
            "funding_source",
            ("private", "Private funding (foundations, donors, private grants)"),
            ("governmental", "Governmental funding (public money)"),
            ("none", "No funding at the moment"),
        ),
        *choice_list(
            "level",
            ("city", "City"),
            ("regional", "Regional"),
            ("national", "National"),
            ("international", "International"),
        ),
        *choice_list(
            "extent",
            ("not_at_all", "Not at all"),
            ("partly", "Partly"),
            ("very_much", "Very much"),
        ),
        *choice_list(
            "peer_group",
            ("drug_users", "People who use drugs in general"),
            ("injectors", "People who inject drugs"),
            ("maintenance", "People on maintenance (substitution) treatment"),
            ("peer_educators", "Peer educators"),
            ("sex_workers", "Sex workers"),
            ("party", "Ravers and party drug users"),
            ("homeless", "Homeless people"),
            ("plwha", "People living with HIV/AIDS"),
            ("bbv", "People with hepatitis C or other blood-borne infections"),
            ("prison", "People in prison or with a prison background"),
            ("women", "Women who use drugs"),
            ("gay_trans", "Gay and transgender people"),
            ("relatives", "Relatives of people who use drugs"),
            ("cannabis", "Cannabis users"),
            ("young_people", "Young people at risk"),
            ("other", "Other"),
        ),
        *choice_list(
            "priority",
            ("advocacy", "Advocacy"),
            ("harm_reduction", "Harm reduction"),
            ("peer_support_du", "Peer support and education for people who use drugs"),
            ("peer_support_plwha", "Peer support for people living with HIV/AIDS"),
            ("media", "Media production"),
            ("training", "Trainings, workshops and peer meetings"),
            ("accommodation", "Accommodation and other service programmes"),
            ("treatment", "Detox, treatment and rehabilitation centres"),
            ("empowerment", "Community empowerment and mobilising"),
            ("youth_prevention", "Drug and blood-borne infection prevention for young people"),
            ("public_health", "Public health system"),
            ("networking", "Networking at international level"),
        ),
        *choice_list(
            "activity",
            ("advocacy_policy", "Advocacy and health or drug policy making"),
            ("peer_support_plwha", "Peer support for people living with HIV/AIDS"),
            ("peer_support_du", "Peer support for people who use drugs"),
            ("bbv_prevention", "HIV and other blood-borne infection education and prevention"),
            ("drug_prevention", "Drug prevention"),
            ("magazines", "Online or printed magazines and newsletters"),
            ("info_materials", "Producing other information materials"),
            ("training", "Trainings, workshops, seminars and peer meetings"),
            ("party_scene", "Education and peer support in the party scene"),
            ("accommodation", "Accommodation projects"),
            ("drop_in", "Drop-in with various services"),
            ("public_awareness", "Raising public awareness"),
            ("youth_campaigns", "Prevention and education campaigns for young people"),
            ("safer_use", "Safer sex and safer drug use education"),
            ("treatment", "Detox, treatment and rehabilitation"),
            ("helplines", "Help lines and hot lines"),
            ("basic_health", "Basic health care services"),
            ("research", "Research and guidelines"),
            ("overdose", "Overdose management programme"),
            ("legal", "Legal counselling"),
            ("other", "Other"),
        ),
        *choice_list(
            "service",
            ("awareness", "Awareness and information"),
            ("peer_support", "Peer support"),
            ("outreach", "Outreach and prevention"),
            ("newsletters", "Newsletters and magazines"),
            ("info_materials", "Information, education and promotion materials"),
            ("drop_in", "Drop-in (basic needs, classes, telephone, internet)"),
            ("needle_exchange", "Needle exchange"),
            ("bbv_education", "Drug and blood-borne infection education and prevention"),
            ("training", "Trainings, seminars and workshops"),
            ("treatment", "Detox and treatment centres"),
            ("party_organisers", "Support and information for party organisers"),
            ("syringe_patrol", "Syringe patrols (collecting used needles)"),
            ("consultations", "Face-to-face consultations"),
            ("medical_referrals", "Medical referrals"),
            ("legal_help", "Legal help and advice"),
            ("drug_checking", "Drug checking"),
            ("crisis_support", "Crisis support, relax or chill-out zone"),
            ("websites", "Regularly updated websites"),
            ("helplines", "Telephone help lines"),
        ),
    ]
    return Questionnaire(
        file_name="drug_user_organisation_profile.xlsx",
        form_id="duo_profile",
        form_title="Drug user organisation profile (INPUD survey)",
        languages=(EN,),
        survey=survey,
        choices=choices,
    )


# --- Writing the workbooks ---------------------------------------------------------------------


def _headers(columns: list[str], languages: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """``(header, base column, language index)`` for each sheet column."""
    headers = []
    for column in columns:
        if column in TRANSLATED:
            headers += [(f"{column}::{lang}", column, i) for i, lang in enumerate(languages)]
        else:
            headers.append((column, column, 0))
    return headers


def _cell_text(value: Text, languages: tuple[str, ...], index: int, where: str) -> str:
    if isinstance(value, tuple):
        if len(value) < len(languages):
            raise ValueError(f"{where}: needs a text for each of {languages}")
        return value[index]
    if value and len(languages) > 1:
        raise ValueError(f"{where}: {value!r} needs a translation for each of {languages}")
    return value


def _write_sheet(
    workbook: Workbook,
    title: str,
    columns: list[str],
    rows: list[dict[str, Text]],
    languages: tuple[str, ...],
) -> None:
    sheet = workbook.create_sheet(title)
    headers = _headers(columns, languages)
    sheet.append([header for header, _, _ in headers])
    for row_number, row in enumerate(rows, start=2):
        values = []
        for header, column, index in headers:
            where = f"{title} row {row_number} ({row.get('name', '')}) {header}"
            value = row.get(column, "")
            if column in TRANSLATED:
                text = _cell_text(value, languages, index, where)
            elif isinstance(value, str):
                text = value
            else:
                raise ValueError(f"{where}: only translated columns take one text per language")
            if text.startswith("="):
                raise ValueError(f"{where}: text must not look like a formula")
            values.append(text or None)
        sheet.append(values)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for position, (_, column, _) in enumerate(headers, start=1):
        letter = sheet.cell(row=1, column=position).column_letter
        sheet.column_dimensions[letter].width = COLUMN_WIDTHS[column]


def _check(form: Questionnaire) -> None:
    """Catch mistakes that the workbook would carry silently: duplicate or unknown names."""
    names = [row["name"] for row in form.survey if row["name"]]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"{form.form_id}: duplicate question names {sorted(duplicates)}")
    lists = {row["list_name"] for row in form.choices}
    keys = [(row["list_name"], row["name"]) for row in form.choices]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{form.form_id}: duplicate choice names in a list")
    for row in form.survey:
        type_ = str(row["type"])
        if type_.startswith("select_") and type_.split()[1] not in lists:
            raise ValueError(f"{form.form_id}: {row['name']} uses an unknown list {type_}")
        for column in ("relevant", "constraint", "calculation"):
            for reference in re.findall(r"\$\{(\w+)\}", str(row[column])):
                if reference not in names:
                    raise ValueError(f"{form.form_id}: {row['name']} refers to ${{{reference}}}")


def build_workbook(form: Questionnaire) -> Workbook:
    _check(form)
    workbook = Workbook()
    workbook.remove(workbook.active)
    _write_sheet(workbook, "survey", SURVEY_COLUMNS, form.survey, form.languages)
    _write_sheet(workbook, "choices", CHOICE_COLUMNS, form.choices, form.languages)
    settings = {
        "form_id": form.form_id,
        "form_title": form.form_title,
        "version": "1",
        "default_language": form.languages[0],
        "participant_code": form.participant_code,
    }
    _write_sheet(workbook, "settings", SETTINGS_COLUMNS, [settings], (form.languages[0],))
    return workbook


def save_reproducibly(workbook: Workbook, path: Path) -> None:
    """Save so that the same workbook gives the same bytes: openpyxl stamps the save time into
    ``docProps/core.xml`` and every zip entry, so both are replaced by fixed dates."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    output = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(
                        rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                        rf"\g<1>{DOCUMENT_DATE}\g<2>",
                        text,
                    )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
    path.write_bytes(output.getvalue())


QUESTIONNAIRES = [
    hepatitis_c_peer_survey,
    training_employment_barriers,
    drug_user_organisation_profile,
]


def main(argv: list[str] | None = None) -> int:
    """Write every example into ``resources/examples`` (or the folder given as an argument)."""
    args = sys.argv[1:] if argv is None else argv
    repository = Path(__file__).resolve().parent.parent
    folder = Path(args[0]) if args else repository / "resources" / "examples"
    folder.mkdir(parents=True, exist_ok=True)
    for make in QUESTIONNAIRES:
        form = make()
        path = folder / form.file_name
        save_reproducibly(build_workbook(form), path)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
