"""What the program needs from the computer, and nothing about surveys: where files live (paths), opening
SQLite (connections), renaming and deleting on Windows (fileops), locks (file_lock, instance_lock), private scratch
folders (scratch), network drives (volumes), the log (logging_setup) and the one error type (errors).

Others use: paths, connections, fileops, scratch, instance_lock, volumes, logging_setup, errors.
"""
