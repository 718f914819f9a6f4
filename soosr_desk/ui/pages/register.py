"""The register page: the processing activities, their editor, the Excel export and the
privacy statement made from them."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from soosr_desk.rules.vocab import LegalBasis
from soosr_desk.services import activities as service
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.pages.list_page import ListEditorPage
from soosr_desk.ui.widgets.activity_editor import ActivityEditor


class RegisterPage(ListEditorPage):
    help_topic = "register"
    opens_without_record = True  # the dashboard's "publish the statement" opens the dialog

    def __init__(self, parent=None, extra: QWidget | None = None):
        super().__init__(
            ActivityEditor(),
            [
                self.tr("Activity"),
                self.tr("Legal basis"),
                self.tr("Owner"),
                self.tr("Last reviewed"),
                self.tr("Attention"),
            ],
            parent,
            extra,
        )
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.bottom.addWidget(self.export_button)
        self.statement_button = QPushButton(self.tr("Privacy statement…"))
        self.statement_button.clicked.connect(self.statement)
        self.bottom.addWidget(self.statement_button)

    def title(self) -> str:
        return self.tr("Register")

    def texts(self) -> dict[str, str]:
        return {
            "filter": self.tr("Filter activities…"),
            "new": self.tr("New activity"),
            "delete": self.tr("Delete activity…"),
            "unsaved": self.tr("This activity has changes that are not saved yet."),
            "confirm_delete": self.tr(
                "Delete this processing activity from the register? The privacy statement "
                "changes with it."
            ),
            "deleted": self.tr("Activity deleted."),
        }

    def rows(self):
        rows = []
        for a in service.list_activities():
            problems = [tr_msg(p) for p in a.problems]
            rows.append(
                (
                    a.id,
                    (
                        a.name,
                        tr_msg(LegalBasis.label_of(a.legal_basis)),
                        a.owner,
                        a.last_reviewed,
                        " ".join(problems),
                    ),
                    "\n".join(problems),
                    bool(problems),
                )
            )
        return rows

    def load_record(self, record_id: int):
        return service.get_activity(record_id)

    def blank_record(self):
        return service.ActivityData()

    def delete_record(self, record_id: int) -> None:
        service.delete_activity(record_id)

    def export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self, "register")
        if path is not None:
            self.status.emit(self.tr("Exported to %1.").replace("%1", str(path)))

    def statement(self) -> None:
        from soosr_desk.ui.dialogs.statement_dialog import StatementDialog

        dialog = StatementDialog(self)
        dialog.exec()

    def show_record(self, record_id) -> None:
        if record_id is None:  # "publish the privacy statement" on the dashboard
            self.statement()
            return
        super().show_record(record_id)
