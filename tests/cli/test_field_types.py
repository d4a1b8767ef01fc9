"""Forms with the question types real ODK and KoboToolbox forms use, taken through the command
line: the form opens, a KoboToolbox export and an ODK Central export of the same interviews
import with their values, the summary counts them, and each export carries them or leaves them
out as it says."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from duodesk.exports.layout import interviews_path
from tests.cli.in_process import duodesk_here as duodesk
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label", "parameters", "default", "calculation"],
    ["start", "start", "", "", "", ""],
    ["deviceid", "deviceid", "", "", "", ""],
    ["phonenumber", "phone", "", "", "", ""],
    ["start-geopoint", "where_started", "", "", "", ""],
    ["audit", "audit", "", "", "", ""],
    ["geopoint", "home", "Where do you sleep?", "", "", ""],
    ["geotrace", "route", "Route to the centre", "", "", ""],
    ["geoshape", "area", "Area you avoid", "", "", ""],
    ["image", "photo", "Photo of the notice board", "", "", ""],
    ["audio", "voice", "Recorded answer", "", "", ""],
    ["range", "safety", "How safe do you feel? (0-10)", "start=0 end=10 step=2", "", ""],
    ["acknowledge", "consent", "Consent read out", "", "", ""],
    ["barcode", "kit", "Code on the test kit", "", "", ""],
    ["hidden", "batch", "", "", "B7", ""],
    ["calculate", "double", "", "", "", "${safety} * 2"],
    ["select_one drug or_other", "drug", "Main drug", "", "", ""],
    ["begin_group", "before", "Before prison", "", "", ""],
    ["integer", "age", "Age then", "", "", ""],
    ["end_group", "", "", "", "", ""],
    ["begin_group", "now", "Now", "", "", ""],
    ["integer", "age", "Age now", "", "", ""],
    ["end_group", "", "", "", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["drug", "heroin", "Heroin"],
    ["drug", "crack", "Crack"],
]
SETTINGS = [["form_id", "form_title"], ["field", "Field survey"]]

# Three interviews, as the phone recorded them.
INTERVIEWS = [
    {
        "uuid": "0b0d4c55-2b4a-4a3c-9a53-6a7b2f1d0001",
        "start": "2024-03-01T10:00:00.000+00:00",
        "deviceid": "collect:abc",
        "phone": "+441234567890",
        "where_started": ("55.95", "-3.19", "80", "5"),
        "home": ("55.9533", "-3.1883", "0", "4.5"),
        "route": "55.95 -3.19 0 0;55.96 -3.18 0 0",
        "area": "55.95 -3.19 0 0;55.96 -3.18 0 0;55.97 -3.19 0 0;55.95 -3.19 0 0",
        "photo": "1709287200123.jpg",
        "voice": "1709287200456.m4a",
        "safety": "6",
        "consent": "OK",
        "kit": "KIT-0042",
        "batch": "B7",
        "drug": "other",
        "drug_other": "pregabalin",
        "before_age": "25",
        "now_age": "31",
    },
    {
        "uuid": "0b0d4c55-2b4a-4a3c-9a53-6a7b2f1d0002",
        "start": "2024-03-02T11:00:00.000+00:00",
        "deviceid": "collect:abc",
        "phone": "",
        "where_started": ("", "", "", ""),
        "home": ("", "", "", ""),
        "route": "",
        "area": "",
        "photo": "",
        "voice": "",
        "safety": "10",
        "consent": "OK",
        "kit": "",
        "batch": "B8",
        "drug": "heroin",
        "drug_other": "",
        "before_age": "40",
        "now_age": "44",
    },
    {
        "uuid": "0b0d4c55-2b4a-4a3c-9a53-6a7b2f1d0003",
        "start": "2024-03-03T12:00:00.000+00:00",
        "deviceid": "collect:def",
        "phone": "",
        "where_started": ("56.0", "-3.0", "", ""),
        "home": ("56.01", "-3.02", "12", "3"),
        "route": "",
        "area": "",
        "photo": "1709460000789.jpg",
        "voice": "",
        "safety": "0",
        "consent": "",
        "kit": "",
        "batch": "B8",
        "drug": "crack",
        "drug_other": "",
        "before_age": "",
        "now_age": "52",
    },
]
PLAIN = ("route", "area", "photo", "voice", "safety", "consent", "kit", "batch")


def kobo_export(path: Path) -> Path:
    """Laid out as KoboToolbox exports to xlsx: group paths in the headers, each geopoint
    both whole and split into ``_home_latitude``..., a ``photo_URL`` beside each file."""
    header = ["start", "deviceid", "phone", "where_started"]
    header += [f"_where_started_{p}" for p in ("latitude", "longitude", "altitude", "precision")]
    header += ["home"] + [f"_home_{p}" for p in ("latitude", "longitude", "altitude", "precision")]
    header += ["route", "area", "photo", "photo_URL", "voice", "voice_URL", "safety", "consent"]
    header += ["kit", "batch", "double", "drug", "drug_other", "before/age", "now/age"]
    header += ["_id", "_uuid", "_submission_time", "_index"]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for number, row in enumerate(INTERVIEWS, start=1):
        cells = [row["start"], row["deviceid"], row["phone"]]
        for name in ("where_started", "home"):
            parts = row[name]
            cells += [" ".join(p for p in parts if p), *parts]
        for name in ("route", "area", "photo"):
            cells.append(row[name])
        cells.append(f"https://kf.example.org/media/{row['photo']}" if row["photo"] else "")
        cells += [row["voice"], ""]
        cells += [row["safety"], row["consent"], row["kit"], row["batch"], ""]
        cells += [row["drug"], row["drug_other"], row["before_age"], row["now_age"]]
        cells += [number, row["uuid"], "2024-03-04T09:00:00", number]
        sheet.append([None if c == "" else c for c in cells])
    workbook.save(path)
    return path


def central_export(path: Path) -> Path:
    """Laid out as ODK Central exports to CSV: groups joined with "-", geopoints only split
    into ``home-Latitude``..., the instance id prefixed with ``uuid:``."""
    header = ["SubmissionDate", "start", "deviceid", "phone"]
    header += [f"where_started-{p}" for p in ("Latitude", "Longitude", "Altitude", "Accuracy")]
    header += [f"home-{p}" for p in ("Latitude", "Longitude", "Altitude", "Accuracy")]
    header += ["route", "area", "photo", "voice", "safety", "consent", "kit", "batch", "double"]
    header += ["drug", "drug_other", "before-age", "now-age", "meta-instanceID", "KEY"]
    header += ["SubmitterID", "AttachmentsPresent", "ReviewState"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in INTERVIEWS:
            cells = ["2024-03-04T09:00:00.000Z", row["start"], row["deviceid"], row["phone"]]
            cells += [*row["where_started"], *row["home"]]
            cells += [row[name] for name in PLAIN] + [""]
            cells += [row["drug"], row["drug_other"], row["before_age"], row["now_age"]]
            cells += [f"uuid:{row['uuid']}", f"uuid:{row['uuid']}", "5", "1", ""]
            writer.writerow(cells)
    return path


@pytest.fixture
def field_form(tmp_path) -> Path:
    return write_form(tmp_path / "field.xlsx", SURVEY, CHOICES, SETTINGS)


def _imported(tmp_path: Path, form: Path, data: Path) -> Path:
    db = tmp_path / "p.duodesk"
    result = duodesk("--db", str(db), "import-form", str(form))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "field"
    result = duodesk("--db", str(db), "import-data", "field", str(data))
    assert result.returncode == 0, result.stderr
    assert "3 interviews imported" in result.stdout
    # the parts of a location and the links to files are understood, not "left out"
    assert "_home_latitude" not in result.stdout and "home-Latitude" not in result.stdout
    assert "photo_URL" not in result.stdout
    return db


def _csv_rows(db: Path, tmp_path: Path, *extra: str) -> list[dict[str, str]]:
    out = tmp_path / f"out{len(extra)}.csv"
    result = duodesk("--db", str(db), "export", "field", "--csv", str(out), "--codes", *extra)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("layout", [kobo_export, central_export], ids=["kobo", "central"])
def test_an_export_from_a_phone_imports_with_its_locations_files_and_metadata(
    tmp_path, field_form, layout
):
    suffix = ".xlsx" if layout is kobo_export else ".csv"
    db = _imported(tmp_path, field_form, layout(tmp_path / f"export{suffix}"))
    rows = _csv_rows(db, tmp_path, "--identifying")
    assert len(rows) == 3
    first, second, third = rows
    # locations: whole or split, they come back as "latitude longitude altitude accuracy"
    assert first["home"] == "55.9533 -3.1883 0 4.5"
    assert third["home"] == "56.01 -3.02 12 3"
    assert second["home"] == ""  # no answer
    assert first["where_started"] == "55.95 -3.19 80 5"
    assert third["where_started"] == "56 -3"
    assert first["route"] == "55.95 -3.19 0 0;55.96 -3.18 0 0"
    assert first["area"].count(";") == 3
    # attached files keep their names; the rest of what the phone recorded is kept
    assert [r["photo"] for r in rows] == ["1709287200123.jpg", "", "1709460000789.jpg"]
    assert first["voice"] == "1709287200456.m4a"
    assert [r["safety"] for r in rows] == ["6", "10", "0"]
    assert [r["consent"] for r in rows] == ["OK", "OK", ""]
    assert first["kit"] == "KIT-0042"
    assert [r["batch"] for r in rows] == ["B7", "B8", "B8"]
    assert first["phone"] == "+441234567890"
    assert first["deviceid"] == "collect:abc"
    # or_other: the choice "other" and what was written
    assert [r["drug"] for r in rows] == ["other", "heroin", "crack"]
    assert [r["drug_other"] for r in rows] == ["pregabalin", "not asked", "not asked"]
    # the same name in two groups: two columns, known by their group path
    assert [r["before/age"] for r in rows] == ["25", "40", ""]
    assert [r["now/age"] for r in rows] == ["31", "44", "52"]
    assert "audit" not in first


def test_de_identified_exports_leave_out_locations_and_the_workbook_file_names(
    tmp_path, field_form
):
    db = _imported(tmp_path, field_form, central_export(tmp_path / "c.csv"))
    rows = _csv_rows(db, tmp_path)  # de-identified by default
    for column in ("home", "where_started", "route", "area"):
        assert column not in rows[0], column
    assert rows[0]["photo"] == "1709287200123.jpg"  # CSV keeps the names of attached files
    assert not any("55.95" in value for row in rows for value in row.values())

    out = tmp_path / "board.xlsx"
    # 3 interviews: too few for tables with small numbers hidden; the group's workbook
    result = duodesk(
        "--db",
        str(db),
        "export",
        "field",
        "--xlsx",
        str(out),
        "--include-interview-data",
        "--show-small-numbers",
    )
    assert result.returncode == 0, result.stderr
    interviews = openpyxl.load_workbook(interviews_path(out), read_only=True)
    header = next(interviews["Data"].iter_rows(max_row=1, values_only=True))
    workbook = openpyxl.load_workbook(out, read_only=True)
    for column in ("home", "where_started", "route", "area", "photo", "voice"):
        assert column not in header, column
    assert {"safety", "consent", "before/age", "now/age", "drug"} <= set(header)
    every_cell = [
        str(cell)
        for sheet in (*workbook.worksheets, *interviews.worksheets)
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert not any("55.95" in cell or ".jpg" in cell for cell in every_cell)
    codebook = " ".join(every_cell)
    assert "a location identifies a person" in codebook
    assert "names of attached files" in codebook


def test_sav_export_carries_ranges_as_numbers_and_file_names(tmp_path, field_form):
    pyreadstat = pytest.importorskip("pyreadstat")
    db = _imported(tmp_path, field_form, kobo_export(tmp_path / "kobo.xlsx"))
    out = tmp_path / "data.sav"
    result = duodesk("--db", str(db), "export", "field", "--sav", str(out))
    assert result.returncode == 0, result.stderr
    frame, meta = pyreadstat.read_sav(str(out), user_missing=True)
    assert list(frame["safety"]) == [6, 10, 0]
    assert list(frame["photo"]) == ["1709287200123.jpg", "", "1709460000789.jpg"]
    assert "home" not in frame.columns
    ages = [name for name in frame.columns if "age" in name.lower()]
    assert len(ages) == 2, meta.column_names


def test_summary_counts_the_new_types_without_listing_locations(tmp_path, field_form):
    db = _imported(tmp_path, field_form, kobo_export(tmp_path / "kobo.xlsx"))
    result = duodesk("--db", str(db), "summary", "field", "--json")
    assert result.returncode == 0, result.stderr
    summary = {q["name"]: q for q in json.loads(result.stdout)["questions"]}
    assert summary["home"]["answered"] == 2 and summary["home"]["missing"] == 1
    assert not summary["home"].get("options")  # coordinates are never tabulated
    assert summary["photo"]["answered"] == 2
    assert summary["safety"]["stats"]["mean"] == pytest.approx(16 / 3)
    assert summary["consent"]["answered"] == 2
    assert summary["before/age"]["answered"] == 2
    assert summary["now/age"]["stats"]["max"] == 52
    drug = {o["name"]: o["count"] for o in summary["drug"]["options"]}
    assert drug == {"heroin": 1, "crack": 1, "other": 1}
    assert "audit" not in summary
    text = duodesk("--db", str(db), "summary", "field", "--where", "before/age>30")
    assert text.returncode == 0, text.stderr
    assert "before/age > 30: 1 interviews" in text.stdout


def test_a_location_that_is_not_one_is_refused_with_its_row_and_column(tmp_path, field_form):
    data = central_export(tmp_path / "c.csv")
    text = data.read_text(encoding="utf-8").replace("55.9533", "95.9533")
    data.write_text(text, encoding="utf-8")
    db = tmp_path / "p.duodesk"
    assert duodesk("--db", str(db), "import-form", str(field_form)).returncode == 0
    result = duodesk("--db", str(db), "import-data", "field", str(data))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = result.stdout + result.stderr
    assert 'row 2, column "home-Latitude"' in message
    assert "latitude must be between -90 and 90" in message
    assert "nothing was imported" in message
