"""「负担看板」: a supervisor filters the imported answers, reads key figures and charts, saves, copies and prints them."""

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from burden_survey.indicators.key_figures import LABELS
from burden_survey.cli.demo import write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.report.report import ReportOptions, report_pages, write_pdf
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave
from ui.supervisor.dashboard_page import DashboardPage
from ui.common.file_widgets import FileDialogs
from ui.shell.main_window import MainWindow
from ui.supervisor.report_print import PrintDialogs, a4_printer
from uihelpers import show_active

UNTIL = date(2026, 11, 20)
TODAY = date(2026, 11, 22)
RESPONDENTS = 36
LATER_WAVE = Wave("DEMO2027", "示例县2027年第一季度调查", "2026.1")
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def county_file(tmp_path_factory):
    """A county database with one wave of imported sample answers, made once; each test works on a copy."""
    folder = tmp_path_factory.mktemp("county")
    files = write_demo_files(folder / "files", RESPONDENTS, seed=3, until=UNTIL, days=10, apps=(3, 8), groups=(3, 12))
    store = Storage.open(folder / "county.db")
    try:
        import_paths(store, files, accept_new_waves=True, today=TODAY)
    finally:
        store.close()
    return folder / "county.db"


@pytest.fixture(scope="module")
def two_waves_file(tmp_path_factory, county_file):
    """The same county with a later wave of answers imported as well."""
    folder = tmp_path_factory.mktemp("two_waves")
    shutil.copy(county_file, folder / "county.db")
    files = write_demo_files(folder / "files", 8, seed=4, until=UNTIL, wave=LATER_WAVE, days=10, apps=(3, 8),
                             groups=(3, 12))
    store = Storage.open(folder / "county.db")
    try:
        import_paths(store, files, accept_new_waves=True, today=TODAY)
    finally:
        store.close()
    return folder / "county.db"


def copy_of(database, tmp_path):
    shutil.copy(database, tmp_path / "county.db")
    return Storage.open(tmp_path / "county.db")


@pytest.fixture
def county(tmp_path, county_file):
    store = copy_of(county_file, tmp_path)
    yield store
    store.close()


@pytest.fixture
def two_waves(tmp_path, two_waves_file):
    store = copy_of(two_waves_file, tmp_path)
    yield store
    store.close()


def shown_page(qtbot, storage) -> DashboardPage:
    """The dashboard as a user opens it: shown, then computed in the background."""
    page = DashboardPage(storage)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.refresh()
    return page


def choose(qtbot, page, combo, data) -> None:
    """Pick an entry of a filter and wait for the figures of the new choice."""
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(data))


