"""Backups ("Back-ups"): the list of the database's backups, making one now, and restoring one after
a confirmation. The dialog does not touch the database itself: making and restoring are
callbacks of the main window, which closes and reopens the database around a restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services import backups
from soosr_desk.ui.i18n import fmt_datetime, tr_filled
from soosr_desk.ui.operation import Outcome, attempt
from soosr_desk.ui.screen_fit import fit_to_screen

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """Lists the backups of `db_path`, newest first. `make_backup()` makes one now;
    `restore(path)` replaces the current database by the backup at `path` and returns a
    services.restoring.RestoreResult (or None), whose message the dialog shows. A backup
    dated in the future (a clock set ahead) is marked as suspect."""

    def __init__(
        self,
        parent: QWidget | None,
        db_path: Path | str,
        make_backup: Callable[[], object],
        restore: Callable[[Path], object],
    ) -> None:
        super().__init__(parent)
        # a postgresql:// address stays text (issue 18: the server's dumps are listed)
        self.db_path = db_path if isinstance(db_path, str) else Path(db_path)
        self._make_backup = make_backup
        self._restore = restore
        self.setWindowTitle(self.tr("Backups"))
        fit_to_screen(self, 520, 400)

        intro = QLabel(
            self.tr(
                "SOOSR Desk makes a backup once a day when it starts, and keeps the backups "
                "of the last 7 days and of 4 weeks before those. Older backups are deleted, "
                "so erased data disappears from them too."
            )
        )
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Note")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty_label = QLabel(self.tr("There are no backups yet."))

        self.make_button = QPushButton(self.tr("Make a backup"))
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.refresh()

    # --- list -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.tree.clear()
        locale = QLocale()
        now = dt.datetime.now()
        for info in backups.list_backups(self.db_path):
            note = ""
            if backups.is_suspect(info, now):
                note = self.tr("Dated in the future: the computer's clock was wrong")
            item = QTreeWidgetItem(
                [fmt_datetime(info.taken_at), locale.formattedDataSize(info.size), note]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        good = [item for item in items if not item.text(2)]  # a suspect one is never the default
        if items:
            self.tree.setCurrentItem((good or items)[0])
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return Path(item.data(0, PATH_ROLE))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    # --- actions --------------------------------------------------------------------

    def make_now(self) -> None:
        if self._busy(self._make_backup, self.tr("Backups")).ok:
            self.refresh()

    def restore_selected(self) -> bool:
        """Asks for confirmation, then restores; True when the backup was put in place."""
        path = self.selected_path()
        if path is None:
            return False
        item = self.tree.currentItem()
        when = item.text(0)
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "The current data will be replaced by the backup of %1. Everything entered "
                "after that backup will no longer be in SOOSR Desk.\n\nThe current database "
                "file is kept aside, not deleted.\n\nRestore this backup?"
            ).replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = self._busy(lambda: self._restore(path), self.tr("Restore backup"))
        if not done.ok:
            return False
        result = done.value
        if result is not None and hasattr(result, "sentences"):
            # shown by the window once this dialog has closed; open(), not exec(): the
            # dialog's own accept() must not wait for it
            self.report = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Restore backup"),
                self.restore_report(result),
                parent=self.parentWidget(),
            )
            self.report.open()
        self.accept()
        return True

    def _busy(self, call, title: str) -> Outcome:
        """Runs `call` under the wait cursor; a failure is shown after the cursor is back."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        messages: list[str] = []
        try:
            done = attempt(call, messages.append)
        finally:
            QApplication.restoreOverrideCursor()
        for text in messages:
            QMessageBox.warning(self, title, text)
        return done

    def restore_report(self, result) -> str:
        """What the restore did, for the user: the backup is back, and how many erasures,
        objections and consent withdrawals made after it were applied again."""
        lines = [self.tr("The backup was put back.")]
        lines += [tr_filled(text, params) for text, params in result.sentences()]
        if result.aside is not None:
            kept = self.tr("The previous file was kept as %1.")
            lines.append(kept.replace("%1", result.aside.name))
        return "\n\n".join(lines)
