"""`export --xlsx FILE` / `--csv DIR`: the per-respondent tables, de-identified; `--full`: the organiser's full data.

The full data needs the wave's passphrase, checked before anything is written: from the environment variable
BURDEN_SURVEY_PASSPHRASE when it is set (as for the other commands), typed at the terminal (getpass, nothing
echoed), or else the first line of standard input (`echo "$PASS" | burden-survey export … --full`).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .cli_waves import PASSPHRASE_ENV, usage


def add_table_options(export) -> None:
    tables = export.add_mutually_exclusive_group()
    tables.add_argument("--xlsx", type=Path, metavar="FILE",
                        help="导出去标识化的 Excel 表格（每名答卷人一行基本情况，已合并到至少 k 人一组（默认 5，批次可提高）；编号每次重新生成）")
    tables.add_argument("--csv", type=Path, metavar="DIR", help="导出去标识化的 CSV 文件（UTF-8）到这个文件夹")
    export.add_argument("--full", action="store_true",
                        help="与 --xlsx 或 --csv 一起使用：导出完整数据（仅限组织者），需要批次口令"
                             f"（取自环境变量 {PASSPHRASE_ENV}、终端输入，或标准输入的第一行），并记入操作记录")


def wanted(args) -> bool:
    return bool(args.xlsx or args.csv)


def export_tables(args) -> int:
    """The tables of one wave (or, with no wave in the database, of every respondent)."""
    from burden_survey.spreadsheets import full_export, microdata
    from burden_survey.store.storage import Storage
    from burden_survey.system.errors import DatabaseUnavailable

    if args.out or args.aggregate or args.seal_for or args.title:
        return usage("--xlsx 和 --csv 不能与 --out、--aggregate、--seal-for 或 --title 一起使用。")
    if not args.db.is_file():
        raise DatabaseUnavailable(str(args.db), "找不到数据文件。", "请检查 --db 后的路径。")
    storage = Storage.open(args.db)
    try:
        waves = [w.id for w in storage.list_waves()]
        if args.wave and args.wave not in waves:
            return usage(f"库中没有调查批次 {args.wave}。" + (f"库中有：{'、'.join(waves)}" if waves else ""))
        if not args.wave and len(waves) > 1:
            return usage(f"请用 --wave 指定调查批次。库中有：{'、'.join(waves)}")
        wave_id = args.wave or (waves[0] if waves else None)
        if args.full:
            full_export.require_key(storage, wave_id)  # a wave without a key is refused before the passphrase
            print(f"注意：{full_export.WARNING}", file=sys.stderr)
            access = full_export.unlock(storage, wave_id, _passphrase(wave_id))
            if args.xlsx:
                written = [full_export.export_full_xlsx(storage, args.xlsx, access)]
            else:
                written = full_export.export_full_csv(storage, args.csv, access)
            what = "完整数据（仅限组织者）"
        else:
            data = microdata.export_xlsx(storage, args.xlsx, wave_id) if args.xlsx else None
            written = [data] if data else microdata.export_csv(storage, args.csv, wave_id)
            what = "去标识化数据"
    finally:
        storage.close()
    where = written[0] if args.xlsx else f"{len(written)} 个 CSV 文件到 {args.csv}"
    print(f"已导出{what}：{where}（批次 {wave_id or '全部'}）")
    return 0


def _passphrase(wave_id: str) -> str:
    from burden_survey.system.errors import BurdenSurveyError

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is not None:
        return secret
    prompt = f"批次 {wave_id} 的口令："
    try:
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (EOFError, KeyboardInterrupt, OSError):
        line = ""
    if not line:
        raise BurdenSurveyError("没有读到口令。", f"请在终端中输入，或设置环境变量 {PASSPHRASE_ENV}，或从标准输入传入一行口令。")
    return line.rstrip("\r\n")
