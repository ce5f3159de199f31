"""Build the one-folder bundle of Burden Survey with PyInstaller, a .zip of it and (on Windows) an Inno Setup script.

    python build_installer.py          # dist/burden-survey/ and dist/burden-survey-<version>-<platform>.zip

Run it from the project's venv (`make installer`), whose only Qt binding is PySide6. The bundle holds the whole
resources/ folder (font, stylesheet, icons, translations, data CSVs) at _internal/resources, beside the package
folder PyInstaller makes for burden_survey/, so burden_survey.paths.RESOURCES finds it through __file__ alone.
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
from tools.translations import compile_translations  # noqa: E402

APP = "burden-survey"
PRODUCT = "指尖减负调查"
COMPANY = "BurdenSurvey"
FILE_EXTENSION = ".bsurvey"
WAVE_EXTENSION = ".bwave"  # the organiser's wave file: a double-click loads it into the cadre's app
WINDOWS = sys.platform == "win32"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Python modules the app never needs; left out so the bundle is smaller and no second Qt binding sneaks in.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2",
    "matplotlib.backends._backend_tk", "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends.backend_wx", "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_nbagg",
    "IPython", "pytest", "pytestqt", "PyInstaller",
    # Qt modules no page uses (we use QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg).
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
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
        # resources/ goes to _internal/resources, i.e. ../resources from _internal/burden_survey/paths.pyc.
        "--add-data", f"{ROOT / 'resources'}{os.pathsep}resources",
        # Pages are imported by name when first shown (ui/page_loader.py), invisible to the import scan.
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


def write_inno_script(path: Path, bundle: Path, icon: Path) -> Path:
    """installer.iss for Inno Setup: a per-user install, a Start-menu entry, .bsurvey files open the app.

    A double-clicked survey file starts `burden-survey gui <file>`, which imports it on 「导入答卷」; a double-clicked
    wave file (.bwave) is loaded for the cadre's next export.
    """
    path.write_text(f"""; Inno Setup script written by build_installer.py; compile with: iscc installer.iss
[Setup]
AppId={{{{6F1C2B1E-4C1A-4C55-9B7E-2D6A1B5E0B51}}
AppName={PRODUCT}
AppVersion={__version__}
AppPublisher={COMPANY}
DefaultDirName={{autopf}}\\BurdenSurvey
DefaultGroupName={PRODUCT}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={path.parent}
OutputBaseFilename={APP}-{__version__}-setup
SetupIconFile={icon}
UninstallDisplayIcon={{app}}\\{APP}.exe
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{group}}\\{PRODUCT}"; Filename: "{{app}}\\{APP}.exe"
Name: "{{group}}\\卸载 {PRODUCT}"; Filename: "{{uninstallexe}}"

[Registry]
Root: HKA; Subkey: "Software\\Classes\\{FILE_EXTENSION}"; ValueType: string; ValueName: ""; ValueData: "BurdenSurvey.SurveyFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile"; ValueType: string; ValueName: ""; ValueData: "{PRODUCT} 调查文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile\\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{{app}}\\{APP}.exe,0"
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.SurveyFile\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: \"\"\"{{app}}\\{APP}.exe\"\" gui \"\"%1\"\"\"
Root: HKA; Subkey: "Software\\Classes\\{WAVE_EXTENSION}"; ValueType: string; ValueName: ""; ValueData: "BurdenSurvey.WaveFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile"; ValueType: string; ValueName: ""; ValueData: "{PRODUCT} 调查批次文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile\\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{{app}}\\{APP}.exe,0"
Root: HKA; Subkey: "Software\\Classes\\BurdenSurvey.WaveFile\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: \"\"\"{{app}}\\{APP}.exe\"\" gui \"\"%1\"\"\"

[Run]
Filename: "{{app}}\\{APP}.exe"; Description: "{{cm:LaunchProgram,{PRODUCT}}}"; Flags: nowait postinstall skipifsilent
""", encoding="utf-8-sig")  # Inno Setup reads a BOM-marked script as UTF-8
    return path


def folder_size(folder: Path) -> int:
    """Bytes on disk; PyInstaller links some Linux libraries twice by symlink, counted once here."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller and zip the bundle; returns the bundle folder."""
    import PyInstaller.__main__

    work.mkdir(parents=True, exist_ok=True)
    compile_translations()  # the .qm files are build outputs: without them the bundle would have no English
    # PyInstaller wants a script; the package's own __main__ uses relative imports, so start through cli.main.
    launcher = work / "launcher.py"
    launcher.write_text("import sys\n\nfrom burden_survey.cli import main\n\nsys.exit(main())\n", encoding="utf-8")
    icons = render_icons(work)
    version_file = write_version_file(work / "version_info.txt")
    PyInstaller.__main__.run(pyinstaller_arguments(launcher, work, dist, icons, version_file))
    bundle = dist / APP
    archive_base = dist / f"{APP}-{__version__}-{platform.system().lower()}-{platform.machine().lower()}"
    shutil.make_archive(str(archive_base), "zip", root_dir=dist, base_dir=APP)
    if WINDOWS:
        write_inno_script(dist / "installer.iss", bundle, icons["ico"])
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and the archive go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "installer", help="PyInstaller's scratch folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB)")
    for archive in sorted(args.dist.glob(f"{APP}-{__version__}-*.zip")):
        print(f"archive: {archive} ({archive.stat().st_size / 2**20:.0f} MB)")
    print(f"build_seconds: {time.monotonic() - started:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
