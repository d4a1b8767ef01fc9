"""The findings report's content: a draft the group can edit and present to the health board.

Plain values only (no Qt, no Word): the title page, "How the survey was done", one key-finding
sentence per choice question, a section per questionnaire group with a table and a chart per
question, and the annex of every result. The numbers are the health-board workbook's: the same
summary (:func:`duodesk.exports.prepare.prepare`) and the same protection of small numbers
(:func:`duodesk.exports.blocks.protected_blocks`), so a number hidden in the workbook is hidden
here, in every table, sentence and chart. Nothing is about one interview.

A sentence states a count only when the workbook shows it, with its denominator (also shown)
and the percentage of that denominator: it never claims an answer was the most common, since
that would tell a reader something about the hidden numbers. The Word file is written by
:mod:`duodesk.exports.report_docx`; the charts and the PDF are drawn with Qt
(:mod:`duodesk.gui.report_render`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select

import duodesk
from duodesk.analysis import AnalysisError, QuestionSummary, Summary
from duodesk.analysis.catalogue import references_by_label
from duodesk.analysis.subset import subset_interviews
from duodesk.core.questionnaire import find_language, text_in
from duodesk.exports.blocks import (
    Block,
    Line,
    ProtectedSummary,
    Shown,
    fixed_words,
    grid_block,
    line_label,
    protected_blocks,
)
from duodesk.exports.disclosure import (
    DEFAULT_THRESHOLD,
    DisclosureRule,
    TooFewInterviews,
    check_required,
)
from duodesk.exports.extremes import number_extremes
from duodesk.exports.layout import ExportOptions
from duodesk.exports.prepare import Prepared, prepare, published_dates
from duodesk.exports.repeat_people import (
    RepeatPeopleTable,
    repeat_people_tables,
    repeat_questions_not_counted,
    repeats_in_words,
)
from duodesk.exports.report_content import (
    MOST_ANSWERS_SAID,
    Chart,
    Finding,
    FindingsReport,
    QuestionPart,
    QuoteGroup,
    Section,
    Table,
    choice_lines,
    count_text,
    largest_first,
    line_of,
    percent_text,
    question_words,
    ranked,
    whole_percent,
)
from duodesk.exports.report_words import DEFAULT_UNIT, in_words, unit_of, words_for
from duodesk.exports.summary_sheet import headings
from duodesk.i18n import translate
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import required_threshold
from duodesk.storage.models import Interview


def build_findings_report(
    database: Database,
    form_id: str,
    options: ExportOptions | None = None,
    *,
    group_name: str = "",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FindingsReport:
    """The report's content for the complete interviews of ``form_id`` in ``options.subset``.

    Raises :class:`~duodesk.exports.disclosure.BelowRequiredThreshold` when ``options`` hide
    fewer small numbers than the project requires, and
    :class:`duodesk.analysis.AnalysisError` for an unknown questionnaire or a bad condition.
    """
    options = options or ExportOptions()
    with database.read_session() as session:
        check_required(options.disclosure, required_threshold(session))
    prepared = prepare(database, form_id, options, progress=progress, cancelled=cancelled)
    rule = options.disclosure
    summary = prepared.summary
    if summary.interviews == 0:
        raise AnalysisError(
            translate(
                "Export",
                "no complete interview of {form_id} is in the part chosen ({value}): "
                "there is nothing to report.",
            ).format(form_id=form_id, value=summary.subset.describe())
        )
    numbers = [q.name for q in summary.questions if q.stats is not None]
    extremes = number_extremes(database, form_id, prepared.subset, numbers) if rule.enabled else {}
    newest = prepared.versions[-1] if prepared.versions else None
    protected = protected_blocks(summary, rule, newest, extremes=extremes, rests=prepared.rests)
    interviewers = _interviewers(database, prepared)
    words = words_for(options.language)
    # "people", or what the questionnaire says one interview is about ("organisations")
    unit = unit_of(newest.settings.extra, options.language) if newest else DEFAULT_UNIT
    words = {key: text.replace("{people}", unit) for key, text in words.items()}
    repeats = repeat_people_tables(
        database, prepared, rule, interviews_hidden=protected.interviews_hidden
    )
    report = _Writer(prepared, protected, words, group_name, unit, repeats).report(interviewers)
    return _with_quotes(database, report, prepared, words, protected)


def theme_counts_shown(
    database: Database, form_id: str, question: str, rule: DisclosureRule
) -> dict[str, int]:
    """How many people gave each theme of ``question``, by theme label, as the themes table
    of the workbook (and of this report) shows it under ``rule`` for all the complete
    interviews: a theme whose number the table hides (small, or hidden to protect a small
    one) is left out. The Quotes screen quotes only the themes listed here; none while the
    survey is too small for its tables to be published at all."""
    from duodesk.storage.themes import THEMES_SUFFIX

    try:
        prepared = prepare(database, form_id, ExportOptions(disclosure=rule), for_publishing=False)
    except TooFewInterviews:
        return {}
    summary = prepared.summary
    numbers = [q.name for q in summary.questions if q.stats is not None]
    extremes = number_extremes(database, form_id, prepared.subset, numbers) if rule.enabled else {}
    newest = prepared.versions[-1] if prepared.versions else None
    protected = protected_blocks(summary, rule, newest, extremes=extremes)
    block = protected.blocks.get(question + THEMES_SUFFIX)
    lines = block.lines if block else ()
    return {line.label: line.count for line in lines if line.chart and isinstance(line.count, int)}


def _with_quotes(
    database: Database,
    report: FindingsReport,
    prepared: Prepared,
    words: Mapping[str, str],
    protected: ProtectedSummary,
) -> FindingsReport:
    """Add a few de-identified quotes per theme of each written-answer question coded into
    themes. Each theme shows exactly ``threshold + 1`` quotes, or none when its number is
    hidden in the themes table (small, or hidden to protect a small one): whether a theme is
    quoted, and how many quotes it has, never tells more than the tables show. Holding back
    only the themes held by few would tell which hidden number is the small one."""
    from duodesk.analysis.themes import theme_quotes
    from duodesk.storage.themes import THEMES_SUFFIX, coded_questions

    with database.read_session() as session:
        coded = coded_questions(session, prepared.form_id)
    if not coded:
        return report
    if not prepared.subset.is_everything:
        return replace(
            report, quotes_heading=words["quotes_heading"], quotes_intro=words["quotes_subset"]
        )
    rule = prepared.options.disclosure
    shown = (rule.threshold if rule.enabled else DEFAULT_THRESHOLD) + 1
    groups: list[QuoteGroup] = []
    intro = []
    for name in coded:
        newest = prepared.versions[-1]
        try:
            question = newest.question(name)
        except KeyError:
            continue  # a question of an older version only
        language = find_language(newest, prepared.options.language or "") or ""
        label = text_in(question.label, language, newest.settings.default_language)
        label = references_by_label(newest, language)(label) or name
        intro.append(words["quotes_intro"].format(question=question_words(label), count=shown))
        block = protected.blocks.get(name + THEMES_SUFFIX)
        counted = {line.label: line.count for line in (block.lines if block else ()) if line.chart}
        for theme in theme_quotes(database, prepared.form_id, name, threshold=shown - 1):
            if theme.people == 0:
                continue
            table_hides = rule.enabled and not isinstance(counted.get(theme.theme), int)
            held = theme.hidden or table_hides or len(theme.quotes) < shown
            groups.append(
                QuoteGroup(
                    question=question_words(label),
                    theme=theme.theme,
                    description=theme.description,
                    quotes=() if held else theme.quotes[:shown],
                    note=words["quotes_held_back"].format(limit=shown) if held else "",
                )
            )
    return replace(
        report,
        quotes_heading=words["quotes_heading"],
        quotes_intro=" ".join(intro),
        quotes=tuple(groups),
        quotes_note=words["quotes_checked"] if groups else "",
    )


def _interviewers(database: Database, prepared: Prepared) -> int:
    chosen = subset_interviews(prepared.form_id, prepared.subset).subquery()
    with database.read_session() as session:
        return (
            session.scalar(
                select(func.count(func.distinct(Interview.interviewer))).where(
                    Interview.id.in_(select(chosen.c.id)), Interview.interviewer != ""
                )
            )
            or 0
        )


class _Writer:
    def __init__(
        self,
        prepared: Prepared,
        protected: ProtectedSummary,
        words: Mapping[str, str],
        group_name: str,
        unit: str = DEFAULT_UNIT,
        repeats: tuple[RepeatPeopleTable, ...] = (),
    ) -> None:
        self.prepared, self.protected, self.words = prepared, protected, words
        self.repeats = repeats
        self.unit = unit
        self.summary: Summary = prepared.summary
        self.rule = prepared.options.disclosure
        self.limit = self.rule.threshold + 1
        self.group_name = group_name.strip()
        # A grid's statements are shown in the workbook as the grid's rows only: their
        # answers and "Answered". Their valid answers, "No answer", "Not asked" and answers
        # not available are cells nothing protects, so the report never prints them.
        self.in_grids = {row.name for grid in self.summary.grids for row in grid.rows}
        self.blocks = {
            name: _grid_row_block(block, self.rule.marker) if name in self.in_grids else block
            for name, block in protected.blocks.items()
        }

    def say(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def note_of(self, block: Block) -> str:
        """The workbook's note under a table, in the survey's own unit ("organisations")."""
        return block.note.replace(f" {DEFAULT_UNIT} ", f" {self.unit} ")

    # -- the whole report ------------------------------------------------------------------

    def report(self, interviewers: int) -> FindingsReport:
        summary = self.summary
        sections = self._sections()
        if self.repeats:
            sections += (self._repeat_section(),)
        return FindingsReport(
            title=summary.title,
            title_page=self._title_page(),
            method_heading=self.say("method_heading"),
            method=self._method(interviewers, [s.heading for s in sections]),
            findings_heading=self.say("findings_heading"),
            findings_intro=self.say("findings_intro"),
            findings=self._findings(),
            marker_note=(
                self.say("marker_note", marker=self.rule.marker, limit=self.limit)
                if self.rule.enabled
                else self.say("not_hidden_note")
            ),
            sections=sections,
            annex_heading=self.say("annex_heading"),
            annex_intro=self.say("annex_intro"),
            annex=self._annex(),
            interviews=summary.interviews,
            interviews_hidden=self.protected.interviews_hidden,
            published=self.prepared.published,
        )

    def _title_page(self) -> tuple[str, ...]:
        dates, months_only = published_dates(self.prepared)
        lines = [self.say("subtitle")]
        if self.group_name:
            lines.append(self.say("by_group", group=self.group_name))
        lines.append(
            self.say(_dates_key("period", dates, months_only), first=dates[0], last=dates[1])
            if dates
            else self.say("period_unknown")
        )
        if self.prepared.sites:
            lines.append(self.say("sites", sites=", ".join(self.prepared.sites)))
        lines.append(
            self.say(
                "made",
                version=duodesk.__version__,
                date=datetime.now().astimezone().strftime("%Y-%m-%d"),
            )
        )
        return tuple(lines)

    def _method(self, interviewers: int, sections: Sequence[str]) -> tuple[str, ...]:
        prepared, options = self.prepared, self.prepared.options
        # the document says interviewers' names are left out: a part chosen by interviewer
        # is described without them
        subset = self.summary.subset.describe(interviewer_names=not options.deidentified)
        paragraphs = [
            self.say("method_interviews_hidden", subset=subset, limit=self.limit)
            if self.protected.interviews_hidden
            else self.say(
                "method_interviews", interviews=f"{self.summary.interviews:,}", subset=subset
            )
        ]
        dates, months_only = published_dates(prepared)
        if dates:
            paragraphs.append(
                self.say(
                    "method_dates" if not months_only else _dates_key("method", dates, True),
                    first=dates[0],
                    last=dates[1],
                )
            )
        if prepared.sites:
            paragraphs.append(
                self.say(
                    "method_sites",
                    count=in_words(len(prepared.sites)),
                    sites_word=translate("Findings report", "site")
                    if len(prepared.sites) == 1
                    else translate("Findings report", "sites"),
                    sites=", ".join(prepared.sites),
                )
            )
        if interviewers:
            paragraphs.append(
                self.say(
                    "method_interviewers",
                    count=in_words(interviewers).capitalize(),
                    interviewers_word=translate("Findings report", "interviewer")
                    if interviewers == 1
                    else translate("Findings report", "interviewers"),
                )
            )
        named = [s for s in sections if s != self.say("general_section")]
        paragraphs.append(
            self.say(
                "method_sections",
                title=self.summary.title,
                sections="; ".join(question_words(name) for name in named),
            )
            if named
            else self.say("method_no_sections", title=self.summary.title)
        )
        paragraphs.append(
            self.say("method_deidentified" if options.deidentified else "method_identifying")
        )
        repeated = repeats_in_words(
            self.repeats,
            repeat_questions_not_counted(prepared),
            where=translate("Findings report", "the section “{heading}”").format(
                heading=self.say("repeats_heading")
            ),
        )
        if repeated:
            paragraphs.append(repeated)
        if self.rule.enabled:
            paragraphs.append(
                self.say("method_small", threshold=self.rule.threshold, marker=self.rule.marker)
            )
            hidden = self.protected.primary + self.protected.secondary
            paragraphs.append(
                self.say("method_small_count", hidden=f"{hidden:,}", marker=self.rule.marker)
                if hidden
                else self.say("method_small_none")
            )
        else:
            paragraphs.append(self.say("method_not_hidden"))
        paragraphs.append(self.say("method_percent"))
        return tuple(tidy(paragraph) for paragraph in paragraphs)

    # -- key findings ----------------------------------------------------------------------

    def _ordered(self) -> list[tuple[str, QuestionSummary]]:
        """The questions with their section, sections in order of first appearance."""
        order: dict[str, list[QuestionSummary]] = {}
        for question in self.summary.questions:
            if question.name in self.blocks:
                order.setdefault(self._section_of(question), []).append(question)
        return [(section, q) for section, questions in order.items() for q in questions]

    def _section_of(self, question: QuestionSummary) -> str:
        return question.group or self.say("general_section")

    def _findings(self) -> tuple[Finding, ...]:
        found = []
        for section, question in self._ordered():
            block = self.blocks[question.name]
            if question.type == "select_one":
                text = self._single_finding(question, block)
            elif question.type == "select_multiple":
                text = self._multiple_finding(question, block)
            else:
                continue
            found.append(Finding(question.name, section, text))
        return tuple(found)

    def _hidden(self, question: QuestionSummary) -> str:
        return self.say("finding_hidden", question=question_words(question.label), limit=self.limit)

    def _single_finding(self, question: QuestionSummary, block: Block) -> str:
        """Each answer shown with its number and its percentage of a denominator the workbook
        shows too, in words chosen from shown numbers only: a missing code is named only when
        its number is shown and not zero, and "people asked" only when "No answer" and every
        missing code are shown as zero (else the words would tell of a hidden number)."""
        in_grid = question.name in self.in_grids
        # A statement of a grid: its valid answers are not shown; "Answered" is, and the
        # grid's own percentages are of it.
        valid = line_of(block, "Answered").count if in_grid else block.valid
        if not isinstance(valid, int):
            return self._of_everyone(question, block) if not in_grid else self._hidden(question)
        if valid == 0:
            return self.say("finding_nobody", question=question_words(question.label))
        # The percentages are of ``valid``, shown: a statement's are worked out here, as the
        # grid's table does (its percentages of all interviews are hidden in a subset).
        shown = [
            line
            for line in choice_lines(block)
            if isinstance(line.count, int)
            and line.count > 0
            and (in_grid or isinstance(line.third, float))
        ]
        if not shown:
            return self._hidden(question)
        codes = _code_lines(block)
        named = [
            line.label.removesuffix(" (missing code)")
            for line in codes
            if isinstance(line.count, int) and line.count > 0
        ]
        codes_hidden = any(not isinstance(line.count, int) for line in codes)
        no_answer = next((line.count for line in block.lines if line.label == "No answer"), None)
        if in_grid:
            denominator = self.say("denominator_answered", denominator=f"{valid:,}")
        elif codes_hidden:
            denominator = self.say("denominator_valid_hidden", denominator=f"{valid:,}")
        elif named:
            denominator = self.say(
                "denominator_valid",
                denominator=f"{valid:,}",
                codes=" or ".join(f"“{c}”" for c in named),
            )
        elif no_answer == 0:
            denominator = self.say("denominator_asked", denominator=f"{valid:,}")
        else:
            denominator = self.say("denominator_answered", denominator=f"{valid:,}")
        listed = self._listing(largest_first(shown), valid, "finding_one", denominator=denominator)
        return tidy(self.say("finding", question=question_words(question.label), findings=listed))

    def _of_everyone(self, question: QuestionSummary, block: Block) -> str:
        """When how many answered is hidden (a few gave no answer, say), the answers whose
        number and percentage of all the interviews are shown, of all the interviews: both
        numbers are the workbook's, and the sentence says the other is hidden."""
        total = line_of(block, "Total interviews").count
        shown = [
            line
            for line in choice_lines(block)
            if isinstance(line.count, int) and line.count > 0 and isinstance(line.percent, float)
        ]
        if not isinstance(total, int) or not total or not shown:
            return self._hidden(question)
        denominator = self.say("denominator_everyone", denominator=f"{total:,}")
        listed = self._listing(largest_first(shown), total, "finding_one", denominator=denominator)
        # When the table shows how many answered, what is hidden is how many of them gave an
        # answer other than a missing code ("Don't know"): say that, not "how many answered".
        answered = [line.count for line in block.lines if line.label == "Answered"]
        shown_answered = bool(answered) and isinstance(answered[0], int)
        hidden = "finding_valid_hidden" if shown_answered else "finding_answered_hidden"
        return tidy(
            self.say(
                "finding",
                question=question_words(question.label),
                findings=f"{listed}; {self.say(hidden, limit=self.limit)}",
            )
        )

    def _multiple_finding(self, question: QuestionSummary, block: Block) -> str:
        answered = line_of(block, "Answered").count
        if not isinstance(answered, int):
            return self._many_of_everyone(question, block)
        if answered == 0:
            return self.say("finding_nobody", question=question_words(question.label))
        shown = [
            line
            for line in ranked(block)
            if isinstance(line.count, int) and line.count > 0 and isinstance(line.percent, float)
        ]
        if not shown:
            return self._hidden(question)
        listed = self._listing(shown, answered, "finding_many_first")
        intro = self.say("finding_many_intro", denominator=f"{answered:,}")
        return tidy(
            self.say(
                "finding", question=question_words(question.label), findings=f"{intro} {listed}"
            )
        )

    def _many_of_everyone(self, question: QuestionSummary, block: Block) -> str:
        """When how many answered a multiple-answer question is hidden (a few left it blank,
        say), its shown answers as shares of all the interviews, as single-answer questions
        do: the count and the number of interviews are both in the table, so their share
        tells nothing more, and the sentence says that how many answered is hidden."""
        total = next((line.count for line in block.lines if line.label == "Total interviews"), None)
        shown = [line for line in ranked(block) if isinstance(line.count, int) and line.count > 0]
        if not isinstance(total, int) or not total or not shown:
            return self._hidden(question)
        listed = self._listing(shown, total, "finding_many_first")
        intro = self.say("finding_many_intro_everyone", denominator=f"{total:,}")
        hidden = self.say("finding_answered_hidden", limit=self.limit)
        return tidy(
            self.say(
                "finding",
                question=question_words(question.label),
                findings=f"{intro} {listed}; {hidden}",
            )
        )

    def _listing(self, lines: Sequence[Line], of: int, first: str, **values: str) -> str:
        """The answers shown, each with its number and its percentage of ``of``: the words
        ``first`` for the first, the shorter form for the others; past
        :data:`MOST_ANSWERS_SAID`, the table is pointed to."""
        parts = [
            self.say(
                first if i == 0 else "finding_many_next",
                count=f"{line.count:,}",
                percent=whole_percent(line.count, of),  # type: ignore[arg-type]
                answer=line.label,
                **values,
            )
            for i, line in enumerate(lines[:MOST_ANSWERS_SAID])
        ]
        if len(lines) > MOST_ANSWERS_SAID:
            parts.append(self.say("finding_others"))
        if len(parts) == 1:
            return parts[0]
        return f"{', '.join(parts[:-1])} {self.say('finding_and')} {parts[-1]}"

    # -- sections --------------------------------------------------------------------------

    def _sections(self) -> tuple[Section, ...]:
        grids = {row.name: grid for grid in self.summary.grids for row in grid.rows}
        done: set[str] = set()
        sections: dict[str, list[QuestionPart]] = {}
        for section, question in self._ordered():
            parts = sections.setdefault(section, [])
            grid = grids.get(question.name)
            if grid is not None:
                if grid.name not in done:
                    done.add(grid.name)
                    parts.append(self._grid_part(grid))
                continue
            parts.append(self._question_part(question, self.blocks[question.name]))
        return tuple(Section(h, tuple(p)) for h, p in sections.items() if p)

    def _repeat_section(self) -> Section:
        """The questions asked once per repeat instance, counted by person (see
        :mod:`duodesk.exports.repeat_people`), hidden numbers as in the workbook."""
        marker = self.rule.marker
        parts = []
        for table in self.repeats:
            header = (
                self.say("answer_column"),
                self.say("repeat_people_column"),
                self.say("repeat_percent_column"),
            )
            rows = [header]
            for row in table.rows:
                shown = row.people is not None
                rows.append(
                    (
                        row.label,
                        count_text(row.people) if shown else marker,
                        percent_text(None if row.percent is None else row.percent / 100)
                        if shown and table.answered is not None
                        else marker,
                    )
                )
            counts = [
                (self.say("repeat_answered", unit=table.unit), table.answered, "total"),
                (self.say("repeat_others", unit=table.unit), table.others, "status"),
                (self.say("repeat_total"), table.interviews, "total"),
            ]
            for label, value, _ in counts:
                rows.append((label, marker if value is None else count_text(value), ""))
            kinds = ["header"] + ["option"] * len(table.rows) + [k for _, _, k in counts]
            parts.append(
                QuestionPart(
                    title=f"{table.question}. {table.label}",
                    note=table.note(),
                    table=Table(tuple(rows), tuple(kinds)),
                )
            )
        return Section(self.say("repeats_heading"), tuple(parts))

    def _question_part(self, question: QuestionSummary, block: Block) -> QuestionPart:
        lines = list(block.lines)
        note = self.note_of(block)
        if question.type == "select_multiple":
            options = ranked(block)
            lines = options + [line for line in block.lines if not line.chart]
            note = f"{note} {self.say('ranked_note')}"
        header = (self.say("answer_column"), *map(fixed_words, block.headings))
        rows = [header] + [
            (
                line_label(line),
                count_text(line.count),
                percent_text(line.percent),
                percent_text(line.third),
            )
            if line.kind != "statistic"
            else (line_label(line), count_text(line.count), "", "")
            for line in lines
        ]
        kinds = ["header"] + [line.kind for line in lines]
        chart, chart_note = self._chart(question, block)
        return QuestionPart(block.title, note, Table(tuple(rows), tuple(kinds)), chart, chart_note)

    def _range_chart(self, question: QuestionSummary, block: Block) -> tuple[Chart | None, str]:
        """A number question's box of its shown quartiles and median, whiskers to the shown
        ends (the smallest and largest answers, or the percentiles the table gives in their
        place). A histogram would draw a bar per range of answers, each a count the workbook
        does not show and many of them small; the box draws only numbers the table shows, so
        the figure tells nothing the table hides. Nothing is drawn when a quartile is hidden."""
        shown = {line.label: line.count for line in block.lines if line.kind == "statistic"}
        middle = [shown.get(k) for k in ("Lower quartile", "Median", "Upper quartile")]
        if not all(isinstance(v, int | float) for v in middle):
            return None, self.say("chart_range_hidden")
        ends = [
            next(
                (v for k, v in shown.items() if k.startswith(word) and isinstance(v, int | float)),
                None,
            )
            for word in (("Smallest", "5th"), ("Largest", "95th"))
        ]
        if ends[0] is not None and ends[1] is not None:
            replaced = not (
                isinstance(shown.get("Smallest"), int | float)
                and isinstance(shown.get("Largest"), int | float)
            )
            words = self.say("chart_range_percentiles" if replaced else "chart_range_ends")
            five = (ends[0], *middle, ends[1])
        else:
            words = self.say("chart_range_quartiles")
            five = (middle[0], *middle, middle[2])
        chart = Chart(
            question.name,
            "range",
            self.say("chart_range_title"),
            (question.label,),
            tuple(float(v) for v in five),  # type: ignore[arg-type]
            question.label,
            description=question.label,
        )
        return chart, self.say("chart_range_note", ends=words)

    def _chart(self, question: QuestionSummary, block: Block) -> tuple[Chart | None, str]:
        if question.stats is not None and question.type in ("integer", "decimal"):
            return self._range_chart(question, block)
        if question.type not in ("select_one", "select_multiple"):
            return None, ""
        options = ranked(block) if question.type == "select_multiple" else choice_lines(block)
        shown = [line for line in options if isinstance(line.count, int)]
        # not named: a list of the hidden answers beside the drawn ones tells a reader which
        # answers someone gave (and, by their absence, which nobody gave)
        hidden = [line for line in options if not isinstance(line.count, int)]
        note = self.say("chart_hidden_left_out") if hidden else ""
        if not any(line.count for line in shown):
            return None, note
        if question.type == "select_one":
            chart = Chart(
                question.name,
                "bars",
                self.say("chart_bars_title"),
                tuple(line_label(line) for line in shown),
                tuple(float(line.count) for line in shown),  # type: ignore[arg-type]
                self.say("chart_bars_axis"),
                description=question.label,
            )
        else:
            with_share = [line for line in shown if isinstance(line.percent, float)]
            if not with_share:
                # How many answered is hidden, and with it every share of them: draw how many
                # ticked each answer instead, as the table shows them.
                chart = Chart(
                    question.name,
                    "bars",
                    self.say("chart_ranked_title"),
                    tuple(line_label(line) for line in shown),
                    tuple(float(line.count) for line in shown),  # type: ignore[arg-type]
                    self.say("chart_bars_axis"),
                    description=question.label,
                )
                return chart, note
            chart = Chart(
                question.name,
                "ranked",
                self.say("chart_ranked_title"),
                tuple(line_label(line) for line in with_share),
                tuple(100.0 * line.percent for line in with_share),  # type: ignore[operator]
                self.say("chart_ranked_axis"),
                description=question.label,
            )
        return chart, note

    def _grid_part(self, grid) -> QuestionPart:
        header, rows = grid_block(grid, self.blocks, self.rule.marker)
        scale = len(grid.scale)
        # One row per statement, each answer's number with its percentage in brackets, so
        # that a five-point scale fits an A4 page; valid percentages (missing codes left
        # out) are in the annex, under each statement.
        table_rows = [(self.say("statement_column"), *header[1 : scale + 2])]
        for row in rows:
            cells = []
            for count, share in zip(
                row[1 : scale + 1], row[scale + 2 : 2 * scale + 2], strict=True
            ):
                shown = count_text(count)
                if isinstance(count, int) and isinstance(share, float):
                    shown = f"{shown} ({percent_text(share)})"
                cells.append(shown)
            table_rows.append((str(row[0]), *cells, count_text(row[scale + 1])))
        drawable = [row for row in rows if all(isinstance(v, int) for v in row[1 : scale + 1])]
        left_out = [str(row[0]) for row in rows if row not in drawable]
        chart = None
        if any(sum(row[1 : scale + 1]) for row in drawable):  # type: ignore[arg-type]
            chart = Chart(
                grid.name,
                "stacked",
                "",
                tuple(str(row[0]) for row in drawable),
                scale=tuple(
                    (point.label, tuple(int(row[1 + k]) for row in drawable))  # type: ignore[arg-type]
                    for k, point in enumerate(grid.scale)
                ),
                description=grid.label,
            )
        note = (
            self.say("chart_rows_left_out", statements=", ".join(f"“{s}”" for s in left_out))
            if left_out
            else ""
        )
        return QuestionPart(
            f"{grid.name}. {grid.label}",
            self.say("grid_note"),
            Table(tuple(table_rows), ("header", *(["option"] * len(rows)))),
            chart,
            note,
        )

    # -- the annex -------------------------------------------------------------------------

    def _annex(self) -> Table:
        rows: list[tuple[str, ...]] = [headings()]  # the workbook's Summary headings
        kinds = ["header"]
        for _, question in self._ordered():
            block = self.blocks[question.name]
            rows.append(
                (
                    block.title,
                    "",
                    "",
                    "",
                    count_text(block.not_available),
                    percent_text(block.not_available_percent),
                )
            )
            kinds.append("title")
            rows.append((self.note_of(block), "", "", "", "", ""))
            kinds.append("note")
            lines = list(block.lines)
            if question.type == "select_multiple":
                lines = ranked(block) + [line for line in block.lines if not line.chart]
            for line in lines:
                if line.kind == "status":
                    continue
                if line.kind == "statistic":
                    rows.append((line_label(line), count_text(line.count), "", "", "", ""))
                else:
                    rows.append(
                        (
                            line_label(line),
                            count_text(line.count),
                            percent_text(line.percent),
                            percent_text(line.third),
                            "",
                            "",
                        )
                    )
                kinds.append(line.kind)
        return Table(tuple(rows), tuple(kinds))


