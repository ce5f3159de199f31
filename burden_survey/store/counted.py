"""Who the figures count: every respondent but the answers set aside at import and not taken in (store/set_aside.py).
Apart from set_aside, so that the group summaries (below it) read the same rule."""

# The respondents no figure counts: set aside and not taken in. Every reader of figures leaves them out with it.
LEFT_OUT = "SELECT respondent_id FROM set_aside WHERE taken_in_at IS NULL"
