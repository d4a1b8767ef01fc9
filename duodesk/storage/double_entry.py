"""Double entry of paper datasheets: each sheet typed in twice, blind, and compared.

The first entry of a sheet and the second (the check) are each an interview of their own,
tied to the sheet's number by a :class:`PaperEntry` row. Comparing them lists every answer
that differs, with both values; resolving the sheet stores the answers chosen from the paper
in the first entry (as recorded corrections, so the audit trail has each one) and marks the
sheet resolved. Results and exports count the first entry of a resolved sheet only (see
:func:`counted_paper_entries`), unless the coordinator chooses to count sheets not checked yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from duodesk.core.questionnaire import split_key
from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.i18n import translate
from duodesk.storage.access import current_role, signed_in
from duodesk.storage.audit import record_event
from duodesk.storage.corrections import correct_answers
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import (
    Interview,
    InterviewStatus,
    PaperEntry,
    ProjectSetting,
    QuestionnaireRecord,
    QuestionnaireVersion,
    utc_now,
)

COUNT_UNCHECKED = "paper.count_unchecked"
FIRST, CHECK = 1, 2


class DoubleEntryError(ValueError):
    """A double-entry step that cannot be done; ``str()`` is a sentence for the person."""


@dataclass(frozen=True)
class Difference:
    question: str
    first: AnswerRecord | None  # None: the entry has no row for the question
    second: AnswerRecord | None


@dataclass(frozen=True)
class SheetState:
    sheet_number: str
    first_interview: int
    check_interview: int | None
    differences: int | None  # None until checked
    resolved: bool

    @property
    def in_words(self) -> str:
        """ "Entered once", "Checked, 3 differences", "Resolved"."""
        if self.resolved:
            return "Resolved"
        if self.differences is None:
            return "Entered once"
        word = "difference" if self.differences == 1 else "differences"
        return f"Checked, {self.differences} {word}"


def counted_paper_entries(*, resolved_only: bool = False):
    """An SQL condition on :class:`Interview`: true unless the interview is the check entry of
    a sheet, or the first entry of a sheet not resolved yet (while the project counts only
    resolved sheets, its default, or always with ``resolved_only``). Interviews not typed from
    paper always count."""
    unresolved = PaperEntry.resolved_at.is_(None)
    if not resolved_only:
        count_unchecked = exists().where(
            ProjectSetting.key == COUNT_UNCHECKED, ProjectSetting.value == "yes"
        )
        unresolved = and_(unresolved, ~count_unchecked)
    # A check stands as the first entry once the first is deleted (see _promoted).
    first, first_interview = aliased(PaperEntry), aliased(Interview)
    first_alive = exists().where(
        first.form_id == PaperEntry.form_id,
        first.sheet_number == PaperEntry.sheet_number,
        first.entry == FIRST,
        first_interview.id == first.interview_id,
        first_interview.deleted_at.is_(None),
    )
    left_out = exists().where(
        PaperEntry.interview_id == Interview.id,
        or_(and_(PaperEntry.entry == CHECK, first_alive), unresolved),
    )
    return ~left_out


def count_unchecked_sheets(session: Session, counted: bool) -> None:
    """The coordinator's choice: count first entries of sheets not resolved yet (True) or only
    resolved sheets (False, the default)."""
    if counted:
        session.merge(ProjectSetting(key=COUNT_UNCHECKED, value="yes"))
    else:
        setting = session.get(ProjectSetting, COUNT_UNCHECKED)
        if setting is not None:
            session.delete(setting)
    record_event(session, "paper count rule changed", details={"count_unchecked": counted})


def _form_of(session: Session, interview_id: int) -> str:
    form_id = session.scalar(
        select(QuestionnaireRecord.form_id)
        .join(QuestionnaireVersion, QuestionnaireVersion.questionnaire_id == QuestionnaireRecord.id)
        .join(Interview, Interview.version_id == QuestionnaireVersion.id)
        .where(Interview.id == interview_id)
    )
    if form_id is None:
        raise DoubleEntryError(translate("Storage", "That interview is not in this project."))
    return form_id


def _entries(
    session: Session, form_id: str, sheet_number: str, *, complete: bool = True
) -> dict[int, PaperEntry]:
    """The sheet's entries by number (1, 2): those whose interview is finished and not
    deleted, or with ``complete`` False also those still being typed."""
    query = (
        select(PaperEntry)
        .join(Interview, Interview.id == PaperEntry.interview_id)
        .where(PaperEntry.form_id == form_id, Interview.deleted_at.is_(None))
    )
    if complete:
        query = query.where(Interview.status == InterviewStatus.COMPLETE)
    # Compared in one spelling, so that numbers stored before spellings were unified match.
    key = clean_sheet_number(sheet_number)
    rows = session.scalars(query)
    return _promoted(
        {row.entry: row for row in rows if clean_sheet_number(row.sheet_number) == key}
    )


def clean_sheet_number(text: str) -> str:
    """The datasheet number in one spelling: spaces dropped, letters in capitals, and a
    number of digits only written with at least four digits as printed ("1", "0001" and
    "0 0 0 1" are the same sheet)."""
    number = "".join(str(text).split()).upper()
    if not number:
        raise DoubleEntryError(
            translate("Storage", "Type the number printed on the paper datasheet.")
        )
    if number.isascii() and number.isdigit():
        number = f"{int(number):04d}"
    if len(number) > 40:
        raise DoubleEntryError(
            translate("Storage", "A datasheet number has at most 40 characters.")
        )
    return number


def _same_person(a: str, b: str) -> bool:
    """Names compared as people write them: spaces trimmed, capitals ignored."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _typist(session: Session, typed: str) -> str:
    """Who typed the datasheet in: when the project lists its people, the person signed in,
    whatever name was typed (for every role: the audit trail names the person who did it,
    and the check must be by another signed-in person, so nobody types both entries by
    giving two names). Otherwise the name given."""
    listed, _role = current_role(session)
    person = signed_in()
    return person.name if listed and person is not None else typed


