"""Pages made the first time they are wanted, so the window appears before the heavy pages are even imported."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QWidget


class PageClass:
    """Stands for a page class by module and name; the module is imported only when a page is made.

    Calling it makes the page, as calling the class would, so `PAGES` reads like a list of classes.
    """

    def __init__(self, module: str, name: str):
        self.module = module
        self.name = name

    def load(self) -> type[QWidget]:
        return getattr(importlib.import_module(f"ui.{self.module}"), self.name)

    def __call__(self, *args, **kwargs) -> QWidget:
        return self.load()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"PageClass('{self.module}', '{self.name}')"


class LazyPages(Mapping[str, QWidget]):
    """`pages[key]` makes the page on first use; `made()` lists only those that exist, for shutting down.

    Looking up a key, as the window and tests do, therefore always gives the page; iterating `values()` makes
    every page, so the window itself only ever asks for the ones it shows or needs.
    """

    def __init__(self, classes: list[tuple[str, Callable[..., QWidget]]], make: Callable[[str, Callable], QWidget]):
        self._classes = dict(classes)
        self._make = make
        self._pages: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = self._make(key, self._classes[key])
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._classes  # without making the page, as Mapping's default would

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def is_made(self, key: str) -> bool:
        return key in self._pages

    def made(self) -> list[QWidget]:
        return list(self._pages.values())
