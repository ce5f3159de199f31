"""At 125 % and 150 % Windows display scaling on a 1366×768 screen, every dialog opens with its buttons on screen."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from burden_survey.store.storage import Storage

ROOT = Path(__file__).resolve().parent.parent

# A 1366×768 screen less a 40-pixel taskbar, on Qt's offscreen platform, at the scale Windows would set.
OPEN_EVERY_DIALOG = """
import json, sys
from pathlib import Path
from burden_survey.registry.registry import RegistryApp
from burden_survey.store.storage import Storage
from ui.shell.app import create_application
from ui.cadre.export_dialog import ExportDialog
from ui.shell.first_start import FirstStartDialog
from ui.shell.notice_dialog import NoticeDialog
from ui.cadre.quota_dialog import QuotaDialog
from ui.registry.registry_dialog import RegistryAppDialog
from ui.shell.settings_dialog import SettingsDialog
from ui.cadre.tool_dialog import ToolDialog
from ui.supervisor.wave_dialog import WaveDialog
app = create_application([])
storage = Storage.open(Path(sys.argv[1]))
room = app.primaryScreen().availableGeometry()
found = {}
for make in (lambda: NoticeDialog(storage), lambda: ToolDialog(storage), lambda: QuotaDialog(storage),
             lambda: ExportDialog(storage), lambda: WaveDialog(storage), lambda: RegistryAppDialog(storage),
             lambda: SettingsDialog(), lambda: FirstStartDialog(storage)):
    dialog = make()
    dialog.show()
    for _ in range(5):
        app.processEvents()
    frame, inside = dialog.frameGeometry(), dialog.geometry()
    # The offscreen platform draws no title bar: count the one Windows adds (32 points) above the contents.
    found[type(dialog).__name__] = [frame.x(), frame.y(), frame.width(), inside.height() + 32]
    dialog.close()
print(json.dumps({"room": [room.x(), room.y(), room.width(), room.height()], "dialogs": found}))
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_every_dialog_fits_a_small_screen_at_windows_display_scaling(tmp_path, scale):
    Storage.open(tmp_path / "cadre.db").close()
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=scale)
    done = subprocess.run([sys.executable, "-c", OPEN_EVERY_DIALOG, str(tmp_path / "cadre.db")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    x0, y0, width, height = result["room"]
    assert (width, height) == (round(1366 / float(scale)), round(728 / float(scale)))
    for name, (x, y, w, h) in result["dialogs"].items():  # h: with a Windows title bar
        assert x >= x0 and y >= y0 and x + w <= x0 + width and y + h <= y0 + height, (name, x, y, w, h)
