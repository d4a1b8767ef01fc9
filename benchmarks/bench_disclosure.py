"""Hiding small numbers across the whole workbook: how long it takes, against the same export
with nothing hidden, measured in the same run.

For each example questionnaire and each survey size (default 30, 70 and 200 interviews, made
up with skewed answers so that small counts appear), builds a project, then times:

- ``hidden``: the health-board workbook with the default rules (linked suppression checked by
  integer programming);
- ``baseline``: the same workbook with small numbers shown (no disclosure step at all).

Prints both times, their difference (the cost of the disclosure step), the ratio, and how many
counts were hidden (small, and to protect them). Target: the disclosure step under 10 s for
every example at every size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 70, 200])
    parser.add_argument("--skew", type=float, default=1.2)
    args = parser.parse_args()

    import openpyxl

    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.exports.disclosure import DisclosureRule
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from duodesk.resources import example_forms
    from duodesk.storage.database import Database
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire

    print(
        f"{'questionnaire':34} {'n':>4} {'hidden s':>9} {'baseline s':>10} {'step s':>7} "
        f"{'ratio':>6}  hidden counts"
    )
    for path in example_forms():
        form = read_xlsform(path)
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as folder:
                folder_path = Path(folder)
                database = Database.open(folder_path / "project.duodesk")
                with database.session() as session:
                    save_questionnaire(session, form)
                data = folder_path / "answers.csv"
                answers = simulate_answers(form, size, seed=size, skew=args.skew)
                write_responses_csv(form, answers, data, site="Centre A")
                import_responses(database, form.form_id, data)
                out = folder_path / "board.xlsx"
                start = time.perf_counter()
                export(database, form.form_id, out)
                hidden = time.perf_counter() - start
                start = time.perf_counter()
                export(
                    database,
                    form.form_id,
                    folder_path / "open.xlsx",
                    ExportOptions(disclosure=DisclosureRule(enabled=False)),
                )
                baseline = time.perf_counter() - start
                cover = {
                    r[0]: r[1]
                    for r in openpyxl.load_workbook(out)["Cover"].iter_rows(values_only=True)
                    if r and r[0]
                }
                counts = str(cover.get("Numbers hidden", "")).split(" (a number")[0]
                database.close()
            print(
                f"{path.stem[:34]:34} {size:>4} {hidden:>9.2f} {baseline:>10.2f} "
                f"{hidden - baseline:>7.2f} {hidden / baseline:>6.1f}  {counts}"
            )


if __name__ == "__main__":
    main()
