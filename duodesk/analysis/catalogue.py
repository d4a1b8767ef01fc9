"""The questions of a questionnaire across all its versions, matched by name.

Labels, types and choices come from the newest version that has the question; choices found
only in older versions are kept (after the newer ones), so that old answers still have a row.
Subset conditions are checked against it and written in stored choice names.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from duodesk.analysis.results import AnalysisError
from duodesk.analysis.subset import NUMERIC_OPERATORS, Condition, Subset
from duodesk.analysis.tables import Category
from duodesk.core.participant_code import never_stored
from duodesk.core.questionnaire import (
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    is_english,
    language_of_text,
    text_in,
)
from duodesk.i18n import SOURCE_LANGUAGE, translate
from duodesk.i18n import language as interface_language
from duodesk.storage.questionnaires import all_versions


@dataclass(frozen=True)
class QuestionInfo:
    question: Question
    label: str
    group: str
    categories: tuple[Category, ...]  # choices for select questions, () otherwise
    # For the themes of a coded text question (QUESTION_themes): that question's name.
    themes_of: str = ""
    descriptions: tuple[str, ...] = ()  # of the themes, in the order of ``categories``
    # A question inside a repeat: the innermost repeat's name and its label in words ("drug").
    # Its answers are counted over the repeat's instances, not over interviews.
    repeat: str = ""
    repeat_label: str = ""
    repeat_language: str = ""  # the language of ``repeat_label``, "" when not known

    @property
    def name(self) -> str:
        return self.question.name

    @property
    def type(self) -> QuestionType:
        return self.question.type


@dataclass(frozen=True)
class GridInfo:
    name: str
    label: str
    scale: tuple[Category, ...]
    statements: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    form_id: str
    title: str
    questions: dict[str, QuestionInfo]  # form order, newest version first
    grids: tuple[GridInfo, ...]
    # Which version numbers ask each question (by name): an interview of another version has
    # nothing stored for it because its version did not have it, not because a file left it out.
    in_versions: dict[str, frozenset[int]] = field(default_factory=dict)

    def info(self, name: str) -> QuestionInfo:
        try:
            return self.questions[name]
        except KeyError:
            raise AnalysisError(
                translate(
                    "Analysis",
                    'There is no question called "{name}" in "{title}". Use the question\'s '
                    "name as the questionnaire gives it.",
                ).format(name=name, title=self.title)
            ) from None


def load_catalogue(session: Session, form_id: str, language: str | None = None) -> Catalogue:
    """The questions of every version of ``form_id``; AnalysisError if there is no such form."""
    versions = all_versions(session, form_id)
    if not versions:
        raise AnalysisError(
            translate(
                "Analysis",
                'There is no questionnaire "{form_id}" in this project. The list command '
                "shows the questionnaires there are.",
            ).format(form_id=form_id)
        )
    newest = versions[-1].questionnaire
    questions: dict[str, QuestionInfo] = {}
    grids: dict[str, GridInfo] = {}
    in_versions: dict[str, set[int]] = defaultdict(set)
    for version in reversed(versions):
        form = version.questionnaire
        for item, _ in form.walk():
            if isinstance(item, Question | Repeat):
                in_versions[item.name].add(version.number)
        words = _words(form, language or newest.settings.default_language)
        said_in = _language_of(form, language or newest.settings.default_language)
        unstored = never_stored(form)
        for item, parents in form.walk():
            if isinstance(item, Repeat) and item.name not in questions:
                # The number of instances, a number question of the enclosing level.
                outer = form.repeat_of(item.name)
                words_of = repeat_words(item, words)
                questions[item.name] = QuestionInfo(
                    Question(item.name, QuestionType.INTEGER),
                    translate("Summary text", "Number of {things} given").format(
                        things=plural(words_of, said_in(item))
                    ),
                    " / ".join(words(g.label) or g.name for g in parents),
                    (),
                    repeat=outer.name if outer is not None else "",
                    repeat_label=repeat_words(outer, words) if outer is not None else "",
                    repeat_language=said_in(outer) if outer is not None else "",
                )
                continue
            if isinstance(item, Group) and item.is_grid and item.name not in grids:
                list_name = item.grid_list_name() or ""
                grids[item.name] = GridInfo(
                    item.name,
                    words(item.label) or item.name,
                    _categories(form, list_name, words),
                    tuple(child.name for child in item.children),
                )
            if not isinstance(item, Question) or not item.type.takes_answer:
                continue
            if item.name in unstored:
                continue  # the code is kept only as digests, never as answers: nothing to count
            categories = _categories(form, item.list_name, words) if item.type.is_select else ()
            known = questions.get(item.name)
            if known is None:
                repeat = form.repeat_of(item.name)
                questions[item.name] = QuestionInfo(
                    item,
                    words(item.label) or item.name,
                    " / ".join(words(g.label) or g.name for g in parents),
                    categories,
                    repeat=repeat.name if repeat is not None else "",
                    repeat_label=repeat_words(repeat, words) if repeat is not None else "",
                    repeat_language=said_in(repeat) if repeat is not None else "",
                )
            elif known.type.is_select and item.type.is_select:
                names = {c.name for c in known.categories}
                older = tuple(c for c in categories if c.name not in names)
                if older:
                    questions[item.name] = replace(known, categories=known.categories + older)
    return Catalogue(
        form_id,
        newest.title,
        _with_themes(session, form_id, questions),
        tuple(grids.values()),
        {name: frozenset(numbers) for name, numbers in in_versions.items()},
    )


def _with_themes(
    session: Session, form_id: str, questions: dict[str, QuestionInfo]
) -> dict[str, QuestionInfo]:
    """``questions`` with each coded text question followed by its themes variable."""
    from duodesk.analysis.themes import theme_variables

    variables = theme_variables(session, form_id)
    if not variables:
        return questions
    ordered: dict[str, QuestionInfo] = {}
    for name, info in questions.items():
        ordered[name] = info
        variable = variables.get(name)
        if variable is not None and variable.name not in questions:
            ordered[variable.name] = QuestionInfo(
                variable.as_question(info.label),
                f"{info.label}: themes",
                info.group,
                variable.categories,
                themes_of=name,
                descriptions=tuple(t.description for t in variable.themes),
            )
    return ordered


def repeat_words(repeat: Repeat, words) -> str:
    """What one instance of ``repeat`` is, in lower case: its label ("drug"), else its name."""
    return (words(repeat.label) or repeat.name.replace("_", " ")).strip().lower()


def plural(word: str, language: str = "") -> str:
    """The instances of a repeat in words, from what one is (``word``, its label in
    ``language``: a questionnaire's language, "" when not known). An English plural ("drugs",
    "services") only for an English label, or one of unknown language on English screens:
    "наркотик" is not made "наркотикs". Other labels, and labels of several words ("drugs
    used": an "s" added to the last word gives "drugs useds"), are said as "instances of
    “наркотик”", in the language of the screens."""
    if not word:
        return word
    english = is_english(language)
    if english is None:
        english = interface_language() == SOURCE_LANGUAGE
    if english and word.endswith("s"):
        return word
    if not english or len(word.split()) > 1:
        return translate("Summary text", "instances of “{label}”").format(label=word)
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _language_of(form: Questionnaire, language: str):
    """The language a repeat's label is read in (see :func:`repeat_words`); "" for a label
    from the language-less column, or a repeat named by its name."""
    default = form.settings.default_language

    def said_in(repeat: Repeat) -> str:
        if not text_in(repeat.label, language, default):
            return ""
        return language_of_text(repeat.label, language, default)

    return said_in


def _words(form: Questionnaire, language: str):
    """The form's texts in ``language``, each ``${name}`` said in words (see
    :func:`references_by_label`)."""
    default = form.settings.default_language
    said = references_by_label(form, language)
    return lambda text: said(text_in(text, language, default))


SHORT_LABEL = 28
"""Characters of a quoted question's label kept in a heading that refers to it."""
_REFERENCE = re.compile(r"\$\{([^}]+)\}")


def references_by_label(form: Questionnaire, language: str = "") -> Callable[[str], str]:
    """A function giving a text of ``form`` (a label, a hint) with each ``${name}`` said by the
    label of the question it quotes, shortened: "[answer to “How many drugs did you…”]". The
    paper form says "[answer to question 3]", but summaries, workbooks and reports number no
    questions, so a number would point nowhere; a calculation (never asked) is said by its
    label or name, "[n]"."""
    language = language or form.settings.default_language
    default = form.settings.default_language

    def said(match: re.Match) -> str:
        name = match[1].strip()
        try:
            question = form.question(name)
        except KeyError:
            return f"[{name}]"
        label = _shortened(_REFERENCE.sub("…", text_in(question.label, language, default)))
        if not label or not question.type.takes_answer:
            return f"[{label or name}]"
        return translate("Summary text", "[answer to “{label}”]").format(label=label)

    return lambda text: _REFERENCE.sub(said, text)


def _shortened(label: str) -> str:
    """``label`` on one line, cut after the last whole word within :data:`SHORT_LABEL`
    characters (a label a few characters longer is kept whole: the cut would save nothing)."""
    label = " ".join(label.split())
    if len(label) <= SHORT_LABEL + 3:
        return label
    kept = label[: SHORT_LABEL + 1]
    kept = kept.rsplit(" ", 1)[0] if " " in kept else kept[:SHORT_LABEL]
    return kept.rstrip(" ,;:.?!¿¡…-—") + "…"


def _categories(form: Questionnaire, list_name: str, words) -> tuple[Category, ...]:
    choice_list = form.choice_lists.get(list_name)
    if choice_list is None:
        return ()
    return tuple(
        Category(choice.name, words(choice.label) or choice.name, choice.missing)
        for choice in choice_list.choices
    )


def checked_subset(catalogue: Catalogue, subset: Subset) -> Subset:
    """``subset`` with its conditions checked against the questions and their values written
    as stored choice names (a choice's label is accepted, in any case). Raises
    :class:`AnalysisError` with a plain message for a condition that cannot hold."""
    conditions = []
    for condition in subset.conditions:
        info = catalogue.info(condition.question)
        kind = info.type
        where = f'"{condition.describe()}"'
        is_date_question = kind in DATE_TYPES
        fits = is_date_question if condition.is_date else kind.is_numeric
        if condition.operator in NUMERIC_OPERATORS and not fits:
            if is_date_question:
                raise AnalysisError(
                    translate(
                        "Analysis",
                        '{where}: "{name}" is a date question; compare it with a date written as '
                        'YYYY-MM-DD, e.g. "{name} {operator} 2026-01-31".',
                    ).format(where=where, name=info.name, operator=condition.operator)
                )
            if kind.is_numeric:
                raise AnalysisError(
                    translate(
                        "Analysis",
                        '{where}: "{name}" is a number question; compare it with a number.',
                    ).format(where=where, name=info.name)
                )
            raise AnalysisError(
                translate(
                    "Analysis",
                    '{where}: "{name}" is not a number question nor a date question, so '
                    '"{operator}" cannot be used with it.',
                ).format(where=where, name=info.name, operator=condition.operator)
            )
        if kind.is_numeric:
            try:
                is_number = math.isfinite(float(condition.value))
            except ValueError:
                is_number = False
            if not is_number:
                raise AnalysisError(
                    translate(
                        "Analysis",
                        '{where}: "{name}" is a number question; compare it with a number.',
                    ).format(where=where, name=info.name)
                )
            condition = replace(condition, is_number=True)
        if condition.operator == "includes" and kind is not QuestionType.SELECT_MULTIPLE:
            raise AnalysisError(
                translate(
                    "Analysis",
                    '{where}: "includes" is for questions where several answers can be '
                    'ticked; use "=" for "{name}".',
                ).format(where=where, name=info.name)
            )
        if kind is QuestionType.SELECT_MULTIPLE and condition.operator != "includes":
            raise AnalysisError(
                translate(
                    "Analysis",
                    '{where}: several answers can be ticked for "{name}"; write "{name} '
                    'includes CHOICE".',
                ).format(where=where, name=info.name)
            )
        if kind.is_select:
            name = _choice_name(info, condition.value)
            if name is None:
                choices = ", ".join(c.name for c in info.categories)
                raise AnalysisError(
                    translate(
                        "Analysis",
                        '{where}: "{value}" is not one of the answers to "{name}" ({choices}).',
                    ).format(where=where, value=condition.value, name=info.name, choices=choices)
                )
            missing = tuple(c.name for c in info.categories if c.is_missing_code)
            condition = Condition(
                condition.question, condition.operator, name, missing, info.themes_of
            )
        conditions.append(condition)
    return replace(subset, conditions=tuple(conditions))


DATE_TYPES = frozenset(
    {
        QuestionType.DATE,
        QuestionType.DATETIME,
        QuestionType.TODAY,
        QuestionType.START,
        QuestionType.END,
    }
)


def _choice_name(info: QuestionInfo, value: str) -> str | None:
    for category in info.categories:
        if category.name == value:
            return category.name
    folded = value.casefold()
    for category in info.categories:
        if folded in (category.name.casefold(), category.label.casefold()):
            return category.name
    return None
