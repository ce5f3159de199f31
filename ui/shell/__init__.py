"""The window around the pages: starting the application (app), the main window and its list of pages (main_window,
pages, page_loader), one program per user (single_instance), the first start, the notice, help and settings, the
day's housekeeping, and the screen-reader labels (accessibility)."""
