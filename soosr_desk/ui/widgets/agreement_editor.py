"""One processor agreement of a third party: its dates and status, the Art. 28(3)
checklist, the sub-processors and the signed document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.rules.agreements import AgreementStatus, agreement_problems
from soosr_desk.services import agreements as agreement_service
from soosr_desk.services.agreements import DocumentState
from soosr_desk.ui.i18n import fmt_date, tr_msg
from soosr_desk.ui.operation import attempt
from soosr_desk.ui.widgets.checklist_table import ChecklistTable
from soosr_desk.ui.widgets.fields import date_edit
from soosr_desk.ui.widgets.record_editor import RecordEditor, text_box
from soosr_desk.ui.widgets.sub_processor_table import SubProcessorTable


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


class AgreementEditor(RecordEditor):
    limits = agreement_service.AGREEMENT_LIMITS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        main = QWidget()
        form = QFormLayout(main)
        self._add(form, "title", self.tr("Title"), QLineEdit())
        status = QComboBox()
        for code, label in agreement_service.STATUS_LABELS.items():
            status.addItem(tr_msg(label), code.value)
        self._add(form, "status", self.tr("Status"), status)
        self._add(form, "signed_on", self.tr("Signed on"), date_edit())
        self._add(form, "review_on", self.tr("Review on"), date_edit())
        self._add(form, "expires_on", self.tr("Expires on"), date_edit())
        self._add(form, "notes", self.tr("Notes"), text_box(60))
        doc = QWidget()
        dl = QHBoxLayout(doc)
        dl.setContentsMargins(0, 0, 0, 0)
        self.document = QLabel()
        self.document.setObjectName("document")
        self.document.setWordWrap(True)
        self.document.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton(self.tr("Attach signed document…"))
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_document)
        dl.addWidget(self.document, 1)
        dl.addWidget(self.attach_button)
        dl.addWidget(self.open_button)
        form.addRow(self.tr("Signed document"), doc)
        self.tabs.addTab(main, self.tr("Agreement"))
        checks = QWidget()
        cl = QVBoxLayout(checks)
        hint = QLabel(
            self.tr(
                "Tick each point the signed agreement covers; a note can say "
                "where (article or annex). The agreement is complete only when "
                "it is signed and every point is ticked."
            )
        )
        hint.setWordWrap(True)
        cl.addWidget(hint)
        self.checklist = ChecklistTable()
        self.checklist.changed.connect(self._edited)
        cl.addWidget(self.checklist, 1)
        self.tabs.addTab(checks, self.tr("Art. 28(3) checklist"))
        subs = QWidget()
        sl = QFormLayout(subs)
        self.sub_processors = SubProcessorTable()
        self.sub_processors.changed.connect(self._edited)
        sl.addRow(self.sub_processors)
        self._add(sl, "sub_processors", self.tr("Notes on sub-processors"), text_box(50))
        self.tabs.addTab(subs, self.tr("Sub-processors"))
        self.finish_layout()
        self.save_button.setText(self.tr("Save agreement"))
        self.opener = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _blank(self):
        return agreement_service.AgreementData()

    def _write_extra(self, data) -> None:
        self.checklist.set_ticks(data.checklist)
        self.sub_processors.set_subs(data.subs)
        self._show_document(data)

    def _read_extra(self) -> dict[str, object]:
        return {"checklist": self.checklist.ticks(), "subs": self.sub_processors.subs()}

    def is_dirty(self) -> bool:
        if self._data is None:
            return False
        return (
            super().is_dirty()
            or self.checklist.ticks() != self._data.checklist
            or self.sub_processors.is_dirty()
        )

    def _title(self, data) -> str:
        return data.title or self.tr("Processor agreement")

    def _problems(self, data) -> list[str]:
        if not data.id:
            return []

        ticked = {k: t.ticked for k, t in data.checklist.items()}
        out = []
        for p in agreement_problems(
            AgreementStatus(data.status),
            ticked,
            data.signed_on,
            data.review_on,
            data.expires_on,
            dt.date.today(),
        ):
            params = {k: fmt_date(v) if isinstance(v, dt.date) else v for k, v in p.params.items()}
            out.append(tr_msg(p.message).format(**params))
        return out

    def _store(self, data):
        return agreement_service.save_agreement(data)

    def _saved_text(self) -> str:
        return self.tr("Processor agreement saved.")

    def _show_document(self, data) -> None:
        if not data.id or not data.document_name:
            self.document.setText(self.tr("No signed document attached yet."))
            self.open_button.setEnabled(False)
            return
        state = next(
            (
                r.document
                for r in agreement_service.list_agreements(data.third_party_id)
                if r.id == data.id
            ),
            "",
        )
        state_text = {
            DocumentState.OK: self.tr("the copy is intact"),
            DocumentState.MISSING: self.tr("the copy is MISSING"),
            DocumentState.CHANGED: self.tr("the copy was CHANGED"),
        }.get(state, "")
        self.document.setText(
            f"{data.document_name} ({_size_text(data.document_size)}), "
            f"SHA-256 {data.document_sha256[:16]}…: {state_text}"
        )
        self.document.setToolTip(f"SHA-256 {data.document_sha256}")
        self.open_button.setEnabled(state == DocumentState.OK)

    def attach(self) -> None:
        if self._data is None:
            return
        if (self._data.id is None or self.is_dirty()) and not self.save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signed processor agreement"),
            str(Path.home()),
            self.tr("Documents (*.pdf *.docx *.doc *.odt *.jpg *.png *.tif *.tiff);;All files (*)"),
        )
        if not name:
            return
        self.attach_path(Path(name))

    def attach_path(self, path: Path) -> bool:
        done = attempt(
            lambda: agreement_service.attach_document(self._data.id, path), self._show_message
        )
        if done.value is None:
            return False
        saved = done.value
        self.load(saved)
        self.saved.emit(saved.id)
        self.status.emit(self.tr("Signed document attached and copied."))
        return True

    def open_document(self) -> None:
        if self._data is None or self._data.id is None:
            return
        done = attempt(lambda: agreement_service.document_path(self._data.id), self._show_message)
        if done.value is not None:
            self.opener(done.value)