def _promoted(entries: dict[int, PaperEntry]) -> dict[int, PaperEntry]:
    """The entries with the check standing as the first when the first was deleted: the sheet
    is then entered once, by the check's typist, and can be checked again."""
    if FIRST not in entries and CHECK in entries:
        return {FIRST: entries[CHECK]}
    return entries


def record_paper_entry(
    session: Session, interview_id: int, sheet_number: str, entered_by: str
) -> int:
    """Tie a typed-in interview to its paper datasheet: the first entry of the sheet, or the
    check when the sheet was entered once already. Returns 1 or 2. DoubleEntryError when the
    sheet was entered twice already, or the check is typed by the person who typed the first."""
    number = clean_sheet_number(sheet_number)
    form_id = _form_of(session, interview_id)
    entered_by = _typist(session, entered_by)
    # An entry thrown away (its interview deleted) frees its place for a new one.
    thrown_away = [
        row
        for row in session.scalars(
            select(PaperEntry).where(
                PaperEntry.form_id == form_id,
                PaperEntry.interview_id.in_(
                    select(Interview.id).where(Interview.deleted_at.is_not(None))
                ),
            )
        )
        if clean_sheet_number(row.sheet_number) == number
    ]
    for row in thrown_away:
        session.delete(row)
    session.flush()
    entries = _entries(session, form_id, number, complete=False)
    if CHECK in entries:
        raise DoubleEntryError(
            translate("Storage", "Datasheet {number} has been entered twice already.").format(
                number=number
            )
        )
    if FIRST in entries and entries[FIRST].entry == CHECK:
        # The first entry was deleted: its check stands as the first from now on.
        entries[FIRST].entry, entries[FIRST].resolved_at = FIRST, None
        session.flush()
    entry = CHECK if FIRST in entries else FIRST
    if entry == CHECK and entered_by and _same_person(entries[FIRST].entered_by or "", entered_by):
        raise DoubleEntryError(
            translate(
                "Storage",
                "Datasheet {number} was first entered by {entered_by}: somebody else checks it.",
            ).format(number=number, entered_by=entries[FIRST].entered_by)
        )
    session.add(
        PaperEntry(
            interview_id=interview_id,
            form_id=form_id,
            # The check keeps the first entry's spelling, so both are found together.
            sheet_number=entries[FIRST].sheet_number if entry == CHECK else number,
            entry=entry,
            entered_by=entered_by,
        )
    )
    session.flush()
    record_event(
        session,
        "paper datasheet entered" if entry == FIRST else "paper datasheet checked",
        actor=entered_by or None,
        subject=f"{form_id}/{number}",
    )
    return entry


