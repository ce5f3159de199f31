"""What the supervisor picked (files, folders, .zip archives) as a list of survey files, archives opened safely."""

from __future__ import annotations

import lzma
import os
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Self

from burden_survey.survey import survey_file
from burden_survey.system import fileops
from burden_survey.system.errors import BurdenSurveyError
from burden_survey.system.scratch import ScratchFolder

MAX_ARCHIVE_MEMBERS = 5000
MAX_ARCHIVE_BYTES = 1024 ** 3
MAX_COMPRESSION_RATIO = 100
# Empty SQLite pages compress about 50:1, so a small genuine file may look "bomb-like";
# a bomb only hurts when it is big, so the ratio rule starts at this size.
RATIO_CHECK_FROM_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024
NOT_A_FILE = "这不是普通文件（可能是设备或管道），未导入；请选择调查文件本身。"
# What zipfile and the decompressors raise on a damaged or unsupported member.
_BROKEN_MEMBER = (zipfile.BadZipFile, OSError, EOFError, zlib.error, lzma.LZMAError, NotImplementedError, RuntimeError)


class SurveyFileRejected(BurdenSurveyError):
    """A file or archive that will not be imported; `reason` says why in Chinese."""

    title = "调查文件未导入"

    def __init__(self, name: str, reason: str):
        super().__init__(reason)
        self.name = name
        self.reason = reason


@dataclass
class Source:
    """One survey file to check: a file on disk or a member of an archive (extracted when its turn comes)."""

    name: str  # what the user recognises: the path, or "archive.zip › member.bsurvey"
    path: Path | None = None
    problem: str = ""  # set when the input is refused before it is read (a bad archive, an empty folder)
    archive: Path | None = None
    member: zipfile.ZipInfo | None = None


class Inputs:
    """Expand paths into sources; archives stay open and members go to a private temporary folder.

    Use as a context manager: the temporary folder (extracted members, migrated copies) is removed at the end.
    """

    def __init__(self, paths: list[Path | str]):
        self.paths = [Path(p) for p in paths]
        self.sources: list[Source] = []
        self._archives: dict[Path, zipfile.ZipFile] = {}
        self._scratch: ScratchFolder | None = None
        self._counter = 0

    def __enter__(self) -> Self:
        for path in self.paths:
            self.sources.extend(self._expand(path))
        return self

    def __exit__(self, *exc) -> None:
        for archive in self._archives.values():
            archive.close()
        if self._scratch is not None:
            self._scratch.remove()  # what another program still holds goes at the next start

    def scratch_file(self, suffix: str = ".bsurvey") -> Path:
        """A new file name in the private temporary folder, never next to the user's files."""
        if self._scratch is None:
            self._scratch = ScratchFolder("import").__enter__()
        self._counter += 1
        return self._scratch.file(f"{self._counter:06d}{suffix}")

    def local_path(self, source: Source) -> Path:
        """The file to read for a source; an archive member is extracted now, its size enforced while reading."""
        if source.problem:
            raise SurveyFileRejected(source.name, source.problem)
        if source.path is not None:
            return source.path
        limit = survey_file.MAX_FILE_BYTES
        target = self.scratch_file()
        written = 0
        try:
            with self._archives[source.archive].open(source.member) as member, open(target, "wb") as out:
                while chunk := member.read(_CHUNK):
                    written += len(chunk)
                    if written > limit:
                        raise SurveyFileRejected(source.name, too_big(written, limit))
                    out.write(chunk)
        except _BROKEN_MEMBER as error:
            # A member whose bytes do not match its declared size or checksum ends up here too.
            raise SurveyFileRejected(source.name, f"无法从压缩包中解压这个文件（{error}），压缩包可能已损坏。") from error
        source.path = target
        return target

    def head(self, source: Source, count: int) -> bytes:
        """The first bytes of a source without extracting it (the sealed header); OSError when unreadable."""
        if source.problem:
            raise SurveyFileRejected(source.name, source.problem)
        if source.path is not None:
            return fileops.read_bounded(source.path, count)[:count]
        with self._archives[source.archive].open(source.member) as member:
            return member.read(count)

    def release(self, source: Source) -> None:
        """Remove a member extracted for checking once its turn is over: a big archive never fills the disk."""
        if source.archive is not None and source.path is not None:
            fileops.try_unlink(source.path)
            source.path = None

    # expansion -------------------------------------------------------------------------
    def _expand(self, path: Path) -> list[Source]:
        name = str(path)
        if path.is_dir():
            return self._folder(path)
        if not path.exists():
            return [Source(name, problem="找不到这个文件或文件夹。")]
        if not fileops.is_regular(path):
            return [Source(name, problem=NOT_A_FILE)]
        if path.suffix.lower() == ".zip":
            return self._archive(path)
        return [Source(name, path)]

    def _folder(self, folder: Path) -> list[Source]:
        found = []
        for root, dirs, files in os.walk(folder):  # symlinked folders are not followed
            dirs.sort()
            for file in sorted(files):
                if file.lower().endswith(survey_file.EXTENSION):
                    path = Path(root) / file
                    # A link met while searching may point anywhere; only what the user picked is followed.
                    if path.is_symlink():
                        found.append(Source(str(path), problem="这是符号链接（快捷方式），未导入；请直接选择原文件。"))
                    elif not fileops.is_regular(path):
                        found.append(Source(str(path), problem=NOT_A_FILE))
                    else:
                        found.append(Source(str(path), path))
        return found or [Source(str(folder), problem=f"文件夹里没有 {survey_file.EXTENSION} 调查文件。")]

    def _archive(self, path: Path) -> list[Source]:
        try:
            archive = zipfile.ZipFile(path)
        except (*_BROKEN_MEMBER, ValueError) as error:  # NotImplementedError: a forged "zip version 6.4" header
            return [Source(str(path), problem=f"无法打开压缩包（{error}），文件可能已损坏或不是 zip 格式。")]
        problem = archive_problem(archive.infolist())
        members = [m for m in archive.infolist() if _is_survey_member(m)]
        if not problem and not members:
            problem = f"压缩包里没有 {survey_file.EXTENSION} 调查文件。"
        if problem:
            archive.close()
            return [Source(str(path), problem=problem)]
        self._archives[path] = archive
        return [Source(f"{path} › {member_name(m)}", archive=path, member=m) for m in members]


