"""The Windows installer script compiles with stable Inno Setup 6: our Chinese messages, 64-bit mode, a clean update.

`make installer-script-test` compiles the script for real with Inno Setup's compiler under Wine; these tests read
what build_installer.py writes.
"""

import sys
from pathlib import Path

import pytest

import build_installer
from burden_survey.system import paths

ISL = build_installer.ISL


@pytest.fixture
def script(tmp_path) -> str:
    path = build_installer.write_inno_script(tmp_path / "installer.iss", tmp_path / "bundle", tmp_path / "app.ico")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Inno Setup reads a BOM-marked script as UTF-8
    return path.read_text(encoding="utf-8-sig")


def messages(text: str) -> list[tuple[str, str]]:
    return [tuple(line.split("=", 1)) for line in text.splitlines()
            if "=" in line and not line.startswith((";", "["))]


def test_the_chinese_messages_come_from_our_own_file_not_an_unofficial_translation_inno_setup_lacks(script):
    assert "compiler:Languages\\ChineseSimplified.isl" not in script
    assert f'Name: "chinesesimplified"; MessagesFile: "{build_installer.windows_path(ISL)}"' in script
    assert ISL.is_file() and (ISL.parent / "LICENSE.txt").is_file()


def test_the_chinese_messages_file_is_complete_utf8_and_names_each_message_once():
    data = ISL.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "LanguageID=$0804" in text and "LanguageName=简体中文" in text
    names = [name for name, _ in messages(text)]
    assert len(names) == len(set(names)) and len(names) >= 280  # Default.isl of Inno Setup 6.4 has 281
    blank_in_english_too = {"HelpTextNote", "AboutSetupNote", "TranslatorNote", "BeveledLabel"}
    assert [n for n, v in messages(text) if not v.strip() and n not in blank_in_english_too] == []
    for name in ("ButtonNext", "WelcomeLabel1", "ConfirmUninstall", "UninstalledAll", "LaunchProgram"):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in dict(messages(text))[name]), name


def test_an_update_removes_the_old_bundle_and_installs_in_64_bit_mode(script):
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in script.split("[InstallDelete]")[1].split("[Files]")[0]
    assert "ArchitecturesInstallIn64BitMode=x64compatible" in script
    assert "#if Ver < EncodeVer(6, 3, 0)" in script  # an older compiler says why instead of failing obscurely


def test_the_uninstaller_says_the_answers_stay_in_the_data_folder_the_app_uses(script):
    folder = f"{{localappdata}}\\{paths.APP_AUTHOR}\\{paths.APP_NAME}"  # platformdirs' user_data_dir on Windows
    assert f"ExpandConstant('{folder}')" in script and "usPostUninstall" in script
    [chinese] = [v for n, v in messages(script) if n == "chinesesimplified.DataStays"]
    assert "答卷" in chinese and "没有删除" in chinese and "%1" in chinese


def test_signing_is_off_unless_the_county_names_its_sign_tool(script):
    block = script.split("#ifdef SignToolName")[1].split("#endif")[0]
    assert "SignTool={#SignToolName}" in block and "SignedUninstaller=yes" in block


def test_the_signing_command_is_run_on_the_program_before_it_is_packed(tmp_path):
    program = tmp_path / "burden-survey.exe"
    program.write_bytes(b"MZ")
    marker = tmp_path / "signed.txt"
    build_installer.sign(program, f'"{sys.executable}" -c "import sys; open(sys.argv[2], \'w\').write(sys.argv[1])" '
                                  f'{{file}} "{marker}"')
    assert marker.read_text() == str(program)


def test_the_windows_installer_associates_survey_files_with_the_app_and_passes_the_file(script):
    assert 'Subkey: "Software\\Classes\\.bsurvey"' in script
    assert '.exe"" gui ""%1"""' in script  # the double-clicked file reaches `burden-survey gui <file>`
    assert "[Icons]" in script and "{group}" in script  # a Start-menu entry


def test_the_installer_translation_is_not_shipped_inside_the_program(tmp_path):
    args = build_installer.pyinstaller_arguments(Path("launcher.py"), tmp_path, tmp_path, {"ico": Path("a.ico")},
                                                 Path("version.txt"))
    data = [args[i + 1] for i, arg in enumerate(args) if arg == "--add-data"]
    assert data and not any("installer" in Path(d.split(build_installer.os.pathsep)[0]).parts for d in data)
    assert any(Path(d.split(build_installer.os.pathsep)[0]).name == "translations" for d in data)
