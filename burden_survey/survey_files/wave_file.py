"""The wave file (.bwave) a supervisor hands out: the wave, its expected roster and the public key cadres seal for."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from burden_survey.store import audit, set_aside, summaries
from burden_survey.store.storage import Storage, now
from burden_survey.store.wave_k import raise_wave_k, wave_k
from burden_survey.survey import text_rules
from burden_survey.survey.choices import SAMPLING_METHODS
from burden_survey.survey.survey_file import Wave, k_problem, valid_wave_id, window_text
from burden_survey.system import fileops
from burden_survey.system.errors import BurdenSurveyError

from . import crypto
from .wave_keys import clean_roster, wave_key

EXTENSION = ".bwave"
FORMAT = "burden-survey-wave"
FORMAT_VERSION = 1
MAX_BYTES = 1024 * 1024  # a real wave file is a few KB, even with a county's roster
ASK_AGAIN = "请向组织者重新索取批次文件。"


class WaveFileRejected(BurdenSurveyError):
    title = "批次文件无法使用"


@dataclass(frozen=True)
class WaveFile:
    wave: Wave
    key_id: str | None  # None: a wave without a key, whose survey files stay unencrypted
    public_pem: str | None
    roster: list[str]
    organiser: str
    created_at: str = field(default="", compare=False)
    note: str = field(default="", compare=False)  # what loading it changed in this database's wave, in Chinese

    @property
    def shown_key_id(self) -> str:
        return crypto.shown_key_id(self.key_id) if self.key_id else ""


def write_wave_file(storage: Storage, wave_id: str, path: Path | str, organiser: str = "") -> WaveFile:
    """Write the hand-out for a wave of this database (with its public key when it has one)."""
    path = Path(path)
    wave = next((w for w in storage.list_waves() if w.id == wave_id), None)
    if wave is None:
        raise WaveFileRejected(f"没有调查批次「{wave_id}」。", "请先登记这个批次。")
    key = wave_key(storage, wave_id)
    made = WaveFile(wave, key and key.key_id, key and key.public_pem, key.roster if key else [], organiser.strip(), now())
    text = json.dumps(_as_json(made), ensure_ascii=False, indent=2) + "\n"
    partial = None
    try:
        partial = fileops.new_partial(path)
        partial.write_text(text, encoding="utf-8")
        fileops.replace(partial, path)
    except OSError as error:
        if partial is not None:
            fileops.try_unlink(partial)
        raise WaveFileRejected(f"无法写入 {path}（{error.strerror}）。", "请换一个文件夹，或检查U盘是否写保护。") from error
    sealed = f"含公钥，密钥编号 {made.shown_key_id}" if made.key_id else "无密钥，调查文件不加密"
    audit.log(storage, "wave_file", f"写出批次文件 {path.name}（{sealed}）", wave_id)
    return made


def read_wave_file(path: Path | str) -> WaveFile:
    """Read and check every field; WaveFileRejected names the file and the field that is wrong."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise WaveFileRejected(f"批次文件 {name} 太大（{size / 1024 / 1024:.1f} MB），不像批次文件。", ASK_AGAIN)
        raw = fileops.read_bounded(path, MAX_BYTES)
        if len(raw) > MAX_BYTES:
            raise WaveFileRejected(f"批次文件 {name} 太大，不像批次文件。", ASK_AGAIN)
        data = json.loads(raw.decode("utf-8-sig"))
    except OSError as error:
        raise WaveFileRejected(f"无法读取批次文件 {name}（{error.strerror or error}）。", "请检查文件是否存在。") from error
    except ValueError as error:  # not UTF-8, or not JSON
        raise WaveFileRejected(f"{name} 不是批次文件：内容不是本程序的批次文件格式（可能已损坏或被改动）。", ASK_AGAIN) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise WaveFileRejected(f"{name} 不是批次文件（「format」应为 {FORMAT}）。", ASK_AGAIN)
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad(name, "format_version", "不是有效的格式版本号")
    if version > FORMAT_VERSION:
        raise WaveFileRejected(f"批次文件 {name} 由更新版本的程序生成。", "请升级本程序后再载入。")
    return _parsed(name, data)


def load_wave_file(storage: Storage, path: Path | str, replace_key: bool = False) -> WaveFile:
    """A cadre loads the hand-out: the wave is registered and its public key kept (the private half never travels).

    Loading the same file again changes nothing; a different key for a wave already known is refused unless
    `replace_key` says the cadre confirmed it (keep_wave_file keeps what the cadre was shown, read once).
    """
    return keep_wave_file(storage, read_wave_file(path), Path(path).name, replace_key)


