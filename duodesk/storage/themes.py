"""Coding written answers into themes: the themes of a text question and each coder's coding.

A theme belongs to one text question of one questionnaire (matched by name across versions,
as summaries match questions). Each written answer gets, per coder, a :class:`ThemeCoding`
row (coded, or not codable) and one :class:`ThemeCode` row per theme given to it. The coder
``MAIN_CODER`` ("") is the coding counted in results; a second coder codes under their own
name, blind to the main coding, so that agreement can be measured
(:mod:`duodesk.analysis.themes`).

Every change is one function taking the caller's session; the audit trail gets names and
counts, never an answer's text.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from duodesk.core.questionnaire import Question, QuestionType
from duodesk.core.spreadsheet import FORMULA_STARTS
from duodesk.i18n import translate
from duodesk.storage.audit import record_event
from duodesk.storage.double_entry import counted_paper_entries
from duodesk.storage.models import (
    Answer,
    CodingClearing,
    Interview,
    InterviewStatus,
    ProjectSetting,
    QuestionnaireRecord,
    QuestionnaireVersion,
    Theme,
    ThemeCode,
    ThemeCoding,
    ThemeRemoval,
    utc_now,
)
from duodesk.storage.questionnaires import all_versions

MAIN_CODER = ""
#: The main coding of an answer as it was before a disagreement about it was first settled,
#: kept so that agreement between coders stays the blind agreement. No typed name can be
#: this one (names are trimmed and their spaces collapsed), so nobody codes as it.
BLIND_MAIN_CODER = "\tmain coding before settling"
THEMES_SUFFIX = "_themes"
ANSWERED = 1  # duodesk.core.records.AnswerStatus.ANSWERED


class ThemeError(ValueError):
    """A coding change that cannot be made; ``str()`` is a sentence for the person."""


@dataclass(frozen=True)
class ThemeInfo:
    id: int
    name: str  # short, no spaces: names the theme in coding sheets and subsets
    label: str
    description: str
    position: int


@dataclass(frozen=True)
class AnswerToCode:
    """One written answer and one coder's coding of it.

    ``themes`` are theme ids; ``coded`` is False until the coder has decided on the answer
    (given themes or marked it not codable).
    """

    interview_id: int
    interview_uuid: str
    site: str
    interview_date: str
    text: str
    themes: frozenset[int]
    not_codable: bool
    coded: bool


def text_question(session: Session, form_id: str, question: str) -> Question:
    """The text question ``question`` of ``form_id`` (newest version that has it).
    ThemeError when the questionnaire or the question does not exist or is not written, or
    when the questionnaire marks it as identifying: such answers are never coded or quoted."""
    item = _written_question(session, form_id, question)
    if item.identifying:
        raise ThemeError(
            translate(
                "Storage",
                '"{question}" is marked as identifying in the questionnaire (its answers '
                "could tell who a person is), so its answers are never coded into themes "
                "or quoted.",
            ).format(question=question)
        )
    return item


def identifying_question(session: Session, form_id: str, question: str) -> bool:
    """True when the questionnaire marks ``question`` as identifying (or does not have it
    any more): its answers are then never coded, counted as themes or quoted."""
    try:
        return _written_question(session, form_id, question).identifying
    except ThemeError:
        return True


def _written_question(session: Session, form_id: str, question: str) -> Question:
    versions = all_versions(session, form_id)
    if not versions:
        raise ThemeError(
            translate("Storage", 'There is no questionnaire "{form_id}" in this project.').format(
                form_id=form_id
            )
        )
    for version in reversed(versions):
        for item in version.questionnaire.questions():
            if item.name == question:
                if version.questionnaire.repeats_of(item.name):
                    raise ThemeError(
                        translate(
                            "Storage",
                            '"{question}" is asked once per instance of a repeat; coding those '
                            "answers into themes is not possible yet.",
                        ).format(question=question)
                    )
                if item.type is not QuestionType.TEXT:
                    other = f"{question}_other"
                    has_other = any(q.name == other for q in version.questionnaire.questions())
                    said = translate(
                        "Storage",
                        '"{question}" is not a question answered in words, so its answers '
                        "cannot be coded into themes.",
                    ).format(question=question)
                    if has_other:
                        said += " " + translate(
                            "Storage",
                            'The words people wrote for "Other" are the question "{other}": '
                            "code that one.",
                        ).format(other=other)
                    raise ThemeError(said)
                return item
    raise ThemeError(
        translate("Storage", 'There is no question called "{question}" in "{title}".').format(
            question=question, title=versions[-1].questionnaire.title
        )
    )


def list_themes(session: Session, form_id: str, question: str) -> tuple[ThemeInfo, ...]:
    """The question's themes in the order the coders made them (or arranged them)."""
    rows = session.scalars(
        select(Theme)
        .where(Theme.form_id == form_id, Theme.question == question)
        .order_by(Theme.position, Theme.id)
    )
    return tuple(_info(theme) for theme in rows)