#: The interview's details from the start dialog, compared like answers under these names
#: (a questionnaire's names cannot hold a space, so they never clash with a question).
SITE, DATE, INTERVIEWER = "interview site", "interview date", "interviewer"
DETAIL_LABELS = {SITE: "Site", DATE: "Date of the interview", INTERVIEWER: "Interviewer"}
_DETAIL_COLUMNS = {SITE: "site", DATE: "interview_date", INTERVIEWER: "interviewer"}


def _details(session: Session, interview_id: int) -> dict[str, AnswerRecord]:
    interview = session.get(Interview, interview_id)
    assert interview is not None
    found = {}
    for name, column in _DETAIL_COLUMNS.items():
        value = " ".join((getattr(interview, column) or "").split())
        found[name] = (
            AnswerRecord(name, AnswerStatus.ANSWERED, value)
            if value
            else AnswerRecord(name, AnswerStatus.NO_ANSWER)
        )
    return found


def _compared(session: Session, interview_id: int) -> dict[str, AnswerRecord]:
    """An entry's details and answers, as compared with the other entry's."""
    return {**_details(session, interview_id), **stored_answers(session, interview_id)}


def _detail_same(a: AnswerRecord | None, b: AnswerRecord | None) -> bool:
    # A site or a name typed with other capitals is the same one.
    return (a.value or "").casefold() == (b.value or "").casefold() if a and b else a is b


def settle_if_alike(session: Session, interview_id: int) -> bool:
    """Once both entries of the sheet ``interview_id`` belongs to are finished, a sheet whose
    entries agree on everything is resolved at once: there is nothing to read on the paper.
    Returns True when it was."""
    row = session.get(PaperEntry, interview_id)
    if row is None:
        return False
    entries = _entries(session, row.form_id, row.sheet_number)
    if FIRST not in entries or CHECK not in entries or entries[FIRST].resolved_at is not None:
        return False
    first, check = entries[FIRST].interview_id, entries[CHECK].interview_id
    if _differences(_compared(session, first), _compared(session, check)):
        return False
    entries[FIRST].resolved_at = utc_now()
    record_event(
        session,
        # Whoever finishes the check may settle it: nothing is shown, both entries agree.
        "paper datasheet entries alike",
        subject=f"{row.form_id}/{clean_sheet_number(row.sheet_number)}",
        details={"differences": [], "changed": 0},
    )
    return True


def compare_sheet(session: Session, form_id: str, sheet_number: str) -> tuple[Difference, ...]:
    """Every detail (site, date, interviewer) and question whose answer differs between the
    two entries, details first, then in question-name order. DoubleEntryError when the sheet
    has not been entered twice."""
    first, check = _both(session, form_id, sheet_number)
    return _differences(_compared(session, first), _compared(session, check))


def _both(session: Session, form_id: str, sheet_number: str) -> tuple[int, int]:
    number = clean_sheet_number(sheet_number)
    entries = _entries(session, form_id, number)
    if FIRST not in entries:
        raise DoubleEntryError(
            translate("Storage", "Datasheet {number} has not been entered.").format(number=number)
        )
    if CHECK not in entries:
        raise DoubleEntryError(
            translate(
                "Storage", "Datasheet {number} has been entered once; it is not checked yet."
            ).format(number=number)
        )
    return entries[FIRST].interview_id, entries[CHECK].interview_id


def _same(a: AnswerRecord | None, b: AnswerRecord | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.status, a.value, tuple(sorted(a.choices))) == (
        b.status,
        b.value,
        tuple(sorted(b.choices)),
    )


