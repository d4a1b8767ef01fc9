"""A small survey with hand-worked answers, for tests whose expected numbers are worked out
by hand (see the comments in the tests)."""

from __future__ import annotations

from datetime import UTC, datetime

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.storage.database import Database
from duodesk.storage.models import Interview, InterviewStatus
from tests.analysis.projects import store_interviews, store_questionnaire


def _choices(name: str, *items: tuple[str, str] | tuple[str, str, bool]) -> ChoiceList:
    return ChoiceList(
        name,
        tuple(Choice(i[0], {"": i[1]}, missing=len(i) > 2 and bool(i[2])) for i in items),
    )


def survey(*, version: str = "2", older: bool = False) -> Questionnaire:
    """The survey; ``older`` gives its first version, without the comment question and the
    "Other" funding choice."""
    funding = [("city", "City"), ("regional", "Regional"), ("national", "National")]
    if not older:
        funding.append(("other", "Other"))
    lists = [
        _choices("sex", ("male", "Male"), ("female", "Female"), ("refused", "Refused", True)),
        _choices("yes_no", ("yes", "Yes"), ("no", "No"), ("dont_know", "Don't know", True)),
        _choices("reasons", ("prison", "In prison"), ("symptoms", "No symptoms")),
        _choices("funding", *funding),
        _choices("agree", ("agree", "Agree"), ("neutral", "Neutral"), ("disagree", "Disagree")),
    ]
    questions: list[Question | Group] = [
        Question("sex", QuestionType.SELECT_ONE, {"": "Sex"}, list_name="sex"),
        Question("age", QuestionType.INTEGER, {"": "Age"}),
        Question("referred", QuestionType.SELECT_ONE, {"": "Referred?"}, list_name="yes_no"),
        Question(
            "reasons",
            QuestionType.SELECT_MULTIPLE,
            {"": "Why not referred?"},
            list_name="reasons",
            relevant="${referred} = 'no'",
        ),
        Question("funding", QuestionType.SELECT_MULTIPLE, {"": "Funding"}, list_name="funding"),
        Group(
            "views",
            {"": "Your views"},
            appearance="table-list",
            children=(
                Question("g1", QuestionType.SELECT_ONE, {"": "Staff listen"}, list_name="agree"),
                Question("g2", QuestionType.SELECT_ONE, {"": "Easy to reach"}, list_name="agree"),
            ),
        ),
    ]
    if not older:
        questions.append(Question("comment", QuestionType.TEXT, {"": "Anything else?"}))
    return Questionnaire(
        Settings("views", "Views survey", "1" if older else version),
        tuple(questions),
        {c.name: c for c in lists},
    )


# (site, interviewer, date, answers): five complete interviews.
INTERVIEWS = [
    (
        "A",
        "Ann",
        "2026-01-10",
        dict(
            sex="male",
            age=20,
            referred="yes",
            funding=("city", "regional"),
            g1="agree",
            g2="agree",
            comment="Kind staff",
        ),
    ),
    (
        "A",
        "Ann",
        "2026-01-20",
        dict(
            sex="male",
            age=30,
            referred="no",
            reasons=("prison",),
            funding=("city",),
            g1="agree",
            g2="disagree",
        ),
    ),
    (
        "A",
        "Bob",
        "2026-02-05",
        dict(
            sex="female",
            age=40,
            referred="no",
            funding=("city", "regional"),
            g1="neutral",
            comment="Far away",
        ),
    ),
    (
        "B",
        "Bob",
        "2026-02-10",
        dict(sex="female", referred="dont_know", funding=("national",), g1="disagree", g2="agree"),
    ),
    ("B", "Bob", "2026-03-01", dict(sex="refused", age=50, referred="yes")),
]


def store_survey(database: Database, *, drafts: bool = True) -> Questionnaire:
    """The survey with its five complete interviews; with ``drafts``, also a draft and a
    deleted interview, which summaries must never count."""
    questionnaire = survey()
    version_id = store_questionnaire(database, questionnaire)
    for site, interviewer, day, answers in INTERVIEWS:
        store_interviews(
            database,
            questionnaire,
            [answers],
            version_id=version_id,
            site=site,
            interviewer=interviewer,
            interview_date=day,
        )
    if drafts:
        unfinished = dict(sex="male", age=99, referred="yes", funding=("other",))
        store_interviews(
            database,
            questionnaire,
            [unfinished],
            version_id=version_id,
            site="A",
            status=InterviewStatus.DRAFT,
        )
        store_interviews(database, questionnaire, [unfinished], version_id=version_id, site="A")
        with database.session() as session:
            newest = session.query(Interview).order_by(Interview.id.desc()).first()
            newest.deleted_at = datetime.now(UTC)
    return questionnaire
