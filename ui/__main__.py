"""`python -m ui` runs the program: the window (`gui`) or any command of the command line."""

import sys

from ui.launcher import main

sys.exit(main())