def _differences(
    first: Mapping[str, AnswerRecord], second: Mapping[str, AnswerRecord]
) -> tuple[Difference, ...]:
    def differ(name: str) -> bool:
        same = _detail_same if name in DETAIL_LABELS else _same
        return not same(first.get(name), second.get(name))

    names = sorted(set(first) | set(second), key=lambda n: (n not in DETAIL_LABELS, n))
    return tuple(Difference(n, first.get(n), second.get(n)) for n in names if differ(n))


def resolve_sheet(
    session: Session,
    form_id: str,
    sheet_number: str,
    decisions: Mapping[str, AnswerRecord],
    resolved_by: str,
) -> int:
    """Settle every difference of a checked sheet with the answer read on the paper
    (``decisions``: question -> the record to keep, either entry's or a new one) and count
    the sheet from now on. Returns how many answers of the first entry changed.

    DoubleEntryError, changing nothing, when a difference has no decision or a decision names
    a question that does not differ.
    """
    number = clean_sheet_number(sheet_number)
    first, check = _both(session, form_id, number)
    differences = _differences(_compared(session, first), _compared(session, check))
    differing = {d.question for d in differences}
    undecided = sorted(differing - set(decisions))
    if undecided:
        raise DoubleEntryError(
            f"Datasheet {number}: choose the answer on the paper for " + ", ".join(undecided) + "."
        )
    extra = sorted(set(decisions) - differing)
    if extra:
        raise DoubleEntryError(
            f"Datasheet {number}: the two entries agree on " + ", ".join(extra) + "."
        )
    records = [
        record if record.key == question else _renamed(record, question)
        for question, record in decisions.items()
        if question not in DETAIL_LABELS
    ]
    changed = correct_answers(session, first, records, resolved_by)
    interview = session.get(Interview, first)
    assert interview is not None
    details_changed = {}
    for name, record in decisions.items():
        if name in DETAIL_LABELS:
            column, value = _DETAIL_COLUMNS[name], record.value or ""
            if getattr(interview, column) != value:
                details_changed[DETAIL_LABELS[name]] = [getattr(interview, column), value]
                setattr(interview, column, value)
    entry = _entries(session, form_id, number)[FIRST]
    entry.resolved_at, entry.resolved_by = utc_now(), resolved_by
    record_event(
        session,
        "paper datasheet resolved",
        actor=resolved_by or None,
        subject=f"{form_id}/{number}",
        details={
            "differences": sorted(differing),
            "changed": len(changed) + len(details_changed),
            "details changed": details_changed,
        },
    )
    return len(changed) + len(details_changed)


def _renamed(record: AnswerRecord, key: str) -> AnswerRecord:
    name, instance = split_key(key)
    return AnswerRecord(name, record.status, record.value, record.number, record.choices, instance)


def _sheets(session: Session, form_id: str) -> dict[str, dict[int, PaperEntry]]:
    """Every sheet's finished, not deleted entries, by sheet number then entry number."""
    by_sheet: dict[str, dict[int, PaperEntry]] = defaultdict(dict)
    rows = session.scalars(
        select(PaperEntry)
        .join(Interview, Interview.id == PaperEntry.interview_id)
        .where(
            PaperEntry.form_id == form_id,
            Interview.deleted_at.is_(None),
            Interview.status == InterviewStatus.COMPLETE,
        )
    )
    for row in rows:
        by_sheet[clean_sheet_number(row.sheet_number)][row.entry] = row
    return {number: _promoted(entries) for number, entries in by_sheet.items()}


def list_sheets(session: Session, form_id: str) -> tuple[SheetState, ...]:
    """Every paper datasheet of ``form_id`` with its state, by sheet number."""
    by_sheet = _sheets(session, form_id)
    states = []
    for number in sorted(by_sheet, key=lambda n: (len(n), n)):
        entries = by_sheet[number]
        first = entries.get(FIRST)
        if first is None:
            continue
        check = entries.get(CHECK)
        differences = None
        if check is not None:
            differences = len(
                _differences(
                    _compared(session, first.interview_id),
                    _compared(session, check.interview_id),
                )
            )
        states.append(
            SheetState(
                number,
                first.interview_id,
                check.interview_id if check else None,
                differences,
                first.resolved_at is not None,
            )
        )
    return tuple(states)


