"""Edits to a questionnaire, each a pure function: old questionnaire in, new one out.

The designer keeps every state of the questionnaire it has been through (they share most of
their parts, being immutable), so undo is going back to the previous value. Items are found by
their *path*: the indexes from the top of the form down through the groups, ``(3,)`` for the
fourth item, ``(3, 0)`` for the first question inside it when it is a group. Paths rather than
names, because two questions may share a name while someone is still typing it.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from duodesk.i18n import translate

from .questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    Settings,
)
from .xlsform_columns import EXPRESSION_COLUMNS

Path = tuple[int, ...]
Item = Question | Group

NAME_LIMIT = 64
_SLUG_WORDS = 40  # names made from labels stay short enough to read in a spreadsheet header


def slug(text: str, fallback: str = "item", limit: int = _SLUG_WORDS) -> str:
    """A name made from ``text``: lower-case ASCII letters, digits and underscores, starting
    with a letter, cut at a word end near ``limit`` characters. ``fallback`` if nothing is left
    ("¿Qué?" -> "que", "1 to 5 years" -> "n1_to_5_years")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    name = ""
    for word in words:
        candidate = f"{name}_{word}" if name else word
        if len(candidate) > limit and name:
            break
        name = candidate[:limit]
    if not name:
        return fallback
    return name if name[0].isalpha() else f"n{name}"[:limit]


def unique(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base_2``, ``base_3``... whichever is not in ``taken``."""
    taken = set(taken)
    if base not in taken:
        return base
    number = 2
    while f"{base[: NAME_LIMIT - 4]}_{number}" in taken:
        number += 1
    return f"{base[: NAME_LIMIT - 4]}_{number}"


def all_names(questionnaire: Questionnaire) -> set[str]:
    return {item.name for item, _ in questionnaire.walk()}


# -- finding and replacing items -----------------------------------------------------------------


def item_at(questionnaire: Questionnaire, path: Path) -> Item:
    """The question or group at ``path``; IndexError if there is none."""
    items: tuple[Item, ...] = questionnaire.children
    item: Item | None = None
    for index in path:
        if item is not None:
            if not isinstance(item, Group):
                raise IndexError(path)
            items = item.children
        if not 0 <= index < len(items):
            raise IndexError(path)
        item = items[index]
    if item is None:
        raise IndexError(path)
    return item


def children_at(questionnaire: Questionnaire, parent: Path) -> tuple[Item, ...]:
    if not parent:
        return questionnaire.children
    group = item_at(questionnaire, parent)
    if not isinstance(group, Group):
        raise IndexError(parent)
    return group.children


def _with_children(
    questionnaire: Questionnaire, parent: Path, children: tuple[Item, ...]
) -> Questionnaire:
    if not parent:
        return replace(questionnaire, children=children)
    group = item_at(questionnaire, parent)
    assert isinstance(group, Group)
    return replace_item(questionnaire, parent, replace(group, children=children))


def replace_item(questionnaire: Questionnaire, path: Path, item: Item) -> Questionnaire:
    siblings = list(children_at(questionnaire, path[:-1]))
    siblings[path[-1]] = item
    return _with_children(questionnaire, path[:-1], tuple(siblings))


def insert_item(
    questionnaire: Questionnaire, parent: Path, index: int, item: Item
) -> tuple[Questionnaire, Path]:
    siblings = list(children_at(questionnaire, parent))
    index = max(0, min(index, len(siblings)))
    siblings.insert(index, item)
    return _with_children(questionnaire, parent, tuple(siblings)), (*parent, index)


def remove_item(questionnaire: Questionnaire, path: Path) -> Questionnaire:
    siblings = list(children_at(questionnaire, path[:-1]))
    del siblings[path[-1]]
    return prune_unused_lists(_with_children(questionnaire, path[:-1], tuple(siblings)))


def move_item(
    questionnaire: Questionnaire, path: Path, parent: Path, index: int
) -> tuple[Questionnaire, Path]:
    """Move the item at ``path`` to position ``index`` among the children of ``parent`` (as
    the positions were before the move). A group cannot go inside itself: ValueError."""
    if parent[: len(path)] == path:
        raise ValueError(translate("Core", "A group cannot be moved inside itself"))
    item = item_at(questionnaire, path)
    if path[:-1] == parent and index > path[-1]:
        index -= 1  # the item's own place closes up first
    siblings = list(children_at(questionnaire, path[:-1]))
    del siblings[path[-1]]
    removed = _with_children(questionnaire, path[:-1], tuple(siblings))
    # The target parent's path shifts when the item left from before it at the same level.
    depth = len(path) - 1
    if len(parent) > depth and parent[:depth] == path[:-1] and parent[depth] > path[-1]:
        parent = (*parent[:depth], parent[depth] - 1, *parent[depth + 1 :])
    return insert_item(removed, parent, index, item)


def step_path(questionnaire: Questionnaire, path: Path, step: int) -> tuple[Path, int] | None:
    """Where the keyboard's "move up" (-1) or "move down" (+1) puts the item: ``(parent,
    index)`` for :func:`move_item`, or None at the very top or bottom.

    Inside a group the item moves among its neighbours; past the group's first or last
    question it leaves the group; it never enters a group (drag it there instead).
    """
    parent, index = path[:-1], path[-1]
    count = len(children_at(questionnaire, parent))
    target = index + step
    if 0 <= target < count:
        return parent, target + (1 if step > 0 else 0)
    if not parent:
        return None
    return parent[:-1], parent[-1] + (1 if step > 0 else 0)


# -- making and copying items --------------------------------------------------------------------


def new_question(
    questionnaire: Questionnaire, kind: QuestionType, label: str = "", language: str = ""
) -> Question:
    """A question of type ``kind`` with a unique placeholder name; a select question gets a
    new empty choice list name (the list itself is made when its first option is added)."""
    names = all_names(questionnaire)
    name = unique(slug(label, "question") if label else "question", names)
    list_name = ""
    if kind.is_select:
        list_name = unique(f"{name}_options", questionnaire.choice_lists)
    texts = {language: label} if label else {}
    calculation = "1" if kind is QuestionType.CALCULATE else ""
    return Question(name, kind, label=texts, list_name=list_name, calculation=calculation)


def new_group(questionnaire: Questionnaire, *, grid: bool = False, repeat: bool = False) -> Group:
    """An empty section (a grid is a one-page section of statements on one scale; a repeated
    section is asked once for each one: each drug, each service)."""
    if repeat:
        return Repeat(unique("each", all_names(questionnaire)))
    base = "grid" if grid else "section"
    return Group(unique(base, all_names(questionnaire)), appearance="table-list" if grid else "")


def as_repeat(group: Group, repeat: bool, repeat_count: str = "") -> Group:
    """``group`` made a repeated section (with ``repeat_count``, ``""`` letting the interviewer
    add each one) or a plain section again, keeping everything else."""
    fields = {f.name: getattr(group, f.name) for f in dataclasses.fields(Group)}
    return Repeat(**fields, repeat_count=repeat_count) if repeat else Group(**fields)


def duplicate(questionnaire: Questionnaire, path: Path) -> tuple[Questionnaire, Path]:
    """A copy of the item right after it, every name inside made unique. The copy shares the
    original's choice list (change one and both change) unless it is a grid."""
    names = all_names(questionnaire)

    def copy(item: Item) -> Item:
        name = unique(f"{item.name}_copy", names)
        names.add(name)
        if isinstance(item, Group):
            return replace(item, name=name, children=tuple(copy(c) for c in item.children))
        return replace(item, name=name)

    copied = copy(item_at(questionnaire, path))
    return insert_item(questionnaire, path[:-1], path[-1] + 1, copied)


