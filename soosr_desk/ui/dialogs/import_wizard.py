"""File > Import…: contacts from a CSV, Excel or vCard file in three steps: the file (with
what was detected, changeable), the columns and a preview with the problems marked, and
the origin of the whole batch (Art. 14). The import runs through ui/jobs.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from soosr_desk.rules.vocab import ContactSource, Relation
from soosr_desk.services.importing.batch import run_import
from soosr_desk.services.importing.checks import ImportOptions
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.services.importing.table import Table, UnreadableFile
from soosr_desk.ui.date_field import DateField
from soosr_desk.ui.dialogs.import_preview import MappingPreview
from soosr_desk.ui.i18n import error_text, tr_msg
from soosr_desk.ui.jobs import run_job
from soosr_desk.ui.screen_fit import fit_to_screen

ENCODINGS = ("", "utf-8", "utf-8-sig", "cp1252")
DELIMITERS = ("", ",", ";", "\t")


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A contact list from Excel (.xlsx or .csv), Outlook, Google "
                "Contacts or a phone (.vcf)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        for code, label in zip(
            ENCODINGS,
            (self.tr("Detect"), "UTF-8", self.tr("UTF-8 with BOM"), "Windows-1252"),
            strict=True,
        ):
            self.encoding.addItem(label, code)
        self.delimiter = QComboBox()
        for code, label in zip(
            DELIMITERS,
            (self.tr("Detect"), self.tr("Comma (,)"), self.tr("Semicolon (;)"), self.tr("Tab")),
            strict=True,
        ):
            self.delimiter.addItem(label, code)
        self.detected = QLabel()
        self.detected.setObjectName("detected")
        self.detected.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Character set:"), self.encoding)
        form.addRow(self.tr("Separator:"), self.delimiter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addStretch(1)
        self._loading = False
        self._debounce = QTimer(self, singleShot=True, interval=400)  # read once typing stops
        self._debounce.timeout.connect(self.load)
        self.path_edit.textEdited.connect(self._debounce.start)
        self.path_edit.editingFinished.connect(self.load)
        self.encoding.currentIndexChanged.connect(self.load)
        self.delimiter.currentIndexChanged.connect(self.load)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contact lists (*.csv *.txt *.xlsx *.vcf)"),
        )
        if name:
            self.path_edit.setText(name)
            self.load()

    def load(self) -> bool:
        path = self.path_edit.text().strip()
        if self._loading:  # the timer fired again while a large file is being read
            return False
        self.wiz.table = None
        if not path:
            self.detected.clear()
            return False
        encoding, delimiter = (
            self.encoding.currentData() or None,
            self.delimiter.currentData() or None,
        )
        self._loading = True
        try:  # 100,000 Excel rows take a while: off the UI thread, like every long job
            table = run_job(
                self,
                self.tr("Reading the file…"),
                lambda progress, cancelled: read_table(
                    Path(path), encoding=encoding, delimiter=delimiter
                ),
                cancellable=False,
            )
        except UnreadableFile as exc:
            self.detected.setText(error_text(exc))
            self.detected.setStyleSheet("color: #b00020")
            self.completeChanged.emit()
            return False
        finally:
            self._loading = False
        self.wiz.table = table
        self.detected.setStyleSheet("")
        self.detected.setText(self.describe(table))
        self.completeChanged.emit()
        return True

    def describe(self, table: Table) -> str:
        kinds = {
            "csv": self.tr("CSV file"),
            "xlsx": self.tr("Excel workbook"),
            "vcard": self.tr("vCard file"),
        }
        text = (
            self.tr("%1 with %2 and %3.")
            .replace("%1", kinds[table.kind])
            .replace("%2", self.tr("%n row(s)", "", len(table.rows)))
            .replace("%3", self.tr("%n column(s)", "", len(table.headers)))
        )
        if table.kind == "csv":
            enc = dict(
                zip(
                    ENCODINGS[1:], ("UTF-8", self.tr("UTF-8 with BOM"), "Windows-1252"), strict=True
                )
            ).get(table.encoding, table.encoding)
            sep = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            text += " " + self.tr("Read as %1, separated by %2.").replace("%1", enc).replace(
                "%2", sep.get(table.delimiter, table.delimiter)
            )
        return text

    def isComplete(self) -> bool:
        return self.wiz.table is not None

    def validatePage(self) -> bool:
        return self.wiz.table is not None or self.load()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Columns and preview"))
        self.setSubTitle(
            self.tr(
                "Check which field each column fills. Rows with a problem "
                "are marked; point at a cell to read why."
            )
        )
        self.preview = MappingPreview()
        QVBoxLayout(self).addWidget(self.preview)

    def initializePage(self) -> None:
        table = self.wiz.table
        self.preview.set_table(table, guess_mapping(table.headers))


class BatchPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Where the data came from"))
        self.setSubTitle(
            self.tr(
                "The privacy law asks you to record where personal data "
                "came from and when (Art. 14 AVG). This applies to every "
                "contact in this import."
            )
        )
        self.source = QComboBox()
        self.source.setObjectName("source")
        for code, label in ContactSource.choices():
            self.source.addItem(tr_msg(label), code)
        self.source.setCurrentIndex(self.source.findData(ContactSource.MANUAL.value))
        self.relation = QComboBox()
        self.relation.setObjectName("relation")
        for code, label in Relation.choices():
            self.relation.addItem(tr_msg(label), code)
        self.received = DateField()
        self.received.setObjectName("received")
        self.received.set_value(dt.date.today())
        self.received.edited.connect(self.completeChanged)  # Finish waits for a real date
        form = QFormLayout(self)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.tr("Data received on:"), self.received)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        day = self.received.value()
        return day is not None and day <= dt.date.today() and super().isComplete()


class ImportWizard(QWizard):
    """`imported` carries the result once the import ran (the caller reports it)."""

    imported = Signal(object)

    def __init__(self, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        fit_to_screen(self, 900, 620)
        self.table: Table | None = None
        self.result = None
        self.file_page, self.mapping_page, self.batch_page = (
            FilePage(self),
            MappingPage(self),
            BatchPage(self),
        )
        for page in (self.file_page, self.mapping_page, self.batch_page):
            self.addPage(page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
            self.file_page.load()

    def options(self) -> ImportOptions:
        b = self.batch_page
        return ImportOptions(
            source=b.source.currentData(),
            relation=b.relation.currentData(),
            received_on=b.received.value(),
            update_existing=self.mapping_page.preview.update_existing(),
        )

    def accept(self) -> None:
        table, mapping, options = self.table, self.mapping_page.preview.mapping(), self.options()
        today = dt.date.today()
        self.result = run_job(
            self,
            self.tr("Importing contacts…"),
            lambda progress, cancelled: run_import(
                table, mapping, options, today=today, progress=progress, cancelled=cancelled
            ),
        )
        if self.result.cancelled:
            return  # nothing was imported; the wizard stays open to try again
        super().accept()
        self.imported.emit(self.result)
