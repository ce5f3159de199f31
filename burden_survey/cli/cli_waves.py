"""The command line of wave keys and wave files: create a wave with a key, hand out and load wave files, passphrases."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from pathlib import Path

PASSPHRASE_ENV = "BURDEN_SURVEY_PASSPHRASE"
USAGE_ERROR = 2
TRIES = 3


def add_wave_options(wave) -> None:
    from burden_survey.survey.choices import SAMPLING_METHODS  # a light module: the CLI starts fast

    wave.add_argument("--start", type=_day, metavar="YYYY-MM-DD", help="调查开始日期")
    wave.add_argument("--end", type=_day, metavar="YYYY-MM-DD", help="调查结束日期")
    wave.add_argument("--workdays-only", action="store_true", help="只记工作日：周末和节假日的用时不计入")
    wave.add_argument("--sampling", choices=SAMPLING_METHODS.codes(),
                      help="填报人怎样选出：census 名单普查，assigned 指定抽样，open 公开征集")
    wave.add_argument("--key", action="store_true",
                      help=f"同时生成批次密钥：干部的调查文件将加密发给您（口令两次输入，或取自环境变量 {PASSPHRASE_ENV}）")
    wave.add_argument("--unit", action="append", default=[], metavar="UNIT", help="应交单位（可多次使用），写入批次文件")
    wave.add_argument("--k", type=int, metavar="N",
                      help="最少显示人数：看板、报告和表格只显示至少 N 人的数字（默认 5，只能提高；已有批次也可再提高）")


def add_wave_commands(commands) -> None:
    handout = commands.add_parser("wave-file", help="写出发给填报人的批次文件（.bwave，含公钥时答卷将加密）")
    handout.add_argument("--db", type=Path, required=True, help="数据文件")
    handout.add_argument("--wave", required=True, help="调查批次编号")
    handout.add_argument("--out", type=Path, required=True, help="写出的批次文件（.bwave）")
    handout.add_argument("--organiser", default="", help="组织单位（写入批次文件，供填报人核对）")
    load = commands.add_parser("load-wave", help="（填报人）载入组织者发来的批次文件")
    load.add_argument("--db", type=Path, required=True, help="数据文件")
    load.add_argument("wave_file", type=Path, metavar="WAVE_FILE", help="批次文件（.bwave）")


def handlers() -> dict:
    return {"wave-file": _wave_file, "load-wave": _load_wave}


def register_wave(args) -> int:
    """`wave`: register a wave; with --key also its key pair, the private half under a passphrase."""
    from burden_survey.store.storage import Storage
    from burden_survey.store.wave_k import raise_wave_k
    from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
    from burden_survey.survey.survey_file import Wave, k_problem, valid_wave_id
    from burden_survey.survey_files.crypto import check_passphrase
    from burden_survey.survey_files.wave_keys import create_wave_key

    if not valid_wave_id(args.id):
        return usage("批次编号只能包含字母、数字、- 和 _。")
    if args.start and args.end and args.start > args.end:
        return usage("--end 不能早于 --start。")
    if args.unit and not args.key:
        return usage("--unit 只与 --key 一起使用（应交单位随密钥写入批次文件）。")
    if args.k is not None and k_problem(args.k):
        return usage(f"--k {k_problem(args.k)}。")
    secret = new_passphrase() if args.key else None
    if secret is not None:
        check_passphrase(secret)  # before anything is written: a refused passphrase leaves no wave behind
    storage = Storage.open(args.db)
    try:
        storage.add_wave(Wave(args.id, args.title, QUESTIONNAIRE_VERSION, args.start, args.end,
                              workdays_only=args.workdays_only, sampling=args.sampling))
        if args.k is not None:
            raise_wave_k(storage, args.id, args.k)  # audited; refused below the wave's present k
        key = create_wave_key(storage, args.id, secret, args.unit) if args.key else None
    finally:
        storage.close()
    print(f"已登记调查批次 {args.id}（{args.title}）" + (f"，最少显示人数 {args.k} 人" if args.k else ""))
    if key is not None:
        print(f"已生成批次密钥，密钥编号 {key.shown_key_id}。请记住口令：忘记口令就无法打开加密的调查文件。")
    return 0


def key_ring(storage, paths: list[Path], env_only: bool):
    """The keys the sealed files among `paths` need, unlocked with the passphrase from the environment or typed in."""
    from burden_survey.survey_files.crypto import WrongPassphrase
    from burden_survey.survey_files.wave_keys import KeyRing, unlock_wave, waves_needing_passphrase
    from burden_survey.system.errors import BurdenSurveyError

    ring = KeyRing()
    for key in waves_needing_passphrase(storage, paths):
        for attempt in range(1, TRIES + 1):
            secret = os.environ.get(PASSPHRASE_ENV)
            if secret is None and env_only:
                raise BurdenSurveyError(f"加密的调查文件需要批次「{key.wave_id}」的口令。",
                                        f"请设置环境变量 {PASSPHRASE_ENV}，或去掉 --passphrase-env 后在提示时输入。")
            if secret is None:
                secret = _ask(f"批次 {key.wave_id}（密钥编号 {key.shown_key_id}）的口令：")
                if secret is None:  # no terminal to ask on: those files are refused with a reason
                    break
            try:
                ring.add(key.key_id, unlock_wave(storage, key.wave_id, secret))
                break
            except WrongPassphrase:
                if PASSPHRASE_ENV in os.environ or attempt == TRIES:
                    raise
                print("口令不正确，请重新输入。", file=sys.stderr)
    return ring


def seal_for(path: Path | None):
    from burden_survey.survey_files.wave_file import read_wave_file

    return read_wave_file(path) if path else None


def sealed_note(storage, wave_id: str, seal_path: Path | None, aggregate: bool = False) -> str:
    """How the exported file travels, as the export line says it: sealed for which key, or not at all."""
    from burden_survey.survey_files.crypto import shown_key_id
    from burden_survey.survey_files.roll_up import seal_for_above
    from burden_survey.survey_files.wave_keys import wave_key

    key = seal_for_above(storage, wave_id, seal_for(seal_path)) if aggregate else wave_key(storage, wave_id)
    return f"已加密，密钥编号 {shown_key_id(key.key_id)}" if key else "未加密"


def new_passphrase() -> str:
    from burden_survey.survey_files.crypto import MIN_PASSPHRASE
    from burden_survey.system.errors import BurdenSurveyError

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is not None:
        return secret
    print(f"请设定批次密钥的口令（至少 {MIN_PASSPHRASE} 个字符；导入加密的调查文件时需要它）。", file=sys.stderr)
    first, second = _ask("口令："), _ask("再输入一次：")
    if first is None:
        raise BurdenSurveyError("无法读取口令（没有可输入的终端）。", f"请设置环境变量 {PASSPHRASE_ENV} 后重试。")
    if first != second:
        raise BurdenSurveyError("两次输入的口令不一致。", "请重新运行命令。")
    return first


def usage(message: str) -> int:
    print(f"burden-survey: 错误：{message}", file=sys.stderr)
    return USAGE_ERROR


def _wave_file(args) -> int:
    from burden_survey.store.storage import Storage
    from burden_survey.survey_files.wave_file import write_wave_file

    storage = Storage.open(args.db)
    try:
        made = write_wave_file(storage, args.wave, args.out, args.organiser)
    finally:
        storage.close()
    how = f"含公钥，密钥编号 {made.shown_key_id}；填报人的调查文件将加密" if made.key_id else "无密钥，调查文件不加密"
    print(f"已写出批次文件 {args.out}（批次 {made.wave.id}，{how}）")
    return 0


def _load_wave(args) -> int:
    from burden_survey.store.storage import Storage
    from burden_survey.survey_files.wave_file import load_wave_file

    storage = Storage.open(args.db)
    try:
        loaded = load_wave_file(storage, args.wave_file)
    finally:
        storage.close()
    print(f"已载入调查批次 {loaded.wave.id}（{loaded.wave.title}）")
    if loaded.note:
        print(loaded.note + "。")
    if loaded.key_id:
        print(f"导出的调查文件将加密，只有组织者能打开。请打电话与组织者核对密钥编号：{loaded.shown_key_id}")
    return 0


def _ask(prompt: str) -> str | None:
    # A script or a pipe: nobody to ask (getpass would read the piped input); the windowed program has no stdin.
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt, OSError):
        return None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"「{text}」不是日期，应为 2026-11-01 这样的格式") from None