def coded_questions(session: Session, form_id: str) -> tuple[str, ...]:
    """The questions of ``form_id`` that have at least one theme, in no particular order.
    A question the questionnaire marks as identifying is left out even if it has themes
    (made before it was marked): its answers are never counted as themes or quoted."""
    questions = session.scalars(select(Theme.question).where(Theme.form_id == form_id).distinct())
    return tuple(q for q in questions if not identifying_question(session, form_id, q))


EDITED_KEY = "theme_edited/"  # + the theme's UUID: when its words were last changed


def theme_edited_at(session: Session, theme: Theme) -> str:
    """When the theme's label or description last changed (a sortable time text; its making
    when never). Kept as a project setting, so that a merge of transfer files can let the
    latest words win."""
    from duodesk.storage.team import stamp

    value = session.get(ProjectSetting, EDITED_KEY + str(theme.uuid))
    return value.value if value is not None else stamp(theme.created_at) or ""


def mark_theme_edited(session: Session, theme: Theme, at: str | None = None) -> None:
    """Note that the theme's words changed now (or at ``at``, a time text from elsewhere)."""
    from duodesk.storage.team import stamp

    key = EDITED_KEY + str(theme.uuid)
    value = at or stamp(utc_now()) or ""
    setting = session.get(ProjectSetting, key)
    if setting is None:
        session.add(ProjectSetting(key=key, value=value))
    else:
        setting.value = value


def _info(theme: Theme) -> ThemeInfo:
    return ThemeInfo(theme.id, theme.name, theme.label, theme.description, theme.position)


def _short_name(label: str, taken: Collection[str]) -> str:
    base = re.sub(r"[^0-9a-z]+", "_", label.casefold()).strip("_")[:40] or "theme"
    if not base[0].isalpha():
        base = "theme_" + base
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    return name


def theme_label_problem(label: str) -> str | None:
    """Why ``label`` (already trimmed) cannot name a theme, as a sentence, or None.

    A ";" would split the theme in two in a coding sheet, which separates themes with ";".
    A name starting like a spreadsheet formula ("=", "+", "-", "@") could run as one when a
    coding sheet is opened in a spreadsheet program.
    """
    if not label:
        return translate("Storage", "A theme needs a name.")
    if ";" in label:
        return translate(
            "Storage",
            'A theme name cannot contain ";" ("{label}"): coding sheets use it to separate '
            "themes. Use a comma or a dash instead.",
        ).format(label=label)
    if label.startswith(FORMULA_STARTS):
        return translate(
            "Storage",
            'A theme name cannot start with "{first}" ("{label}"): a spreadsheet would read '
            "it as a formula.",
        ).format(first=label[0], label=label)
    return None