def townships_by_size(storage) -> list[tuple[str, int]]:
    return storage.db.execute(
        "SELECT trim(township_name), count(*) FROM respondent GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()


def small_group(storage) -> tuple[str, str]:
    """A township and unit type with between one and four respondents."""
    return storage.db.execute(
        """SELECT trim(township_name), unit_type FROM respondent GROUP BY 1, 2
           HAVING count(*) BETWEEN 1 AND 4 ORDER BY count(*), 1, 2""").fetchone()


def card(page, key: str) -> str:
    return page.cards[key].value.text()


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, *args: path))


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path) -> str:
    """The PDF's text as pdftotext reads it, with compatibility forms (⾯ for 面) folded back."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def meeting_pack_pages(storage, filters) -> int:
    return len(report_pages(storage, filters))


needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdfinfo, pdftotext) not installed")


def test_the_dashboard_shows_the_respondents_and_six_charts_with_findings(qtbot, county):
    page = shown_page(qtbot, county)

    assert card(page, "respondents") == f"{RESPONDENTS} 份"
    assert card(page, "minutes").endswith("分钟")
    assert "中位数" in page.cards["minutes"].context.text()
    assert len(page.boxes) == 6
    assert all(box.chart.finding and box.title.text() for box in page.boxes)
    drawn = [box for box in page.boxes if box.chart.figure is not None]
    assert len(drawn) >= 5  # one wave: only the comparison across waves has nothing to draw
    assert all(box.finding.text() == box.chart.finding for box in drawn)
    assert page.stack.currentWidget() is page.body
    assert not page.busy_line.isVisible()


def test_choosing_a_township_recomputes_the_figures(qtbot, county):
    page = shown_page(qtbot, county)
    township, count = townships_by_size(county)[0]
    assert count >= 5
    choose(qtbot, page, page.township_combo, township)

    assert card(page, "respondents") == f"{count} 份"
    assert page.indicators.filters.township == township
    assert township in page.status_label.text()


def test_a_group_of_fewer_than_five_shows_lt5_and_no_figures(qtbot, county):
    page = shown_page(qtbot, county)
    township, unit_type = small_group(county)
    choose(qtbot, page, page.township_combo, township)
    choose(qtbot, page, page.unit_combo, unit_type)

    assert card(page, "respondents") == "<5"  # a small group is told as small, never with its count
    assert card(page, "minutes") == "<5"
    assert card(page, "formality") == "<5"
    assert not any("分钟" in page.cards[key].value.text() for key in page.cards)


def test_a_filter_changed_during_a_computation_wins(qtbot, county):
    page = shown_page(qtbot, county)
    township = townships_by_size(county)[0][0]
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.township_combo.setCurrentIndex(page.township_combo.findData(township))
        assert page.busy_line.isVisible() and len(page.boxes) == 6  # the old charts stay while it works
        page.kind_combo.set_value("work_group")

    assert page.indicators.filters == page.filters()
    assert page.indicators.filters.tool_kind == "work_group"


def drawn_sizes(qtbot, page) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(widget size, size the figure is drawn at) of every chart, once the layout has settled."""
    qtbot.wait(200)
    return [((box.canvas.width(), box.canvas.height()),
             tuple(round(v) for v in box.chart.figure.get_size_inches() * box.chart.figure.dpi))
            for box in page.boxes if box.chart.figure is not None]


def test_every_chart_is_drawn_at_the_size_of_its_box_also_after_a_recompute(qtbot, county):
    page = shown_page(qtbot, county)
    assert page._columns == 2
    assert all(widget == figure for widget, figure in drawn_sizes(qtbot, page))

    choose(qtbot, page, page.kind_combo, "work_group")
    assert all(widget == figure for widget, figure in drawn_sizes(qtbot, page))