def _dates_key(start: str, dates: tuple[str, str], months_only: bool) -> str:
    """The words for the interviews' dates: "period" or "method_dates" as they are, the
    month or months when only those are given."""
    if not months_only:
        return start if start == "period" else "method_dates"
    return f"{start}_month" if dates[0] == dates[1] else f"{start}_months"


def tidy(sentence: str) -> str:
    """A sentence without the doubled punctuation of a question's own words before the
    sentence's full stop ("Did you use it?." -> "Did you use it?")."""
    return re.sub(r"([?!.])([”’\"']?)\.", r"\1\2", sentence)


def _code_lines(block: Block) -> list[Line]:
    """The lines of a choice question's missing codes (such as "Don't know")."""
    return [
        line
        for line in block.lines
        if line.kind == "option" and not line.chart and line.label.endswith(" (missing code)")
    ]


def _grid_row_block(block: Block, marker: str) -> Block:
    """A grid statement's block with only what the workbook shows of it: its answers, their
    percentages of all interviews, "Answered" and the interviews. Its valid percentages are
    of the valid answers worked out from shown numbers ("Answered" less the missing codes),
    as the grid's table gives them, and hidden when a missing code is; "No answer", "Not
    asked" and the answers not available are left out."""
    codes = _code_lines(block)
    answered = line_of(block, "Answered").count
    valid: Shown = marker
    if isinstance(answered, int) and all(isinstance(line.count, int) for line in codes):
        valid = answered - sum(line.count for line in codes)  # type: ignore[misc]
    lines = []
    for line in block.lines:
        if line.kind == "status" and line.label != "Answered":
            continue
        if line.chart:
            third: Shown = marker
            if isinstance(line.count, int) and isinstance(valid, int):
                third = line.count / valid if valid else None
            line = replace(line, third=third)
        lines.append(line)
    interviews = line_of(block, "Total interviews").count
    if codes:
        note = translate(
            "Findings report",
            "Percent is of all {interviews} interviews; valid percent leaves out the missing "
            "codes.",
        )
    else:
        note = translate("Findings report", "Percent is of all {interviews} interviews.")
    return replace(
        block,
        note=note.format(interviews=interviews),
        lines=tuple(lines),
        not_available=None,
        not_available_percent=None,
        valid=None,
    )
