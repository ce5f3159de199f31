"""Sealed survey files damaged at random: every change anywhere in the envelope is refused as altered, never decrypted."""

import pytest
from fuzz_support import CJK, FUZZ, WAVE, dump
from tally import TALLY
from hypothesis import assume, given
from hypothesis import strategies as st

from burden_survey.store import audit
from burden_survey.cli.demo import write_demo
from burden_survey.survey_files.filestore import export_response
from burden_survey.survey_files.importer import import_paths
from burden_survey.store.storage import Storage
from burden_survey.survey_files.wave_file import load_wave_file, write_wave_file
from burden_survey.survey_files.wave_keys import KeyRing, create_wave_key, unlock_wave

PASSPHRASE = "锡山区口令2026"


class Sealed:
    """A supervisor's database with a keyed wave, the key unlocked, and one cadre's sealed file for it."""

    def __init__(self, folder):
        self.folder = folder
        self.supervisor = Storage.open(folder / "county.db")
        self.supervisor.add_wave(WAVE)
        key = create_wave_key(self.supervisor, WAVE.id, PASSPHRASE)
        self.keys = KeyRing()
        self.keys.add(key.key_id, unlock_wave(self.supervisor, WAVE.id, PASSPHRASE))
        wave_file = folder / "wave.bwave"
        write_wave_file(self.supervisor, WAVE.id, wave_file)
        write_demo(folder / "cadre.db", 1, seed=11)
        cadre = Storage.open(folder / "cadre.db")
        load_wave_file(cadre, wave_file)
        export_response(cadre, WAVE, folder / "sealed.bsurvey")
        cadre.close()
        self.data = (folder / "sealed.bsurvey").read_bytes()
        self.count = 0

    def __repr__(self) -> str:  # hypothesis prints its arguments with a failing case
        return f"Sealed({len(self.data)} bytes)"

    def import_bytes(self, data: bytes):
        self.count += 1
        path = self.folder / f"case{self.count}.bsurvey"
        path.write_bytes(data)
        try:
            return import_paths(self.supervisor, [path], keys=self.keys).results[0]
        finally:
            path.unlink()


@pytest.fixture(scope="module")
def sealed(tmp_path_factory, request):
    TALLY.register(request.config)
    made = Sealed(tmp_path_factory.mktemp("sealed"))
    yield made
    made.supervisor.close()


def test_the_untouched_sealed_file_is_decrypted_and_imported(sealed):
    assert sealed.data[:8] == b"BSSEALv1" and b"SQLite format 3" not in sealed.data
    assert sealed.import_bytes(sealed.data).status == "imported"


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """Flipped bytes anywhere (magic, header, nonce, ciphertext, tag), a cut, or bytes added at the end."""
    how = draw(st.sampled_from(["flip", "cut", "append"]))
    if how == "cut":
        return data[:draw(st.integers(0, len(data) - 1))]
    if how == "append":
        return data + draw(st.binary(min_size=1, max_size=64))
    changed = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.one_of(st.integers(0, 200), st.integers(0, len(data) - 1), st.integers(len(data) - 16, len(data) - 1)))
        changed[at] ^= draw(st.integers(1, 255))
    return bytes(changed)


@given(data=st.data())
@FUZZ
def test_any_change_to_a_sealed_file_is_refused_and_changes_nothing(sealed, data):
    case = data.draw(damaged(sealed.data))
    assume(case != sealed.data)  # two flips of one byte may cancel out
    conn = sealed.supervisor.db.conn
    before = dump(conn)
    decrypted_before = len(audit.entries(sealed.supervisor, "decrypt"))
    result = sealed.import_bytes(case)
    TALLY.add("sealed file changed", result.status)
    # A change in the magic may make the file look unsealed; it is then refused as no survey file at all.
    assert result.status == "rejected" and CJK.search(result.reason), result
    assert dump(conn) == before
    assert len(audit.entries(sealed.supervisor, "decrypt")) == decrypted_before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
