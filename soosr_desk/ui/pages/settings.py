"""Settings: the controller's details (printed on letters and registers), the language and
the database (this computer's file or the office server)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from soosr_desk.services import settings as service
from soosr_desk.services.errors import ValidationErrors
from soosr_desk.ui.i18n import current_language, show_field_errors
from soosr_desk.ui.operation import attempt, in_box
from soosr_desk.ui.pages.base import Page
from soosr_desk.ui.widgets.server_settings import DatabaseChoice


class SettingsPage(Page):
    help_topic = "settings"

    def __init__(self, db_path: str = "", on_server: bool = False, parent=None):
        super().__init__(parent)
        self._loaded = service.ControllerData()
        self._signer = service.Signer()
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Controller (printed on every letter and register)"))
        form = QFormLayout(box)
        labels = {
            "name": self.tr("Name"),
            "street": self.tr("Street and number"),
            "address_extra": self.tr("Address (extra line)"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "country": self.tr("Country (code)"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "kvk_number": self.tr("Chamber of Commerce number"),
            "authority_name": self.tr("Supervisory authority"),
            "authority_url": self.tr("Supervisory authority complaint page"),
            "dpo": self.tr("Data protection officer (empty: none)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(f"controller_{name}")
            edit.setMaxLength(service.LIMITS.get(name, 200))
            err = QLabel()
            err.setStyleSheet("color: #b00020;")
            err.hide()
            form.addRow(label, edit)
            form.addRow("", err)
            self.fields[name] = edit
            self.errors[name] = err
        layout.addWidget(box)

        signature = QGroupBox(self.tr("Signature (under every letter)"))
        sf = QFormLayout(signature)
        self.signer: dict[str, QLineEdit] = {}
        for name, label, example in (
            ("name", self.tr("Signed by"), self.tr("e.g. J. de Vries")),
            ("role", self.tr("Role"), self.tr("e.g. Privacy coordinator")),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"signer_{name}")
            edit.setMaxLength(200)
            edit.setPlaceholderText(example)
            err = QLabel()
            err.setStyleSheet("color: #b00020;")
            err.hide()
            sf.addRow(label, edit)
            sf.addRow("", err)
            self.signer[name] = edit
            self.errors[service.SIGNER_KEYS[name]] = err
        layout.addWidget(signature)

        prefs = QGroupBox(self.tr("This computer"))
        pf = QFormLayout(prefs)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setProperty("ownLanguageNames", True)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        pf.addRow(self.tr("Language (after restart)"), self.language)
        layout.addWidget(prefs)
        self.database = DatabaseChoice(db_path, on_server)  # the file or the office server
        self.database.status.connect(self.status)
        layout.addWidget(self.database)

        demo = QGroupBox(self.tr("Try it out"))
        dl = QHBoxLayout(demo)
        demo_text = QLabel(
            self.tr(
                "Fill this database with fictional Dutch contacts, companies, "
                "third parties, requests and breaches, to practise or to "
                "show the program. Use a separate database for this."
            )
        )
        demo_text.setWordWrap(True)
        dl.addWidget(demo_text, 1)
        self.demo_button = QPushButton(self.tr("Add demo data…"))
        self.demo_button.clicked.connect(self.add_demo_data)
        dl.addWidget(self.demo_button)
        layout.addWidget(demo)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()  # filled from the start: an unseen page has nothing unsaved

    def title(self) -> str:
        return self.tr("Settings")

    def add_demo_data(self) -> bool:
        import datetime as dt

        from PySide6.QtWidgets import QInputDialog

        from soosr_desk.exports.progress import ExportCancelled
        from soosr_desk.services.demo import generate_demo
        from soosr_desk.ui.jobs import run_job

        count, ok = QInputDialog.getInt(
            self,
            self.tr("Add demo data"),
            self.tr("How many fictional contacts? (They are added to this database.)"),
            1000,
            1,
            200_000,
            1000,
        )
        if not ok:
            return False
        from soosr_desk.services.database import current_database

        done = attempt(
            lambda: run_job(
                self,
                self.tr("Adding demo data…"),
                lambda progress, cancelled: generate_demo(
                    current_database(),
                    contacts=count,
                    today=dt.date.today(),
                    progress=progress,
                    cancelled=cancelled,
                ),
            ),
            in_box(self, self.tr("Add demo data")),
            silent=(ExportCancelled,),
        )
        if done.value is None:
            return False
        report = done.value
        self.status.emit(self.tr("%1 demo contacts added.").replace("%1", str(report.contacts)))
        return True

    def refresh(self) -> None:
        self._loaded = service.get_controller()
        for name, edit in self.fields.items():
            edit.setText(getattr(self._loaded, name))
            self.errors[name].hide()
        self._signer = service.get_signer()
        for name, edit in self.signer.items():
            edit.setText(getattr(self._signer, name))
            self.errors[service.SIGNER_KEYS[name]].hide()

    def _signer_data(self) -> service.Signer:
        return service.Signer(**{n: e.text() for n, e in self.signer.items()})

    def _form_data(self) -> service.ControllerData:
        return dataclasses.replace(self._loaded, **{n: e.text() for n, e in self.fields.items()})

    def can_leave(self) -> bool:
        data = self._form_data()
        dirty = any(getattr(data, n).strip() != getattr(self._loaded, n) for n in self.fields)
        signer = self._signer_data()
        dirty = dirty or any(
            getattr(signer, n).strip() != getattr(self._signer, n) for n in self.signer
        )
        return not dirty or self.save()

    def _show_errors(self, exc: ValidationErrors) -> None:
        show_field_errors(self.errors, exc)

    def save(self) -> bool:
        for err in self.errors.values():
            err.hide()
        QSettings().setValue("language", self.language.currentData())
        done = attempt(
            lambda: (
                service.save_controller(self._form_data()),
                service.save_signer(self._signer_data()),
            ),
            self.status.emit,
            invalid=self._show_errors,
        )
        if done.value is None:
            return False
        self._loaded, self._signer = done.value
        self.status.emit(self.tr("Settings saved."))
        return True
