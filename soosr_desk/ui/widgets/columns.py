"""Columns of a list that fit their content and header (within reason), a long text that
ends in "…" with the whole text as its tooltip, references never cut, and the widths and
order the user gave each list remembered (QSettings, per list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

MAX_WIDTH = 300  # px: a column wider than this elides; its whole text is the tooltip
SHORT = 120  # px: content this narrow (dates, numbers, a status) is never cut
STRETCH_AT_LEAST = 180  # px the stretching column (a name, a description) keeps
SAMPLE_ROWS = 200  # rows measured beyond the visible ones (a list may hold 100,000)


class FullTextTips(QStyledItemDelegate):
    """A cell too narrow for its text shows the whole text as its tooltip."""

    def tooltip_for(self, view: QAbstractItemView, index) -> str:
        text = str(index.data() or "")
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        option = QStyleOptionViewItem()
        option.initFrom(view)
        self.initStyleOption(option, index)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        needed = option.fontMetrics.horizontalAdvance(text) + 2 * margin
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            needed += option.decorationSize.width() + margin
        if text and needed > view.visualRect(index).width() and text not in tip:
            return f"{text}\n{tip}" if tip else text
        return tip

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = self.tooltip_for(view, index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


class ColumnLayout(QObject):
    """Sizes the columns of `view` once, when its first rows arrive, unless the user's own
    layout of this list (`key`) is remembered; then every change the user makes is kept.

    `stretch`: the column that takes the room left (a name, a description); `whole`: the
    columns never cut (references), sized to their content whatever the user does."""

    def __init__(
        self,
        view: QAbstractItemView,
        key: str,
        *,
        stretch: int | None = None,
        whole: tuple[int, ...] = (),
        max_width: int = MAX_WIDTH,
    ):
        super().__init__(view)
        self.view, self.stretch, self.whole, self.max_width = view, stretch, whole, max_width
        self.header: QHeaderView = view.horizontalHeader()
        self._key = f"columns/{key}/{self.header.count()}"
        self._busy = False
        self.fitted = False
        self.customised = False  # the user resized or moved a column: never fit again
        self.tips = FullTextTips(view)
        view.setItemDelegate(self.tips)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)
        self.header.setStretchLastSection(False)
        self.header.setResizeContentsPrecision(SAMPLE_ROWS)
        self.header.setSectionsMovable(True)
        self._set_modes()
        state = QSettings().value(self._key)
        if state is not None and self.header.restoreState(state):
            self._set_modes()  # a remembered layout of an older version keeps today's rules
            self.fitted = self.customised = True
        model = view.model()
        model.modelReset.connect(self._rows_arrived)
        model.layoutChanged.connect(self._rows_arrived)
        model.rowsInserted.connect(self._rows_arrived)
        self.header.sectionResized.connect(self._user_changed)
        self.header.sectionMoved.connect(self._user_changed)
        view.viewport().installEventFilter(self)
        self._rows_arrived()

    def _set_modes(self) -> None:
        mode = QHeaderView.ResizeMode
        for column in range(self.header.count()):
            self.header.setSectionResizeMode(column, mode.Interactive)
        for column in self.whole:
            self.header.setSectionResizeMode(column, mode.ResizeToContents)

    def _rows_arrived(self, *_args) -> None:
        if not self.fitted and self.view.model().rowCount() > 0:
            self.fit()

    def fit(self) -> None:
        """Each column as wide as its header and content, at most `max_width`; where the
        list is too narrow for all, the widest give way first, never below their header or
        a short value; the stretching column keeps STRETCH_AT_LEAST and takes what is left."""
        self._busy = True
        try:
            hints = {c: self.header.sectionSizeHint(c) for c in range(self.header.count())}
            content = {c: self.view.sizeHintForColumn(c) for c in hints}
            free = [c for c in hints if c not in self.whole and c != self.stretch]
            wanted = {c: min(max(hints[c], content[c]), self.max_width) for c in free}
            floor = {c: max(hints[c], min(content[c], SHORT)) for c in free}
            room = self.view.viewport().width() - sum(max(hints[c], content[c]) for c in self.whole)
            if self.stretch is not None:
                least = max(hints[self.stretch], min(content[self.stretch], STRETCH_AT_LEAST))
                widths = shared_out(wanted, floor, room - least)
                widths[self.stretch] = max(least, room - sum(widths.values()))
            else:
                widths = shared_out(wanted, floor, room)
            for column, width in widths.items():
                self.header.resizeSection(column, width)
            self.fitted = self.view.model().rowCount() > 0
        finally:
            self._busy = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Until the user sets widths, the columns follow the list's width."""
        if event.type() == QEvent.Type.Resize and self.fitted and not self.customised:
            self.fit()
        return False

    def _user_changed(self, *_args) -> None:
        if not self._busy and self.fitted:
            self.customised = True
            QSettings().setValue(self._key, self.header.saveState())


def shared_out(wanted: dict[int, int], floor: dict[int, int], room: int) -> dict[int, int]:
    """Widths within `room`: the widest columns are capped first, none below its floor."""
    cap = max(wanted.values(), default=0)
    while cap > 0 and sum(max(min(w, cap), floor[c]) for c, w in wanted.items()) > room:
        cap -= 8
    return {c: max(min(w, cap), floor[c]) for c, w in wanted.items()}
