"""The meeting pack is a real A4 PDF: Chinese headings a machine can read, the font embedded, small groups as "<5"."""

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from burden_survey.store import report_sql
from burden_survey.cli.cli import main
from burden_survey.charts.dashboard_charts import all_charts
from burden_survey.cli.demo import DEMO_WAVE, write_demo, write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.indicators.figures import Filters
from burden_survey.indicators import indicator_sql
from burden_survey.indicators.indicators import compute
from burden_survey.indicators.key_figures import key_figures
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
from burden_survey.report.report import ReportOptions, build_pages, write_pdf
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

UNTIL, TODAY = date(2026, 11, 20), date(2026, 11, 22)
OPTIONS = ReportOptions(organiser="锡山区减负办", generated=TODAY)
POPPLER = ("pdftotext", "pdffonts", "pdfinfo", "pdfimages")

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in POPPLER),
                                reason="poppler-utils is not installed (make test installs it)")


def poppler(tool, pdf, *args) -> str:
    return subprocess.run([tool, *args, str(pdf), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, check=True).stdout


def pdf_text(pdf) -> str:
    """The text in drawing order (-raw): poppler's layout guesses misplace some Type 3 glyphs of a title line."""
    return poppler("pdftotext", pdf, "-raw")


def flat(text: str) -> str:
    """Without white space, which pdftotext puts or leaves out between Chinese characters and digits at will."""
    return "".join(text.split())


def contains(pdf_or_text, *phrases) -> bool:
    text = flat(pdf_or_text if isinstance(pdf_or_text, str) else pdf_text(pdf_or_text))
    missing = [p for p in phrases if flat(p) not in text]
    assert not missing, f"not in the PDF: {missing}"
    return True


def page_count(pdf) -> int:
    line = next(line for line in poppler("pdfinfo", pdf).splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def supervisor_db(folder, respondents, seed, waves=(DEMO_WAVE,)):
    """A supervisor's database as after importing the cadres' survey files of each wave."""
    storage = Storage.open(folder / "county.db")
    for number, wave in enumerate(waves):
        files = write_demo_files(folder / f"files{number}", respondents, seed + number, until=UNTIL, wave=wave)
        import_paths(storage, files, accept_new_waves=True, today=TODAY)
    return storage


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    storage = supervisor_db(tmp_path_factory.mktemp("county"), 40, seed=7)
    yield storage
    storage.close()


@pytest.fixture(scope="module")
def pack(county, tmp_path_factory):
    return write_pdf(county, tmp_path_factory.mktemp("pack") / "pack.pdf", Filters(), OPTIONS)


def test_the_pack_is_an_a4_pdf_with_its_title_and_every_page_numbered(pack):
    info = poppler("pdfinfo", pack)
    pages = page_count(pack)
    assert "Title:           指尖上的形式主义负担调查 · 会议材料" in info
    assert "Creator:         指尖减负调查" in info
    assert "(A4)" in info
    assert pages >= 8  # cover, key figures, three chart pages, tables, method note
    assert contains(pack, *(f"第 {number} 页 / 共 {pages} 页" for number in range(1, pages + 1)))


def test_a_reader_finds_the_chinese_headings_and_every_chart_with_its_finding(pack, county):
    text = pdf_text(pack)
    assert contains(text, "指尖上的形式主义负担调查 · 会议材料", "主要数据", "图表", "数据表", "方法说明", "目录",
                    "人均每工作日用时", "规定对照 Q1–Q28", "小样本保护", "不合成综合指数")
    for chart in all_charts(compute(county)):
        assert contains(text, chart.title, chart.finding)  # a finding may wrap over two lines


def test_the_cover_says_scope_period_returns_organiser_and_date(pack):
    assert contains(pack, "全部调查批次 · 全部乡镇（街道） · 全部单位类型 · 全部工具类型",
                    "2026年10月22日至2026年11月20日",  # the 30 logged days: the demo wave has no period of its own
                    "40 份答卷", "锡山区减负办", "2026年11月22日")


def test_the_chinese_font_is_embedded_and_no_other(pack):
    fonts = [line.split() for line in poppler("pdffonts", pack).splitlines()[2:]]
    assert fonts and all("NotoSansSC" in row[0] for row in fonts)
    assert all(row[-5] == "yes" for row in fonts)  # the "emb" column: embedded
    assert all(row[-3] == "yes" for row in fonts)  # "uni": a ToUnicode map, so the Chinese can be copied out


def test_the_font_is_truetype_so_copied_numbers_read_as_printed(county, pack):
    fonts = [line for line in poppler("pdffonts", pack).splitlines()[2:]]
    assert fonts and all("CID TrueType" in row for row in fonts)  # not Type 3, whose copied digits split apart
    laid_out = poppler("pdftotext", pack, "-layout")
    for figure in key_figures(compute(county)):
        value = str(figure.value)
        if any(c.isdigit() for c in value):
            assert value in laid_out, f"the card {figure.label} reads {value!r} on screen but not as copied text"


def test_the_charts_are_vector_drawings_not_pictures(pack):
    listed = poppler("pdfimages", pack, "-list").splitlines()
    assert len(listed) == 2  # the header of the list and nothing under it


def test_a_township_of_fewer_than_five_reads_lt5_and_the_others_show_numbers(pack, county):
    towns = compute(county).township_kinds
    small = [t.township for t in towns if t.suppressed]
    large = [t for t in towns if not t.suppressed]
    assert small and large  # the sample county has both
    rows = {line.split()[0]: line.split()[1:] for line in pdf_text(pack).splitlines()
            if line.split() and line.split()[0] in {t.township for t in towns}}
    for name in small:
        assert set(rows[name]) == {"<5"}
    for town in large:
        assert rows[town.township][0] == str(town.n)


def test_filters_narrow_the_scope_line_and_the_returns(county, tmp_path):
    pdf = write_pdf(county, tmp_path / "东港镇.pdf", Filters(wave_id=DEMO_WAVE.id, township="东港镇"), OPTIONS)
    assert contains(pdf, f"{DEMO_WAVE.title} · 东港镇 · 全部单位类型 · 全部工具类型",
                    f"{compute(county, Filters(township='东港镇')).respondents} 份答卷")
    assert "全部乡镇" not in pdf_text(pdf)


def test_the_cover_reads_returns_against_the_roster(county, tmp_path):
    report_sql.replace_roster(county, DEMO_WAVE.id, [("东港镇", "", 20), ("锡北镇", "", 20), ("羊尖镇", "", 20),
                                                      ("鹅湖镇", "", 20), ("东北塘街道", "", 20), ("东亭街道", "", 20)])
    try:
        text = pdf_text(write_pdf(county, tmp_path / "roster.pdf", Filters(wave_id=DEMO_WAVE.id), OPTIONS))
    finally:
        report_sql.replace_roster(county, DEMO_WAVE.id, [])
    assert contains(text, "40 份答卷；按回收名单应交 120 份，已回收 40 份，回收率 33%")
    assert contains(text, "抽样", "未说明")  # the wave did not say how its respondents were chosen


def test_the_cover_says_how_the_respondents_were_chosen_and_the_cards_how_sure_each_mean_is(tmp_path):
    sampled = replace(DEMO_WAVE, sampling="open")
    storage = Storage.open(tmp_path / "county.db")
    storage.add_wave(sampled)  # entered with the wave by the organiser; no cadre's file can say it
    import_paths(storage, write_demo_files(tmp_path / "files", 30, 5, until=UNTIL, wave=sampled), today=TODAY)
    ind = compute(storage)
    try:
        text = pdf_text(write_pdf(storage, tmp_path / "open.pdf", Filters(), OPTIONS))
    finally:
        storage.close()
    assert contains(text, "抽样", "公开征集：自愿填报，不代表全体", "未载入回收名单，无法计算回收率")
    minutes = ind.minutes_per_workday
    low, high = minutes.interval
    assert low < minutes.mean < high
    assert contains(text, f"均值，{minutes.n} 人，95% 区间 {low:g}–{high:g} 分钟")


def test_two_waves_add_the_comparison_chart_and_table(tmp_path):
    later = Wave("DEMO2027", "示例县2027年第一季度调查", QUESTIONNAIRE_VERSION)
    storage = supervisor_db(tmp_path, 6, seed=3, waves=(DEMO_WAVE, later))
    try:
        text = pdf_text(write_pdf(storage, tmp_path / "waves.pdf", Filters(), OPTIONS))
    finally:
        storage.close()
    assert contains(text, "各批次变化（按工具类别）", "各批次对比", "示例县2027年第一季度调查（DEMO2027）",
                    f"{DEMO_WAVE.title}（{DEMO_WAVE.id}）")


def test_an_empty_database_still_gives_a_pdf_that_says_there_is_no_data(storage, tmp_path):
    pdf = write_pdf(storage, tmp_path / "empty.pdf", options=OPTIONS)
    second_page = poppler("pdftotext", pdf, "-raw", "-f", "2", "-l", "2")
    assert contains(second_page, "暂无数据", "所选范围", "请先导入干部交回的调查文件")
    assert contains(pdf, "0 份答卷", "尚无每日用时记录", "方法说明")
    assert "主要数据" not in pdf_text(pdf)


def test_a_cadres_own_database_gives_a_pack_with_every_figure_suppressed(tmp_path):
    write_demo(tmp_path / "own.db", 1, seed=4, until=UNTIL)
    storage = Storage.open(tmp_path / "own.db")
    try:
        quotas = indicator_sql.quotas(storage.db.conn, indicator_sql.params(None, None, None, None))
        text = pdf_text(write_pdf(storage, tmp_path / "own.pdf", options=OPTIONS))
    finally:
        storage.close()
    hours = sum(q.hours_spent or 0 for q in quotas)
    assert quotas and hours  # the sample cadre reported a download quota …
    assert contains(text, "少于 5 份答卷", "答卷不足 5 份", "<5", "图表",
                    "报告摊派下载任务的干部不足 5 人，不显示合计")  # … whose totals stay hidden
    assert f"{hours:,.1f}" not in text and "1 份答卷" not in text
    assert "未绘制的图表" not in text  # no chart at all: only the sentences saying why


def test_building_the_pages_leaves_the_dashboards_chart_figures_as_they_were(county):
    ind = compute(county)
    charts = all_charts(ind)
    sizes = [tuple(c.figure.get_size_inches()) for c in charts if c.figure is not None]
    pages = build_pages(ind, charts, OPTIONS)
    assert all(tuple(page.get_size_inches()) == pytest.approx((8.27, 11.69)) for page in pages)
    assert [tuple(c.figure.get_size_inches()) for c in charts if c.figure is not None] == sizes


def test_the_report_command_writes_the_pdf_and_exits_0(county, tmp_path, capsys):
    out = tmp_path / "会议材料.pdf"
    code = main(["report", "--db", str(county.path), "--pdf", str(out), "--wave", DEMO_WAVE.id,
                 "--township", "羊尖镇"])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert f"已写出会议材料 {out}（{page_count(out)} 页）" in capsys.readouterr().out
    assert contains(out, f"{DEMO_WAVE.title} · 羊尖镇")


def test_the_report_command_refuses_an_unknown_wave_or_a_missing_database(county, tmp_path, capsys):
    assert main(["report", "--db", str(county.path), "--pdf", str(tmp_path / "x.pdf"), "--wave", "NOPE"]) == 2
    assert "库中没有调查批次 NOPE" in capsys.readouterr().err
    assert main(["report", "--db", str(tmp_path / "missing.db"), "--pdf", str(tmp_path / "y.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "missing.db").exists()


def test_a_pack_that_fails_half_way_leaves_the_previous_pdf_whole_and_no_part_file(storage, tmp_path):
    """Before: the PDF was written under its final name, so a failure (a megabyte name, a full disk, a kill)
    left a truncated file there that looked like the pack."""
    from matplotlib.figure import Figure

    from burden_survey.report.report import save_pdf

    target = tmp_path / "会议材料.pdf"
    write_pdf(storage, target)
    before = target.read_bytes()

    class Broken(Figure):
        def savefig(self, *args, **kwargs):
            raise MemoryError("the page could not be drawn")

    with pytest.raises(MemoryError):
        save_pdf([Figure(), Broken()], target)
    assert target.read_bytes() == before and list(tmp_path.glob("*.part")) == []
