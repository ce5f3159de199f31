"""What the pages and dialogs share: choice boxes and tables (widgets, table_model), forms made from field tables
(record_form, optional_inputs), the page protocol (page), dialogs that fit the screen (screen_fit), the one error
path (errors), work off the GUI thread (worker), charts, files and printing (chart_box, figure_card, file_widgets,
print_svg), text size (appearance), the passphrase dialog and the strings lupdate cannot see (core_strings)."""
