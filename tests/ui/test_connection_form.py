"""The connection form's PDF (R22): one A4 page saying who connects to whom and who signs.

The text checks need poppler's ``pdftotext`` and the picture check its
``pdftoppm``; without them those parts are skipped, saying so.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from custadmin.services.bureaus import ConnectionForm
from custadmin.ui.bureaus.connection_form import write_connection_form

HOSTILE = "<b>Evil & Co</b> Bygg AB"
FORM = ConnectionForm(
    reference="BC-000042", bureau_name="Redovisningsbyrån Ek & Partner AB",
    bureau_org_number="556677-8899", client_name=HOSTILE, client_org_number="556123-4567",
    responsible="Lina Ek", signer="Anna Berg", signer_role="system_administrator",
    date=dt.date(2026, 3, 4), valid_until=dt.date(2026, 4, 3))


def _text(pdf: Path) -> str:
    """The PDF's text as pdftotext reads it (pages ended by form feeds)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.fixture
def pdf(qapp: QApplication, tmp_path: Path) -> Path:
    path = tmp_path / "connection form.pdf"
    write_connection_form(FORM, path)
    return path


def test_the_form_is_a_pdf_and_leaves_nothing_else(pdf: Path) -> None:
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in pdf.parent.iterdir()] == [pdf.name]


def test_the_form_names_both_parties_the_signer_and_the_reference(pdf: Path) -> None:
    text = _text(pdf)
    flat = " ".join(text.split())
    assert text.count("\f") == 1, "one page"
    for fact in (FORM.bureau_name, FORM.bureau_org_number, HOSTILE, FORM.client_org_number,
                 FORM.responsible, FORM.reference):
        assert fact in flat, fact
    assert "To be signed by: Anna Berg (system administrator)" in flat
    assert "an unsigned form expires after 30 days" in flat
    for caption in ("Signature", "Name in block letters", "Date", "Place"):
        assert caption in flat


def test_an_authorised_signatory_and_no_known_role(qapp: QApplication, tmp_path: Path) -> None:
    signatory = tmp_path / "signatory.pdf"
    write_connection_form(replace(FORM, signer_role="authorised_signatory"), signatory)
    assert "To be signed by: Anna Berg (authorised signatory)" in " ".join(
        _text(signatory).split())
    nobody = tmp_path / "nobody.pdf"
    write_connection_form(replace(FORM, signer="", signer_role=""), nobody)
    assert ("To be signed by: the client's system administrator or an authorised signatory"
            in " ".join(_text(nobody).split()))


def test_a_very_long_name_still_fits_one_page(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    write_connection_form(replace(FORM, client_name="Hägg" * 60), path)
    assert _text(path).count("\f") == 1


def test_the_first_page_renders_to_png(pdf: Path, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the PDF is not rendered")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(tmp_path / "page")], check=True, capture_output=True)
    png = tmp_path / "page.png"
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_an_unwritable_place_is_an_os_error(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_connection_form(FORM, tmp_path / "no such folder" / "form.pdf")
    assert list(tmp_path.iterdir()) == []
