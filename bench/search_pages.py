"""Create N live information pages (default 10,000, env SEARCH_BENCH_PAGES) under the Swedish
audience page `husagare` of the demo content, then rebuild the site search index and time it.

Titles, introductions and bodies are Swedish text composed from the words and sentences of the
demo pages' titles and introductions (seeded, env SEARCH_BENCH_SEED, so every run creates the
same pages). Pages are added with `add_child` (live, no revisions) in batches of 500 inside
transactions. Runs against the database in DATABASE_URL with the demo content loaded:

    python bench/search_pages.py                (or: manage.py shell < bench/search_pages.py)

Progress goes to stderr; the last line on stdout is JSON: pages created, live pages, search
documents, seconds to create the pages and to index, and the size of the Swedish vocabulary.
"""

import json
import os
import random
import re
import sys
import time

BATCH = 500
# Short words that read naturally between the demo's words.
LINKS = ["och", "för", "i", "om", "med", "vid", "till", "på", "av", "efter"]
TITLE_PATTERNS = [
    "{A}",
    "{A} och {b}",
    "{A} för {b}",
    "{A} i {place}",
    "Ansök om {b}",
    "Frågor om {b}",
    "Så fungerar {b}",
    "{A} vid {b}",
    "Regler för {b}",
    "Avgifter för {b}",
    "{A}: {b} och {c}",
]
INTRO_PATTERNS = [
    "Här får du veta vad som gäller för {b} och {c} i {place}.",
    "Läs om {b}, {c} och hur du gör för att {verb}.",
    "Kommunen ansvarar för {b}. Du som bor i {place} kan {verb} via e-tjänsten.",
    "Så här {verb} du när det gäller {b} och {c}.",
]
VERBS = ["ansöka", "anmäla", "boka tid", "söka", "betala", "överklaga", "kontakta oss", "lämna synpunkter"]
PLACES = ["Sjövik", "Norrby", "Hamnen", "Centrum", "Skogsdal", "Ekbacken", "Strandvik", "Västerås"]
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def vocabulary_from_demo(parent):
    """Words and sentences of the Swedish demo pages' titles and introductions."""
    from wagtail.models import Page

    title_words, text_words, sentences = set(), set(), []
    for page in Page.objects.live().filter(locale_id=parent.locale_id, depth__gt=2).specific():
        title_words.update(word.casefold() for word in WORD.findall(page.title))
        intro = str(getattr(page, "intro", "") or "")
        text_words.update(word.casefold() for word in WORD.findall(intro))
        sentences.extend(part.strip() for part in re.split(r"(?<=[.!?])\s+", intro) if len(part.strip()) > 20)
    title_words -= set(LINKS)
    return sorted(title_words), sorted(text_words - set(LINKS)), sorted(set(sentences))


class Composer:
    def __init__(self, seed: int, title_words, text_words, sentences):
        self.random = random.Random(seed)
        self.title_words, self.text_words, self.sentences = title_words, text_words, sentences

    def slots(self) -> dict:
        b, c = self.random.sample(self.title_words, 2)
        return {
            "A": self.random.choice(self.title_words).capitalize(),
            "b": b,
            "c": c,
            "place": self.random.choice(PLACES),
            "verb": self.random.choice(VERBS),
        }

    def words(self, count: int) -> str:
        pool = self.title_words if self.random.random() < 0.3 else self.text_words
        chosen = [self.random.choice(pool) for _ in range(count)]
        for index in range(2, count, 4):
            chosen[index] = self.random.choice(LINKS)
        return " ".join(chosen)

    def sentence(self) -> str:
        if self.random.random() < 0.5:
            return self.random.choice(self.sentences)
        return self.words(self.random.randint(7, 15)).capitalize() + "."

    def page(self) -> tuple[str, str, str]:
        slots = self.slots()
        title = self.random.choice(TITLE_PATTERNS).format(**slots)
        intro = f"{self.random.choice(INTRO_PATTERNS).format(**slots)} {self.sentence()}"[:480]
        parts = []
        for _ in range(self.random.randint(2, 4)):
            parts.append(f"<p>{' '.join(self.sentence() for _ in range(self.random.randint(2, 4)))}</p>")
        parts.append(f"<h2>{self.words(self.random.randint(2, 4)).capitalize()}</h2>")
        items = "".join(f"<li>{self.words(self.random.randint(3, 7))}</li>" for _ in range(self.random.randint(3, 5)))
        parts.append(f"<ul>{items}</ul><p>{self.sentence()} {self.sentence()}</p>")
        return title, intro, "".join(parts)


def main() -> None:
    import django

    django.setup()
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Page
    from wagtail.rich_text import RichText

    from cms_pages.models import AudiencePage, InformationPage
    from search import indexing
    from search.models import SearchDocument

    count = int(os.environ.get("SEARCH_BENCH_PAGES", "10000"))
    seed = int(os.environ.get("SEARCH_BENCH_SEED", "1"))
    parent = AudiencePage.objects.get(slug="husagare", locale__language_code="sv")
    department_id = parent.owning_department_id  # what OwnedPage.save would take from the parent
    composer = Composer(seed, *vocabulary_from_demo(parent))
    log = sys.stderr

    print(f"== Creating {count} information pages under {parent.url_path}", file=log, flush=True)
    started = time.monotonic()
    now = timezone.now()
    created = 0
    while created < count:
        with transaction.atomic():
            parent = Page.objects.get(pk=parent.pk)  # numchild and path as committed
            for _ in range(min(BATCH, count - created)):
                title, intro, body = composer.page()
                created += 1
                page = InformationPage(
                    title=title,
                    slug=f"{slugify(title)[:60]}-{created}",
                    intro=intro,
                    body=[("rich_text", RichText(body))],
                    locale_id=parent.locale_id,
                    owning_department_id=department_id,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
                parent.add_child(instance=page)
        elapsed = time.monotonic() - started
        print(f"{created}/{count} pages ({elapsed:.0f} s)", file=log, flush=True)
    create_seconds = time.monotonic() - started

    print("== Rebuilding the search index", file=log, flush=True)
    step = {"last": -1}

    def progress(number, total):
        percent = number * 100 // max(total, 1)
        if percent != step["last"] and (percent % 10 == 0 or number == total):
            step["last"] = percent
            print(f"{number}/{total} pages indexed ({percent} %, {time.monotonic() - begun:.0f} s)", file=log, flush=True)

    begun = time.monotonic()
    documents = indexing.rebuild(progress)
    index_seconds = time.monotonic() - begun
    print(f"Indexing took {index_seconds:.1f} s ({documents} documents)", file=log, flush=True)
    if connection.vendor == "postgresql":
        # What autovacuum would do shortly after a rebuild, done now so that it does not happen
        # in the middle of the measurement.
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {SearchDocument._meta.db_table}")

    print(
        json.dumps(
            {
                "pages_created": created,
                "live_pages": Page.objects.live().filter(depth__gt=1).count(),
                "documents": SearchDocument.objects.count(),
                "documents_sv": SearchDocument.objects.filter(language="sv").count(),
                "create_seconds": round(create_seconds, 1),
                "index_seconds": round(index_seconds, 1),
                "vocabulary_sv": len(indexing.vocabulary("sv")),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":  # python bench/search_pages.py
    from pathlib import Path

    ROOT = Path(__file__).resolve().parents[1]
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")
    main()
elif __name__ == "django.core.management.commands.shell":  # manage.py shell < bench/search_pages.py
    main()
