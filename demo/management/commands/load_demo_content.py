"""Load the demo municipality (Sjöviks kommun): departments, audiences, information pages and
their English and Arabic translations. Safe to run again: what exists is left as it is."""

import datetime
import importlib

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page, Site

from cms_pages.models import AudiencePage, GuidePage, HomePage, InformationPage
from demo import search as search_demo
from demo.cases import create_demo_cases
from demo.content import AUDIENCES, CONTACT_ON_PAGES, DEPARTMENTS, ESERVICE_MODULES, GUIDES, HOME
from demo.history import create_history
from demo.images import demo_image
from demo.stream import guide_outcomes, guide_questions, is_translated, pick, stream_data
from demo.translate import translate_page
from departments.models import Department
from search.indexing import rebuild as rebuild_search_index

TRANSLATIONS = ("en", "ar")
#: Apps with demo content of their own (`demo/<app>.py`), loaded in this order (before the demo cases).
CONTENT_APPS = ("alerts", "news", "events", "places", "municipality", "handover")


def body_of(data: dict) -> list[dict]:
    """A demo page's blocks, with its Contact e-service at the end where it has one."""
    blocks = list(data.get("body", []))
    if data.get("slug") in CONTACT_ON_PAGES:
        blocks.append({"type": "eservice_contact", "value": CONTACT_ON_PAGES[data["slug"]]})
    return blocks


