"""A case as a PDF for registrars and archives: reference, e-service, dates, the answers, the
messages and the names of the files. DejaVu Sans (Debian's fonts-dejavu-core) covers Swedish
and other letters; without it a core font is used and other characters are replaced."""

from pathlib import Path

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")


class CaseDocument(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        regular, bold = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"
        self.unicode = regular.exists() and bold.exists()
        self.family_name = "DejaVu" if self.unicode else "Helvetica"
        if self.unicode:
            self.add_font("DejaVu", "", str(regular))
            self.add_font("DejaVu", "B", str(bold))

    def text_of(self, value) -> str:
        text = str(value if value is not None else "")
        return text if self.unicode else text.encode("latin-1", "replace").decode("latin-1")

    def heading(self, text, size=13):
        self.set_font(self.family_name, "B", size)
        self.multi_cell(0, 8, self.text_of(text), new_x="LMARGIN", new_y="NEXT")

    def pair(self, label, value):
        self.set_font(self.family_name, "B", 10)
        self.multi_cell(0, 6, self.text_of(label), new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.family_name, "", 10)
        self.multi_cell(0, 6, self.text_of(value or "-"), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def _when(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else "-"


def case_pdf(case) -> bytes:
    with translation.override(case.language or "sv"):
        document = CaseDocument()
        document.set_title(f"{case.reference} {case.service_title}")
        document.add_page()
        document.heading(case.title, size=15)
        document.pair(_("Reference"), case.reference)
        document.pair(_("Department"), str(case.department))
        document.pair(_("Received"), _when(case.received_at))
        document.pair(_("Status"), case.get_status_display())
        document.heading(_("Submitted answers"))
        for label, value in case.answers:
            document.pair(label, value)
        messages = list(case.messages.all())
        if messages:
            document.heading(_("Messages"))
            for message in messages:
                document.pair(f"{message.get_direction_display()}, {_when(message.created_at)}", message.body)
        names = [a.name for a in case.attachments.all()] + [m.attachment_name for m in messages if m.attachment_name]
        if names:
            document.heading(_("Attachments"))
            for name in names:
                document.pair("", name)
        return bytes(document.output())
