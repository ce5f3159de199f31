"""Build the one-folder bundle of Burden Survey with PyInstaller, a .zip of it, an Inno Setup script and (on Linux)
a .deb.

    python build_installer.py          # dist/burden-survey/, dist/burden-survey-<version>-<platform>.zip and, on
                                       # Linux, dist/burden-survey_<version>_<arch>.deb (tools/deb_package.py)

Run it from the project's venv (`make installer`), whose only Qt binding is PySide6. The bundle holds the whole
resources/ folder (font, stylesheet, icons, translations, data CSVs) at _internal/resources, beside the package
folder PyInstaller makes for burden_survey/, so burden_survey.system.paths.RESOURCES finds it through __file__ alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from burden_survey import __version__  # noqa: E402  (the checkout, not an older installed copy)
from tools.deb_package import write_deb  # noqa: E402
from tools.translations import compile_translations  # noqa: E402

APP = "burden-survey"
PRODUCT = "指尖减负调查"
COMPANY = "BurdenSurvey"
FILE_EXTENSION = ".bsurvey"
WAVE_EXTENSION = ".bwave"  # the organiser's wave file: a double-click loads it into the cadre's app
WINDOWS = sys.platform == "win32"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
NOT_BUNDLED = {"installer"}  # resources/ folders the program never reads

# Python modules the app never needs; left out so the bundle is smaller and no second Qt binding sneaks in.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2",
    "matplotlib.backends._backend_tk", "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends.backend_wx", "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_nbagg",
    "IPython", "pytest", "pytestqt", "PyInstaller",
    # Qt modules no page uses (we use QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg, and QtNetwork's local
    # sockets for ui/shell/single_instance.py).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDBus",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtStateMachine", "PySide6.QtQuickTest", "PySide6.QtNetworkAuth",
]

# Imported by name at run time, so PyInstaller's import scan cannot see them.
HIDDEN_IMPORTS = [
    "matplotlib.backends.backend_agg",  # PNG export and the Qt canvas draw with Agg
    "matplotlib.backends.backend_pdf",  # the meeting pack (PdfPages)
    "matplotlib.backends.backend_svg",  # charts saved as SVG and printed as vectors
    "matplotlib.backends.backend_qtagg",  # the dashboard's canvas
]


def pyinstaller_arguments(launcher: Path, work: Path, dist: Path, icons: dict[str, Path], version_file: Path) -> list:
    """The whole PyInstaller command line, one commented choice per line."""
    args = [
        str(launcher),
        "--name", APP,  # the program is burden-survey(.exe)
        "--onedir",  # one folder: starts fast (nothing unpacked to a temp folder) and installs as plain files
        "--noconfirm",  # replace an earlier dist/burden-survey without asking
        "--clean",  # no stale cache from an earlier build with other dependencies
        "--log-level", "WARN",
        "--distpath", str(dist),
        "--workpath", str(work / "work"),
        "--specpath", str(work),  # the generated .spec is a build product, not a source
        "--paths", str(ROOT),  # burden_survey/ and ui/ from this checkout
        # resources/ goes to _internal/resources, i.e. ../../resources from _internal/burden_survey/system/paths.pyc.
        *bundled_resources(),
        # Pages are imported by name when first shown (ui/shell/page_loader.py), invisible to the import scan.
        "--collect-submodules", "ui",
        "--collect-submodules", "burden_survey",
        "--collect-data", "pypinyin",  # pinyin_dict.json and phrases_dict.json are read from beside the package
        "--collect-submodules", "rapidfuzz",  # rapidfuzz picks its compiled implementation by CPU at run time
    ]
    for module in HIDDEN_IMPORTS:
        args += ["--hidden-import", module]
    for module in EXCLUDED_MODULES:
        args += ["--exclude-module", module]
    if WINDOWS:
        args += [
            "--windowed",  # no console window behind the app; the CLI then prints nothing (see the README)
            "--icon", str(icons["ico"]),
            "--version-file", str(version_file),  # Explorer's Properties → Details shows name and version
        ]
    # On Linux the program keeps its console, so `--version` and `report` can be checked headless in CI.
    return args


def bundled_resources() -> list[str]:
    """--add-data for each part of resources/ the program reads; resources/installer is for Inno Setup alone."""
    args = []
    for item in sorted((ROOT / "resources").iterdir()):
        if item.name in NOT_BUNDLED or item.name.startswith("."):
            continue
        target = "resources" if item.is_file() else f"resources/{item.name}"
        args += ["--add-data", f"{item}{os.pathsep}{target}"]
    return args


def render_icons(work: Path) -> dict[str, Path]:
    """app.svg drawn to PNGs with QtSvg, and a multi-size .ico (Windows needs one for the .exe) made with Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs one)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    folder = work / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    images = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        png = folder / f"app_{size}.png"
        image.save(str(png))
        images.append(Image.open(png))
    ico = folder / "app.ico"
    largest = images[-1]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICON_SIZES], append_images=images[:-1])
    return {"png": folder / "app_256.png", "ico": ico}


