"""The command line: open the app, make sample data, export and import survey files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import BurdenSurveyError

USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="burden-survey", description="指尖减负调查")
    parser.add_argument("--version", action="version", version=f"burden-survey {__version__}")
    commands = parser.add_subparsers(dest="command")

    gui = commands.add_parser("gui", help="打开桌面程序")
    gui.add_argument("--db", type=Path, help="数据文件路径（默认在用户数据文件夹）")
    gui.add_argument("--demo", action="store_true", help="在生成的示例县数据上打开")

    demo = commands.add_parser("demo", help="生成示例县数据（一个数据库，或每名干部一个调查文件）")
    target = demo.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", type=Path, help="写入的数据文件")
    target.add_argument("--out-dir", type=Path, help="为每名示例干部写一个调查文件的文件夹")
    demo.add_argument("--respondents", type=int, default=40, help="示例干部人数")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子得到相同数据）")
    demo.add_argument("--replace", action="store_true", help="先删除已有的数据文件")

    export = commands.add_parser("export", help="导出调查文件（干部的答卷，或 --aggregate 上报的汇总）")
    export.add_argument("--db", type=Path, required=True, help="数据文件")
    export.add_argument("--out", type=Path, required=True, help="写出的调查文件")
    export.add_argument("--aggregate", action="store_true", help="导出本库全部答卷的汇总文件，供上级导入")
    export.add_argument("--wave", help="调查批次编号（库中只有一个批次时可省略）")
    export.add_argument("--title", help="调查批次名称（新批次时填写）")

    imp = commands.add_parser("import", help="导入调查文件、文件夹或 .zip 压缩包")
    imp.add_argument("--db", type=Path, required=True, help="数据文件")
    imp.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER", help="调查文件、文件夹或 .zip")
    imp.add_argument("--new-waves", action="store_true", help="自动登记文件中的新调查批次")

    report = commands.add_parser("report", help="生成会议材料（A4 PDF：封面、主要数据、图表、数据表、方法说明）")
    report.add_argument("--db", type=Path, required=True, help="数据文件")
    report.add_argument("--pdf", type=Path, required=True, help="写出的 PDF 文件")
    report.add_argument("--wave", help="只统计这个调查批次（默认全部）")
    report.add_argument("--township", help="只统计这个乡镇（街道），名称与答卷里填写的一致")
    report.add_argument("--organiser", default="", help="封面上的编制单位")

    stats = commands.add_parser("stats", help="计算负担指标（--json：机器可读，键名见 docs/STATS.md）")
    stats.add_argument("--db", type=Path, required=True, help="数据文件")
    stats.add_argument("--json", action="store_true", help="以 JSON 输出全部指标")
    stats.add_argument("--wave", help="只统计这个调查批次（默认全部）")
    stats.add_argument("--township", help="只统计这个乡镇（街道），名称与答卷里填写的一致")
    stats.add_argument("--unit-type", help="只统计这一单位类型（代码，如 township_organ）")
    stats.add_argument("--kind", help="只统计这一类工具（代码，如 app、work_group）")

    wave = commands.add_parser("wave", help="登记一个调查批次")
    wave.add_argument("--db", type=Path, required=True, help="数据文件")
    wave.add_argument("--id", required=True, help="批次编号（字母、数字、- 和 _）")
    wave.add_argument("--title", required=True, help="批次名称")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"demo": _demo, "export": _export, "import": _import, "report": _report, "stats": _stats, "wave": _wave}
    try:
        return handlers.get(args.command, _gui)(args)
    except BurdenSurveyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1


def _usage(message: str) -> int:
    print(f"burden-survey: 错误：{message}", file=sys.stderr)
    return USAGE_ERROR


def _demo(args) -> int:
    from .demo import write_demo, write_demo_files

    if args.respondents < 1:
        return _usage("--respondents 至少为 1。")
    if args.out_dir:
        paths = write_demo_files(args.out_dir, args.respondents, args.seed)
        print(f"已写出 {len(paths)} 个示例调查文件：{args.out_dir}")
        return 0
    summary = write_demo(args.db, args.respondents, args.seed, replace=args.replace)
    print(f"已生成示例县数据：{args.db}（{summary}）")
    return 0


def _export(args) -> int:
    from .filestore import export_aggregate, export_response
    from .questions import QUESTIONNAIRE_VERSION
    from .storage import Storage
    from .survey_file import Wave, valid_wave_id

    storage = Storage.open(args.db)
    try:
        waves = {w.id: w for w in storage.list_waves()}
        if args.wave:
            if not valid_wave_id(args.wave):
                return _usage("批次编号只能包含字母、数字、- 和 _。")
            wave = waves.get(args.wave) or Wave(args.wave, args.title or args.wave, QUESTIONNAIRE_VERSION)
        elif len(waves) == 1:
            wave = next(iter(waves.values()))
        else:
            return _usage("请用 --wave 指定调查批次。" + (f"库中有：{'、'.join(waves)}" if waves else ""))
        if args.aggregate:
            manifest = export_aggregate(storage, wave.id, args.out)
        else:
            storage.add_wave(wave)
            manifest = export_response(storage, wave, args.out)
    finally:
        storage.close()
    print(f"已导出 {args.out}（批次 {manifest.wave_id}，{len(manifest.responses)} 份答卷）")
    return 0


def _import(args) -> int:
    from .importer import STATUS_LABELS, import_paths
    from .storage import Storage

    storage = Storage.open(args.db)
    try:
        report = import_paths(storage, args.paths, accept_new_waves=args.new_waves)
    finally:
        storage.close()
    for result in report.results:
        line = f"{STATUS_LABELS[result.status]}\t{result.name}"
        print(f"{line}\t{result.reason}" if result.reason else line)
    counts = "，".join(f"{label} {report.count(status)}" for status, label in STATUS_LABELS.items())
    print(f"共 {len(report.results)} 个文件：{counts}")
    return 1 if report.rejected else 0


def _report(args) -> int:
    from .indicators import Filters
    from .report import ReportOptions, report_pages, save_pdf
    from .storage import Storage

    if not args.db.is_file():
        return _usage(f"找不到数据文件 {args.db}。")
    storage = Storage.open(args.db)
    try:
        waves = [w.id for w in storage.list_waves()]
        if args.wave and args.wave not in waves:
            return _usage(f"库中没有调查批次 {args.wave}。" + (f"库中有：{'、'.join(waves)}" if waves else ""))
        options = ReportOptions(organiser=args.organiser)
        pages = report_pages(storage, Filters(wave_id=args.wave, township=args.township), options)
    finally:
        storage.close()
    save_pdf(pages, args.pdf, options.title)
    print(f"已写出会议材料 {args.pdf}（{len(pages)} 页）")
    return 0


def _stats(args) -> int:
    import json

    from .choices import TOOL_KINDS, UNIT_TYPES
    from .indicators import SUPPRESSED_TEXT, Filters, compute, indicators_to_json
    from .storage import Storage

    if not args.db.is_file():
        return _usage(f"找不到数据文件 {args.db}。")
    if args.unit_type and args.unit_type not in UNIT_TYPES:
        return _usage(f"单位类型应为：{'、'.join(UNIT_TYPES.codes())}")
    if args.kind and args.kind not in TOOL_KINDS:
        return _usage(f"工具类型应为：{'、'.join(TOOL_KINDS.codes())}")
    storage = Storage.open(args.db)
    try:
        waves = [w.id for w in storage.list_waves()]
        if args.wave and args.wave not in waves:
            return _usage(f"库中没有调查批次 {args.wave}。" + (f"库中有：{'、'.join(waves)}" if waves else ""))
        figures = indicators_to_json(compute(storage, Filters(args.wave, args.township, args.unit_type, args.kind)))
    finally:
        storage.close()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    minutes = figures["minutes_per_workday"]
    share = figures["formality_share"]
    print(f"答卷 {figures['respondents']} 份")
    print(f"人均每工作日用时（分钟）：平均 {minutes['mean']}，中位数 {minutes['median']}，90%分位 {minutes['p90']}")
    print(f"留痕用时占比：{share if share in (None, SUPPRESSED_TEXT) else f'{share:.0%}'}")
    return 0


def _wave(args) -> int:
    from .questions import QUESTIONNAIRE_VERSION
    from .storage import Storage
    from .survey_file import Wave, valid_wave_id

    if not valid_wave_id(args.id):
        return _usage("批次编号只能包含字母、数字、- 和 _。")
    storage = Storage.open(args.db)
    try:
        storage.add_wave(Wave(args.id, args.title, QUESTIONNAIRE_VERSION))
    finally:
        storage.close()
    print(f"已登记调查批次 {args.id}（{args.title}）")
    return 0


def _gui(args) -> int:
    from ui.app import run_gui  # Qt is loaded only when a window is wanted

    db = getattr(args, "db", None)
    if getattr(args, "demo", False):
        from .demo import write_demo

        db = db or Path("demo/sample_county.db")
        if not db.exists():
            write_demo(db, 40, 7)
    return run_gui(db)
