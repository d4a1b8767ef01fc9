"""A questionnaire as JSON-ready data, for storing each version in the database.

``questionnaire_from_data(questionnaire_to_data(q)) == q`` for every questionnaire, and
:func:`fingerprint` is equal for equal questionnaires, so importing the same form twice can be
recognised.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    DataFile,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    Settings,
)
from duodesk.core.xlsform_columns import QUESTION_STRINGS, TRANSLATABLE
from duodesk.i18n import translate

FORMAT = 1
FOUND_EMPTY = "found_empty"
"""The key of :attr:`Questionnaire.found_empty`: said to the person, but no part of what the
questionnaire asks, so left out of its :func:`fingerprint` (an empty file or no file at all
make the same questionnaire)."""

_QUESTION_TEXTS = TRANSLATABLE
_QUESTION_STRINGS = QUESTION_STRINGS


def questionnaire_to_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """The questionnaire as JSON-ready data. Choice lists read from a file keep their
    ``source`` and the files ``pulldata()`` reads are included whole, so a stored questionnaire
    (and a transfer file carrying it) needs none of the files it was read with; the files that
    were not found are named. Those keys are left out when unused, so that a questionnaire
    without them keeps its fingerprint."""
    settings = questionnaire.settings
    data = {
        "format": FORMAT,
        "settings": {
            "form_id": settings.form_id,
            "form_title": settings.form_title,
            "version": settings.version,
            "default_language": settings.default_language,
            "participant_code": list(settings.participant_code),
            "extra": dict(settings.extra),
        },
        "children": [_item_to_data(item) for item in questionnaire.children],
        "choice_lists": [
            {
                "name": choice_list.name,
                "choices": [
                    {
                        "name": c.name,
                        "label": dict(c.label),
                        "missing": c.missing,
                        "extra": dict(c.extra),
                    }
                    for c in choice_list.rows
                ],
                **({"source": choice_list.source} if choice_list.source else {}),
            }
            for choice_list in questionnaire.choice_lists.values()
        ],
    }
    if questionnaire.missing_files:
        data["missing_files"] = list(questionnaire.missing_files)
    if questionnaire.found_empty:
        data[FOUND_EMPTY] = list(questionnaire.found_empty)
    if questionnaire.data_files:
        data["data_files"] = [
            {"name": f.name, "header": list(f.header), "rows": [list(row) for row in f.rows]}
            for f in questionnaire.data_files.values()
        ]
    return data


def _item_to_data(item: Question | Group) -> dict[str, Any]:
    if isinstance(item, Group):
        # Only a repeat carries its marks, so that the data (and fingerprint) of every form
        # without repeats stays what it was.
        repeat = {}
        if isinstance(item, Repeat):
            repeat = {"repeat": True, "repeat_count": item.repeat_count}
        return {
            **repeat,
            "group": item.name,
            "label": dict(item.label),
            "hint": dict(item.hint),
            "relevant": item.relevant,
            "appearance": item.appearance,
            "extra": dict(item.extra),
            "row": item.row,
            "children": [_item_to_data(child) for child in item.children],
        }
    data: dict[str, Any] = {"name": item.name, "type": item.type.value}
    data |= {key: dict(getattr(item, key)) for key in _QUESTION_TEXTS}
    data |= {key: getattr(item, key) for key in _QUESTION_STRINGS}
    data |= {"identifying": item.identifying, "extra": dict(item.extra), "row": item.row}
    return data


def questionnaire_from_data(data: dict[str, Any]) -> Questionnaire:
    """Inverse of :func:`questionnaire_to_data`; ValueError on data of an unknown format."""
    if data.get("format") != FORMAT:
        raise ValueError(
            translate("Core", "unknown questionnaire format {value!r}").format(
                value=data.get("format")
            )
        )
    s = data["settings"]
    settings = Settings(
        form_id=s["form_id"],
        form_title=s["form_title"],
        version=s["version"],
        default_language=s["default_language"],
        participant_code=tuple(s["participant_code"]),
        extra=s["extra"],
    )
    lists = {
        cl["name"]: ChoiceList.from_rows(
            cl["name"],
            tuple(Choice(c["name"], c["label"], c["missing"], c["extra"]) for c in cl["choices"]),
            cl.get("source", ""),
        )
        for cl in data["choice_lists"]
    }
    files = {
        f["name"]: DataFile(f["name"], tuple(f["header"]), tuple(tuple(r) for r in f["rows"]))
        for f in data.get("data_files", ())
    }
    children = tuple(_item_from_data(d) for d in data["children"])
    missing = tuple(data.get("missing_files", ()))
    empty = tuple(data.get(FOUND_EMPTY, ()))
    return Questionnaire(settings, children, lists, files, missing_files=missing, found_empty=empty)


def _item_from_data(data: dict[str, Any]) -> Question | Group:
    if "group" in data:
        kind, more = Group, {}
        if data.get("repeat"):
            kind, more = Repeat, {"repeat_count": data.get("repeat_count", "")}
        return kind(
            **more,
            name=data["group"],
            label=data["label"],
            hint=data["hint"],
            relevant=data["relevant"],
            appearance=data["appearance"],
            extra=data["extra"],
            row=data["row"],
            children=tuple(_item_from_data(child) for child in data["children"]),
        )
    return Question(
        name=data["name"],
        type=QuestionType(data["type"]),
        **{key: data[key] for key in _QUESTION_TEXTS + _QUESTION_STRINGS},
        identifying=data["identifying"],
        extra=data["extra"],
        row=data["row"],
    )


def questionnaire_to_json(questionnaire: Questionnaire) -> str:
    return json.dumps(questionnaire_to_data(questionnaire), ensure_ascii=False, sort_keys=True)


class UnreadableQuestionnaireError(ValueError):
    """A stored questionnaire that is no longer what DuoDesk wrote (a damaged file)."""


def questionnaire_from_json(text: str) -> Questionnaire:
    try:
        return questionnaire_from_data(json.loads(text))
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        # A changed byte in a plain file can leave valid JSON with a key or a type renamed.
        raise UnreadableQuestionnaireError(type(error).__name__) from error


def fingerprint(questionnaire: Questionnaire) -> str:
    """A hash of what the questionnaire asks and how, ignoring the rows it was read from."""
    data = questionnaire_to_data(questionnaire)
    data.pop(FOUND_EMPTY, None)

    def strip_rows(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip_rows(v) for k, v in value.items() if k != "row"}
        if isinstance(value, list):
            return [strip_rows(v) for v in value]
        return value

    canonical = json.dumps(strip_rows(data), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()
