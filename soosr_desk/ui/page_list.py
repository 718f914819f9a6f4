"""The window's pages, each made the first time it is wanted (issue 20: the editors of
the pages took a third of a second before the window could show, for pages the user may
not open today). The sidebar and the View menu name every page from the start.

`pages[i]` makes page i if it is not there yet; iterating makes them all. Code that only
needs the pages that exist (refreshing, asking to save) uses `made()`; code that looks
for a kind of page without making it uses `index_of()` with the class name. A page whose
module brings heavy libraries (reportlab for letters) is described by an `Entry` with its
title and help topic, so that even its module is imported only when it is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple, overload

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QStyle, QVBoxLayout, QWidget

from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.pages.contacts import ContactsPage
from soosr_desk.ui.pages.dashboard import DashboardPage
from soosr_desk.ui.pages.register import RegisterPage
from soosr_desk.ui.pages.retention import RetentionPage
from soosr_desk.ui.pages.settings import SettingsPage
from soosr_desk.ui.pages.third_parties import ThirdPartiesPage


def title_of(kind: type[Page]) -> str:
    """A page's title without making the page: `title()` only translates a fixed text in
    the page class's own context, which needs the class, not a made widget."""
    return kind.title(kind.__new__(kind))


class Entry(NamedTuple):
    """A page before it is made: its class name, title, help topic and maker."""

    name: str
    title: Callable[[], str]
    topic: str
    make: Callable[[], Page]

    @classmethod
    def of(cls, kind: type[Page], make: Callable[[], Page] | None = None) -> Entry:
        return cls(kind.__name__, lambda: title_of(kind), kind.help_topic, make or kind)


class PageList(Sequence[Page]):
    def __init__(
        self,
        stack: QStackedWidget,
        makers: list[Entry],
        wrap: Callable[[Page], QWidget],
        made: Callable[[Page], None],
    ):
        self._entries = list(makers)
        self._makers = [entry.make for entry in makers]
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

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def title(self, index: int) -> str:
        page = self._pages[index]
        return page.title() if page is not None else self._entries[index].title()

    def index_of(self, name: str) -> int:
        """The place of the page whose class is called `name`."""
        return next(i for i, e in enumerate(self._entries) if e.name == name)

    def made(self) -> list[Page]:
        """The pages made so far, in sidebar order."""
        return [p for p in self._pages if p is not None]

    def made_of(self, kind: type[Page]) -> Page | None:
        return next((p for p in self.made() if isinstance(p, kind)), None)


def _requests_page() -> Page:
    from soosr_desk.ui.pages.requests import RequestsPage  # letters: reportlab, icalendar

    return RequestsPage()


def _breaches_page() -> Page:
    from soosr_desk.ui.pages.breaches import BreachesPage  # breach letters: reportlab

    return BreachesPage()


# pages whose modules are imported when first shown (issue 20); title and help topic as
# the classes give them (tests/ui/test_page_list.py compares)
REQUESTS = Entry(
    "RequestsPage",
    lambda: QCoreApplication.translate("RequestsPage", "Requests"),
    "requests",
    _requests_page,
)
BREACHES = Entry(
    "BreachesPage",
    lambda: QCoreApplication.translate("BreachesPage", "Breaches"),
    "breaches",
    _breaches_page,
)


def window_pages(db_path: str, on_server: bool) -> list[tuple[Entry, QStyle.StandardPixmap]]:
    """The window's pages in sidebar order, with their icons."""
    sp = QStyle.StandardPixmap
    return [
        (Entry.of(DashboardPage), sp.SP_ComputerIcon),
        (Entry.of(ContactsPage), sp.SP_DirHomeIcon),
        (Entry.of(RegisterPage), sp.SP_FileDialogDetailedView),
        (Entry.of(ThirdPartiesPage), sp.SP_DriveNetIcon),
        (REQUESTS, sp.SP_FileDialogContentsView),
        (BREACHES, sp.SP_MessageBoxWarning),
        (Entry.of(RetentionPage), sp.SP_TrashIcon),
        (
            Entry.of(SettingsPage, lambda: SettingsPage(db_path, on_server)),
            sp.SP_FileDialogInfoView,
        ),
    ]
