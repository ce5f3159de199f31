"""The command line: make sample data, export and import survey files, and open the app (through ui/launcher.py)."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from burden_survey import __version__
from burden_survey.system.errors import BurdenSurveyError

from . import cli_tables, cli_waves

USAGE_ERROR = 2
WRITING_COMMANDS = ("demo", "export", "import", "wave", "backup", "restore", "retention", "destroy-due", "wave-file", "load-wave")
OPENED_BY_DOUBLE_CLICK = (".bsurvey", ".zip", ".bwave")
OpenWindow = Callable[[Path | None, list[Path]], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="burden-survey", description="指尖减负调查")
    parser.add_argument("--version", action="version", version=f"burden-survey {__version__}")
    commands = parser.add_subparsers(dest="command")

    gui = commands.add_parser("gui", help="打开桌面程序")
    gui.add_argument("--db", type=Path, help="数据文件路径（默认在用户数据文件夹）")
    gui.add_argument("--demo", action="store_true", help="在生成的示例县数据上打开")
    gui.add_argument("files", nargs="*", type=Path, metavar="FILE", help="打开后导入的调查文件或 .zip，或要载入的批次文件 .bwave（双击文件时由系统传入）")

    demo = commands.add_parser("demo", help="生成示例县数据（一个数据库，或每名干部一个调查文件）")
    target = demo.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", type=Path, help="写入的数据文件")
    target.add_argument("--out-dir", type=Path, help="为每名示例干部写一个调查文件的文件夹")
    demo.add_argument("--respondents", type=int, default=40, help="示例干部人数")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子得到相同数据）")
    demo.add_argument("--replace", action="store_true", help="先删除已有的数据文件")
    demo.add_argument("--county", action="store_true",
                      help="生成完整的示例县：两个调查批次、回收名单和应用登记（--respondents 为每个批次的人数）")

    export = commands.add_parser("export", help="导出调查文件（干部的答卷，或 --aggregate 上报的汇总），"
                                                "或用 --xlsx / --csv 导出表格")
    export.add_argument("--db", type=Path, required=True, help="数据文件")
    export.add_argument("--out", type=Path, help="写出的调查文件")
    export.add_argument("--aggregate", action="store_true", help="导出本库全部答卷的汇总文件，供上级导入")
    export.add_argument("--wave", help="调查批次编号（库中只有一个批次时可省略）")
    export.add_argument("--title", help="调查批次名称（新批次时填写）")
    export.add_argument("--seal-for", type=Path, metavar="WAVE_FILE", help="汇总文件加密发给这份上级批次文件（.bwave）中的密钥")
    cli_tables.add_table_options(export)

    imp = commands.add_parser("import", help="导入调查文件、文件夹或 .zip 压缩包")
    imp.add_argument("--db", type=Path, required=True, help="数据文件")
    imp.add_argument("paths", nargs="*", type=Path, metavar="FILE_OR_FOLDER", help="调查文件、文件夹或 .zip")
    imp.add_argument("--undo", type=int, metavar="N", help="撤销第 N 次导入（新增的答卷移除，替换掉的旧版本恢复）")
    imp.add_argument("--new-waves", action="store_true", help="自动登记文件中的新调查批次")
    imp.add_argument("--passphrase-env", action="store_true",
                     help="加密文件的口令只取自环境变量 BURDEN_SURVEY_PASSPHRASE，不提示输入")

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
    cli_waves.add_wave_options(wave)
    _add_safety_commands(commands)
    cli_waves.add_wave_commands(commands)
    return parser


def _add_safety_commands(commands) -> None:
    """Backups, restore and retention: what the 「数据安全」 page does, for scripts and scheduled tasks."""
    backup = commands.add_parser("backup", help="立即备份数据文件（打印备份文件路径）")
    backup.add_argument("--db", type=Path, required=True, help="数据文件")
    listing = commands.add_parser("backups", help="列出数据文件的备份（最新的在前）")
    listing.add_argument("--db", type=Path, required=True, help="数据文件")
    restore = commands.add_parser("restore", help="用一个备份替换当前数据（先自动备份当前数据）")
    restore.add_argument("--db", type=Path, required=True, help="数据文件")
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="备份文件（见 backups 命令）")
    retention = commands.add_parser("retention", help="设置调查批次的保留期限（到期后销毁答卷）")
    retention.add_argument("--db", type=Path, required=True, help="数据文件")
    retention.add_argument("--wave", required=True, help="调查批次编号")
    retention.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="保留至这一天（含）；none 表示不限")
    destroy = commands.add_parser("destroy-due", help="销毁保留期限已过的调查批次的答卷，并留下销毁记录")
    destroy.add_argument("--db", type=Path, required=True, help="数据文件")
    destroy.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天判断是否到期（默认今天）")


def main(argv: list[str] | None = None, open_window: OpenWindow | None = None) -> int:
    """Run one command. `open_window(db, files)`: how `gui` opens the window, handed in by ui/launcher.py (the
    program's entry point), since the core never imports Qt; without it `gui` says where the window is."""
    console_never_fails()
    args = build_parser().parse_args(with_command(sys.argv[1:] if argv is None else argv))
    handlers = {"demo": _demo, "export": _export, "import": _import, "report": _report, "stats": _stats, "wave": _wave}
    handlers.update(backup=_backup, backups=_backups, restore=_restore, retention=_retention)
    handlers["destroy-due"] = _destroy_due
    handlers.update(cli_waves.handlers())
    try:
        with _instance_lock(args):
            if args.command in handlers:
                return handlers[args.command](args)
            return _gui(args, open_window)
    except BurdenSurveyError as exc:
        print(f"错误：{printable(str(exc), keep_lines=True)}", file=sys.stderr)
        return 1


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def printable(text: str, keep_lines: bool = False) -> str:
    """Text from a file (its name, a member's name, a reason quoting it) as the console may show it: a newline or a
    terminal escape in a name must not forge output lines or recolour the terminal, so controls are written \\xNN."""
    return (_CONTROL_BUT_LINES if keep_lines else _CONTROL).sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def console_never_fails() -> None:
    """Output that the console cannot show must not end a command that has already done its work.

    Redirected on Chinese Windows, Python writes in the ANSI code page (GBK), which has no 𠮷 or emoji: a file
    name holding one would raise UnicodeEncodeError after the import was saved. Unshowable characters become "?".
    The windowed program (PyInstaller --windowed) has no console at all: its streams are None, which print()
    already takes as "write nothing".
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _instance_lock(args):
    """The commands that write hold the database's lock, so a window or another command on it is told (the window
    takes the same lock itself); reading commands do not need it."""
    db = getattr(args, "db", None)
    if args.command not in WRITING_COMMANDS or db is None:
        return contextlib.nullcontext()
    from burden_survey.system.instance_lock import acquire

    return acquire(db)


def with_command(argv: list[str]) -> list[str]:
    """`burden-survey 文件.bsurvey` (the file manager's "open with") means `burden-survey gui 文件.bsurvey`."""
    argv = list(argv)
    if argv and Path(argv[0]).suffix.lower() in OPENED_BY_DOUBLE_CLICK:
        argv.insert(0, "gui")
    return argv


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
    if args.county:
        from .demo_county import write_demo_county

        summary = write_demo_county(args.db, args.respondents, args.seed, replace_file=args.replace)
    else:
        summary = write_demo(args.db, args.respondents, args.seed, replace=args.replace)
    print(f"已生成示例县数据：{args.db}（{summary}）")
    return 0


def _export(args) -> int:
    from burden_survey.store.storage import Storage
    from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
    from burden_survey.survey.survey_file import Wave, valid_wave_id
    from burden_survey.survey_files.filestore import export_response
    from burden_survey.survey_files.forwarding import export_for_above

    if cli_tables.wanted(args):
        return cli_tables.export_tables(args)
    if args.full:
        return _usage("--full 只与 --xlsx 或 --csv 一起使用。")
    if args.out is None:
        return _usage("请用 --out 指定调查文件，或用 --xlsx / --csv 导出表格。")
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
        if args.seal_for and not args.aggregate:
            return _usage("--seal-for 只用于 --aggregate；个人答卷按载入的批次文件自动加密。")
        forwarded = None
        if args.aggregate:
            forwarded = export_for_above(storage, wave.id, args.out, seal_for=cli_waves.seal_for(args.seal_for))
            manifest = forwarded.manifest
        else:
            storage.add_wave(wave)
            manifest = export_response(storage, wave, args.out)
        sealed = cli_waves.sealed_note(storage, wave.id, args.seal_for if args.aggregate else None, args.aggregate)
    finally:
        storage.close()
    if manifest is not None:
        print(f"已导出 {args.out}（批次 {manifest.wave_id}，{len(manifest.responses)} 份答卷，{sealed}）")
    if forwarded is not None and forwarded.forwarded:
        print(f"另有 {len(forwarded.forwarded)} 份加密答卷（本库无法读取）已原样写入 {forwarded.folder}："
              "请连同汇总文件一起交给上级组织者。")
    return 0


def _import(args) -> int:
    from burden_survey.store.storage import Storage
    from burden_survey.survey_files.importer import STATUS_LABELS, import_paths

    if (args.undo is None) == (not args.paths):
        return _usage("请给出要导入的文件，或用 --undo N 撤销第 N 次导入（二者选一）。")
    if args.undo is not None:
        return _undo_import(args)
    storage = Storage.open(args.db)
    try:
        keys = cli_waves.key_ring(storage, args.paths, args.passphrase_env)
        report = import_paths(storage, args.paths, accept_new_waves=args.new_waves, keys=keys)
    finally:
        storage.close()
    for result in report.results:
        line = f"{STATUS_LABELS[result.status]}\t{printable(result.name)}"
        print(f"{line}\t{printable(result.reason)}" if result.reason else line)
    counts = "，".join(f"{label} {report.count(status)}" for status, label in STATUS_LABELS.items())
    held = sum(r.set_aside for r in report.results)
    print(f"共 {len(report.results)} 个文件：{counts}" + (f"；其中 {held} 份答卷是空的或几乎是空的，未计入统计"
                                                        if held else ""))
    if report.stopped:
        print(f"导入已停止：{report.stopped}", file=sys.stderr)
    return 1 if report.rejected else 0


def _undo_import(args) -> int:
    from burden_survey.store.storage import Storage
    from burden_survey.survey_files.import_undo import undo_import

    storage = Storage.open(args.db)
    try:
        print(undo_import(storage, args.undo).text())
    finally:
        storage.close()
    return 0


def _report(args) -> int:
    from burden_survey.indicators.figures import Filters
    from burden_survey.report.report import ReportOptions, report_pages, save_pdf
    from burden_survey.store.storage import Storage

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

    from burden_survey.indicators.figures import Filters
    from burden_survey.indicators.indicators import compute, indicators_to_json
    from burden_survey.indicators.shown import percent
    from burden_survey.store.storage import Storage
    from burden_survey.survey.choices import TOOL_KINDS, UNIT_TYPES

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
    def shown(value):
        return "—" if value is None else value

    print(f"人均每工作日用时（分钟）：平均 {shown(minutes['mean'])}，中位数 {shown(minutes['median'])}，"
          f"90%分位 {shown(minutes['p90'])}")
    print(f"留痕用时占比：{share if share is None or isinstance(share, str) else percent(share)}")
    return 0


def _wave(args) -> int:
    return cli_waves.register_wave(args)


def _existing(db: Path):
    """The database a safety command works on; it must exist (opening would create an empty one)."""
    from burden_survey.store.storage import Storage
    from burden_survey.system.errors import DatabaseUnavailable

    if not db.is_file():
        raise DatabaseUnavailable(str(db), "找不到数据文件。", "请检查 --db 后的路径。")
    return Storage.open(db)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _backup(args) -> int:
    from burden_survey.store.backups import make_backup

    storage = _existing(args.db)
    try:
        path = make_backup(storage, "manual")
    finally:
        storage.close()
    print(path)
    return 0


def _backups(args) -> int:
    from burden_survey.store.backups import list_backups

    storage = _existing(args.db)
    try:
        found = list_backups(storage)
    finally:
        storage.close()
    if not found:
        print("还没有备份。")
    for b in found:
        count = "无法读取" if b.respondents is None else f"{b.respondents} 份答卷"
        print(f"{b.made_at:%Y-%m-%d %H:%M:%S}\t{b.reason_label}\t{count}\t{b.size / 1024:.0f} KB\t{b.path}")
    return 0


def _restore(args) -> int:
    from burden_survey.store.backups import restore

    storage = _existing(args.db)
    try:
        safety = restore(storage, args.backup)
    finally:
        storage.close()
    print(f"已从 {args.backup.name} 恢复数据；恢复前的数据已备份为 {safety}")
    return 0


def _retention(args) -> int:
    from burden_survey.store.retention import set_retain_until

    until = None if args.until.lower() in ("none", "不限") else _day(args.until)
    if until is None and args.until.lower() not in ("none", "不限"):
        return _usage("--until 应为 YYYY-MM-DD 格式的日期，或 none（不限）。")
    storage = _existing(args.db)
    try:
        set_retain_until(storage, args.wave, until)
    finally:
        storage.close()
    print(f"调查批次 {args.wave} 的答卷保留至 {until}，到期后销毁。" if until else f"调查批次 {args.wave} 不限保留期限。")
    return 0


def _destroy_due(args) -> int:
    from burden_survey.store.backups import retry_pending
    from burden_survey.store.retention import destroy_due

    today = _day(args.today) if args.today else date.today()
    if today is None:
        return _usage("--today 应为 YYYY-MM-DD 格式的日期。")
    storage = _existing(args.db)
    try:
        left = retry_pending(storage)  # backups an earlier destruction could not delete
        records = destroy_due(storage, today)
    finally:
        storage.close()
    if not records:
        print("没有到期的调查批次。")
    for r in records:
        print(f"已销毁调查批次 {r.wave_id}（{r.wave_title}，保留至 {r.retain_until}）：{r.responses} 份答卷，"
              f"{r.rows_deleted} 行数据，删除备份 {r.backups_removed} 个" + (f"；{r.note}" if r.note else ""))
    if left and not records:
        print(f"仍有 {left} 个已销毁数据的备份文件被其他程序占用，无法删除；请关闭杀毒软件的扫描后再运行一次。")
    return 0


def _gui(args, open_window: OpenWindow | None) -> int:
    if open_window is None:
        return _usage("这里只有命令行；桌面程序请运行 burden-survey（或 python -m ui）。")
    db = getattr(args, "db", None)
    if getattr(args, "demo", False):
        from .demo_county import write_demo_county

        db = db or Path("demo/sample_county.db")
        if not db.exists():
            write_demo_county(db, 150, 7)
    return open_window(db, getattr(args, "files", None) or [])
