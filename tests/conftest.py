"""Shared fixtures: every test runs headless and gets its own real SQLite file on disk."""

import atexit
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Until a test's own folder is set (module-wide fixtures run before it), data and settings go to a folder of the run.
_RUN_FOLDER = tempfile.mkdtemp(prefix="burden-survey-tests-")
atexit.register(shutil.rmtree, _RUN_FOLDER, True)
os.environ["BURDEN_SURVEY_DATA_DIR"] = os.path.join(_RUN_FOLDER, "data")
os.environ["BURDEN_SURVEY_SETTINGS_DIR"] = os.path.join(_RUN_FOLDER, "config")

import windows_sqlite  # noqa: E402  (before the first connection of the run)

if windows_sqlite.wanted():
    windows_sqlite.switch_uri_off()

import pytest  # noqa: E402

from burden_survey.system import paths  # noqa: E402
from burden_survey.store.storage import Storage  # noqa: E402
from tally import TALLY  # noqa: E402


class _WorkerTallies:
    """pytest-xdist's controller side: the robustness tallies the workers hand back are printed as one section."""

    def pytest_testnodedown(self, node, error) -> None:
        TALLY.merge(getattr(node, "workeroutput", {}).get("robustness"))


def pytest_configure(config):
    TALLY.register(config)
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_WorkerTallies(), "robustness-worker-tallies")


@pytest.fixture
def storage(tmp_path):
    """A fresh database file in a temporary folder, closed after the test."""
    store = Storage.open(tmp_path / "survey.db")
    yield store
    store.close()


@pytest.fixture
def reopen(tmp_path):
    """Open the same file again, as the next start of the app would, to read back what was saved."""
    opened = []

    def _reopen() -> Storage:
        store = Storage.open(tmp_path / "survey.db")
        opened.append(store)
        return store

    yield _reopen
    for store in opened:
        store.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """The data folder (backups, logs, scratch) and the settings file live in the test's folder, never in the
    user's real profile, on Windows too: platformdirs ignores XDG_* there and Qt would write the registry."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(paths.SETTINGS_DIR_ENV, str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    # Qt reads the settings path once per process; tell it each test's folder, or a choice one test saves (a ticked
    # box, a remembered folder) is what the next test starts with. Core tests never load Qt, so neither does this.
    if "PySide6.QtCore" in sys.modules:
        from ui.shell.app import use_settings_file

        use_settings_file()


@pytest.fixture
def windows_sharing(monkeypatch):
    """While the test runs, files held open by another handle cannot be renamed or deleted, as on Windows."""
    from windows_files import WindowsSharing

    sharing = WindowsSharing(monkeypatch)
    yield sharing
    sharing.release_all()


@pytest.fixture
def known_cadre(tmp_path):
    """A database whose user chose to use every page and read the notice, with the demo wave: the next start goes
    straight to the window."""
    from burden_survey.cli.demo import DEMO_WAVE
    from burden_survey.store.first_look import ROLE_SETTING

    path = tmp_path / "cadre.db"
    store = Storage.open(path)
    store.set_setting(ROLE_SETTING, "both")
    store.acknowledge_notice("2026.1")
    store.add_wave(DEMO_WAVE)
    store.close()
    return path


@pytest.fixture
def one_program_per_test():
    """The database locks (and local servers) a launched window takes are given back, as when the program ends."""
    yield
    from ui.shell import app

    app.release_locks()


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    """Small sample survey files of the demo wave (uihelpers.SAMPLE_FILES), made once: imports only read them."""
    from datetime import date, timedelta

    from burden_survey.cli.demo import write_demo_files
    from uihelpers import SAMPLE_FILES

    folder = tmp_path_factory.mktemp("incoming")
    return write_demo_files(folder, SAMPLE_FILES, seed=5, until=date.today() - timedelta(days=1),
                            days=5, apps=(2, 3), groups=(2, 3))


@pytest.fixture
def imported(storage, demo_files):
    """A supervisor's database holding the sample files (imported by the core, as the CLI would)."""
    from burden_survey.survey_files.importer import import_paths

    import_paths(storage, [demo_files[0].parent], accept_new_waves=True)
    return storage
