"""One contact: its fields, notes and consents, and the restriction and objection flags."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services import contacts as service
from soosr_desk.services import duplicates
from soosr_desk.services.contacts import ContactData
from soosr_desk.services.errors import (
    NotFound,
    ValidationErrors,
)
from soosr_desk.ui.dialogs import duplicates as duplicate_dialog
from soosr_desk.ui.dialogs.duplicates import DuplicateDialog
from soosr_desk.ui.i18n import error_text, fmt_date, tr_filled, tr_msg
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.widgets.contact_form import ContactForm
from soosr_desk.ui.widgets.contact_notes import ConsentsPanel, NotesPanel
from soosr_desk.ui.widgets.fields import error_label


def _banner(color: str) -> tuple[QFrame, QLabel, QPushButton]:
    frame = QFrame()
    frame.setStyleSheet(f"QFrame {{ background: {color}; border-radius: 4px; }}")
    row = QHBoxLayout(frame)
    label = QLabel()
    label.setWordWrap(True)
    button = QPushButton()
    row.addWidget(label, 1)
    row.addWidget(button)
    frame.hide()
    return frame, label, button


class ContactEditor(QWidget):
    saved = Signal(int)  # contact id, after a save or flag change
    open_contact = Signal(int)  # the user asked to open another contact (a duplicate)
    status = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: ContactData | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("contactHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.retention = QLabel()
        self.retention.setObjectName("retention")
        self.retention.setWordWrap(True)
        self.retention.setStyleSheet("color: #555;")
        layout.addWidget(self.retention)

        self.restricted_banner, self.restricted_label, self.lift_button = _banner("#fde7c8")
        self.lift_button.setText(self.tr("Lift restriction…"))
        self.lift_button.clicked.connect(self.lift_restriction)
        layout.addWidget(self.restricted_banner)
        self.objection_banner, self.objection_label, self.lift_objection_button = _banner("#e3ecf9")
        self.lift_objection_button.setText(self.tr("Withdraw objection…"))
        self.lift_objection_button.clicked.connect(self.lift_objection)
        layout.addWidget(self.objection_banner)

        self.tabs = QTabWidget()
        self.form = ContactForm()
        self.form.edited.connect(self._on_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.notes = NotesPanel()
        self.notes.changed.connect(self._child_changed)
        self.consents = ConsentsPanel()
        self.consents.changed.connect(self._child_changed)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.consents, self.tr("Consents"))
        layout.addWidget(self.tabs, 1)

        self.message = error_label()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.revert)
        self.restrict_button = QPushButton(self.tr("Restrict (Art. 18)…"))
        self.restrict_button.clicked.connect(self.restrict)
        self.object_button = QPushButton(self.tr("Record objection to marketing…"))
        self.object_button.clicked.connect(self.record_objection)
        self.duplicates_button = QPushButton(self.tr("Duplicates…"))
        self.duplicates_button.setToolTip(
            self.tr("Look for another record of this person, to open or merge it")
        )
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(self.tr("Erase this person everywhere (Art. 17)"))
        self.erase_button.clicked.connect(self.erase)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        flags = QHBoxLayout()  # a row of its own: the editor stays narrow beside the list
        flags.addStretch(1)
        flags.addWidget(self.duplicates_button)
        flags.addWidget(self.restrict_button)
        flags.addWidget(self.object_button)
        flags.addWidget(self.erase_button)
        layout.addLayout(flags)
        layout.addLayout(buttons)
        self.show_empty()

    # --- state ------------------------------------------------------------------------
    def contact_id(self) -> int | None:
        return self._data.id if self._data else None

    def show_empty(self) -> None:
        self._data = None
        self.heading.setText(self.tr("No contact selected"))
        self.form.load(ContactData())
        self.form.set_read_only(True)
        self.notes.load(None, True)
        self.consents.load(None, True)
        self.restricted_banner.hide()
        self.objection_banner.hide()
        self.message.hide()
        self.retention.hide()
        for b in (
            self.save_button,
            self.revert_button,
            self.restrict_button,
            self.object_button,
            self.erase_button,
            self.duplicates_button,
        ):
            b.setEnabled(False)

    def load(self, data: ContactData) -> None:
        self._data = data
        self.form.set_companies(service.company_names())
        self.form.load(data)
        self.message.hide()
        self._apply_state()

    def load_id(self, contact_id: int) -> bool:
        try:
            self.load(service.get_contact(contact_id))
        except NotFound as exc:
            self.show_empty()
            self.status.emit(error_text(exc))
            return False
        return True

    def new(self) -> None:
        self.load(ContactData())
        self.tabs.setCurrentIndex(0)
        self.form.focus_field("first_name")

    def _apply_state(self) -> None:
        d = self._data
        assert d is not None
        is_new = d.id is None
        name = " ".join(p for p in (d.first_name, d.last_name) if p)
        self.heading.setText(name if not is_new else self.tr("New contact"))
        if d.erased:  # an empty marker row (a link still names it): nothing left to edit
            self.heading.setText(self.tr("Erased contact (no data kept)"))
        read_only = d.restricted or d.erased
        self.form.set_read_only(read_only)
        self.notes.load(d.id, read_only)
        self.consents.load(d.id, read_only, d.objected_marketing)
        self.tabs.setTabEnabled(1, not is_new)
        self.tabs.setTabEnabled(2, not is_new)
        if d.restricted:
            since = fmt_date(d.restricted_since)
            reason = f" — {d.restricted_reason}" if d.restricted_reason else ""
            self.restricted_label.setText(
                self.tr(
                    "Restricted since %1 (Art. 18): kept but not processed. No edits and no "
                    "marketing until the restriction is lifted."
                ).replace("%1", since)
                + reason
            )
            self.restricted_banner.show()
        else:
            self.restricted_banner.hide()
        if d.objected_marketing:
            self.objection_label.setText(
                self.tr(
                    "Objected to direct marketing on %1 (Art. 21): never send marketing."
                ).replace("%1", fmt_date(d.objected_on))
            )
            self.objection_banner.show()
        else:
            self.objection_banner.hide()
        self.save_button.setEnabled(not read_only)
        self.revert_button.setEnabled(False)
        live = not is_new and not d.erased
        self.restrict_button.setEnabled(live and not d.restricted)
        self.object_button.setEnabled(live and not d.objected_marketing)
        self.erase_button.setEnabled(live and not d.legal_hold)
        self.duplicates_button.setEnabled(live and not d.restricted)
        self._show_retention()

    def _show_retention(self) -> None:
        from soosr_desk.services import retention

        d = self._data
        if d is None or d.id is None:
            self.retention.hide()
            return
        decision = None if d.erased else retention.decision_for(d.id)
        why = "" if decision is None else tr_filled(decision.reason, decision.params)
        if decision is None:  # an emptied row: no period runs, a date would be untrue
            text = self.tr("Erased: the contact details are no longer kept.")
        elif decision.erase_after is None:
            text = self.tr("Retention: kept for now — %1").replace("%1", why)
        else:
            text = (
                self.tr("Retention: erase after %1 — %2")
                .replace("%1", fmt_date(decision.erase_after))
                .replace("%2", why)
            )
        self.retention.setText(text)
        self.retention.show()

    def erase(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from soosr_desk.services import erasure
        from soosr_desk.ui.jobs import run_job

        d = self._data
        if d is None or d.id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Erase"),
            self.tr(
                "Erase this person everywhere SOOSR Desk keeps data? Notes, consents and details "
                "go; invoices stay for the fiscal duty. This cannot be undone. (For a request "
                "from the person, use the Requests page: the answer letter says what was done.)"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = attempt(
            lambda: run_job(
                self,
                self.tr("Erasing…"),
                lambda progress, cancelled: erasure.erase_contact(
                    d.id, reason="manual", progress=progress
                ),
                cancellable=False,
            ),
            self._show_message,
        )
        if done.value is None:
            return False
        result = done.value
        text = self.tr("The person was erased.")
        if not result.finished:
            text += " " + tr_msg(result.message)
        if result.recipients:
            text += " " + self.tr("Tell these recipients (Art. 19): %1").replace(
                "%1", ", ".join(r.name for r in result.recipients)
            )
        contact_id = d.id
        self.show_empty()
        self.status.emit(text)
        self.saved.emit(contact_id)
        return True

    def _on_edited(self) -> None:
        self.revert_button.setEnabled(True)

    def is_dirty(self) -> bool:
        if self._data is None:
            return False
        if self._data.id is None:
            # a new contact counts as unsaved once anything is typed
            return self.form.is_dirty()
        return self.form.is_dirty() or self.notes.has_unsaved_text()

    # --- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        if self._data is None or self._data.restricted or self._data.erased:
            return False
        self.form.clear_errors()
        self.message.hide()
        data = self.form.data()
        answer, other = duplicate_dialog.ask_before_save(self, self._data, data)
        if answer == DuplicateDialog.OPEN:
            self.open_contact.emit(other)
        if answer not in (DuplicateDialog.SAVE, DuplicateDialog.MERGE):
            return False
        merge_id = other if answer == DuplicateDialog.MERGE else None

        def store() -> ContactData:
            self.form.check_dates()
            saved = service.save_contact(data)
            return saved if merge_id is None else duplicates.merge_contacts(saved.id, merge_id)

        done = attempt(store, self._show_message, invalid=self._show_errors)
        if done.value is None:  # the form keeps what was typed
            return False
        saved = done.value
        note_saved = True
        if self.notes.has_unsaved_text():
            self.notes.load(saved.id, False)  # keep the typed note while switching ids
            note_saved = self.notes.add_note()
        self.load(saved)
        self.saved.emit(saved.id)
        self.status.emit(
            self.tr("Contacts merged.") if merge_id is not None else self.tr("Contact saved.")
        )
        return note_saved

    def _show_errors(self, exc: ValidationErrors) -> None:
        first = None
        for err in exc.errors:
            text = error_text(err)
            if not self.form.show_error(err.field, text):
                self._show_message(text)
            first = first or err.field
        self.tabs.setCurrentIndex(0)
        if first:
            self.form.focus_field(first)
        self.status.emit(tr_msg(exc.message))

    def show_duplicates(self) -> bool:
        """Another record of this person: open it, or merge it into this one."""
        if self._data is None or self._data.id is None:
            return False
        if self.is_dirty() and not self.save():
            return False
        answer, other = duplicate_dialog.ask(self, self._data)
        if not other:
            self.status.emit(
                self.tr("No other contact has this e-mail address, or this name and postcode.")
            )
            return False
        if answer == DuplicateDialog.OPEN:
            self.open_contact.emit(other)
        if answer != DuplicateDialog.MERGE:
            return False
        done = attempt(lambda: duplicates.merge_contacts(self._data.id, other), self._show_message)
        if done.value is None:
            return False
        merged = done.value
        self.load(merged)
        self.saved.emit(merged.id)
        self.status.emit(self.tr("Contacts merged."))
        return True

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def revert(self) -> None:
        if self._data is not None:
            self.load(self._data)
            self.status.emit(self.tr("Changes undone."))

    def _child_changed(self, text: str) -> None:
        if self._data and self._data.id:
            fresh = service.get_contact(self._data.id)
            self._data.updated_at = fresh.updated_at  # the form stays as typed
            self.saved.emit(self._data.id)
        self.status.emit(text)

    def _flag_action(self, call) -> None:
        done = attempt(call, in_box(self, self.tr("Contact")))
        if done.value is None:
            return
        data = done.value
        self.load(data)
        self.saved.emit(data.id)

    def restrict(self) -> None:
        if not self._data or self._data.id is None:
            return
        if self.is_dirty() and not self.save():
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Restrict processing"),
            self.tr("Why is processing restricted (e.g. the person contests the accuracy)?"),
        )
        if not ok:
            return
        self._flag_action(lambda: service.set_restriction(self._data.id, True, reason))
        self.status.emit(self.tr("Contact restricted."))

    def lift_restriction(self) -> None:
        if not self._data or self._data.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Lift restriction"),
            self.tr(
                "Lift the restriction? The person must be told before it is lifted (Art. 18(3))."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._flag_action(lambda: service.set_restriction(self._data.id, False))
            self.status.emit(self.tr("Restriction lifted."))

    def record_objection(self) -> None:
        if not self._data or self._data.id is None:
            return
        if self.is_dirty() and not self.save():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Objection to direct marketing"),
            self.tr(
                "Record that this person objects to direct marketing? From today on they "
                "get no newsletters or other marketing."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._flag_action(lambda: service.set_objection(self._data.id, True))
            self.status.emit(self.tr("Objection recorded."))

    def lift_objection(self) -> None:
        if not self._data or self._data.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw objection"),
            self.tr("Only withdraw the objection when the person asked for it. Continue?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._flag_action(lambda: service.set_objection(self._data.id, False))
            self.status.emit(self.tr("Objection withdrawn."))