# -- questions -----------------------------------------------------------------------------------


def rename(questionnaire: Questionnaire, path: Path, new_name: str) -> Questionnaire:
    """Give the item at ``path`` a new name, and change ``${old}`` to ``${new}`` in every
    expression and in the participant code, so that skip logic keeps working."""
    item = item_at(questionnaire, path)
    old = item.name
    changed = replace_item(questionnaire, path, replace(item, name=new_name))
    if not old or old == new_name or old in all_names(changed):
        return changed  # another item still has the old name: its references stay its own
    return _rewrite_references(changed, old, new_name)


def _rewrite_references(questionnaire: Questionnaire, old: str, new: str) -> Questionnaire:
    before, after = f"${{{old}}}", f"${{{new}}}"

    def fix(item: Item) -> Item:
        if isinstance(item, Group):
            return replace(
                item,
                relevant=item.relevant.replace(before, after),
                children=tuple(fix(c) for c in item.children),
            )
        changes = {c: getattr(item, c).replace(before, after) for c in EXPRESSION_COLUMNS}
        return replace(item, **changes)

    code = tuple(new if name == old else name for name in questionnaire.settings.participant_code)
    return replace(
        questionnaire,
        children=tuple(fix(c) for c in questionnaire.children),
        settings=replace(questionnaire.settings, participant_code=code),
    )


def set_type(questionnaire: Questionnaire, path: Path, kind: QuestionType) -> Questionnaire:
    """Change a question's type; a select question keeps (or gets) a choice list name."""
    question = item_at(questionnaire, path)
    assert isinstance(question, Question)
    list_name = question.list_name
    if kind.is_select and not list_name:
        list_name = unique(f"{question.name}_options", questionnaire.choice_lists)
    if not kind.is_select:
        list_name = ""
    calculation = question.calculation
    if kind is QuestionType.CALCULATE and not calculation.strip():
        calculation = "1"
    changed = replace(question, type=kind, list_name=list_name, calculation=calculation)
    return prune_unused_lists(replace_item(questionnaire, path, changed))


# -- choice lists --------------------------------------------------------------------------------


def set_choice_list(questionnaire: Questionnaire, choice_list: ChoiceList) -> Questionnaire:
    """Add or replace the list called ``choice_list.name`` (keeping its place in order)."""
    lists = dict(questionnaire.choice_lists)
    lists[choice_list.name] = choice_list
    return replace(questionnaire, choice_lists=lists)


