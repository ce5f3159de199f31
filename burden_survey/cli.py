"""The command line: open the app, or fill a database with a sample county."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import BurdenSurveyError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="burden-survey", description="指尖减负调查")
    parser.add_argument("--version", action="version", version=f"burden-survey {__version__}")
    commands = parser.add_subparsers(dest="command")

    gui = commands.add_parser("gui", help="打开桌面程序")
    gui.add_argument("--db", type=Path, help="数据文件路径（默认在用户数据文件夹）")
    gui.add_argument("--demo", action="store_true", help="在生成的示例县数据上打开")

    demo = commands.add_parser("demo", help="生成示例县数据")
    demo.add_argument("--db", type=Path, required=True, help="写入的数据文件")
    demo.add_argument("--respondents", type=int, default=40, help="示例干部人数")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子得到相同数据）")
    demo.add_argument("--replace", action="store_true", help="先删除已有的文件")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        return _gui(args)
    except BurdenSurveyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1


def _demo(args) -> int:
    from .demo import write_demo

    if args.respondents < 1:
        print("错误：--respondents 至少为 1。", file=sys.stderr)
        return 2
    summary = write_demo(args.db, args.respondents, args.seed, replace=args.replace)
    print(f"已生成示例县数据：{args.db}（{summary}）")
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