def test_a_chart_can_be_saved_as_png_and_as_svg(qtbot, county, tmp_path, monkeypatch):
    page = shown_page(qtbot, county)
    box = page.boxes[0]
    for name in ("耗时.png", "耗时.svg"):
        choose_file(monkeypatch, tmp_path / name)
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)

    assert (tmp_path / "耗时.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "耗时.svg").read_bytes()[:2000]
    assert "耗时.svg" in page.status_label.text()


def test_copying_a_chart_puts_a_picture_on_the_clipboard(qtbot, county):
    page = shown_page(qtbot, county)
    QApplication.clipboard().clear()
    qtbot.mouseClick(page.boxes[0].copy_button, Qt.MouseButton.LeftButton)

    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 600
    assert "已复制" in page.status_label.text()


def test_the_newest_wave_is_shown_first_and_compared_with_the_one_before(qtbot, two_waves):
    page = shown_page(qtbot, two_waves)

    assert page.filters().wave_id == LATER_WAVE.id
    assert card(page, "respondents") == "8 份"
    trend = next(box for box in page.boxes if box.chart.key == "waves")
    assert trend.chart.figure is not None and trend.canvas.figure is trend.chart.figure
    assert "示例县2026年第四季度调查" in trend.finding.text()

    choose(qtbot, page, page.wave_combo, None)  # 全部批次
    assert card(page, "respondents") == f"{RESPONDENTS + 8} 份"


def test_an_empty_database_shows_how_to_start(qtbot, storage):
    page = shown_page(qtbot, storage)

    assert page.stack.currentWidget() is page.empty_label
    assert "导入答卷" in page.empty_label.text()
    assert page.boxes == []


def make_window(qtbot, storage) -> MainWindow:
    return show_active(qtbot, MainWindow(storage))  # shortcuts reach only the active window


def test_in_a_supervisors_database_ctrl_4_opens_the_dashboard_before_the_exports(qtbot, county):
    from ui.shell import roles

    roles.set_role(county, roles.SUPERVISOR)
    window = make_window(qtbot, county)
    with qtbot.waitSignal(window.pages["dashboard"].computed, timeout=WAIT_MS):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

    assert window.stack.currentWidget() is window.pages["dashboard"]
    assert window.heading.text() == "负担看板"
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels[labels.index("负担看板") + 1] == "导出与上报"


@needs_poppler
def test_printing_paints_every_page_of_the_meeting_pack_with_real_text(qtbot, county, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def to_pdf(cls, parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(PrintDialogs, "choose_printer", classmethod(to_pdf))
    window = make_window(qtbot, county)
    with qtbot.waitSignal(window.meeting_pack.done, timeout=WAIT_MS):
        window.findChild(QAction, "printReport").trigger()

    filters = window.pages["dashboard"].filters()
    assert pdf_pages(out) == meeting_pack_pages(county, filters)
    text = pdf_text(out)
    assert all(heading in text for heading in ("会议材料", "主要数据", "数据表", "方法说明"))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "NotoSansSC" in fonts
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 2  # only the header: every chart, hatching included, is vector


@needs_poppler
def test_print_preview_shows_the_same_pages(qtbot, county, tmp_path, monkeypatch):
    out = tmp_path / "preview.pdf"

    def preview_to_pdf(cls, parent, printer, paint) -> None:
        pdf = a4_printer()
        pdf.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        pdf.setOutputFileName(str(out))
        paint(pdf)

    monkeypatch.setattr(PrintDialogs, "preview", classmethod(preview_to_pdf))
    window = make_window(qtbot, county)
    with qtbot.waitSignal(window.meeting_pack.done, timeout=WAIT_MS) as done:
        window.meeting_pack.preview()

    assert done.args == ["preview", meeting_pack_pages(county, window.pages["dashboard"].filters())]
    assert pdf_pages(out) == done.args[1]


def test_exporting_the_meeting_pack_writes_a_pdf(qtbot, county, tmp_path, monkeypatch):
    choose_file(monkeypatch, tmp_path / "会议材料")
    window = make_window(qtbot, county)
    with qtbot.waitSignal(window.meeting_pack.done, timeout=WAIT_MS) as done:
        window.meeting_pack.export_pdf()

    assert done.args == ["pdf", tmp_path / "会议材料.pdf"]
    assert (tmp_path / "会议材料.pdf").read_bytes().startswith(b"%PDF")


@needs_poppler
def test_the_cards_read_as_the_key_figures_of_the_meeting_pack(qtbot, county, tmp_path):
    """They were written twice and differed (the pack said 「人均每工作日用时」 where the card said 「每个工作日用时」)."""
    page = shown_page(qtbot, county)
    assert list(page.cards) == list(LABELS)  # every key figure of the pack; before, six of them
    # Without white space: a long note wraps in the pack, and the line break takes the space it breaks at.
    text = "".join(pdf_text(write_pdf(county, tmp_path / "pack.pdf", page.filters(), ReportOptions())).split())
    for key, card_widget in page.cards.items():
        for label in (card_widget.caption, card_widget.value, card_widget.context):
            shown = label.text().replace("\u2060", "")  # the word joiners that keep 「（平均）」 on one line
            assert "".join(unicodedata.normalize("NFKC", shown).split()) in text, key
