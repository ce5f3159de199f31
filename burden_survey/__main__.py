"""`python -m burden_survey` runs the command line."""

import sys

from burden_survey.cli.cli import main

sys.exit(main())
