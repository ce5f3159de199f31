"""What the supervisor picks becomes a list of survey files; unsafe archives are refused before any extraction."""

import os
import stat
import zipfile
from pathlib import Path

import pytest

from burden_survey.survey_files import inputs

from burden_survey.system import scratch

from burden_survey.survey import survey_file
from burden_survey.survey_files.inputs import Inputs, SurveyFileRejected


def survey(path: Path, content: bytes = b"SQLite format 3\x00") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def expand(*paths) -> list[tuple[str, str]]:
    with Inputs(list(paths)) as found:
        return [(s.name, s.problem) for s in found.sources]


def zipped(path: Path, members: dict[str, bytes], compression=zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as out:
        for name, content in members.items():
            out.writestr(name, content)
    return path


def test_a_folder_is_searched_recursively_in_name_order_for_survey_files_only(tmp_path):
    b = survey(tmp_path / "in" / "锡北镇" / "b.bsurvey")
    a = survey(tmp_path / "in" / "东港镇" / "a.BSURVEY")
    survey(tmp_path / "in" / "readme.txt", b"hello")
    assert expand(tmp_path / "in") == [(str(a), ""), (str(b), "")]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_linked_file_in_a_folder_is_listed_as_refused_not_followed(tmp_path):
    target = survey(tmp_path / "elsewhere.bsurvey")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link.bsurvey").symlink_to(target)
    [(name, problem)] = expand(tmp_path / "in")
    assert name.endswith("link.bsurvey") and "符号链接" in problem


def test_an_empty_folder_and_a_missing_path_say_so(tmp_path):
    (tmp_path / "empty").mkdir()
    assert expand(tmp_path / "empty", tmp_path / "gone.bsurvey") == [
        (str(tmp_path / "empty"), "文件夹里没有 .bsurvey 调查文件。"), (str(tmp_path / "gone.bsurvey"), "找不到这个文件或文件夹。")]


def test_a_plain_file_is_taken_whatever_its_name(tmp_path):
    path = survey(tmp_path / "从微信收到的文件.db")
    assert expand(path) == [(str(path), "")]


def test_zip_members_are_named_after_the_archive_and_extracted_to_a_private_folder(tmp_path):
    (tmp_path / "received").mkdir()
    archive = zipped(tmp_path / "received" / "回收.zip", {"东港镇/a.bsurvey": b"SQLite format 3\x00one", "说明.txt": b"x",
                                            "__MACOSX/东港镇/._a.bsurvey": b"junk"})
    with Inputs([archive]) as found:
        [source] = found.sources
        assert source.name == f"{archive} › 东港镇/a.bsurvey"
        extracted = found.local_path(source)
        assert extracted.read_bytes() == b"SQLite format 3\x00one"
        assert extracted.parent.parent == scratch.root() and archive.parent not in extracted.parents[:2]
    assert not extracted.exists() and not extracted.parent.exists() and sorted(archive.parent.iterdir()) == [archive]


def test_names_from_a_chinese_windows_archiver_are_read_as_gbk(tmp_path, monkeypatch):
    with monkeypatch.context() as patch:  # write the name as such an archiver does: GBK bytes, no UTF-8 flag
        patch.setattr(zipfile.ZipInfo, "_encodeFilenameFlags",
                      lambda info: (info.filename.encode("gbk"), info.flag_bits))
        archive = zipped(tmp_path / "a.zip", {"东港镇.bsurvey": b"x"})
    assert expand(archive) == [(f"{archive} › 东港镇.bsurvey", "")]


@pytest.mark.parametrize("member", ["../up.bsurvey", "a/../../up.bsurvey", "/etc/up.bsurvey", "..\\up.bsurvey",
                                    "C:/up.bsurvey"])
def test_a_member_leaving_the_archive_refuses_the_whole_archive(tmp_path, member):
    archive = zipped(tmp_path / "a.zip", {"fine.bsurvey": b"x", member: b"x"})
    [(name, problem)] = expand(archive)
    assert name == str(archive) and "指向压缩包以外的位置" in problem


def test_a_linked_member_refuses_the_archive(tmp_path):
    archive = tmp_path / "a.zip"
    link = zipfile.ZipInfo("link.bsurvey")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(link, "/etc/passwd")
    assert "是符号链接" in expand(archive)[0][1]


def test_a_refused_members_name_is_quoted_short_however_long_it_is(tmp_path):
    """A member's name had no bound in the message: 2,000 characters repeating a template's words made the English
    UI's reading of the reason take seconds (ui/common/said.py), and the reason filled the table."""
    archive = tmp_path / "a.zip"
    link = zipfile.ZipInfo("个，已完成" * 400 + ".bsurvey")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(link, "x")
    reason = expand(archive)[0][1]
    assert "是符号链接" in reason and len(reason) < 200


def test_too_many_members_or_too_many_bytes_refuse_the_archive(tmp_path, monkeypatch):
    archive = zipped(tmp_path / "a.zip", {f"{i}.bsurvey": bytes(3000) for i in range(4)})
    monkeypatch.setattr(inputs, "MAX_ARCHIVE_MEMBERS", 3)
    assert "有 4 个文件，超过上限 3 个" in expand(archive)[0][1]
    monkeypatch.setattr(inputs, "MAX_ARCHIVE_MEMBERS", 5000)
    monkeypatch.setattr(inputs, "MAX_ARCHIVE_BYTES", 10_000)
    assert "超过上限 1 GB" in expand(archive)[0][1]


def test_a_member_over_the_size_limit_refuses_the_archive(tmp_path, monkeypatch):
    monkeypatch.setattr(survey_file, "MAX_FILE_BYTES", 1000)
    archive = zipped(tmp_path / "a.zip", {"big.bsurvey": bytes(5000)})
    assert "文件太大（5 KB，上限 1 KB）" in expand(archive)[0][1]


def test_a_highly_compressed_big_member_is_a_bomb(tmp_path):
    archive = zipped(tmp_path / "a.zip", {"bomb.txt": bytes(8 * 1024 * 1024)}, zipfile.ZIP_DEFLATED)
    assert "压缩炸弹" in expand(archive)[0][1]


def test_a_small_member_may_compress_well(tmp_path):
    """An almost empty SQLite file compresses about 50:1: harmless, and not mistaken for a bomb."""
    archive = zipped(tmp_path / "a.zip", {"a.bsurvey": bytes(200_000)}, zipfile.ZIP_DEFLATED)
    assert expand(archive)[0][1] == ""


def test_a_broken_zip_and_one_without_survey_files_say_so(tmp_path):
    broken = survey(tmp_path / "broken.zip", b"PK\x03\x04 not really")
    empty = zipped(tmp_path / "empty.zip", {"readme.txt": b"x"})
    assert "无法打开压缩包" in expand(broken)[0][1]
    assert expand(empty)[0][1] == "压缩包里没有 .bsurvey 调查文件。"


def test_a_refused_source_raises_its_reason_when_read(tmp_path):
    with Inputs([tmp_path / "gone.bsurvey"]) as found, pytest.raises(SurveyFileRejected, match="找不到"):
        found.local_path(found.sources[0])


def test_a_damaged_member_is_refused_when_its_turn_comes(tmp_path):
    archive = zipped(tmp_path / "a.zip", {"a.bsurvey": b"SQLite format 3\x00" + bytes(range(256)) * 100},
                     zipfile.ZIP_DEFLATED)
    data = bytearray(archive.read_bytes())
    start = data.index(b"a.bsurvey") + 30  # inside the compressed bytes that follow the local header
    data[start:start + 50] = bytes(b ^ 0x55 for b in data[start:start + 50])
    archive.write_bytes(bytes(data))
    with Inputs([archive]) as found, pytest.raises(SurveyFileRejected, match="压缩包可能已损坏"):
        found.local_path(found.sources[0])


def finishes(work, seconds: float = 20):
    """Run work in a thread and return its result; a hang fails the test instead of stopping the run."""
    import threading
    result, failure = [], []

    def run():
        try:
            result.append(work())
        except Exception as error:  # raised again below, in the test's own thread
            failure.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if failure:
        raise failure[0]
    assert result, "still waiting: the reader hung on something that is not a file"
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_named_like_a_survey_file_is_listed_as_refused_and_never_opened(tmp_path):
    good = survey(tmp_path / "in" / "a.bsurvey")
    os.mkfifo(tmp_path / "in" / "b.bsurvey")  # before: the import opened it and waited for a writer forever
    assert finishes(lambda: expand(tmp_path / "in")) == [
        (str(good), ""), (str(tmp_path / "in" / "b.bsurvey"), inputs.NOT_A_FILE)]
    assert finishes(lambda: expand(tmp_path / "in" / "b.bsurvey")) == [
        (str(tmp_path / "in" / "b.bsurvey"), inputs.NOT_A_FILE)]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs a character device")
def test_a_device_picked_directly_is_refused_before_a_byte_is_read():
    # before: /dev/zero was read until MemoryError
    assert finishes(lambda: expand(Path("/dev/zero"))) == [("/dev/zero", inputs.NOT_A_FILE)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_the_bounded_reader_refuses_a_pipe_swapped_in_after_the_check(tmp_path):
    from burden_survey.system import fileops
    os.mkfifo(tmp_path / "late.bsurvey")
    with pytest.raises(fileops.NotRegularFile) as refused:
        finishes(lambda: fileops.read_bounded(tmp_path / "late.bsurvey", 100))
    assert "不是普通文件" in refused.value.strerror
    assert fileops.read_bounded(survey(tmp_path / "ok.bsurvey", b"x" * 500), 100) == b"x" * 101