def write_version_file(path: Path) -> Path:
    """The Windows version resource, in the Python-literal form PyInstaller's --version-file reads."""
    numbers = [int(part) for part in __version__.split(".")[:3] if part.isdigit()]
    four = tuple((numbers + [0, 0, 0, 0])[:4])
    strings = {
        "CompanyName": COMPANY, "FileDescription": PRODUCT, "FileVersion": __version__,
        "InternalName": APP, "OriginalFilename": f"{APP}.exe", "ProductName": PRODUCT,
        "ProductVersion": __version__, "LegalCopyright": "",
    }
    entries = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    path.write_text(f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
""", encoding="utf-8")
    return path


ISL = ROOT / "resources" / "installer" / "ChineseSimplified.isl"  # our own translation: stable Inno Setup 6 has none
MIN_INNO_SETUP = (6, 3, 0)  # ArchitecturesInstallIn64BitMode=x64compatible
# Where the app keeps what the uninstaller leaves: platformdirs' user_data_dir and Qt's INI settings file.
DATA_FOLDER = r"{localappdata}\BurdenSurvey\BurdenSurvey"
SETTINGS_FILE = r"{userappdata}\BurdenSurvey\BurdenSurvey.ini"


def windows_path(path: Path) -> str:
    """How the compiler must be told a path: as it is on Windows; under Wine on Linux, on its drive Z: (/)."""
    return str(path) if WINDOWS else "Z:" + str(path.resolve()).replace("/", "\\")


def write_inno_script(path: Path, bundle: Path, icon: Path) -> Path:
    """installer.iss for Inno Setup 6.3 or later: a per-user install in 64-bit mode, a Start-menu entry, .bsurvey
    and .bwave files open the app, the old bundle's files removed before the new ones go in, and an uninstaller
    that says where the answers stay.

    A double-clicked survey file starts `burden-survey gui <file>`, which imports it on 「导入答卷」 (in the window
    already open, if there is one); a double-clicked wave file (.bwave) is loaded for the cadre's next export.
    Signing is one switch away: see docs/WINDOWS.md (iscc /DSignToolName=…).
    """
    major, minor, patch = MIN_INNO_SETUP
    path.write_text(f"""; Inno Setup script written by build_installer.py; compile with: iscc installer.iss
; A county with a code-signing certificate signs setup.exe and the uninstaller too (see docs/WINDOWS.md):
;   iscc /DSignToolName=countysign "/Scountysign=signtool.exe sign /f county.pfx /fd sha256 /td sha256 /tr <url> $f" installer.iss
#if Ver < EncodeVer({major}, {minor}, {patch})
  #error 需要 Inno Setup {major}.{minor} 或更新版本（Inno Setup {major}.{minor} or later is required）
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif

[Setup]
AppId={{{{6F1C2B1E-4C1A-4C55-9B7E-2D6A1B5E0B51}}
AppName={PRODUCT}
AppVersion={__version__}
AppPublisher={COMPANY}
DefaultDirName={{autopf}}\\BurdenSurvey
DefaultGroupName={PRODUCT}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; The bundle is a 64-bit program: install it as one, into Program Files rather than Program Files (x86).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; An update closes a running copy first (Windows' Restart Manager), so no file of the old bundle stays in use.
CloseApplications=yes
OutputDir={windows_path(path.parent)}
OutputBaseFilename={APP}-{__version__}-setup
SetupIconFile={windows_path(icon)}
UninstallDisplayIcon={{app}}\\{APP}.exe
Compression={{#Compression}}
SolidCompression=yes
#ifdef SignToolName
SignTool={{#SignToolName}}
SignedUninstaller=yes
#endif

[Languages]
Name: "chinesesimplified"; MessagesFile: "{windows_path(ISL)}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DataStays=程序已卸载。填写的答卷、导入的数据和备份没有删除，仍在：%n%n%1%n%n设置保存在：%n%2%n%n如果这台电脑不再使用本程序，请按本单位的数据保管规定处理这些文件：需要保留的先备份，不再需要的删除这个文件夹。
english.DataStays=The program has been removed. The answers, imported data and backups were not deleted; they are in:%n%n%1%n%nThe settings are in:%n%2%n%nIf this PC no longer uses the program, deal with these files as your unit's data rules say: back up what must be kept, then delete the folder.

[InstallDelete]
; The previous version's bundle goes first: a library it had and this one has not must not be loaded by mistake.
Type: filesandordirs; Name: "{{app}}\\_internal"

[Files]
Source: "{windows_path(bundle)}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{group}}\\{PRODUCT}"; Filename: "{{app}}\\{APP}.exe"
Name: "{{group}}\\卸载 {PRODUCT}"; Filename: "{{uninstallexe}}"

[Registry]
; MultiSelectModel=Player: "open" stays in Explorer's menu for up to 100 selected files (15 by default); each starts
; the program, and they hand their files to the first window (ui/shell/single_instance.py).
Root: HKA; Subkey: "Software\\Classes\\{FILE_EXTENSION}"; ValueType: string; ValueName: ""; ValueData: "BurdenSurvey.SurveyFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile"; ValueType: string; ValueName: ""; ValueData: "{PRODUCT} 调查文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile\\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{{app}}\\{APP}.exe,0"
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile\\shell\\open"; ValueType: string; ValueName: "MultiSelectModel"; ValueData: "Player"
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: \"\"\"{{app}}\\{APP}.exe\"\" gui \"\"%1\"\"\"
Root: HKA; Subkey: "Software\\Classes\\{WAVE_EXTENSION}"; ValueType: string; ValueName: ""; ValueData: "BurdenSurvey.WaveFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile"; ValueType: string; ValueName: ""; ValueData: "{PRODUCT} 调查批次文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile\\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{{app}}\\{APP}.exe,0"
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile\\shell\\open"; ValueType: string; ValueName: "MultiSelectModel"; ValueData: "Player"
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: \"\"\"{{app}}\\{APP}.exe\"\" gui \"\"%1\"\"\"

[Run]
Filename: "{{app}}\\{APP}.exe"; Description: "{{cm:LaunchProgram,{PRODUCT}}}"; Flags: nowait postinstall skipifsilent

[Code]
// After the files are gone, say where the answers stayed (not in a silent uninstall, which nobody watches).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataStays'), [ExpandConstant('{DATA_FOLDER}'), ExpandConstant('{SETTINGS_FILE}')]),
           mbInformation, MB_OK);
end;
""", encoding="utf-8-sig")  # Inno Setup reads a BOM-marked script as UTF-8
    return path


def folder_size(folder: Path) -> int:
    """Bytes on disk; PyInstaller links some Linux libraries twice by symlink, counted once here."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path, sign_command: str | None = None) -> Path:
    """Run PyInstaller and zip the bundle; returns the bundle folder."""
    import PyInstaller.__main__

    work.mkdir(parents=True, exist_ok=True)
    compile_translations()  # the .qm files are build outputs: without them the bundle would have no English
    # PyInstaller wants a script: the program's entry point, ui/launcher.py (the command line and the window).
    launcher = work / "launcher.py"
    launcher.write_text("import sys\n\nfrom ui.launcher import main\n\nsys.exit(main())\n", encoding="utf-8")
    icons = render_icons(work)
    version_file = write_version_file(work / "version_info.txt")
    PyInstaller.__main__.run(pyinstaller_arguments(launcher, work, dist, icons, version_file))
    bundle = dist / APP
    archive_base = dist / f"{APP}-{__version__}-{platform.system().lower()}-{platform.machine().lower()}"
    shutil.make_archive(str(archive_base), "zip", root_dir=dist, base_dir=APP)
    sign(bundle / f"{APP}.exe", sign_command)
    write_inno_script(dist / "installer.iss", bundle, icons["ico"])  # compiled by iscc on Windows (or under Wine)
    if sys.platform.startswith("linux"):  # 统信UOS and 麒麟 install .deb packages
        write_deb(bundle, icons["png"], dist, work, __version__, PRODUCT)
    return bundle


def sign(program: Path, command: str | None) -> None:
    """Run the county's signing command on the program before it is packed ({file} stands for its path), so that
    SmartScreen and antivirus see a known publisher; without a command the program stays unsigned."""
    if not command:
        return
    import shlex
    import subprocess

    subprocess.run([part.replace("{file}", str(program)) for part in shlex.split(command, posix=not WINDOWS)],
                   check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and the archive go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "installer", help="PyInstaller's scratch folder")
    parser.add_argument("--sign", metavar="COMMAND", help='sign the program before packing, e.g. "signtool sign /a '
                        '/fd sha256 /td sha256 /tr URL {file}" (see docs/WINDOWS.md)')
    parser.add_argument("--inno-only", action="store_true",
                        help="only write dist/installer.iss for the bundle already built (to compile it again)")
    args = parser.parse_args(argv)
    if args.inno_only:
        bundle = args.dist.resolve() / APP
        script = write_inno_script(args.dist.resolve() / "installer.iss", bundle, render_icons(args.work.resolve())["ico"])
        print(f"script: {script}")
        return 0
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), args.sign)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB)")
    for pattern in (f"{APP}-{__version__}-*.zip", f"{APP}_{__version__}_*.deb"):
        for archive in sorted(args.dist.glob(pattern)):
            print(f"archive: {archive} ({archive.stat().st_size / 2**20:.0f} MB)")
    print(f"build_seconds: {time.monotonic() - started:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