def add_theme(
    session: Session, form_id: str, question: str, label: str, description: str = ""
) -> ThemeInfo:
    """Make a new theme for ``question``; ThemeError for an empty label or one already used
    by another theme of the question (in any capitals)."""
    text_question(session, form_id, question)
    label = " ".join(label.split())
    if problem := theme_label_problem(label):
        raise ThemeError(problem)
    themes = list_themes(session, form_id, question)
    if any(t.label.casefold() == label.casefold() for t in themes):
        raise ThemeError(
            translate("Storage", 'There is already a theme called "{label}".').format(label=label)
        )
    theme = Theme(
        form_id=form_id,
        question=question,
        name=_short_name(label, {t.name for t in themes}),
        label=label,
        description=description.strip(),
        position=max((t.position for t in themes), default=0) + 1,
    )
    session.add(theme)
    session.flush()
    record_event(session, "theme_added", subject=f"{form_id}/{question}", details={"theme": label})
    return _info(theme)


def _theme(session: Session, theme_id: int) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise ThemeError(
            translate("Storage", "That theme no longer exists; somebody may have merged it.")
        )
    return theme


def rename_theme(session: Session, theme_id: int, label: str) -> ThemeInfo:
    """Give a theme a new label (its short name stays, so coding sheets still match)."""
    theme = _theme(session, theme_id)
    label = " ".join(label.split())
    if problem := theme_label_problem(label):
        raise ThemeError(problem)
    others = list_themes(session, theme.form_id, theme.question)
    if any(t.id != theme_id and t.label.casefold() == label.casefold() for t in others):
        raise ThemeError(
            translate(
                "Storage", 'There is already a theme called "{label}"; merge them instead.'
            ).format(label=label)
        )
    old, theme.label = theme.label, label
    mark_theme_edited(session, theme)
    record_event(
        session,
        "theme_renamed",
        subject=f"{theme.form_id}/{theme.question}",
        details={"from": old, "to": label},
    )
    return _info(theme)


def describe_theme(session: Session, theme_id: int, description: str) -> ThemeInfo:
    """Set what a theme means (shown to coders and listed in the codebook)."""
    theme = _theme(session, theme_id)
    theme.description = description.strip()
    mark_theme_edited(session, theme)
    return _info(theme)


def merge_themes(session: Session, keep_id: int, absorbed_id: int) -> ThemeInfo:
    """Give every answer coded with ``absorbed_id`` the theme ``keep_id`` instead (by every
    coder) and remove ``absorbed_id``. ThemeError when they are the same theme or belong to
    different questions."""
    keep, absorbed = _theme(session, keep_id), _theme(session, absorbed_id)
    if keep.id == absorbed.id:
        raise ThemeError(translate("Storage", "Choose two different themes to merge."))
    if (keep.form_id, keep.question) != (absorbed.form_id, absorbed.question):
        raise ThemeError(translate("Storage", "Only themes of the same question can be merged."))
    moved = move_codes(session, absorbed.id, keep.id)
    label = absorbed.label
    remember_removal(session, absorbed, keep.uuid)
    session.delete(absorbed)
    if not keep.description and absorbed.description:
        keep.description = absorbed.description
        mark_theme_edited(session, keep)
    record_event(
        session,
        "themes_merged",
        subject=f"{keep.form_id}/{keep.question}",
        details={"kept": keep.label, "merged": label, "answers": moved},
    )
    return _info(keep)


def move_codes(session: Session, from_id: int, to_id: int | None) -> int:
    """Give every answer coded with theme ``from_id`` the theme ``to_id`` instead (by every
    coder; None: no theme in its place) and take ``from_id`` off them; how many codes moved."""
    codes = session.execute(
        select(ThemeCode.interview_id, ThemeCode.question, ThemeCode.coder).where(
            ThemeCode.theme_id == from_id
        )
    ).all()
    if to_id is not None:
        have = set(
            session.execute(
                select(ThemeCode.interview_id, ThemeCode.question, ThemeCode.coder).where(
                    ThemeCode.theme_id == to_id
                )
            ).all()
        )
        for interview_id, question, coder in codes:
            if (interview_id, question, coder) not in have:
                session.add(
                    ThemeCode(
                        interview_id=interview_id, question=question, coder=coder, theme_id=to_id
                    )
                )
        session.flush()
    session.execute(delete(ThemeCode).where(ThemeCode.theme_id == from_id))
    return len(codes)


