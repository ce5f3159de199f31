"""Supervisor pages open on the wave the supervisor is working on (issue 16), kept in the database.

Before, every page opened on the newest-registered wave: after many files of one wave and one file of another, the
dashboard and 清理进度 opened on the wave of one respondent, where everything read "<5"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from burden_survey.store.storage import Storage
from burden_survey.survey.model import Profile, Tool
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.filestore import export_response
from burden_survey.survey_files.importer import import_paths
from ui.supervisor.dashboard_page import DashboardPage
from ui.supervisor.governance_page import GovernancePage
from ui.supervisor.supervisor_exports import ExportsBox

MAIN = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
STRAY = Wave("XS2026B", "锡山区补充调查", "2026.1")  # registered last, one answer
TODAY = date(2026, 11, 22)
WAIT_MS = 60_000


def cadre_file(folder, number: int, wave: Wave):
    cadre = Storage.open(folder / f"cadre{number}.db")
    cadre.save_profile(Profile(county_code="320205", township_name="东港镇", unit_type="township_organ"))
    tool = cadre.save_tool(Tool(name="学习强国", kind="app", formality_share=50))
    cadre.set_minutes_many([(tool.id, date(2026, 11, 16), 40 + number)], today=TODAY)
    path = folder / f"cadre{number}.bsurvey"
    export_response(cadre, wave, path)
    cadre.close()
    return path


@pytest.fixture
def county(tmp_path):
    files = [cadre_file(tmp_path, n, MAIN) for n in range(6)] + [cadre_file(tmp_path, 6, STRAY)]
    storage = Storage.open(tmp_path / "county.db")
    storage.add_wave(MAIN)
    storage.add_wave(STRAY)
    assert import_paths(storage, files, today=TODAY).count("imported") == 7
    yield storage
    storage.close()


def dashboard(qtbot, storage) -> DashboardPage:
    page = DashboardPage(storage)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.refresh()
    return page


def test_every_supervisor_page_opens_on_the_wave_most_of_the_newest_import_belongs_to(qtbot, county):
    assert dashboard(qtbot, county).filters().wave_id == MAIN.id  # before: XS2026B, one respondent, "<5"
    governance = GovernancePage(county)
    qtbot.addWidget(governance)
    governance.refresh()
    qtbot.waitUntil(lambda: not governance.is_busy(), timeout=WAIT_MS)
    assert governance.wave_id() == MAIN.id
    exports = ExportsBox(county)
    qtbot.addWidget(exports)
    exports.refresh()
    assert exports.wave_combo.wave().id == MAIN.id


def test_the_supervisors_choice_is_kept_in_the_database_not_for_every_database(qtbot, county, tmp_path):
    page = dashboard(qtbot, county)
    page.wave_combo.setFocus()
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        qtbot.keyClick(page.wave_combo, Qt.Key.Key_Down)  # the user picks the next wave with the keyboard
    assert page.filters().wave_id == STRAY.id
    assert dashboard(qtbot, county).filters().wave_id == STRAY.id  # opened again: the choice stands
    other = Storage.open(tmp_path / "other.db")
    other.add_wave(MAIN)
    other.add_wave(STRAY)
    assert dashboard(qtbot, other).filters().wave_id == STRAY.id  # nothing imported: the newest wave
    other.close()


def test_a_refill_after_an_import_is_no_choice_of_the_supervisors(qtbot, county, tmp_path):
    page = dashboard(qtbot, county)
    import_paths(county, [cadre_file(tmp_path, n, STRAY) for n in range(10, 18)], today=TODAY)
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.refresh()
    assert page.filters().wave_id == STRAY.id  # the newest import's wave now; nothing was chosen