@dataclass(frozen=True)
class Matched:
    """How many answers were compared and how many the two entries gave alike."""

    name: str  # a question, or a person who entered sheets
    compared: int
    matched: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.matched / self.compared if self.compared else None


@dataclass(frozen=True)
class EntryAgreement:
    sheets: int  # sheets entered twice
    questions: tuple[Matched, ...]  # by question name
    people: tuple[Matched, ...]  # by the name of whoever entered (first or check)


def agreement_report(session: Session, form_id: str) -> EntryAgreement:
    """Per question and per person entering, the percent of answers where both entries of a
    sheet agreed, over every sheet entered twice (as typed: before any resolution)."""
    by_sheet = _sheets(session, form_id)
    questions: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    people: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sheets = 0
    for entries in by_sheet.values():
        if FIRST not in entries or CHECK not in entries:
            continue
        sheets += 1
        first = stored_answers(session, entries[FIRST].interview_id)
        second = stored_answers(session, entries[CHECK].interview_id)
        if entries[FIRST].resolved_at is not None:
            first = _as_typed(session, entries[FIRST].interview_id, first)
        for name in set(first) | set(second):
            alike = _same(first.get(name), second.get(name))
            for tally in (
                questions[name],
                people[entries[FIRST].entered_by or "(no name)"],
                people[entries[CHECK].entered_by or "(no name)"],
            ):
                tally[0] += 1
                tally[1] += alike
    return EntryAgreement(
        sheets,
        tuple(Matched(n, c, m) for n, (c, m) in sorted(questions.items())),
        tuple(Matched(n, c, m) for n, (c, m) in sorted(people.items(), key=lambda i: i[0].lower())),
    )


def _as_typed(
    session: Session, interview_id: int, now: dict[str, AnswerRecord]
) -> dict[str, AnswerRecord]:
    """The first entry's answers as they were typed, before resolving changed them."""
    from duodesk.storage.corrections import list_corrections

    resolved_at = session.scalar(
        select(PaperEntry.resolved_at).where(PaperEntry.interview_id == interview_id)
    )
    typed = dict(now)
    corrections = [
        c
        for c in list_corrections(session, interview_id)
        if resolved_at is None or c.corrected_at <= resolved_at
    ]
    for correction in reversed(corrections):
        if correction.old_status is None:
            typed.pop(correction.question, None)
            continue
        old = now.get(correction.question)
        choices = tuple((correction.old_value or "").split()) if old and old.choices else ()
        name, instance = split_key(correction.question)
        typed[correction.question] = AnswerRecord(
            name,
            AnswerStatus(correction.old_status),
            correction.old_value,
            old.number if old else None,
            choices,
            instance,
        )
    return typed


def paper_states(session: Session, interview_ids: list[int]) -> dict[int, str]:
    """For the interviews typed from paper among ``interview_ids``: "datasheet 0001, first
    entry: checked, 3 differences", "datasheet 0001, the check: resolved"."""
    rows = session.scalars(select(PaperEntry).where(PaperEntry.interview_id.in_(interview_ids)))
    found: dict[int, str] = {}
    states: dict[tuple[str, str], SheetState | None] = {}
    for row in rows:
        key = (row.form_id, row.sheet_number)
        if key not in states:
            states[key] = next(
                (
                    s
                    for s in list_sheets(session, row.form_id)
                    if s.sheet_number == row.sheet_number
                ),
                None,
            )
        state = states[key]
        # A check whose first entry was deleted stands as the sheet's first entry.
        first = row.entry == FIRST or (
            state is not None and state.first_interview == row.interview_id
        )
        which = "first entry" if first else "the check"
        words = state.in_words.lower() if state is not None else "being typed"
        found[row.interview_id] = f"datasheet {row.sheet_number}, {which}: {words}"
    return found