def remember_removal(
    session: Session,
    theme: Theme,
    merged_into: uuid.UUID | None,
    at: datetime | None = None,
    laptop: str | None = None,
) -> None:
    """Keep a note that ``theme`` is gone (merged into the theme ``merged_into``; None: with
    no theme in its place), so that the removal travels in transfer files. A theme has one
    note: a later removal (one that brought it back first, see
    :func:`duodesk.storage.merge`) replaces an earlier one."""
    from duodesk.storage.team import laptop_id

    removal = session.get(ThemeRemoval, theme.uuid)
    if removal is None:
        removal = ThemeRemoval(
            uuid=theme.uuid, form_id=theme.form_id, question=theme.question, name=theme.name
        )
        session.add(removal)
    removal.merged_into = merged_into
    removal.removed_at = at or utc_now()
    removal.laptop_id = laptop or laptop_id(session)
    session.flush()


def answers_to_code(
    session: Session, form_id: str, question: str, coder: str = MAIN_CODER
) -> tuple[AnswerToCode, ...]:
    """Every written answer to ``question`` in the complete interviews of ``form_id`` (oldest
    interview date first, undated last) with ``coder``'s coding of it."""
    text_question(session, form_id, question)
    rows = session.execute(
        select(Interview.id, Interview.uuid, Interview.site, Interview.interview_date, Answer.value)
        .join(Answer, Answer.interview_id == Interview.id)
        .where(Answer.question == question, Answer.status == ANSWERED)
        .where(Interview.id.in_(_form_interviews(form_id)))
        .order_by(Interview.interview_date == "", Interview.interview_date, Interview.id)
    ).all()
    codings = {
        coding.interview_id: coding
        for coding in session.scalars(
            select(ThemeCoding).where(ThemeCoding.question == question, ThemeCoding.coder == coder)
        )
    }
    themes: dict[int, set[int]] = defaultdict(set)
    for interview_id, theme_id in session.execute(
        select(ThemeCode.interview_id, ThemeCode.theme_id).where(
            ThemeCode.question == question, ThemeCode.coder == coder
        )
    ):
        themes[interview_id].add(theme_id)
    answers = []
    for interview_id, interview_uuid, site, day, text in rows:
        if not (text or "").strip():
            continue
        coding = codings.get(interview_id)
        answers.append(
            AnswerToCode(
                interview_id=interview_id,
                interview_uuid=str(interview_uuid),
                site=site or "",
                interview_date=day or "",
                text=text or "",
                themes=frozenset(themes.get(interview_id, ())),
                not_codable=bool(coding and coding.not_codable),
                coded=coding is not None,
            )
        )
    return tuple(answers)


def _form_interviews(form_id: str):
    return (
        select(Interview.id)
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
        .join(QuestionnaireRecord, QuestionnaireRecord.id == QuestionnaireVersion.questionnaire_id)
        .where(
            QuestionnaireRecord.form_id == form_id,
            Interview.status == InterviewStatus.COMPLETE,
            Interview.deleted_at.is_(None),
            # A paper datasheet's answers are coded once: on its counted entry, never on the
            # blind check (nor on a first entry not counted yet).
            counted_paper_entries(),
        )
    )


