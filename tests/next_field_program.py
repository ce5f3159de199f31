"""This program as it would be with one more per-tool field, made the way a developer adds one: an entry in the
field table, the dataclass attribute, a migration and the content version. Nothing else is changed, which is the
point: run as a script (by tests/test_adding_a_field.py), it shows the field in the dialog, the survey file, the
import, the spreadsheet export and the intake template, and prints what it saw as JSON."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The change itself, before any other module reads the tables.
from burden_survey.survey_files import content
from burden_survey.survey import fields, model
from burden_survey.store import migrations  # noqa: E402

PHONE_MINUTES = fields.Field("phone_minutes", "其中在手机上的分钟", fields.INT, low=0, high=600, section="opinion",
                             tip="这个工具每天的用时里，有多少是在手机上", since=content.CONTENT_VERSION + 1)
fields.TOOL_FIELDS = (*fields.TOOL_FIELDS, PHONE_MINUTES)
fields.RECORDS["tool"] = fields.TOOL_FIELDS
model.Tool = dataclasses.make_dataclass(
    "Tool", [("phone_minutes", "int | None", dataclasses.field(default=None))], bases=(model.Tool,))
content.CONTENT_VERSION += 1


@migrations.migrations(name="m900_phone_minutes")
def m900_phone_minutes(db) -> None:
    db.execute("ALTER TABLE tool ADD COLUMN phone_minutes INTEGER")


def main(folder: Path) -> dict:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QApplication

    from burden_survey.survey_files.filestore import export_response
    from burden_survey.survey_files.importer import import_paths
    from burden_survey.spreadsheets.intake_template import write_template
    from burden_survey.spreadsheets.full_export import FullAccess, export_full_xlsx
    from burden_survey.store.storage import Storage
    from burden_survey.survey.model import Profile
    from burden_survey.survey.survey_file import Wave
    from ui.cadre.tool_dialog import ToolDialog

    app = QApplication([])
    wave = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
    cadre = Storage.open(folder / "cadre.db")
    # A place to the tools: a tool list from nowhere is set aside at import (store/set_aside.py) and in no sheet.
    cadre.save_profile(Profile(county_code="320205", township_name="东港镇", unit_type="township_organ"))
    dialog = ToolDialog(cadre)
    dialog.form["name"].setText("学习强国")
    spin = dialog.form["phone_minutes"]
    spin.setValue(35)
    tab_of_field = next(dialog.tabs.tabText(i) for i in range(dialog.tabs.count())
                        if dialog.tabs.widget(i).isAncestorOf(spin))
    dialog.accept()
    [saved] = cadre.list_tools()
    export_response(cadre, wave, folder / "cadre.bsurvey")
    cadre.close()

    supervisor = Storage.open(folder / "supervisor.db")
    supervisor.add_wave(wave)
    [result] = import_paths(supervisor, [folder / "cadre.bsurvey"], today=date(2026, 11, 22)).results
    # The full data: the de-identified export leaves a lone respondent out.
    export_full_xlsx(supervisor, folder / "export.xlsx", FullAccess(wave.id, ""))
    sheet = load_workbook(folder / "export.xlsx", read_only=True)["数字任务"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    column = rows[0].index(PHONE_MINUTES.label)
    write_template(folder / "template.xlsx", wave)
    template_headers = [c.value for c in load_workbook(folder / "template.xlsx")["数字任务"][1]]
    fingerprint = supervisor.db.execute("SELECT content_sha256 FROM respondent WHERE wave_id = ?", [wave.id]).fetchone()[0]
    app.quit()
    return {
        "dialog_tab": tab_of_field, "saved": saved.phone_minutes, "import": result.status,
        "imported": supervisor.db.execute("SELECT phone_minutes FROM tool").fetchone()[0],
        "fingerprint_version": content.version_of(fingerprint), "export_value": rows[1][column],
        "in_template": PHONE_MINUTES.label in template_headers,
    }


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
