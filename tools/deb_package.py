"""The .deb for the Debian-based office systems many government PCs run (统信UOS, 麒麟): the PyInstaller bundle
under /opt/burden-survey, the program on the PATH, a menu entry with the icon, and the MIME types that make a
double-clicked .bsurvey or .bwave open the program. Built with dpkg-deb from the bundle build_installer.py made."""

from __future__ import annotations

import platform
import shutil
import subprocess
from pathlib import Path

PACKAGE = "burden-survey"
INSTALLED = Path("/opt") / PACKAGE
MIME_TYPES = (  # (type, pattern, English comment, Chinese comment)
    ("application/x-burden-survey", "*.bsurvey", "Burden Survey survey file", "指尖减负调查 调查文件"),
    ("application/x-burden-wave", "*.bwave", "Burden Survey wave file", "指尖减负调查 批次文件"),
)
# Libraries the bundled Qt loads from the system for its window (the xcb platform plugin). Recommended, not
# required: dpkg -i refuses a package whose dependencies are missing, and the command line runs without them.
RECOMMENDS = "libegl1, libgl1, libxkbcommon-x11-0, libxcb-cursor0, libfontconfig1, shared-mime-info"
# Run after installing and removing: the desktop's caches learn the new menu entry and file types.
REFRESH = """#!/bin/sh
set -e
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q /usr/share/icons/hicolor || true; fi
"""


def architecture() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)


def desktop_entry(product: str) -> str:
    types = ";".join(mime for mime, *_ in MIME_TYPES)
    return (f"[Desktop Entry]\nType=Application\nName={product}\nName[en]=Burden Survey\n"
            "Comment=匿名记录政务应用、公众号和工作群给基层带来的负担\n"
            "Comment[en]=Measure the load government apps and work groups put on grassroots cadres\n"
            f"Exec={INSTALLED}/{PACKAGE} %F\nIcon={PACKAGE}\nTerminal=false\nCategories=Office;\n"
            f"MimeType={types};\n")


def mime_info() -> str:
    entries = "".join(
        f'  <mime-type type="{mime}">\n    <comment>{english}</comment>\n'
        f'    <comment xml:lang="zh_CN">{chinese}</comment>\n    <glob pattern="{pattern}" weight="80"/>\n'
        f"  </mime-type>\n" for mime, pattern, english, chinese in MIME_TYPES)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n' + entries + "</mime-info>\n")


def control(version: str, installed_kb: int) -> str:
    return (f"Package: {PACKAGE}\nVersion: {version}\nArchitecture: {architecture()}\n"
            "Maintainer: Burden Survey <burden-survey@localhost>\nSection: misc\nPriority: optional\n"
            f"Installed-Size: {installed_kb}\nDepends: libc6\nRecommends: {RECOMMENDS}\n"
            "Description: 指尖减负调查 Burden Survey\n"
            " Measures the daily load that government apps, mini-programs, official accounts\n"
            " and work groups put on township and village cadres, offline.\n")


def write_deb(bundle: Path, icon_png: Path, dist: Path, work: Path, version: str, product: str) -> Path | None:
    """dist/burden-survey_<version>_<arch>.deb from the bundle; None (with a note) where dpkg-deb is missing."""
    if shutil.which("dpkg-deb") is None:
        print("deb: dpkg-deb is missing; no .deb written (apt-get install dpkg)")
        return None
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / INSTALLED.relative_to("/"), symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / PACKAGE).symlink_to(INSTALLED / PACKAGE)
    files = {
        f"usr/share/applications/{PACKAGE}.desktop": desktop_entry(product),
        f"usr/share/mime/packages/{PACKAGE}.xml": mime_info(),
    }
    for relative, text in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    icon = root / f"usr/share/icons/hicolor/256x256/apps/{PACKAGE}.png"
    icon.parent.mkdir(parents=True)
    shutil.copy(icon_png, icon)
    installed_kb = sum(f.lstat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN/control").write_text(control(version, installed_kb), encoding="utf-8")
    for script in ("postinst", "postrm"):
        (root / "DEBIAN" / script).write_text(REFRESH, encoding="utf-8")
        (root / "DEBIAN" / script).chmod(0o755)
    out = dist / f"{PACKAGE}_{version}_{architecture()}.deb"
    # gzip: a third of xz's build time for a package a few per cent larger
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out