def code_answer(
    session: Session,
    form_id: str,
    question: str,
    interview_id: int,
    themes: Collection[int],
    *,
    not_codable: bool = False,
    coder: str = MAIN_CODER,
    coded_by: str = "",
) -> None:
    """Record ``coder``'s coding of one answer: exactly ``themes`` (theme ids of the
    question), or not codable (then no themes). Replaces the coder's earlier coding of it."""
    text_question(session, form_id, question)  # never an identifying question
    if not_codable and themes:
        raise ThemeError(
            translate("Storage", "An answer marked not codable cannot have themes too.")
        )
    known = {t.id for t in list_themes(session, form_id, question)}
    unknown = set(themes) - known
    if unknown:
        raise ThemeError(
            translate(
                "Storage", "One of those themes no longer exists; somebody may have merged it."
            )
        )
    key = (interview_id, question, coder)
    session.execute(
        delete(ThemeCode).where(
            ThemeCode.interview_id == interview_id,
            ThemeCode.question == question,
            ThemeCode.coder == coder,
        )
    )
    coding = session.get(ThemeCoding, key)
    if coding is None:
        coding = ThemeCoding(interview_id=interview_id, question=question, coder=coder)
        session.add(coding)
    coding.not_codable = not_codable
    coding.coded_by = coded_by
    # Set even when only the themes changed (they are rows of their own, so the coding row
    # would keep its old time): merges let the later coding win.
    coding.coded_at = utc_now()
    for theme_id in sorted(set(themes)):
        session.add(
            ThemeCode(interview_id=interview_id, question=question, coder=coder, theme_id=theme_id)
        )
    session.flush()


def clear_coding(
    session: Session, question: str, interview_id: int, coder: str = MAIN_CODER
) -> None:
    """Forget ``coder``'s decision on one answer: it is to be coded again. The clearing is
    remembered with its time, so that it travels in transfer files (a coding made earlier on
    another laptop does not come back; one made later wins)."""
    coding = session.get(ThemeCoding, (interview_id, question, coder))
    if coding is not None:
        cleared = session.get(CodingClearing, (interview_id, question, coder))
        if cleared is None:
            cleared = CodingClearing(interview_id=interview_id, question=question, coder=coder)
            session.add(cleared)
        cleared.cleared_by, cleared.cleared_at = coding.coded_by, utc_now()
    for table in (ThemeCode, ThemeCoding):
        session.execute(
            delete(table).where(
                table.interview_id == interview_id,
                table.question == question,
                table.coder == coder,
            )
        )


def keep_blind_coding(session: Session, question: str, interview_id: int) -> None:
    """Before the main coding of an answer is first changed by settling, keep a copy of it
    as :data:`BLIND_MAIN_CODER` (once: later settlings keep the first copy)."""
    if session.get(ThemeCoding, (interview_id, question, BLIND_MAIN_CODER)) is not None:
        return
    main = session.get(ThemeCoding, (interview_id, question, MAIN_CODER))
    if main is None:
        return
    session.add(
        ThemeCoding(
            interview_id=interview_id,
            question=question,
            coder=BLIND_MAIN_CODER,
            not_codable=main.not_codable,
            coded_by=main.coded_by,
        )
    )
    for (theme_id,) in session.execute(
        select(ThemeCode.theme_id).where(
            ThemeCode.interview_id == interview_id,
            ThemeCode.question == question,
            ThemeCode.coder == MAIN_CODER,
        )
    ):
        session.add(
            ThemeCode(
                interview_id=interview_id,
                question=question,
                coder=BLIND_MAIN_CODER,
                theme_id=theme_id,
            )
        )
    session.flush()


def coders(session: Session, form_id: str, question: str) -> tuple[str, ...]:
    """The second coders who have coded answers to ``question`` (the main coding left out)."""
    return tuple(
        session.scalars(
            select(ThemeCoding.coder)
            .where(
                ThemeCoding.question == question,
                ThemeCoding.coder.not_in((MAIN_CODER, BLIND_MAIN_CODER)),
                ThemeCoding.interview_id.in_(_form_interviews(form_id)),
            )
            .distinct()
            .order_by(func.lower(ThemeCoding.coder))
        )
    )


def interview_ids_by_uuid(session: Session, form_id: str) -> dict[str, int]:
    """The complete interviews of ``form_id``: UUID text -> local id."""
    rows = session.execute(
        select(Interview.uuid, Interview.id).where(Interview.id.in_(_form_interviews(form_id)))
    )
    return {str(u): i for u, i in rows}


def parse_uuid(text: str) -> str | None:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        return None
