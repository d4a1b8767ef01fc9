"""A fresh data set built from a published table: the INPUD online research of 2007 (38 drug
user organisations from 21 countries; see the INPUD conclusions in the project's sources).

The published figures it reproduces: by region 19 from Europe (17 of them from the European
Union), 10 from Asia, 6 from North America, 1 each from Oceania, Africa and international
work; 25 organisations had governmental funding (67.57%, of the 37 that answered), only 1 of
them at international level; 16 (42.11%) name policy makers as a main target and 17 (44.74%)
partly; 20 (52.63%) had private grants for international work. The rest (services, members,
written answers coded into themes) is made up around them, with small numbers on purpose.
"""

from __future__ import annotations

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.storage.database import Database
from duodesk.storage.themes import add_theme, answers_to_code, code_answer
from tests.analysis.projects import store_interviews

FORM = "inpud_2007"
REGIONS = {  # region -> organisations (published)
    "europe_other": 2,  # 19 from Europe, 17 of them from the EU
    "eu": 17,
    "asia": 10,
    "oceania": 1,
    "north_america": 6,
    "africa": 1,
    "international": 1,
}
SITE = {"asia": "Asia", "north_america": "North America"}  # others: "Europe and elsewhere"


def _choices(name: str, *pairs: tuple[str, str]) -> ChoiceList:
    return ChoiceList(name, tuple(Choice(n, {"": label}) for n, label in pairs))


def questionnaire() -> Questionnaire:
    lists = {
        "region": _choices(
            "region",
            ("europe_other", "Europe, outside the EU"),
            ("eu", "European Union"),
            ("asia", "Asia"),
            ("oceania", "Oceania"),
            ("north_america", "North America"),
            ("africa", "Africa"),
            ("international", "International level"),
        ),
        "yes_no": _choices("yes_no", ("yes", "Yes"), ("no", "No")),
        "target": _choices("target", ("yes", "Yes"), ("partly", "Partly"), ("no", "No")),
        "services": _choices(
            "services",
            ("awareness", "Awareness and information"),
            ("peer", "Peer support"),
            ("outreach", "Outreach and prevention"),
            ("needles", "Needle exchange"),
            ("checking", "Drug checking"),
        ),
    }
    return Questionnaire(
        Settings(FORM, "Drug user organisations world-wide", "1", extra={"unit": "organisations"}),
        (
            Question("region", QuestionType.SELECT_ONE, {"": "Region"}, list_name="region"),
            Question(
                "gov_funding",
                QuestionType.SELECT_ONE,
                {"": "Have you received governmental funding?"},
                list_name="yes_no",
            ),
            Question(
                "gov_international",
                QuestionType.SELECT_ONE,
                {"": "Was it for activities at international level?"},
                list_name="yes_no",
                relevant="${gov_funding} = 'yes'",
            ),
            Question(
                "policy_makers",
                QuestionType.SELECT_ONE,
                {"": "Are policy makers a target of your work?"},
                list_name="target",
            ),
            Question(
                "private_international",
                QuestionType.SELECT_ONE,
                {"": "Have you received private grants for international work?"},
                list_name="yes_no",
            ),
            Question(
                "services",
                QuestionType.SELECT_MULTIPLE,
                {"": "Which services do you provide?"},
                list_name="services",
            ),
            Question("members", QuestionType.INTEGER, {"": "How many members?"}),
            Question("why_started", QuestionType.TEXT, {"": "Why did your group start?"}),
        ),
        lists,
    )


def organisations() -> list[tuple[str, dict]]:
    """(site, answers) for the 38 organisations."""
    regions = [region for region, count in REGIONS.items() for _ in range(count)]
    rows = []
    for i, region in enumerate(regions):
        answers: dict[str, object] = {"region": region}
        if i != 37:  # one did not say (25 of 37: 67.57%)
            answers["gov_funding"] = "yes" if i < 25 else "no"
            if i < 25:
                answers["gov_international"] = "yes" if i == 3 else "no"
        answers["policy_makers"] = "yes" if i < 16 else "partly" if i < 33 else "no"
        answers["private_international"] = "yes" if i % 2 == 0 or i == 37 else "no"
        if i >= 8:  # 8 did not provide information on their services
            ticks = ["awareness"]
            if i % 2:
                ticks.append("peer")
            if i % 3 == 0:
                ticks.append("outreach")
            if i in (10, 20):
                ticks.append("needles")  # 2: too few to show
            if i == 30:
                ticks.append("checking")  # 1
            answers["services"] = tuple(ticks)
        answers["members"] = 5 + (i * 7) % 60
        answers["why_started"] = f"Organisation {i:02d}: we started because nobody listened"
        rows.append((SITE.get(region, "Europe and elsewhere"), answers))
    return rows


THEMES = {"Nobody listened": range(0, 30), "Friends died": range(10, 26), "Police": (5, 6)}


def store_inpud(database: Database) -> None:
    form = questionnaire()
    rows = organisations()
    first = True
    for site in dict.fromkeys(s for s, _ in rows):
        store_interviews(
            database,
            form,
            [answers for s, answers in rows if s == site],
            site=site,
            interview_date="2007-06-01",
            version_id=None if first else _version(database),
        )
        first = False
    with database.session() as session:
        ids = {label: add_theme(session, FORM, "why_started", label).id for label in THEMES}
        for answer in answers_to_code(session, FORM, "why_started"):
            number = int(answer.text.split()[1].rstrip(":"))
            given = [ids[label] for label, who in THEMES.items() if number in who]
            code_answer(session, FORM, "why_started", answer.interview_id, given)


def _version(database: Database) -> int:
    from duodesk.storage.questionnaires import all_versions

    with database.read_session() as session:
        return all_versions(session, FORM)[-1].version_id