def keep_wave_file(storage: Storage, loaded: WaveFile, file_name: str, replace_key: bool = False) -> WaveFile:
    """Store a wave file already read (and shown to the cadre); see load_wave_file."""
    wave = loaded.wave
    known = wave_key(storage, wave.id)
    changed = known is not None and loaded.key_id and known.key_id != loaded.key_id
    if changed and known.has_private:
        raise WaveFileRejected(
            f"本库保存着批次「{wave.id}」的私钥（密钥编号 {known.shown_key_id}），是组织者的数据库，"
            f"不能换成另一把密钥（{loaded.shown_key_id}）。",
            "组织者不需要载入批次文件；若要换密钥，请新建一个调查批次。")
    if changed and not replace_key:
        raise WaveFileRejected(
            f"本库中批次「{wave.id}」已有另一把密钥（密钥编号 {known.shown_key_id}），"
            f"这份批次文件的密钥编号是 {loaded.shown_key_id}。",
            "请打电话向组织者核对密钥编号，确认哪一份批次文件是正确的；不要载入来历不明的批次文件。")
    with storage.db.atomic():
        storage.add_wave(replace(wave, k=None))  # a wave already known keeps its title
        note = _settle_window(storage, wave, file_name)
        if wave.k and wave.k > wave_k(storage, wave.id):  # shown in the dialog before 载入; a lower k is ignored
            raise_wave_k(storage, wave.id, wave.k, source=f"批次文件 {file_name} ")
        roster = json.dumps(loaded.roster, ensure_ascii=False)
        if changed:
            storage.db.execute("UPDATE wave_key SET key_id = ?, public_key = ?, roster = ? WHERE wave_id = ?",
                               [loaded.key_id, loaded.public_pem, roster, wave.id])
            audit.record(storage.db.conn, "wave_file",
                         f"经确认替换批次密钥：密钥编号 {known.shown_key_id} 换为 {loaded.shown_key_id}", wave.id)
        elif known is None and loaded.key_id:
            storage.db.execute(
                "INSERT INTO wave_key (wave_id, key_id, public_key, private_key, roster, created_at) VALUES (?, ?, ?, NULL, ?, ?)",
                [wave.id, loaded.key_id, loaded.public_pem, roster, now()])
        if loaded.key_id:
            sealed = f"调查文件将加密，密钥编号 {loaded.shown_key_id}"
        elif known is not None:  # a file without a key never takes away the one kept
            sealed = f"文件无密钥，沿用已有密钥 {known.shown_key_id}，调查文件仍加密"
        else:
            sealed = "无密钥，调查文件不加密"
        audit.record(storage.db.conn, "wave_file", f"载入批次文件 {file_name}（{sealed}）", wave.id)
    return replace(loaded, note=note)


def _settle_window(storage: Storage, wave: Wave, file_name: str) -> str:
    """The diary window is the organiser's: a wave met first in survey files has an open one
    (importer_sql.register_wave), and a window a cadre's file set before this rule may be wrong. So in a database
    without the wave's private key the wave file's window is taken, said and audited, and the wave's answers are
    recounted and judged again for being nearly empty in the same transaction. The organiser's own database (the
    private key is here, and 不限 may have been chosen) keeps its window: the file saying otherwise is told, not
    obeyed."""
    own = wave_key(storage, wave.id)
    row = storage.db.execute("SELECT period_start, period_end, workdays_only, sampling FROM wave WHERE id = ?",
                             [wave.id]).fetchone()
    theirs = (wave.period_start and wave.period_start.isoformat(), wave.period_end and wave.period_end.isoformat(),
              int(wave.workdays_only))
    ours = window_text(*row[:3])
    if tuple(row[:3]) == theirs:
        note = ""
    elif not (own and own.has_private):
        storage.db.execute("UPDATE wave SET period_start = ?, period_end = ?, workdays_only = ? WHERE id = ?",
                           [*theirs, wave.id])
        ids = [r[0] for r in storage.db.execute("SELECT id FROM respondent WHERE wave_id = ?", [wave.id])]
        summaries.refresh(storage.db.conn, ids)
        set_aside.judge(storage.db.conn, ids)
        note = (f"按批次文件定下调查时段：{wave.window_text}（原为{ours}）；这一批次已导入的 {len(ids)} 份答卷"
                "已按它重新计算")
        audit.record(storage.db.conn, "wave_file", f"批次文件 {file_name} {note}", wave.id)
    else:
        note = f"本库是组织者的数据库，批次已定调查时段（{ours}），与批次文件（{wave.window_text}）不同，保留本库的"
        audit.record(storage.db.conn, "wave_file", f"批次文件 {file_name}：{note}", wave.id)
    if row[3] is None and wave.sampling:  # not said yet: the organiser's declaration, never a cadre file's
        storage.db.execute("UPDATE wave SET sampling = ? WHERE id = ?", [wave.sampling, wave.id])
    return note


