"""The core runs without a screen: importing every core module loads no Qt at all."""

import subprocess
import sys


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, burden_survey\n"
        "for m in pkgutil.iter_modules(burden_survey.__path__):\n"
        "    if m.name != '__main__': importlib.import_module('burden_survey.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'PyQt'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