def choice_from_label(
    choice_list: ChoiceList, label: str, language: str, missing: bool = False
) -> Choice:
    """A new option whose code is made from its label, unique in the list."""
    code = unique(slug(label, "option"), (c.name for c in choice_list.choices))
    return Choice(code, {language: label} if label else {}, missing)


def relabel_choice(
    choice_list: ChoiceList, index: int, language: str, label: str, default_language: str
) -> ChoiceList:
    """Change an option's label; while its code is still the one made from the old label (in
    the default language), the code follows the new label."""
    choices = list(choice_list.choices)
    choice = choices[index]
    labels = dict(choice.label)
    old = labels.get(language, "")
    if label:
        labels[language] = label
    else:
        labels.pop(language, None)
    name = choice.name
    others = [c.name for i, c in enumerate(choices) if i != index]
    if language == default_language and name in (unique(slug(old, "option"), others), ""):
        name = unique(slug(label, "option"), others)
    choices[index] = replace(choice, name=name, label=labels)
    return replace(choice_list, choices=tuple(choices))


def rename_choice_list(questionnaire: Questionnaire, old: str, new: str) -> Questionnaire:
    """Rename a list and every question that uses it."""
    lists = {
        (new if name == old else name): (replace(cl, name=new) if name == old else cl)
        for name, cl in questionnaire.choice_lists.items()
    }

    def fix(item: Item) -> Item:
        if isinstance(item, Group):
            return replace(item, children=tuple(fix(c) for c in item.children))
        return replace(item, list_name=new) if item.list_name == old else item

    return replace(
        questionnaire, choice_lists=lists, children=tuple(fix(c) for c in questionnaire.children)
    )


def prune_unused_lists(questionnaire: Questionnaire) -> Questionnaire:
    """Drop the choice lists no question uses any more (a list made for a question that was
    deleted or changed type)."""
    used = {q.list_name for q in questionnaire.questions() if q.type.is_select}
    lists = {name: cl for name, cl in questionnaire.choice_lists.items() if name in used}
    if len(lists) == len(questionnaire.choice_lists):
        return questionnaire
    return replace(questionnaire, choice_lists=lists)


def users_of_list(questionnaire: Questionnaire, list_name: str) -> list[Question]:
    return [q for q in questionnaire.questions() if q.type.is_select and q.list_name == list_name]


# -- the questionnaire as a whole ----------------------------------------------------------------


def empty_questionnaire(title: str, language: str = "English (en)") -> Questionnaire:
    settings = Settings(
        form_id=slug(title, "questionnaire"),
        form_title=title,
        version="1",
        default_language=language,
    )
    return Questionnaire(settings, (), {})


def set_settings(questionnaire: Questionnaire, **changes: object) -> Questionnaire:
    return replace(questionnaire, settings=replace(questionnaire.settings, **changes))


def paths(questionnaire: Questionnaire) -> list[tuple[Path, Item]]:
    """Every item with its path, in form order."""
    found: list[tuple[Path, Item]] = []

    def visit(items: tuple[Item, ...], parent: Path) -> None:
        for index, item in enumerate(items):
            found.append(((*parent, index), item))
            if isinstance(item, Group):
                visit(item.children, (*parent, index))

    visit(questionnaire.children, ())
    return found


def path_of(questionnaire: Questionnaire, name: str) -> Path | None:
    """The path of the first item called ``name``."""
    return next((path for path, item in paths(questionnaire) if item.name == name), None)


def map_texts(
    questionnaire: Questionnaire, change: Callable[[Mapping[str, str]], dict[str, str]]
) -> Questionnaire:
    """Every translatable text (labels, hints, messages, option labels) passed through
    ``change``, which takes and returns one text's {language: text} mapping."""

    def fix(item: Item) -> Item:
        if isinstance(item, Group):
            children = tuple(fix(c) for c in item.children)
            return replace(
                item, label=change(item.label), hint=change(item.hint), children=children
            )
        return replace(
            item,
            label=change(item.label),
            hint=change(item.hint),
            required_message=change(item.required_message),
            constraint_message=change(item.constraint_message),
        )

    lists = {
        name: replace(cl, choices=tuple(replace(c, label=change(c.label)) for c in cl.choices))
        for name, cl in questionnaire.choice_lists.items()
    }
    return replace(
        questionnaire, children=tuple(fix(c) for c in questionnaire.children), choice_lists=lists
    )


def drop_language(questionnaire: Questionnaire, language: str) -> Questionnaire:
    """Remove every text in ``language`` (labels, hints, messages, option labels)."""
    return map_texts(
        questionnaire, lambda texts: {lang: t for lang, t in texts.items() if lang != language}
    )


def rename_language(questionnaire: Questionnaire, old: str, new: str) -> Questionnaire:
    """Texts in language ``old`` become texts in ``new``."""
    return map_texts(
        questionnaire,
        lambda texts: {(new if lang == old else lang): t for lang, t in texts.items()},
    )


def trim_texts(questionnaire: Questionnaire) -> Questionnaire:
    """Spaces around every text removed; texts left empty dropped."""
    return map_texts(
        questionnaire, lambda texts: {lang: t.strip() for lang, t in texts.items() if t.strip()}
    )
