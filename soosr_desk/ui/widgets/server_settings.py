"""Settings > Database: the desk's own file, or the office server (issue 18).

The server's host, port, database, user and TLS mode; a "Test connection" button that logs
in once and says what it found; the password goes into the OS keyring (Windows Credential
Manager) only. The choice takes effect at the next start: the open window keeps its
database (its lists, forms and background reads are bound to it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from soosr_desk.services import office_server
from soosr_desk.services.errors import ServiceError, ValidationErrors
from soosr_desk.ui import background, server_choice
from soosr_desk.ui.errors import failure_text
from soosr_desk.ui.i18n import error_text, show_field_errors, tr_msg
from soosr_desk.ui.operation import attempt

OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b00020"


class DatabaseChoice(QGroupBox):
    status = Signal(str)
    tested = Signal(bool)  # after "Test connection": usable or not

    def __init__(self, location: str, on_server: bool, parent=None):
        super().__init__(self.tr("Database"), parent)
        layout = QVBoxLayout(self)
        now = QLabel(
            self.tr("Open now: %1 (the office server)").replace("%1", location)
            if on_server
            else self.tr("Open now: %1").replace("%1", location)
        )
        now.setWordWrap(True)
        layout.addWidget(now)
        self.file_choice = QRadioButton(self.tr("This computer's own database file"))
        self.server_choice = QRadioButton(self.tr("Office server (Kantoorserver, PostgreSQL)"))
        layout.addWidget(self.file_choice)
        layout.addWidget(self.server_choice)
        self.server_box = QWidget()
        form = QFormLayout(self.server_box)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. server.kantoor.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.dbname = QLineEdit()
        self.dbname.setPlaceholderText("soosr")
        self.user = QLineEdit()
        self.tls = QComboBox()
        self.tls.addItem(self.tr("verify-full: encrypted, server checked (advised)"), "verify-full")
        self.tls.addItem(self.tr("require: encrypted"), "require")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the Windows Credential Manager only"))
        self.errors: dict[str, QLabel] = {}
        for name, label, widget in (
            ("host", self.tr("Server"), self.host),
            ("port", self.tr("Port"), self.port),
            ("dbname", self.tr("Database"), self.dbname),
            ("user", self.tr("User name"), self.user),
            ("sslmode", self.tr("TLS"), self.tls),
            ("password", self.tr("Password"), self.password),
        ):
            widget.setObjectName(f"server_{name}")
            form.addRow(label, widget)
            err = QLabel()
            err.setStyleSheet(f"color: {BAD_COLOUR};")
            err.hide()
            form.addRow("", err)
            self.errors[name] = err
        layout.addWidget(self.server_box)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("Use from the next start"))
        self.use_button.clicked.connect(self.use)
        row.addStretch(1)
        row.addWidget(self.test_button)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.file_choice.toggled.connect(self._kind_changed)
        self._fill(server_choice.chosen_server())

    def _fill(self, url: str | None) -> None:
        fields = office_server.fields_of(url) if url else None
        if fields is not None:
            self.host.setText(fields.host)
            self.port.setValue(fields.port)
            self.dbname.setText(fields.dbname)
            self.user.setText(fields.user)
            self.tls.setCurrentIndex(max(0, self.tls.findData(fields.sslmode)))
        self.server_choice.setChecked(fields is not None)
        self.file_choice.setChecked(fields is None)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        on = self.server_choice.isChecked()
        self.server_box.setEnabled(on)
        self.test_button.setEnabled(on)

    def fields(self) -> office_server.ServerFields:
        return office_server.ServerFields(
            self.host.text(),
            self.port.value(),
            self.dbname.text(),
            self.user.text(),
            str(self.tls.currentData()),
        )

    def _say(self, text: str, good: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {OK_COLOUR if good else BAD_COLOUR};")
        self.result.show()

    def _show_errors(self, exc: ValidationErrors) -> None:
        show_field_errors(self.errors, exc)

    def _clear(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.result.hide()

    def test(self) -> None:
        """Logs in once off the UI thread (a server that is away takes seconds to say so)."""
        self._clear()
        fields, password = self.fields(), self.password.text()
        checked = attempt(
            lambda: office_server.address(fields), self.status.emit, invalid=self._show_errors
        )
        if not checked.ok:
            return
        self.test_button.setEnabled(False)
        self._say(self.tr("Connecting…"), True)

        def done(outcome) -> None:
            self.test_button.setEnabled(True)
            usable, text = outcome
            self._say(tr_msg(text), usable)
            self.tested.emit(usable)

        def failed(exc: Exception) -> None:
            self.test_button.setEnabled(True)
            self._say(
                error_text(exc) if isinstance(exc, ServiceError) else failure_text(exc), False
            )
            self.tested.emit(False)

        background.load(self, lambda: office_server.test_connection(fields, password), done, failed)

    def use(self) -> bool:
        """Keeps the choice for the next start (and a typed password in the keyring)."""
        self._clear()
        if self.file_choice.isChecked():
            server_choice.choose(None)
            self._say(self.tr("From the next start SOOSR Desk opens this computer's file."), True)
            return True
        fields, password = self.fields(), self.password.text()
        done = attempt(
            lambda: (
                office_server.address(fields),
                password and office_server.keep_password(fields, password),
            ),
            lambda text: self._say(text, False),
            invalid=self._show_errors,
        )
        if not done.ok:
            return False
        self.password.clear()
        server_choice.choose(done.value[0].url)
        self._say(
            self.tr("From the next start SOOSR Desk opens the office server %1.").replace(
                "%1", done.value[0].display()
            ),
            True,
        )
        return True
