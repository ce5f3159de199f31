"""The English UI reads English everywhere (issue 16): every page of a sample county, its charts, its import results
and its errors, with only what users typed (names of tools, townships, waves) and place names left in Chinese.

Before, chart titles, legends, axes and findings, import explanations, governance reasons and the rule check's
sources stayed Chinese, with Chinese punctuation inside English sentences."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from burden_survey.survey import divisions
from english_text import chinese_left, data_values, visible_texts
from ui.shell.app import install_translators
from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def county_db(tmp_path_factory):
    """The sample county (two waves, roster, registry), made once; each test works on a copy."""
    from burden_survey.cli.demo_county import write_demo_county

    path = tmp_path_factory.mktemp("county") / "county.db"
    write_demo_county(path, 40, 7)
    return path


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


@pytest.fixture
def window(qtbot, county_db, tmp_path, english):
    from burden_survey.store.storage import Storage

    path = tmp_path / "county.db"
    shutil.copy(county_db, path)
    storage = Storage.open(path)
    shown = MainWindow(storage)
    qtbot.addWidget(shown)
    shown.resize(1366, 740)
    shown.show()
    yield shown
    shown.stop_background_work() if hasattr(shown, "stop_background_work") else None
    storage.close()


def place_names() -> list[str]:
    """Names of provinces, cities and counties: proper names, shown as the official list writes them."""
    names = []
    for province in divisions.provinces():
        names.append(province.name)
        for city in divisions.cities(province.code):
            names.append(city.name)
            names += [county.name for county in divisions.counties(city.code)]
    return names


def app_names() -> list[str]:
    """The bundled list of common apps, accounts and groups (健康码, 学习强国…): their own names, as in the app stores."""
    from burden_survey.survey import catalogue

    return list(catalogue.catalogue())


def settled(qtbot, page) -> None:
    """The page has finished what it computes in the background (the dashboard's charts, the governance tables)."""
    busy = getattr(page, "is_busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=WAIT_MS)
    qtbot.wait(50)


def test_every_page_of_the_sample_county_reads_english_but_for_the_names_users_typed(qtbot, window):
    data = data_values(window.storage.path) + place_names()
    left = {}
    for entry in PAGES:
        window.show_page(entry.key)
        page = window.pages[entry.key]
        settled(qtbot, page)
        found = chinese_left(visible_texts(window), data)
        if found:
            left[entry.key] = sorted(set(found))[:12]
    assert left == {}


def dialogs(storage):
    """Each dialog a cadre or a supervisor opens, made as the pages make them."""
    from burden_survey.registry import registry
    from ui.cadre.checklist_dialog import ChecklistDialog
    from ui.cadre.export_dialog import ExportDialog
    from ui.cadre.quota_dialog import QuotaDialog
    from ui.cadre.tool_dialog import ToolDialog
    from ui.registry.registry_dialog import RegistryAppDialog
    from ui.registry.registry_plan import DataPlanDialog
    from ui.registry.registry_status import StatusChangeDialog
    from ui.shell.help_dialog import HelpDialog
    from ui.shell.notice_dialog import NoticeDialog
    from ui.shell.role_dialog import RoleDialog
    from ui.shell.settings_dialog import SettingsDialog
    from ui.supervisor.set_aside_dialog import SetAsideDialog
    from ui.supervisor.wave_dialog import WaveDialog

    app = registry.list_apps(storage)[0]
    group = next(t for t in storage.list_tools() if t.is_group)
    return {
        "tool": lambda: ToolDialog(storage, storage.list_tools()[0]), "group": lambda: ToolDialog(storage, group),
        "quota": lambda: QuotaDialog(storage), "export": lambda: ExportDialog(storage),
        "checklist": lambda: ChecklistDialog(storage), "settings": lambda: SettingsDialog(None, "both"),
        "role": lambda: RoleDialog(), "help": lambda: HelpDialog(), "notice": lambda: NoticeDialog(storage),
        "wave": lambda: WaveDialog(storage), "registry entry": lambda: RegistryAppDialog(storage, app),
        "data plan": lambda: DataPlanDialog(storage, app), "status": lambda: StatusChangeDialog(storage, app),
        "set aside": lambda: SetAsideDialog(storage),
    }


def test_every_dialog_reads_english_but_for_names(qtbot, window):
    data = data_values(window.storage.path) + place_names() + app_names() + ["中文"]  # a language in its own name
    left = {}
    for name, make in dialogs(window.storage).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found = chinese_left(visible_texts(dialog), data)
        if found:
            left[name] = sorted(set(found))[:8]
        dialog.hide()
    assert left == {}


def test_the_dashboards_charts_speak_english_titles_axes_legends_and_findings(qtbot, window):
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    settled(qtbot, page)
    titles = [box.title.text() for box in page.boxes]
    assert "Tools that take the most time (total minutes)" in titles or any("minutes" in t for t in titles), titles
    drawn = [text for box in page.boxes if box.chart.figure is not None
             for text in (t.get_text() for t in box.chart.figure.findobj(__import__("matplotlib").text.Text))]
    assert any("minutes" in text.lower() for text in drawn), drawn


def test_an_import_explains_refused_files_in_english(qtbot, window, tmp_path):
    damaged = tmp_path / "damaged.bsurvey"
    damaged.write_bytes(b"PK\x03\x04 not really a survey file")
    empty = tmp_path / "empty.bsurvey"
    empty.write_bytes(b"")
    window.show_page("import")
    page = window.pages["import"]
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        page.start_import([damaged, empty])
    texts = [text for _, text in visible_texts(window)]
    data = data_values(window.storage.path)
    assert chinese_left([("import", t) for t in texts], data) == []
    assert any("empty" in t.lower() for t in texts), texts


def test_a_core_error_reaches_the_english_user_in_english(qtbot, english):
    from burden_survey.survey.validation import check_minutes
    from burden_survey.system.errors import InputRejected
    from ui.common.errors import show_error

    with pytest.raises(InputRejected) as refused:
        check_minutes("四十")

    shown = []
    original = QMessageBox.show

    def keep(box):
        shown.append((box.windowTitle(), box.text()))
        original(box)

    QMessageBox.show = keep
    try:
        show_error(None, refused.value)
    finally:
        QMessageBox.show = original
    [(title, text)] = shown
    assert chinese_left([("error", title), ("error", text)], ["四十"]) == [], (title, text)
    assert "四十" in text  # what the user typed, quoted as typed


def test_the_chinese_ui_shows_what_the_core_wrote_unchanged(qapp):
    from ui.common.said import said

    install_translators(qapp, "zh_CN")
    reason = "未知的调查批次「XS2026B 锡山区补充调查」：请先在「调查批次」页登记。"
    assert said(reason) == reason


def test_a_sentence_the_core_built_of_several_parts_reads_whole_in_english_with_the_names_kept(english):
    from ui.common.said import said

    finding = said("「镇干部工作群」总耗时最多，59 名使用者共 15,015 分钟，使用者人均每工作日 11 分钟。")
    assert finding == ('"镇干部工作群" takes the most time in all: 59 users, 15,015 minutes together, '
                       "11 minutes per workday per user.")
    assert said("东港镇（10人）") == "东港镇 (10)"  # a chart's row: the name as typed, the count in English
    assert said("Q7 每日打卡") == "Q7 Daily check-ins"
    assert said("智慧党建、网格通") == "智慧党建, 网格通"  # names joined as English joins a list


def test_names_users_typed_are_never_translated_even_when_they_read_like_words_or_messages(qtbot, english, storage):
    """A red-team pass found a tool named 「打卡」 shown as "Clock in", and a wave title written as a message of the
    core shown as that message in English (a hostile file may register a wave under any title)."""
    from burden_survey.survey.model import Tool
    from burden_survey.survey.survey_file import Wave
    from ui.cadre.tools_page import ToolsPage
    from ui.common.said import said
    from ui.supervisor.waves_page import WavesPage

    storage.save_tool(Tool(name="打卡", kind="app"))
    posing = "调查批次「W2024」的保留期限（至 2024-01-01）已过，答卷已销毁。"
    storage.add_wave(Wave("W9", posing, "2026.1"))
    tools, waves = ToolsPage(storage), WavesPage(storage)
    for page in (tools, waves):
        qtbot.addWidget(page)
        page.refresh()
    names = [tools.model.index(0, 0).data()]
    names += [waves.model.index(row, column).data() for row in range(waves.model.rowCount())
              for column in range(waves.model.columnCount())]
    assert "打卡" in names and posing in names

    # A title that closes the quote and writes a sentence of the core: it stays the title, in Chinese, as typed.
    title = "T」：请先新建这个批次。答卷 5 的内容与校验值不符，文件可能被改动。「T"
    forged = said(f"未知的调查批次「W9 {title}」：请先新建这个批次，或勾选「自动登记新批次」后重新导入。")
    assert forged.startswith('Unknown wave "W9 T"') and "答卷 5 的内容与校验值不符" in forged, forged
    assert "checksum" not in forged
