"""One rights request: intake, the person it is about, identity, the action its kind asks
for, the recipients to tell (Art. 19) and the letters, each a tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.deadlines import days_left
from soosr_desk.rules.vocab import Channel, Language, RequestKind, RequestStatus
from soosr_desk.services import contacts as contacts_service
from soosr_desk.services import requests as service
from soosr_desk.services.requests import letters as letters_service
from soosr_desk.ui.i18n import error_text, fmt_date, tr_msg
from soosr_desk.ui.operation import attempt
from soosr_desk.ui.widgets.fields import date_edit
from soosr_desk.ui.widgets.record_editor import RecordEditor, text_box
from soosr_desk.ui.widgets.request_actions import RequestActions
from soosr_desk.ui.widgets.request_letters import LettersTab
from soosr_desk.ui.widgets.request_notices import RecipientsTab
from soosr_desk.ui.widgets.request_outcome import MarkSentDialog, OutcomePanel
from soosr_desk.ui.widgets.request_person import PersonTab


class RequestEditor(RecordEditor):
    limits = service.TEXT_LIMITS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today
        intake = QWidget()
        f = QFormLayout(intake)
        kind = QComboBox()
        for code, label in RequestKind.choices():
            kind.addItem(tr_msg(label), code)
        self._add(f, "kind", self.tr("Type"), kind)
        self._add(f, "received_on", self.tr("Received on"), date_edit())
        channel = QComboBox()
        for code, label in Channel.choices():
            channel.addItem(tr_msg(label), code)
        self._add(f, "channel", self.tr("Came in by"), channel)
        self._add(f, "description", self.tr("What is asked"), text_box(70))
        self._add(f, "requester_name", self.tr("Requester's name"), QLineEdit())
        self._add(f, "requester_email", self.tr("E-mail"), QLineEdit())
        self._add(f, "requester_phone", self.tr("Telephone"), QLineEdit())
        self._add(f, "requester_street", self.tr("Street and number"), QLineEdit())
        self._add(f, "requester_postcode", self.tr("Postcode"), QLineEdit())
        self._add(f, "requester_city", self.tr("City"), QLineEdit())
        language = QComboBox()
        for code, label in Language.choices():
            language.addItem(tr_msg(label), code)
        self._add(f, "language", self.tr("Letters in"), language)
        self.tabs.addTab(intake, self.tr("Request"))

        self.person_tab = PersonTab()
        p = self.person_tab
        self.linked, self.search, self.matches = p.linked, p.search, p.matches
        self.link_button, self.no_data_button = p.link_button, p.no_data_button
        self.link_button.clicked.connect(self.link_selected)
        self.no_data_button.clicked.connect(self.link_none)
        self.tabs.addTab(p, self.tr("Person"))

        identity = QWidget()
        il = QFormLayout(identity)
        self._add(
            il,
            "identity_proof_needed",
            self.tr("Proof needed"),
            QCheckBox(self.tr("We reasonably doubt who is asking")),
        )
        self._add(il, "id_doubt_reason", self.tr("Why we doubt it (Art. 12(6))"), text_box(60))
        self._add(il, "identity_verified_by", self.tr("Verified by"), QLineEdit())
        self._add(il, "identity_verified_on", self.tr("Verified on"), date_edit())
        self._add(il, "identity_method", self.tr("How"), QLineEdit())
        never = QLabel(
            self.tr(
                "Never keep a copy of an identity document. If one is shown, "
                "the photo, MRZ, document number and BSN must be masked (the "
                "government's KopieID app does this)."
            )
        )
        never.setWordWrap(True)
        il.addRow(never)
        self.id_letter_button = QPushButton(self.tr("Letter asking for proof of identity"))
        self.id_letter_button.clicked.connect(lambda: self.make_letter("id_request"))
        il.addRow(self.id_letter_button)
        self.tabs.addTab(identity, self.tr("Identity"))

        handling = QWidget()
        hl = QVBoxLayout(handling)
        self.action_stack = RequestActions()
        a = self.action_stack
        self.rect_fields, self.rect_labels, self.changes_label = (
            a.rect_fields,
            a.rect_labels,
            a.changes_label,
        )
        self.rectify_button, self.erase_button, self.restrict_button = (
            a.rectify_button,
            a.erase_button,
            a.restrict_button,
        )
        self.object_button, self.withdraw_button = a.object_button, a.withdraw_button
        self.rectify_button.clicked.connect(self.rectify)
        self.erase_button.clicked.connect(self.erase)
        self.restrict_button.clicked.connect(lambda: self._act(service.restrict))
        self.object_button.clicked.connect(lambda: self._act(service.object_to_marketing))
        self.withdraw_button.clicked.connect(lambda: self._act(service.withdraw_consents))
        hl.addWidget(self.action_stack, 1)
        self.outcome_panel = OutcomePanel()
        self.outcome_panel.decide_button.clicked.connect(self.decide)
        hl.addWidget(self.outcome_panel)
        deadline_row = QHBoxLayout()
        self.extend_button = QPushButton(self.tr("Extend the deadline…"))
        self.extend_button.clicked.connect(self.extend)
        self.refuse_button = QPushButton(self.tr("Refuse…"))
        self.refuse_button.clicked.connect(self.refuse)
        deadline_row.addWidget(self.extend_button)
        deadline_row.addWidget(self.refuse_button)
        deadline_row.addStretch(1)
        hl.addLayout(deadline_row)
        self.tabs.addTab(handling, self.tr("Handling"))

        self.recipients_tab = RecipientsTab(self._run, lambda: self.today())
        r = self.recipients_tab
        self.notice_table, self.told_button, self.impossible_button = (
            r.notice_table,
            r.told_button,
            r.impossible_button,
        )
        self.tabs.addTab(r, self.tr("Recipients"))

        self.letters_tab = LettersTab(
            self._run,
            lambda: self._data.id,
            lambda: self.today(),
            self._show_message,
            lambda letter_id: self.previewer(letter_id),
            lambda today, parent: self.sent_dialog(today, parent),
        )
        t = self.letters_tab
        self.letter_table = t.letter_table
        self.answer_button, self.extension_letter_button, self.view_button = (
            t.answer_button,
            t.extension_letter_button,
            t.view_button,
        )
        self.sent_button, self.discard_button, self.close_button = (
            t.sent_button,
            t.discard_button,
            t.close_button,
        )
        self.answer_button.clicked.connect(lambda: self.make_letter("answer"))
        self.extension_letter_button.clicked.connect(lambda: self.make_letter("extension"))
        self.close_button.clicked.connect(self.close_request)
        self.tabs.addTab(t, self.tr("Letters"))
        self.finish_layout()
        self.previewer = self._preview
        self.sent_dialog = MarkSentDialog

    # --- RecordEditor -------------------------------------------------------------------
    def _blank(self):
        return service.RequestData(received_on=self.today())

    def _title(self, data) -> str:
        if not data.id:
            return self.tr("New request")
        return f"{data.reference} — {tr_msg(RequestKind.label_of(data.kind))}"

    def _problems(self, data) -> list[str]:
        if not data.id:
            return []
        lines = [self.tr("Status: %1").replace("%1", tr_msg(RequestStatus.label_of(data.status)))]
        if data.status in ("new", "waiting_for_id", "in_progress"):
            left = days_left(data.deadline, self.today())
            text = (
                self.tr("Deadline %1: %n day(s) left.", "", left)
                if left >= 0
                else self.tr("Deadline %1 has passed (%n day(s) ago)!", "", -left)
            )
            lines.append(text.replace("%1", fmt_date(data.deadline)))
        if data.extended:
            lines.append(self.tr("Extended on %1.").replace("%1", fmt_date(data.extended_on)))
        return lines

    def _store(self, data):
        return service.save_request(data, today=self.today())

    def _saved_text(self) -> str:
        return self.tr("Request saved.")

    def _write_extra(self, data) -> None:
        saved = data.id is not None
        closed = data.status in ("closed", "refused")
        for i in range(1, self.tabs.count()):
            self.tabs.widget(i).setEnabled(saved)
        for name in ("kind", "received_on"):
            self.fields[name].setEnabled(not saved or data.status == "new")
        self.action_stack.show_kind(data.kind)
        self.person_tab.show_link(data)
        if not saved:
            return
        if data.contact_id and data.kind == "rectification":
            current = contacts_service.get_contact(data.contact_id)
            for name, edit in self.rect_fields.items():
                edit.setText(getattr(current, name))
        changes = service.changes_of(data.id)
        self.changes_label.setText(
            "\n".join(f"{self.rect_labels.get(f, f)}: {b} → {a}" for f, b, a in changes)
        )
        self.recipients_tab.setEnabled(self.recipients_tab.fill(data.id))
        self.letters_tab.fill(data.id)
        self.outcome_panel.show_for(
            data.kind, data.outcome, data.outcome_reason, data.objection_activity_id
        )
        for w in (
            self.answer_button,
            self.extension_letter_button,
            self.extend_button,
            self.refuse_button,
            self.close_button,
            self.id_letter_button,
            self.link_button,
            self.no_data_button,
            self.sent_button,
            self.discard_button,
            self.outcome_panel,
        ):
            w.setEnabled(not closed)
        self.extension_letter_button.setEnabled(not closed and data.extended)
        self.extend_button.setEnabled(not closed and not data.extended)
        self.close_button.setEnabled(not closed and data.responded_on is not None)

    # --- actions ----------------------------------------------------------------------
    def _after_action(self, text: str) -> None:
        data = service.get_request(self._data.id)
        self.load(data)
        self.saved.emit(data.id)
        self.status.emit(text)

    def _run(self, call, done_text: str) -> bool:
        if self._data is None or self._data.id is None:
            return False
        if self.is_dirty() and not self.save():
            return False
        if not attempt(call, self._show_message).ok:
            return False
        self._after_action(done_text)
        return True

    def _act(self, action) -> bool:
        rid = self._data.id if self._data else None
        return self._run(lambda: action(rid, today=self.today()), self.tr("Done."))

    def link_selected(self) -> bool:
        contact_id = self.person_tab.selected()
        if contact_id is None:
            self._show_message(self.tr("Select the person in the list first."))
            return False
        return self._run(
            lambda: service.link_contact(self._data.id, contact_id),
            self.tr("Request linked to the contact."),
        )

    def link_none(self) -> bool:
        return self._run(
            lambda: service.link_contact(self._data.id, None),
            self.tr("Recorded: no data held on the requester."),
        )

    def rectify(self) -> bool:
        if self._data is None or not self._data.contact_id:
            return self._run(lambda: service.rectify(self._data.id, {}), "")
        current = contacts_service.get_contact(self._data.contact_id)
        changes = {
            n: e.text()
            for n, e in self.rect_fields.items()
            if e.text().strip() != (getattr(current, n) or "").strip()
        }
        return self._run(
            lambda: service.rectify(self._data.id, changes, today=self.today()),
            self.tr("Corrections applied."),
        )

    def erase(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Erase this person"),
            self.tr(
                "Erase this person everywhere? This cannot be undone. What a legal duty keeps "
                "stays and is named in the answer."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        result = {}

        def call():
            result["r"] = service.erase(self._data.id, today=self.today())

        ok = self._run(call, self.tr("The person was erased."))
        if ok and not getattr(result.get("r"), "finished", True):
            self._show_message(
                error_text(result["r"].message)
                if hasattr(result["r"].message, "render")
                else tr_msg(str(result["r"].message))
            )
        return ok

    def extend(self) -> bool:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Extend the deadline"),
            self.tr(
                "Why is more time needed? (Art. 12(3): complexity or number of requests; the "
                "requester is told in the extension letter.)"
            ),
        )
        if not ok:
            return False
        done = self._run(
            lambda: service.extend(self._data.id, reason, today=self.today()),
            self.tr(
                "Deadline extended by two months; the extension letter is "
                "ready as a draft: mark it sent when it has gone out."
            ),
        )
        if done:
            self.tabs.setCurrentWidget(self.letters_tab)
            self.previewer(letters_service.letters_of(self._data.id)[-1].id)
        return done

    def refuse(self) -> bool:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Refuse the request"),
            self.tr(
                "Why is the request manifestly unfounded or excessive? (Art. 12(5)). The refusal "
                "letter tells the requester they may complain to the Autoriteit "
                "Persoonsgegevens."
            ),
        )
        if not ok:
            return False
        return self._run(
            lambda: service.refuse(self._data.id, reason, today=self.today()),
            self.tr(
                "The refusal letter is ready as a draft; the request is "
                "refused when you mark it sent."
            ),
        )

    def make_letter(self, kind: str) -> bool:
        letter = self.letters_tab.make_letter(kind)
        if letter is None:
            return False
        self.tabs.setCurrentWidget(self.letters_tab)
        self.previewer(letter.id)
        return True

    def decide(self) -> bool:
        outcome, reason, ground, activity = self.outcome_panel.values()
        return self._run(
            lambda: service.decide(
                self._data.id,
                outcome,
                reason,
                ground=ground,
                activity_id=activity,
                today=self.today(),
            ),
            self.tr("Decision recorded with its reasons."),
        )

    def _preview(self, letter_id: int) -> None:
        from soosr_desk.ui.widgets.pdf_view import PdfPreview

        name, pdf, att_name, att = letters_service.letter_file(letter_id)
        dialog = PdfPreview(pdf, name, name, self, (att_name, att) if att else None)
        dialog.exec()

    def close_request(self) -> bool:
        return self._run(
            lambda: service.close_request(self._data.id, today=self.today()),
            self.tr("Request closed."),
        )
