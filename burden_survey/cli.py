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

    wave = commands.add_parser("wave", help="登记一个调查批次")
    wave.add_argument("--db", type=Path, required=True, help="数据文件")
    wave.add_argument("--id", required=True, help="批次编号（字母、数字、- 和 _）")
    wave.add_argument("--title", required=True, help="批次名称")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"demo": _demo, "export": _export, "import": _import, "wave": _wave}
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