def archive_problem(members: list[zipfile.ZipInfo]) -> str:
    """Why an archive is refused as a whole (unsafe names, links, bombs), or "" when it may be opened."""
    if len(members) > MAX_ARCHIVE_MEMBERS:
        return f"压缩包里有 {len(members)} 个文件，超过上限 {MAX_ARCHIVE_MEMBERS} 个；请分成几个压缩包。"
    total = 0
    for member in members:
        name = member_name(member)
        parts = PurePosixPath(name.replace("\\", "/")).parts
        quoted = shown(name, 120)  # a name of any length, quoted in a message
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts:
            return f"压缩包中的「{quoted}」指向压缩包以外的位置，为安全起见整个压缩包未导入。"
        if member.create_system == 3 and stat.S_ISLNK(member.external_attr >> 16):
            return f"压缩包中的「{quoted}」是符号链接，为安全起见整个压缩包未导入。"
        if member.flag_bits & 0x1:
            return f"压缩包中的「{quoted}」设有密码；请先解压，再导入文件夹。"
        if _is_survey_member(member) and member.file_size > survey_file.MAX_FILE_BYTES:
            return f"压缩包中的「{quoted}」{too_big(member.file_size, survey_file.MAX_FILE_BYTES)}"
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size >= RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
            return (f"压缩包中的「{quoted}」压缩比超过 {MAX_COMPRESSION_RATIO} 倍，疑似「压缩炸弹」，"
                    "为安全起见整个压缩包未导入。")
        total += member.file_size
    if total > MAX_ARCHIVE_BYTES:
        return f"压缩包解压后共 {total / 1024 ** 3:.1f} GB，超过上限 1 GB；请分成几个压缩包。"
    return ""


def shown(text: str, longest: int = 40) -> str:
    """A value of the file as a message quotes it: cut short, control and direction characters made visible, so a
    crafted value cannot run on or turn the message around."""
    return "".join("�" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text[:longest])


def member_name(member: zipfile.ZipInfo) -> str:
    """The member's name as its author saw it: archives made on Chinese Windows store names in GBK."""
    if member.flag_bits & 0x800:
        return member.filename
    try:
        return member.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return member.filename


def _is_survey_member(member: zipfile.ZipInfo) -> bool:
    name = member.filename
    # macOS adds "__MACOSX/._name" shadow entries with the same extension: they are not survey files.
    return (not member.is_dir() and name.lower().endswith(survey_file.EXTENSION)
            and not name.startswith("__MACOSX/") and not PurePosixPath(name).name.startswith("._"))


def too_big(size: int, limit: int) -> str:
    return f"文件太大（{_size(size)}，上限 {_size(limit)}），不像调查文件。"


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MB" if count >= 1024 * 1024 else f"{count / 1024:.0f} KB"
