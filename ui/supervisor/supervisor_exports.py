"""The 「导出」 box of the import page: a wave's aggregate file for the level above, de-identified Excel and CSV, the
organiser's full data behind the wave's passphrase, and the fill-in template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from burden_survey.spreadsheets import full_export, microdata
from burden_survey.spreadsheets.intake_template import write_template
from burden_survey.store import audit
from burden_survey.store.storage import SELF_KEY, Storage
from burden_survey.survey.survey_file import EXTENSION, default_file_name
from burden_survey.survey_files import filestore, forwarding
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, WaveCombo, remember_folder, remembered_folder
from ui.common.widgets import FlowLayout, shrinkable

from .full_export_dialog import FullExportDialog

EXPORT_FOLDER_KEY = "exports/folder"
TEMPLATE_FOLDER_KEY = "templates/folder"


def own_division(storage: Storage) -> tuple[str | None, str, str]:
    """(county code, township name, division code) from this PC's own profile, if one was ever filled in.

    Read through the stored id only: asking storage.self_id would create an empty respondent in a supervisor's
    database, and it would travel in every export.
    """
    respondent_id = storage.get_setting(SELF_KEY)
    if not respondent_id:
        return None, "", ""
    profile = storage.load_profile(respondent_id)
    return profile.county_code, profile.township_name, profile.township_code or profile.county_code or ""


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ExportsBox(QGroupBox):
    """Buttons that act on the chosen wave. It asks, and its page does: slow exports run as the page's background job
    with its progress bar, and a filled template is imported like any survey file."""

    job_requested = Signal(object, object)  # work(storage, progress, cancelled), then on_finished(its result)
    done = Signal(str, str)  # title, text: where a file went
    template_import_requested = Signal(object, object)  # the filled template's Path, the Wave it answers

    def __init__(self, storage: Storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self._busy = False
        self.setObjectName("exportsBox")
        self.setTitle(self.tr("导出"))
        self.wave_combo = shrinkable(WaveCombo(self), 16)
        self.wave_combo.setObjectName("exportWave")
        self.aggregate_button = QPushButton(self.tr("导出汇总文件（上报上级）…"), self)
        self.aggregate_button.setObjectName("exportAggregate")
        self.aggregate_button.setToolTip(self.tr("把本批次的全部答卷写成一个调查文件交给上级；上级再导入原始文件时不会重复计数"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.setToolTip(self.tr("去标识化：基本情况合并到每组至少 k 人（默认 5 人，批次可提高），编号每次重新生成，"
                                            "不含自由填写的文字；少于 k 人的组不显示"))
        self.csv_button = QPushButton(self.tr("导出 CSV…"), self)
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.setToolTip(self.tr("去标识化，与 Excel 相同；每张表一个 CSV 文件（UTF-8），Excel 和 WPS 都能正确显示中文"))
        self.full_button = QPushButton(self.tr("完整数据（仅限组织者）…"), self)
        self.full_button.setObjectName("exportFull")
        self.full_button.setToolTip(self.tr("包含全部基本情况和原样填写的名称，可以认出答卷人：需要批次口令，并记入操作记录"))
        self.template_button = QPushButton(self.tr("下载填报模板…"), self)
        self.template_button.setObjectName("saveTemplate")
        self.template_button.setToolTip(self.tr("给没有安装本程序的干部：在 Excel 或 WPS 里填写，交回后用「导入填报模板…」导入"))
        self.import_template_button = QPushButton(self.tr("导入填报模板…"), self)
        self.import_template_button.setObjectName("importTemplate")
        self.no_wave_label = QLabel(self.tr("还没有调查批次：先导入调查文件（勾选「自动登记新批次」），再在这里导出。"), self)
        self.no_wave_label.setObjectName("emptyState")
        self.no_wave_label.setWordWrap(True)
        self.buttons = [self.aggregate_button, self.xlsx_button, self.csv_button, self.full_button,
                        self.template_button, self.import_template_button]

        wave_row = QHBoxLayout()
        wave_label = QLabel(self.tr("调查批次"), self)
        wave_label.setBuddy(self.wave_combo)
        wave_row.addWidget(wave_label)
        wave_row.addWidget(self.wave_combo)
        wave_row.addWidget(self.no_wave_label, 1)
        wave_row.addStretch(0)  # takes the room while the note is hidden, so the label stays beside its list
        # Six buttons side by side are wider than a 1366-pixel screen with large text or in English: they wrap.
        buttons = FlowLayout()
        for button in self.buttons:
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.addLayout(wave_row)
        column.addLayout(buttons)

        self.wave_combo.wave_changed.connect(lambda _: self.set_busy(self._busy))
        self.aggregate_button.clicked.connect(self.export_aggregate)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.csv_button.clicked.connect(self.export_csv)
        self.full_button.clicked.connect(self.export_full)
        self.template_button.clicked.connect(self.save_template)
        self.import_template_button.clicked.connect(self.import_template)

    def refresh(self) -> None:
        self.wave_combo.set_waves(self.storage)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        has_wave = self.wave_combo.wave() is not None
        for button in self.buttons:
            button.setEnabled(has_wave and not busy)
        self.wave_combo.setEnabled(has_wave and not busy)
        self.no_wave_label.setVisible(not has_wave)

    def _save_path(self, title: str, name: str, name_filter: str, suffix: str) -> Path | None:
        path = FileDialogs.save_file(self, title, remembered_folder(EXPORT_FOLDER_KEY) / name, name_filter)
        if path is None:
            return None
        remember_folder(EXPORT_FOLDER_KEY, path.parent)
        return _with_suffix(path, suffix)

    # exports ---------------------------------------------------------------------------
    def export_aggregate(self) -> None:
        wave = self.wave_combo.wave()
        county, township, division = own_division(self.storage)
        name = default_file_name(county, township, wave.id, date.today(), aggregate=True)
        path = self._save_path(self.tr("导出汇总文件"), name, self.tr("调查文件 (*{0})").format(EXTENSION), EXTENSION)
        if path is None:
            return

        def done(rolled) -> None:
            lines = []
            if rolled.manifest is not None:
                sealed = self.tr("（已加密）") if filestore.is_sealed_file(path) else ""
                lines.append(self.tr("汇总文件{2}已保存到：\n{0}\n共 {1} 份答卷，不含备注等文字。").format(
                    path, len(rolled.manifest.responses), sealed))
            if rolled.forwarded:
                lines.append(self.tr("另有 {0} 份加密答卷（本库无法读取）已原样写入文件夹：\n{1}").format(
                    len(rolled.forwarded), rolled.folder))
            lines.append(self.tr("请把它们一起交给上级；上级导入时，同一份答卷不会重复计算。"))
            self.done.emit(self.tr("已导出汇总文件"), "\n".join(lines))

        self.job_requested.emit(
            lambda storage, progress, cancelled: forwarding.export_for_above(storage, wave.id, path, division), done)

    def export_xlsx(self) -> None:
        wave = self.wave_combo.wave()
        path = self._save_path(self.tr("导出 Excel"), self.tr("{0}-调查数据.xlsx").format(wave.id),
                               self.tr("Excel 表格 (*.xlsx)"), ".xlsx")
        if path is None:
            return
        self.job_requested.emit(
            lambda storage, progress, cancelled: microdata.export_xlsx(storage, path, wave.id, progress=progress),
            lambda written: self.done.emit(self.tr("已导出 Excel"), self.tr(
                "去标识化的 Excel 文件已保存到：\n{0}\n处理方法和未导出的答卷数见「说明」工作表。").format(written)))

    def export_csv(self) -> None:
        wave = self.wave_combo.wave()
        folder = FileDialogs.folder(self, self.tr("选择保存 CSV 文件的文件夹"), remembered_folder(EXPORT_FOLDER_KEY))
        if folder is None:
            return
        remember_folder(EXPORT_FOLDER_KEY, folder)
        self.job_requested.emit(
            lambda storage, progress, cancelled: microdata.export_csv(storage, folder, wave.id, progress=progress),
            lambda written: self.done.emit(self.tr("已导出 CSV"), self.tr(
                "已写出 {0} 个去标识化的 CSV 文件（UTF-8，Excel 和 WPS 可直接打开）到：\n{1}").format(len(written), folder)))

    def export_full(self) -> None:
        """The passphrase is checked in the dialog before a file is chosen; the job writes only after that."""
        wave = self.wave_combo.wave()
        chosen = FullExportDialog.ask(self, self.storage, wave)
        if chosen is None:
            return
        access, kind = chosen
        if kind == "xlsx":
            where = self._save_path(self.tr("导出完整数据"), self.tr("{0}-完整数据-仅限组织者.xlsx").format(wave.id),
                                    self.tr("Excel 表格 (*.xlsx)"), ".xlsx")
        else:
            where = FileDialogs.folder(self, self.tr("选择保存完整数据 CSV 文件的文件夹"),
                                       remembered_folder(EXPORT_FOLDER_KEY))
        if where is None:
            return
        remember_folder(EXPORT_FOLDER_KEY, where if kind == "csv" else where.parent)
        write = full_export.export_full_xlsx if kind == "xlsx" else full_export.export_full_csv

        def work(storage, progress, cancelled):
            return write(storage, where, access, progress)

        self.job_requested.emit(work, lambda written: self.done.emit(self.tr("已导出完整数据"), self.tr(
            "完整数据（仅限组织者）已保存到：\n{0}\n其中的答卷人可以被认出：请勿转发，用完请删除。").format(where)))

    # the fill-in template ----------------------------------------------------------------
    def save_template(self) -> None:
        wave = self.wave_combo.wave()
        suggested = remembered_folder(TEMPLATE_FOLDER_KEY) / self.tr("{0}-填报表格.xlsx").format(wave.id)
        path = FileDialogs.save_file(self, self.tr("保存填报模板"), suggested, self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        path = _with_suffix(path, ".xlsx")
        try:
            write_template(path, wave)
            audit.log(self.storage, "export", f"填报模板：{path.name}", wave.id)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        remember_folder(TEMPLATE_FOLDER_KEY, path.parent)
        self.done.emit(self.tr("已保存填报模板"), self.tr(
            "填报模板已保存到：\n{0}\n发给没有安装本程序的干部填写，交回后点击「导入填报模板…」。").format(path))

    def import_template(self) -> None:
        """A filled template becomes an ordinary survey file in a private folder, then is imported like any other."""
        wave = self.wave_combo.wave()
        path = FileDialogs.open_file(self, self.tr("导入填报模板"), remembered_folder(TEMPLATE_FOLDER_KEY),
                                     self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        remember_folder(TEMPLATE_FOLDER_KEY, path.parent)
        self.template_import_requested.emit(path, wave)
