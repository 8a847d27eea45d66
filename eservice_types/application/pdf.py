"""The submitted application as a PDF for the handler's file: reference, service, dates, each
step's answers and the attachments' names. DejaVu Sans (Debian's fonts-dejavu-core) covers
Swedish letters; without it a core font is used and other characters are replaced."""

from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


class _Document(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        self.unicode = FONT.exists() and BOLD.exists()
        if self.unicode:
            self.add_font("DejaVu", "", str(FONT))
            self.add_font("DejaVu", "B", str(BOLD))
            self.family_name = "DejaVu"
        else:  # pragma: no cover - the Debian font is installed by .ci/run
            self.family_name = "Helvetica"

    def text_of(self, value) -> str:
        text = str(value)
        return text if self.unicode else text.encode("latin-1", "replace").decode("latin-1")

    def heading(self, text, size=14):
        self.set_font(self.family_name, "B", size)
        self.multi_cell(0, 8, self.text_of(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def pair(self, label, value):
        self.set_font(self.family_name, "B", 10)
        self.multi_cell(0, 6, self.text_of(label), new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.family_name, "", 10)
        self.multi_cell(0, 6, self.text_of(value or "-"), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def application_pdf(case) -> bytes:
    document = _Document()
    document.set_title(f"{case.reference} {case.service_title}")
    document.add_page()
    document.heading(f"{case.service_title}", size=16)
    document.pair(_("Reference"), case.reference)
    document.pair(_("Received"), timezone.localtime(case.received_at).strftime("%Y-%m-%d %H:%M"))
    document.pair(_("Department"), str(case.department))
    for step in (case.data or {}).get("steps", []):
        document.ln(2)
        document.heading(step["title"], size=13)
        for item in step["answers"]:
            document.pair(item["label"], item["value"])
    names = [attachment.name for attachment in case.attachments.all()]
    if names:
        document.ln(2)
        document.heading(_("Attachments"), size=13)
        for name in names:
            document.pair("", name)
    return bytes(document.output())
