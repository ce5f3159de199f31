"""The command line (cli, cli_waves) and the sample county (demo). The window is handed in by ui/launcher.py.

Others use: cli.main, demo.write_demo.
"""