class Command(BaseCommand):
    help = "Create the demo municipality's content. Existing pages are kept; missing ones are added."

    def handle(self, *args, **options):
        # No transaction around the whole load: wagtail-localize publishes translations when
        # their transaction commits, and a long outer transaction would publish stale copies.
        self.ensure_locales()
        departments = self.ensure_departments()
        home = self.ensure_home(departments)
        self.pages_by_slug: dict[str, Page] = {}
        audiences = self.ensure_audiences(home, departments)
        self.ensure_information_pages(audiences, departments)
        self.ensure_eservice_pages(departments)
        self.fill_bodies(home, audiences)
        self.ensure_guides(departments)
        self.translate_all(home, audiences)
        self.translate_eservice_pages()
        self.translate_guides()
        self.grant_department_permissions(home, departments)
        for module in ESERVICE_MODULES:
            if hasattr(module, "populate"):
                module.populate(self.pages_by_slug)
        self.load_app_demos(departments)
        created = create_demo_cases(self.pages_by_slug)
        history = create_history(self.pages_by_slug)
        if history:
            self.stdout.write(f"Created {history} cases of anonymous history for the figures.")
        if created:
            self.stdout.write(f"Created {created} demo cases.")
        search_demo.set_up()
        documents = rebuild_search_index()
        self.stdout.write(f"Search: {documents} documents indexed.")
        pages = Page.objects.filter(depth__gt=1).count()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {pages} pages in {Locale.objects.count()} languages.")
        )

    def load_app_demos(self, departments):
        """The content apps' demo (news, events, places, important messages), each loaded
        idempotently like this command; an app that is not installed is left out."""
        for app_label in CONTENT_APPS:
            if apps.is_installed(app_label):
                module = importlib.import_module(f"demo.{app_label}")
                module.load_demo(self.pages_by_slug, departments, self.stdout)

    # --- structure ---------------------------------------------------------------------------

    def ensure_locales(self):
        for code in ("sv", *TRANSLATIONS):
            Locale.objects.get_or_create(language_code=code)

    def ensure_departments(self) -> dict[str, Department]:
        departments = {}
        for item in DEPARTMENTS:
            department, _created = Department.objects.get_or_create(
                name=item["name"], defaults={"contact_email": item["email"]}
            )
            group, _created = Group.objects.get_or_create(name=item["group"])
            group.permissions.add(Permission.objects.get(codename="access_admin"))
            department.staff_groups.add(group)
            department.save()
            departments[item["key"]] = department
        return departments

    def ensure_home(self, departments) -> HomePage:
        sv = Locale.objects.get(language_code="sv")
        home = HomePage.objects.filter(locale=sv, depth=2).first()
        site = Site.objects.filter(is_default_site=True).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=pick(HOME["title"], "sv"),
                slug="hem",
                intro=pick(HOME["intro"], "sv"),
                owning_department=departments[HOME["department"]],
                locale=sv,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            if site is None:
                site = Site(hostname="localhost", port=80, is_default_site=True)
            old_root = site.root_page if site.root_page_id else None
            site.root_page = home
            site.site_name = pick(HOME["title"], "sv")
            site.save()
            # Wagtail's placeholder "Welcome" page has no purpose once the home page exists.
            if old_root is not None and type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def ensure_audiences(self, home, departments) -> list[tuple[object, AudiencePage]]:
        audiences = []
        for content in AUDIENCES:
            data = content["audience"]
            page = AudiencePage.objects.child_of(home).filter(slug=data["slug"]).first()
            if page is None:
                page = AudiencePage(
                    title=pick(data["title"], "sv"),
                    slug=data["slug"],
                    intro=pick(data["intro"], "sv"),
                    owning_department=departments[data["department"]],
                    tile_image=demo_image(
                        data["slug"], pick(data["title"], "sv"), data.get("color"), data.get("motif")
                    ),
                    show_in_menus=True,
                )
                home.add_child(instance=page)
                page.save_revision().publish()
            self.pages_by_slug[data["slug"]] = page
            audiences.append((content, page))
        return audiences

    def ensure_information_pages(self, audiences, departments):
        for content, audience in audiences:
            for data in content["pages"]:
                self.ensure_information_page(audience, data, departments)

    def ensure_information_page(self, parent, data, departments):
        page = InformationPage.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page is None:
            review = timezone.localdate() + datetime.timedelta(days=300)
            if data.get("review_overdue"):
                review = timezone.localdate() - datetime.timedelta(days=30)
            page = InformationPage(
                title=pick(data["title"], "sv"),
                slug=data["slug"],
                intro=pick(data["intro"], "sv"),
                owning_department=departments[data["department"]],
                review_date=review,
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
        self.pages_by_slug[data["slug"]] = page
        for child in data.get("children", []):
            self.ensure_information_page(page, child, departments)

    def ensure_eservice_pages(self, departments):
        for module in ESERVICE_MODULES:
            if hasattr(module, "prepare"):
                module.prepare(departments)
            for data in module.PAGES:
                self.ensure_information_page(self.resolve(data["parent"]), data, departments)

    def translate_eservice_pages(self):
        for module in ESERVICE_MODULES:
            for data in self.flatten(module.PAGES):
                self.fill_page(data)
                if is_translated(data["title"]):
                    page = self.resolve(data["slug"])
                    for language in TRANSLATIONS:
                        translate_page(page, language, self.translated_copy(page, data, language))

    # --- content that links between pages (needs every page to exist first) -------------------

    def resolve(self, slug: str) -> Page:
        try:
            return self.pages_by_slug[slug]
        except KeyError:
            raise ValueError(f"Demo content links to an unknown page {slug!r}") from None

    def fill_bodies(self, home, audiences):
        if not home.top_tasks:
            home.top_tasks = [
                {"type": "task", "value": {"page": self.resolve(slug).pk, "url": "", "label": ""}}
                for slug in HOME["top_tasks"]
            ]
            home.save_revision().publish()
        for content, audience in audiences:
            self.fill_body(audience, content["audience"])
            related = [self.resolve(slug) for slug in content["audience"].get("related", [])]
            if related and not audience.related_audiences.exists():
                audience.related_audiences.set(related)
                audience.save_revision().publish()
            for data in content["pages"]:
                self.fill_page(data)

    def fill_page(self, data):
        page = self.resolve(data["slug"])
        self.fill_body(page, data)
        tags = [self.resolve(slug) for slug in data.get("also_for", [])]
        if tags and not page.audiences.exists():
            page.audiences.set(tags)
            page.save_revision().publish()
        for child in data.get("children", []):
            self.fill_page(child)

    def fill_body(self, page, data):
        if page.body or not data.get("body"):
            return
        page.body = stream_data(body_of(data), "sv", data["slug"], self.resolve)
        page.save_revision().publish()

    # --- guides ------------------------------------------------------------------------------

    def ensure_guides(self, departments):
        for data in GUIDES:
            parent = self.resolve(data["parent"])
            guide = GuidePage.objects.child_of(parent).filter(slug=data["slug"]).first()
            if guide is None:
                guide = GuidePage(
                    title=pick(data["title"], "sv"),
                    slug=data["slug"],
                    intro=pick(data["intro"], "sv"),
                    owning_department=departments[data["department"]],
                    questions=guide_questions(data["questions"], "sv", data["slug"]),
                    outcomes=guide_outcomes(data["outcomes"], "sv", data["slug"], self.resolve),
                )
                parent.add_child(instance=guide)
                guide.audiences.set([self.resolve(slug) for slug in data.get("also_for", [])])
                guide.save_revision().publish()
            self.pages_by_slug[data["slug"]] = guide

    def translate_guides(self):
        for data in GUIDES:
            guide = self.resolve(data["slug"]).specific
            for language in TRANSLATIONS:
                copy = GuidePage.objects.get(pk=guide.pk)
                copy.title = pick(data["title"], language)
                copy.slug = data["en_slug"]
                copy.intro = pick(data["intro"], language)
                copy.questions = guide_questions(data["questions"], language, data["slug"])
                copy.outcomes = guide_outcomes(data["outcomes"], language, data["slug"], self.resolve)
                translate_page(guide, language, copy)

    # --- translations ------------------------------------------------------------------------

    def translated_copy(self, page, data, language):
        copy = type(page).objects.get(pk=page.pk)
        copy.title = pick(data["title"], language)
        # Home pages of all languages are siblings under the tree root, so their slugs must differ.
        copy.slug = f"hem-{language}" if isinstance(page, HomePage) else data.get("en_slug", data["slug"])
        copy.intro = pick(data["intro"], language)
        if data.get("body") and hasattr(copy, "body"):
            copy.body = stream_data(body_of(data), language, data["slug"], self.resolve)
        return copy

    def translate_all(self, home, audiences):
        home_data = {**HOME, "slug": "hem"}
        home_data.pop("top_tasks")
        for language in TRANSLATIONS:
            translate_page(home, language, self.translated_copy(home, home_data, language))
        for content, audience in audiences:
            for language in TRANSLATIONS:
                translate_page(audience, language, self.translated_copy(audience, content["audience"], language))
        for content, _audience in audiences:
            for data in self.flatten(content["pages"]):
                if is_translated(data["title"]):
                    page = self.resolve(data["slug"])
                    for language in TRANSLATIONS:
                        translate_page(page, language, self.translated_copy(page, data, language))

    def flatten(self, pages):
        for data in pages:
            yield data
            yield from self.flatten(data.get("children", []))

    # --- permissions -------------------------------------------------------------------------

    def grant_department_permissions(self, home, departments):
        """Editors of every department may edit the whole site; reports narrow it to their own pages."""
        for department in departments.values():
            for group in department.staff_groups.all():
                for codename in ("add_page", "change_page", "publish_page"):
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=home, permission=Permission.objects.get(codename=codename)
                    )
