"""Columns fit their content and header, a long text ends in "…" with the whole text as
its tooltip, a reference is never cut, and the user's column layout is remembered."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from soosr_desk.services import requests as rq
from soosr_desk.ui.pages.requests import RequestsPage
from soosr_desk.ui.widgets.columns import shared_out

pytestmark = pytest.mark.gui
LONG_NAME = "Maria-Magdalena van Oldenbarnevelt-Tot Teylingen, namens Stichting Het Grote Huis"


@pytest.fixture
def page(db, qtbot):
    rq.save_request(
        rq.RequestData(received_on=dt.date.today(), kind="withdrawal", requester_name=LONG_NAME)
    )
    rq.save_request(rq.RequestData(received_on=dt.date.today(), requester_name="Jan Jacobs"))
    page = RequestsPage()
    qtbot.addWidget(page)
    page.resize(1150, 700)  # the page's part of a 1366x768 window
    page.show()
    page.refresh()
    yield page
    page.editor.clear()


def _text_width(view, text: str) -> int:
    return view.fontMetrics().horizontalAdvance(text)


def test_references_and_headers_are_never_cut(page):
    view, header = page.view, page.view.horizontalHeader()
    reference = page.proxy.index(0, 0).data()
    assert reference.startswith("AVG-")
    assert header.sectionSize(0) >= _text_width(view, reference) + 6
    for column in range(header.count()):
        title = page.proxy.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= _text_width(view, title), title


def test_a_long_text_shows_whole_as_tooltip(page):
    view = page.view
    row = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 2).data() == LONG_NAME
    )
    long_cell, short_cell = page.proxy.index(row, 2), page.proxy.index(1 - row, 2)
    assert view.visualRect(long_cell).width() < _text_width(view, LONG_NAME)
    assert LONG_NAME in page.columns.tips.tooltip_for(view, long_cell)
    assert "Jan Jacobs" not in page.columns.tips.tooltip_for(view, short_cell)


def test_the_column_layout_is_remembered_per_list(page, qtbot):
    header = page.view.horizontalHeader()
    header.resizeSection(1, 61)  # as a user dragging the edge of "Type"
    header.moveSection(5, 1)
    again = RequestsPage()
    qtbot.addWidget(again)
    again.resize(1150, 700)
    again.show()
    again.refresh()
    h = again.view.horizontalHeader()
    assert h.sectionSize(1) == 61 and h.visualIndex(5) == 1
    assert h.sectionSize(0) >= _text_width(again.view, "AVG-2026-0001")  # still whole
    again.editor.clear()


def test_the_widest_columns_give_way_first():
    widths = shared_out({0: 300, 1: 80, 2: 200}, {0: 60, 1: 80, 2: 60}, 400)
    assert sum(widths.values()) <= 400 and widths[1] == 80 and widths[0] == widths[2]
    assert shared_out({0: 300}, {0: 120}, 50) == {0: 120}  # never below the floor
