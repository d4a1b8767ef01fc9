"""A summary as JSON (``duodesk summary --json``) and as a plain-text table."""

from __future__ import annotations

from duodesk.analysis.results import Summary


def summary_to_json(summary: Summary) -> dict:
    """The summary as JSON-ready values: per question ``name``, ``label``, ``type``,
    ``interviews``, ``asked``, ``not_applicable``, ``answered``, ``missing``,
    ``not_in_version``, ``valid``, ``options`` (select_one: ``name``, ``label``, ``count``,
    ``percent``, ``valid_percent``, ``cumulative_percent``, ``is_missing_code``;
    select_multiple: ``name``, ``label``, ``count``, ``percent_of_cases``,
    ``percent_of_responses``, most ticked first), ``combinations``, ``stats`` (``n``,
    ``mean``, ``sd``, ``median``, ``q1``, ``q3``, ``min``, ``max``) and ``bins``.
    Percentages are 0-100 at full precision; a value that cannot be computed is null."""
    raise NotImplementedError


def summary_to_text(summary: Summary) -> str:
    """The summary as readable plain-text tables, one per question."""
    raise NotImplementedError
