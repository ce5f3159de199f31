"""The .deb for 统信UOS and 麒麟: a package dpkg reads, the program under /opt and on the PATH, a menu entry, and the
file types that make a double-clicked .bsurvey or .bwave open it. `make installer-test` installs the real one."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tools import deb_package

needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")


def test_the_file_types_are_declared_for_the_shared_mime_database():
    root = ET.fromstring(deb_package.mime_info())
    space = "{http://www.freedesktop.org/standards/shared-mime-info}"
    globs = {t.get("type"): t.find(f"{space}glob").get("pattern") for t in root.iter(f"{space}mime-type")}
    assert globs == {"application/x-burden-survey": "*.bsurvey", "application/x-burden-wave": "*.bwave"}


def test_the_menu_entry_opens_double_clicked_files_of_both_types():
    entry = dict(line.split("=", 1) for line in deb_package.desktop_entry("指尖减负调查").splitlines()[1:])
    assert entry["Name"] == "指尖减负调查" and entry["Exec"] == "/opt/burden-survey/burden-survey %F"
    assert entry["MimeType"] == "application/x-burden-survey;application/x-burden-wave;"


@needs_dpkg
def test_a_package_made_from_a_bundle_holds_the_program_its_entry_and_its_types(tmp_path):
    bundle = tmp_path / "burden-survey"
    bundle.mkdir()
    (bundle / "burden-survey").write_text("#!/bin/sh\necho burden-survey 0.1.0\n")
    (bundle / "burden-survey").chmod(0o755)
    icon = tmp_path / "app.png"
    icon.write_bytes(b"\x89PNG\r\n\x1a\n")
    deb = deb_package.write_deb(bundle, icon, tmp_path, tmp_path / "work", "0.1.0", "指尖减负调查")

    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: burden-survey" in info and "Version: 0.1.0" in info and "Depends: libc6" in info
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/burden-survey/burden-survey", "./usr/share/applications/burden-survey.desktop",
                 "./usr/share/mime/packages/burden-survey.xml",
                 "./usr/share/icons/hicolor/256x256/apps/burden-survey.png",
                 "./usr/bin/burden-survey -> /opt/burden-survey/burden-survey"):
        assert path in listing
    assert "root/root" in listing  # owned by root once installed, whoever built it