# ------------------------------------------------------------------------------------------
def _as_json(made: WaveFile) -> dict:
    wave = made.wave
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "id": wave.id, "title": wave.title, "questionnaire_version": wave.questionnaire_version,
        "period_start": wave.period_start and wave.period_start.isoformat(),
        "period_end": wave.period_end and wave.period_end.isoformat(),
        "public_key": made.public_pem, "key_id": made.key_id, "roster": made.roster,
        "organiser": made.organiser, "created_at": made.created_at,
        **({"k": wave.k} if wave.k else {}),  # absent: the floor; older programs ignore the key they do not know
        **({"workdays_only": True} if wave.workdays_only else {}),  # absent: every day of the period counts
        **({"sampling": wave.sampling} if wave.sampling else {}),  # absent: not said
    }


def _bad(name: str, field_name: str, problem: str) -> WaveFileRejected:
    return WaveFileRejected(f"批次文件 {name} 中的「{field_name}」{problem}，文件可能已损坏或被改动。", ASK_AGAIN)


def _text(name: str, data: dict, key: str, *, required: bool = True, longest: int = 200) -> str:
    value = data.get(key, None if required else "")
    if value is None and not required:
        value = ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _bad(name, key, "缺失或不是有效的文字" if required else "不是有效的文字")
    problem = text_rules.text_problem(value, longest, lines=False)  # shown to the cadre, so one plain line
    if problem:
        raise _bad(name, key, problem.rstrip("。"))
    return value.strip()


def _day(name: str, data: dict, key: str) -> date | None:
    value = data.get(key)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise _bad(name, key, "不是有效的日期（应为 2026-11-01 这样的格式）") from error


def _parsed(name: str, data: dict) -> WaveFile:
    wave_id = data.get("id")
    if not isinstance(wave_id, str) or not valid_wave_id(wave_id):
        raise _bad(name, "id", "不是有效的批次编号（只能包含字母、数字、- 和 _）")
    start, end = _day(name, data, "period_start"), _day(name, data, "period_end")
    if start and end and start > end:
        raise _bad(name, "period_end", "早于调查开始日期")
    k = data.get("k")
    if k is not None and k_problem(k):
        raise _bad(name, "k", k_problem(k))
    workdays_only = data.get("workdays_only", False)
    if not isinstance(workdays_only, bool):
        raise _bad(name, "workdays_only", "应为 true 或 false")
    sampling = data.get("sampling")
    if sampling is not None and sampling not in SAMPLING_METHODS:
        raise _bad(name, "sampling", "不是本程序认识的抽样方式")
    wave = Wave(wave_id, _text(name, data, "title"), _text(name, data, "questionnaire_version", longest=40), start, end,
                k, workdays_only, sampling)
    public_pem, key_id = data.get("public_key"), data.get("key_id")
    if public_pem is None:
        if key_id is not None:
            raise _bad(name, "public_key", "缺失（文件有密钥编号却没有公钥）")
    else:
        if not isinstance(public_pem, str):
            raise _bad(name, "public_key", "不是有效的公钥")
        try:
            actual = crypto.key_id_of(public_pem)
        except ValueError as error:
            raise _bad(name, "public_key", "不是有效的公钥") from error
        if not isinstance(key_id, str) or key_id.replace("-", "").upper() != actual:
            raise _bad(name, "key_id", "与公钥不符")
        key_id = actual
    roster = data.get("roster", [])
    if not isinstance(roster, list) or len(roster) > 10000 or not all(
            isinstance(u, str) and not text_rules.text_problem(u, 100, lines=False) for u in roster):
        raise _bad(name, "roster", "不是单位名称的列表")
    return WaveFile(wave, key_id, public_pem, clean_roster(roster), _text(name, data, "organiser", required=False),
                    _text(name, data, "created_at", required=False, longest=40))
