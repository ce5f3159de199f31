"""Burden Survey (指尖减负调查): the application without a screen."""

__version__ = "0.1.0"
