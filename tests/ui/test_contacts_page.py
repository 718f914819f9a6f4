"""The contacts page driven as a user drives it: type, click, save, read what shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from soosr_desk.services import contacts as service
from soosr_desk.store import models as m
from soosr_desk.ui.main_window import MainWindow
from soosr_desk.ui.models.contacts_model import ContactTableModel

pytestmark = pytest.mark.gui

PEOPLE = [
    ("Jan", "Jansen", "jan@jansen.nl", "Bakkerij De Molen"),
    ("Piet", "de Vries", "piet@devries.nl", "Van Dijk Installatietechniek B.V."),
    ("Zoë", "Çelik", "zoe@celik.nl", "Bakkerij De Molen"),
    ("Anna", "van der Berg", "anna@berg.nl", ""),
]


@pytest.fixture
def people(db):
    return [
        service.save_contact(
            service.ContactData(first_name=f, last_name=last, email=e, company_name=c)
        ).id
        for f, last, e, c in PEOPLE
    ]


@pytest.fixture
def page(db, db_path, people, qtbot):
    window = MainWindow(db_path)
    window.show()
    window.show_page(1)
    page = window.current_page()
    page.window_ = window
    yield page
    page.editor.show_empty()  # leave nothing unsaved for the closing window to ask about
    window.close()
    window.deleteLater()


def _select(page, contact_id, qtbot):
    row = page.model.row_of(contact_id)
    assert row >= 0
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.contact_id() == contact_id


def _field(page, name) -> QLineEdit:
    return page.editor.form.widget(name)


def _error(page, name) -> str:
    label = page.editor.form._errors[name]
    return label.text() if label.isVisible() else ""


def test_list_shows_everyone_and_filters_as_you_type(page, qtbot):
    assert page.model.rowCount() == 4
    qtbot.keyClicks(page.filter, "molen")
    assert page.model.rowCount() == 2
    page.filter.clear()
    qtbot.keyClicks(page.filter, "jan mol")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "Jansen, Jan"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "celik")
    assert page.model.rowCount() == 1, "accents need not be typed"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "%")
    assert page.model.rowCount() == 0, "% is a literal character, not a wildcard"
    page.filter.clear()
    assert page.model.rowCount() == 4
    assert "4" in page.count.text()


def test_sorting_by_a_column_header(page, qtbot):
    header = page.view.horizontalHeader()
    names = lambda: [page.model.data(page.model.index(r, 0)) for r in range(4)]  # noqa: E731
    # Dutch order: surnames without tussenvoegsel, accents folded (Ç under C)
    assert names() == ["van der Berg, Anna", "Çelik, Zoë", "Jansen, Jan", "de Vries, Piet"]
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["de Vries, Piet", "Jansen, Jan", "Çelik, Zoë", "van der Berg, Anna"]
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # e-mail
    emails = [page.model.data(page.model.index(r, 2)) for r in range(4)]
    assert emails == sorted(emails)


def test_open_edit_save_and_the_list_follows(page, people, qtbot):
    _select(page, people[0], qtbot)
    assert page.editor.heading.text() == "Jan Jansen"
    job = _field(page, "job_title")
    qtbot.keyClicks(job, "Inkoper")
    city = _field(page, "city")
    qtbot.keyClicks(city, "Leiden")
    qtbot.keyClick(page.window_, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = m.Contact.get_by_id(people[0])
    assert stored.job_title == "Inkoper" and stored.city == "Leiden"
    row = page.model.row_of(people[0])
    assert page.model.data(page.model.index(row, 4)) == "Leiden"
    assert "saved" in page.window_.statusBar().currentMessage().lower()
    events = m.AuditEvent.select().where(m.AuditEvent.entity_id == people[0])
    assert any("job_title" in e.fields for e in events)
    assert all("Inkoper" not in e.fields for e in m.AuditEvent.select())


def test_a_bsn_is_refused_with_a_message_and_nothing_saved(page, people, qtbot):
    _select(page, people[1], qtbot)
    job = _field(page, "job_title")
    qtbot.keyClicks(job, "Directeur, BSN 111 222 333")
    assert page.editor.save() is False
    assert "BSN" in _error(page, "job_title")
    assert m.Contact.get_by_id(people[1]).job_title == ""
    assert job.text() == "Directeur, BSN 111 222 333", "what the user typed stays in the form"


def test_invalid_email_and_missing_name(page, qtbot):
    page.new_record()
    qtbot.keyClicks(_field(page, "email"), "jan at example")
    assert page.editor.save() is False
    assert _error(page, "email")
    assert _error(page, "last_name")
    assert m.Contact.select().count() == 4


def test_new_contact_with_ctrl_n(page, qtbot):
    qtbot.keyClick(page.window_, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.heading.text() == "New contact"
    qtbot.keyClicks(_field(page, "first_name"), "Kees")
    qtbot.keyClicks(_field(page, "last_name"), "Bakker")
    qtbot.keyClicks(_field(page, "phone"), "06 1234 5678")
    qtbot.keyClicks(_field(page, "company_name"), "Nieuw Bedrijf B.V.")
    assert page.editor.save()
    new = m.Contact.get(m.Contact.last_name == "Bakker")
    assert new.company.name == "Nieuw Bedrijf B.V."
    assert page.model.rowCount() == 5
    assert page.editor.contact_id() == new.id
    assert page.view.currentIndex().row() == page.model.row_of(new.id)


def test_unsaved_changes_are_not_lost_when_switching(page, people, qtbot, monkeypatch):
    _select(page, people[0], qtbot)
    qtbot.keyClicks(_field(page, "job_title"), "Controller")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    row = page.model.row_of(people[1])
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert page.editor.contact_id() == people[0], "cancel keeps the user on the contact"
    assert _field(page, "job_title").text() == "Controller"
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Save)
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert page.editor.contact_id() == people[1]
    assert m.Contact.get_by_id(people[0]).job_title == "Controller"


def test_change_in_another_window_is_not_overwritten(page, people, qtbot):
    _select(page, people[0], qtbot)
    other = service.get_contact(people[0])
    other.job_title = "Changed elsewhere"
    service.save_contact(other)
    qtbot.keyClicks(_field(page, "city"), "Delft")
    assert page.editor.save() is False
    assert page.editor.message.isVisible()
    assert m.Contact.get_by_id(people[0]).city == ""
    assert _field(page, "city").text() == "Delft"


def test_restricted_contact_is_locked(page, people, qtbot, monkeypatch):
    service.set_restriction(people[2], True, "Juistheid betwist")
    page.refresh()
    _select(page, people[2], qtbot)
    editor = page.editor
    assert editor.restricted_banner.isVisible()
    assert _field(page, "job_title").isReadOnly()
    assert not editor.save_button.isEnabled()
    assert not editor.notes.add_button.isEnabled()
    assert not editor.consents.give_button.isEnabled()
    row = page.model.row_of(people[2])
    assert page.model.data(page.model.index(row, 6)) == "Restricted"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.lift_button, Qt.MouseButton.LeftButton)
    assert not m.Contact.get_by_id(people[2]).restricted
    assert not _field(page, "job_title").isReadOnly()


def test_notes_with_date_and_author(page, people, qtbot):
    _select(page, people[0], qtbot)
    page.editor.tabs.setCurrentIndex(1)
    notes = page.editor.notes
    notes.editor.setPlainText("Telefonisch gesproken over verlenging.")
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert notes.table.rowCount() == 1
    assert notes.table.item(0, 2).text() == "Telefonisch gesproken over verlenging."
    assert notes.table.item(0, 1).text()  # the author
    notes.editor.setPlainText("Mijn BSN is 111222333")
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert notes.error.isVisible() and "BSN" in notes.error.text()
    assert m.ContactNote.select().count() == 1


def test_consent_given_and_withdrawn_keeps_history(page, people, qtbot, monkeypatch):
    _select(page, people[3], qtbot)
    panel = page.editor.consents
    panel.purpose.setCurrentIndex(0)
    qtbot.keyClicks(panel.evidence, "Aangevinkt op het inschrijfformulier")
    qtbot.mouseClick(panel.give_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    consent = m.Consent.get()
    assert consent.withdrawn_on is not None
    assert panel.table.rowCount() == 1, "withdrawal keeps the consent in the history"
    assert panel.table.item(0, 4).text() == "Withdrawn"


def test_objection_blocks_new_consent(page, people, qtbot, monkeypatch):
    _select(page, people[1], qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.editor.object_button, Qt.MouseButton.LeftButton)
    assert m.Contact.get_by_id(people[1]).objected_marketing
    assert page.editor.objection_banner.isVisible()
    assert not page.editor.consents.give_button.isEnabled()


def test_model_passes_qt_model_tester(db, people, qtmodeltester):
    model = ContactTableModel()
    model.reload()
    qtmodeltester.check(model)


def test_no_label_shows_a_traceback(page, qtbot):
    page.new_record()
    _field(page, "first_name").setText("\ud800")
    page.editor.save()
    texts = [w.text() for w in page.editor.findChildren(QLabel)]
    assert not any("Traceback" in t for t in texts)


def test_disk_full_keeps_the_typed_text(page, people, qtbot, monkeypatch):
    """What peewee raises on a full disk: the real cause two exceptions down."""
    import sqlite3

    from peewee import OperationalError

    def full(*args, **kwargs):
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise OperationalError("cannot rollback - no transaction is active") from None

    _select(page, people[0], qtbot)
    monkeypatch.setattr(service, "save_contact", full)
    _field(page, "street").setText("Kapteynstraat 1")
    assert page.editor.save() is False
    assert "disk is full" in page.editor.message.text()
    assert _field(page, "street").text() == "Kapteynstraat 1"
    assert page.editor.is_dirty(), "the typed text is still unsaved, not thrown away"


def _click_header(page, qtbot, key):
    from PySide6.QtCore import QPoint

    header = page.view.horizontalHeader()
    col = page.model.KEYS.index(key)
    pos = QPoint(header.sectionViewportPosition(col) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _column(page, key):
    col = page.model.KEYS.index(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_sorting_by_company_puts_people_without_one_first_then_last(page, qtbot):
    _click_header(page, qtbot, "company")
    assert _column(page, "company") == [
        "",
        "Bakkerij De Molen",
        "Bakkerij De Molen",
        "Van Dijk Installatietechniek B.V.",
    ]
    _click_header(page, qtbot, "company")  # again: descending
    assert _column(page, "company") == [
        "Van Dijk Installatietechniek B.V.",
        "Bakkerij De Molen",
        "Bakkerij De Molen",
        "",
    ]


def test_typing_while_sorted_by_city_finds_a_contact_saved_meanwhile(page, qtbot):
    """The list keeps the city order between keystrokes (issue 20); a change made since
    must show all the same."""
    _click_header(page, qtbot, "city")
    qtbot.keyClicks(page.filter, "ja")
    assert _column(page, "name") == ["Jansen, Jan"]
    service.save_contact(
        service.ContactData(
            first_name="Jaap", last_name="Aalders", email="jaap@aalders.nl", city="Assen"
        )
    )
    page.refresh()  # what the page does when it is shown again
    qtbot.keyClicks(page.filter, "a")  # "jaa"
    assert _column(page, "name") == ["Aalders, Jaap"]
    page.filter.clear()
    assert "Aalders, Jaap" in _column(page, "name")
    cities = [c.lower() for c in _column(page, "city")]
    assert cities == sorted(cities)
