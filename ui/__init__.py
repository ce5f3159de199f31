"""The Qt desktop front end of Burden Survey: the only package that imports Qt."""
