"""A pytest plugin for plugin packages: test an e-service against an installed Kommunportal.

Load it with `-p kommunportal.testing` (before pytest-django reads its settings, so it can set
DJANGO_SETTINGS_MODULE to the project's test settings when nothing else did) or with
`pytest_plugins = ["kommunportal.testing"]` in the package's root conftest.py. See
docs/plugins/README.md.

Fixtures: `eservice_page` (a published page with the plugin's block, by plugin id),
`receiving_department`, `citizen` and `citizen_client` (signed in with e-identification),
`handler_client` (a staff user of the receiving department), `outbox` (the notifications and the
e-mails sent). `form_data()` fills in the e-service's form on a page as a browser would.
"""

import os
import sys
import uuid
from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.test")
# The apps live at the repository root, beside the site package's folder.
_REPOSITORY = str(Path(__file__).resolve().parent.parent.parent)
if _REPOSITORY not in sys.path:
    sys.path.append(_REPOSITORY)

#: The identity the `citizen` fixture signs in with (a valid Swedish test number).
CITIZEN_NUMBER = "19121212-1212"


@pytest.fixture
def receiving_department(db):
    """The department that receives the cases of `eservice_page`'s e-service."""
    from django.contrib.auth.models import Group

    # Inside: this plugin loads before Django is set up.
    from departments.models import Department

    department, _ = Department.objects.get_or_create(
        name="Testförvaltningen", defaults={"contact_email": "testforvaltningen@example.com"}
    )
    group, _ = Group.objects.get_or_create(name="Staff of Testförvaltningen")
    department.staff_groups.add(group)
    department.save()  # a parental many-to-many: stored on save
    return department


@pytest.fixture
def site_root(db, receiving_department):
    """A Swedish home page, the default site's root."""
    from wagtail.models import Locale, Page, Site

    # Inside: this plugin loads before Django is set up.
    from cms_pages.models import HomePage

    locale, _ = Locale.objects.get_or_create(language_code="sv")
    # With --nomigrations the tree's root (made by a Wagtail migration) is missing.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage(
        title="Testkommunen", slug=f"home-{uuid.uuid4().hex[:8]}", owning_department=receiving_department, locale=locale
    )
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


@pytest.fixture
def eservice_page(site_root, receiving_department):
    """Make a published page holding one block of an e-service: `eservice_page("parking", **settings)`.

    The block's settings default to a title, the receiving department and a year's retention;
    keyword arguments add the plugin's own. The block's id is `page.eservice_block_id`.
    """
    # Inside: this plugin loads before Django is set up.
    from cms_pages.models import InformationPage
    from eservice_blocks.registry import block_name

    def make(plugin_id: str, **settings):
        block_id = str(uuid.uuid4())
        value = {
            "title": plugin_id.replace("_", " ").capitalize(),
            "intro": "",
            "receiving_department": receiving_department.pk,
            "confirmation_text": "",
            "expected_lead_time_days": 10,
            "retention_days": 365,
            **settings,
        }
        page = InformationPage(
            title=value["title"], slug=f"{plugin_id.replace('_', '-')}-{block_id[:8]}", intro="Så här gör du."
        )
        site_root.add_child(instance=page)
        page.body = [{"type": block_name(plugin_id), "id": block_id, "value": value}]
        page.save_revision().publish()
        page.refresh_from_db()
        page.eservice_block_id = block_id
        return page

    return make


def form_data(client, page, **answers) -> dict:
    """The e-service form of `page` as the client's browser would send it: its hidden fields
    (the block id, the idempotency key) and `answers` by field name, with the form's prefix."""
    from bs4 import BeautifulSoup

    # Inside: this plugin loads before Django is set up.
    from eservice_blocks.forms import form_prefix

    block_id = page.eservice_block_id
    form = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(f"#es-{block_id} form")
    assert form is not None, f"No form of the e-service block {block_id} on {page.url}"
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    prefix = form_prefix(block_id)
    data.update({f"{prefix}-{name}": value for name, value in answers.items()})
    return data


@pytest.fixture
def citizen(db):
    """The identity `citizen_client` is signed in with (name Tolvan Tolvansson)."""
    # Inside: this plugin loads before Django is set up.
    from citizens.identity import Identity

    return Identity(
        personal_identity_number=CITIZEN_NUMBER,
        given_name="Tolvan",
        family_name="Tolvansson",
        provider="oidc",
        assurance="http://id.elegnamnden.se/loa/1.0/loa3",
    )


@pytest.fixture
def citizen_client(client, citizen):
    """A test client signed in with e-identification as `citizen`."""
    from django.conf import settings

    # Inside: this plugin loads before Django is set up.
    from citizens import session

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store.create()
    session.sign_in(SimpleNamespace(session=store), citizen)
    store.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    return client


@pytest.fixture
def handler_client(db, receiving_department):
    """A test client signed in to the admin as a case handler of the receiving department."""
    from django.contrib.auth.models import Permission, User
    from django.test import Client

    user = User.objects.create_user("handlaggare", password=uuid.uuid4().hex)
    group = receiving_department.staff_groups.first()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    handler = Client()
    handler.force_login(user)
    return handler


@pytest.fixture
def outbox(db, mailoutbox, django_capture_on_commit_callbacks):
    """What was sent: `outbox.notifications` (the queued notifications) and `outbox.emails`.

    Notifications are sent after the transaction commits: submit inside `with outbox.sending():`.
    """
    # Inside: this plugin loads before Django is set up.
    from notifications.models import Notification

    class Outbox:
        emails = mailoutbox

        @property
        def notifications(self):
            return list(Notification.objects.order_by("pk"))

        def sending(self):
            return django_capture_on_commit_callbacks(execute=True)

    return Outbox()


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A well-formed PDF of these objects (numbered from 1, the first is the catalog), with the
    cross-reference table a reader needs."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_upload(name: str = "intyg.pdf"):
    """A plain one-page PDF, as a citizen uploads it."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    return SimpleUploadedFile(name, pdf_bytes(objects), content_type="application/pdf")


def program_upload(name: str = "intyg.pdf"):
    """A Windows program under a harmless name, which uploads must refuse."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, b"MZ\x90\x00\x03\x00\x00\x00 a Windows program", content_type="application/pdf")
