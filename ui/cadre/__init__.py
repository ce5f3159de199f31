"""The cadre's pages: profile, digital duties and their dialog, daily minutes, quotas, rule questions, the cadre's
own burden, and exporting the survey file."""
