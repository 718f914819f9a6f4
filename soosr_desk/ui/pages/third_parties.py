"""Third parties and their processor agreements (Art. 28), with the Excel export."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from soosr_desk.rules.agreements import RecipientRole
from soosr_desk.services import third_parties as service
from soosr_desk.ui.i18n import tr_msg
from soosr_desk.ui.pages.list_page import ListEditorPage
from soosr_desk.ui.widgets.third_party_editor import ThirdPartyEditor


class ThirdPartiesPage(ListEditorPage):
    help_topic = "third_parties"

    def __init__(self, parent=None):
        super().__init__(
            ThirdPartyEditor(),
            [
                self.tr("Organisation"),
                self.tr("Category"),
                self.tr("Role"),
                self.tr("Country"),
                self.tr("Processor agreement"),
            ],
            parent,
        )
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.bottom.addWidget(self.export_button)
        self.view.setWordWrap(False)
        self.splitter.setSizes([620, 700])

    def title(self) -> str:
        return self.tr("Third parties & agreements")

    def texts(self) -> dict[str, str]:
        return {
            "filter": self.tr("Filter third parties…"),
            "new": self.tr("New third party"),
            "delete": self.tr("Delete third party…"),
            "unsaved": self.tr("This third party has changes that are not saved yet."),
            "confirm_delete": self.tr("Delete this third party?"),
            "deleted": self.tr("Third party deleted."),
        }

    def rows(self):
        rows = []
        for r in service.list_third_parties():
            problems = [tr_msg(p) for p in r.problems]
            state = tr_msg(r.agreement) if r.active else self.tr("Inactive")
            rows.append(
                (
                    r.id,
                    (
                        r.name,
                        r.category,
                        tr_msg(service.ROLE_LABELS.get(r.role, r.role)),
                        r.country,
                        state,
                    ),
                    "\n".join(problems),
                    bool(problems),
                )
            )
        return rows

    def load_record(self, record_id: int):
        return service.get_third_party(record_id)

    def blank_record(self):
        return service.ThirdPartyData()

    def delete_record(self, record_id: int) -> None:
        service.delete_third_party(record_id)

    def show_record(self, record_id: int) -> None:
        super().show_record(record_id)
        if self.editor.record_id() == record_id and self.editor.problems.isVisible():
            data = self.editor._data
            if data.role == RecipientRole.PROCESSOR:
                self.editor.tabs.setCurrentWidget(self.editor.agreements_tab)

    def export(self) -> None:
        from soosr_desk.ui.dialogs.export_dialog import export_to_excel

        path = export_to_excel(self, "recipients")
        if path is not None:
            self.status.emit(self.tr("Exported to %1.").replace("%1", str(path)))
