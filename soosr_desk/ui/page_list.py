"""The window's pages, each made the first time it is wanted (issue 20: the editors of
the pages took a third of a second before the window could show, for pages the user may
not open today). The sidebar and the View menu name every page from the start.

`pages[i]` makes page i if it is not there yet; iterating makes them all. Code that only
needs the pages that exist (refreshing, asking to save) uses `made()`; code that looks
for a kind of page without making it uses `index_of()`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from soosr_desk.ui.pages.base import Page


def title_of(kind: type[Page]) -> str:
    """A page's title without making the page: `title()` only translates a fixed text in
    the page class's own context, which needs the class, not a made widget."""
    return kind.title(kind.__new__(kind))


class PageList(Sequence[Page]):
    def __init__(
        self,
        stack: QStackedWidget,
        makers: list[tuple[type[Page], Callable[[], Page]]],
        wrap: Callable[[Page], QWidget],
        made: Callable[[Page], None],
    ):
        self._kinds = [kind for kind, _ in makers]
        self._makers = [make for _, make in makers]
        self._pages: list[Page | None] = [None] * len(makers)
        self._slots: list[QWidget] = []
        self._wrap, self._made = wrap, made
        for _ in makers:  # an empty place in the stack, filled when the page is made
            slot = QWidget()
            layout = QVBoxLayout(slot)
            layout.setContentsMargins(0, 0, 0, 0)
            self._slots.append(slot)
            stack.addWidget(slot)

    def __len__(self) -> int:
        return len(self._makers)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        page = self._pages[index]
        if page is None:
            page = self._makers[index]()
            self._pages[index] = page
            slot = self._slots[index]
            layout = slot.layout()
            assert layout is not None
            wrapped = self._wrap(page)
            layout.addWidget(wrapped)
            wrapped.show()  # at once, not at the next turn of the event loop (Qt's default)
            self._made(page)
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[i] for i in range(len(self)))

    def kinds(self) -> list[type[Page]]:
        return list(self._kinds)

    def title(self, index: int) -> str:
        page = self._pages[index]
        return page.title() if page is not None else title_of(self._kinds[index])

    def index_of(self, kind: type[Page]) -> int:
        return next(i for i, k in enumerate(self._kinds) if issubclass(k, kind))

    def made(self) -> list[Page]:
        """The pages made so far, in sidebar order."""
        return [p for p in self._pages if p is not None]

    def made_of(self, kind: type[Page]) -> Page | None:
        return next((p for p in self.made() if isinstance(p, kind)), None)
