"""Create N live information pages (default 10,000, env SEARCH_BENCH_PAGES) under the Swedish
audience page `husagare` of the demo content, then rebuild the site search index and time it.

Titles, introductions and bodies are Swedish text composed from the words and sentences of the
demo pages' titles and introductions (seeded, env SEARCH_BENCH_SEED, so every run creates the
same pages). Pages are written as `add_child` would write them (live, no revisions, not in the
admin's own search index) in batches of 500 inside transactions. Runs against the database in
DATABASE_URL with the demo content loaded:

    python bench/search_pages.py                (or: manage.py shell < bench/search_pages.py)

Progress goes to stderr; the last line on stdout is JSON: pages created, live pages, search
documents, seconds to create the pages and to index, and the size of the Swedish vocabulary.
"""

import itertools
import json
import os
import random
import re
import sys
import time

BATCH = 500
# Short words that read naturally between the demo's words.
LINKS = ["och", "för", "i", "om", "med", "vid", "till", "på", "av", "efter", "när", "som"]
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
    "{A}: {b} i {place}",
]
INTRO_PATTERNS = [
    "Här får du veta vad som gäller för {a} och {b} i {place}.",
    "Läs om {a}, {b} och hur du gör för att {verb}.",
    "Kommunen ansvarar för {a}. Du som bor i {place} kan {verb} via e-tjänsten.",
    "Så här {verb} du när det gäller {a} och {b}.",
]
VERBS = ["ansöka", "anmäla", "boka tid", "söka", "betala", "överklaga", "kontakta oss", "lämna synpunkter"]
PLACES = ["Sjövik", "Norrby", "Hamnen", "Centrum", "Skogsdal", "Ekbacken", "Strandvik", "Lillsjö"]
# Title words that say nothing about what a page is about ("Behöver jag bygglov?").
NOT_SUBJECTS = {"behöver", "dig", "jag", "som", "hit", "tid", "hitta", "ska", "kom", "igång", "sälja", "starta"}
# Pieces of the demo's web addresses.
NOT_WORDS = {"https", "http", "www", "example", "sjovik", "number", "extension"}
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def demo_text(parent):
    """The Swedish demo pages' words and sentences: title words (what pages are about), the
    other words of their introductions and bodies with how often each occurs, and their
    sentences (as the search index reads them)."""
    from collections import Counter

    from wagtail.models import Page

    from search.indexing import documents_for

    title_words, counts, sentences = set(), Counter(), set()
    for page in Page.objects.live().filter(locale_id=parent.locale_id, depth__gt=2):
        for document in documents_for(page):
            title_words.update(word.casefold() for word in WORD.findall(document.title))
            for text in (document.description, document.body):
                counts.update(word.casefold() for word in WORD.findall(text))
                sentences.update(part.strip() for part in SENTENCE.split(text) if 30 < len(part.strip()) < 200)
    title_words -= set(LINKS) | NOT_SUBJECTS
    # Words seen once are mostly list items run together by the index's text ("solcellerbatterier").
    other = sorted(
        word for word, count in counts.items() if count > 1 and word not in title_words | set(LINKS) | NOT_WORDS
    )
    return sorted(title_words), other, [counts[word] for word in other], sorted(sentences)


class Composer:
    """Pages about two or three of the demo's subjects (title words), written with the demo's
    other words as often as the demo uses them, and now and then one of the demo's sentences."""

    def __init__(self, seed: int, title_words, other_words, weights, sentences):
        self.random = random.Random(seed)
        self.title_words, self.other_words, self.sentences = title_words, other_words, sentences
        self.cumulative = list(itertools.accumulate(weights))

    def filler(self, count: int) -> list[str]:
        return self.random.choices(self.other_words, cum_weights=self.cumulative, k=count)

    def sentence(self, topic: list[str]) -> str:
        chosen = self.filler(self.random.randint(7, 15))
        for index in range(2, len(chosen), 4):
            chosen[index] = self.random.choice(LINKS)
        chosen[self.random.randrange(len(chosen))] = self.random.choice(topic)
        return " ".join(chosen).capitalize() + "."

    def page(self) -> tuple[str, str, str]:
        topic = self.random.sample(self.title_words, self.random.randint(2, 3))
        slots = {
            "A": topic[0].capitalize(),
            "a": topic[0],
            "b": topic[1],
            "place": self.random.choice(PLACES),
            "verb": self.random.choice(VERBS),
        }
        title = self.random.choice(TITLE_PATTERNS).format(**slots)
        intro = f"{self.random.choice(INTRO_PATTERNS).format(**slots)} {self.sentence(topic)}"[:480]
        paragraphs = []
        for _ in range(self.random.randint(2, 4)):
            sentences = [self.sentence(topic) for _ in range(self.random.randint(2, 4))]
            paragraphs.append(f"<p>{' '.join(sentences)}</p>")
        if self.random.random() < 0.3:  # boilerplate from the demo
            paragraphs.insert(1, f"<p>{self.random.choice(self.sentences)}</p>")
        heading = " ".join([self.random.choice(topic), *self.filler(self.random.randint(1, 3))]).capitalize()
        items = "".join(f"<li>{' '.join(self.filler(self.random.randint(3, 7)))}</li>" for _ in range(3))
        body = "".join(paragraphs) + f"<h2>{heading}</h2><ul>{items}</ul><p>{self.sentence(topic)}</p>"
        return title, intro, body


def main() -> None:
    import django

    django.setup()
    from django.db import connection, transaction
    from django.db.models import F, Model
    from django.db.models.signals import post_save, pre_save
    from django.utils import timezone
    from django.utils.text import slugify
    from factory.django import mute_signals
    from wagtail.models import Page
    from wagtail.rich_text import RichText

    from cms_pages.models import AudiencePage, InformationPage
    from foundations.tree_cache import TREE, invalidate
    from search import indexing
    from search.models import SearchDocument

    count = int(os.environ.get("SEARCH_BENCH_PAGES", "10000"))
    seed = int(os.environ.get("SEARCH_BENCH_SEED", "1"))
    parent = AudiencePage.objects.get(slug="husagare", locale__language_code="sv")
    department_id = parent.owning_department_id  # what OwnedPage.save would take from the parent
    composer = Composer(seed, *demo_text(parent))
    log = sys.stderr

    print(f"== Creating {count} information pages under {parent.url_path}", file=log, flush=True)
    started = time.monotonic()
    now = timezone.now()
    created = 0
    offset = parent.numchild  # slugs stay unique when run again on the same database
    depth = parent.depth + 1
    while created < count:
        with transaction.atomic(), mute_signals(pre_save, post_save):
            parent = Page.objects.get(pk=parent.pk)  # numchild as committed
            batch = min(BATCH, count - created)
            for number in range(parent.numchild + 1, parent.numchild + batch + 1):
                title, intro, body = composer.page()
                created += 1
                slug = f"{slugify(title)[:60]}-{offset + created}"
                page = InformationPage(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    intro=intro,
                    body=[("rich_text", RichText(body))],
                    locale_id=parent.locale_id,
                    owning_department_id=department_id,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    path=Page._get_path(parent.path, depth, number),
                    depth=depth,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                )
                # The rows add_child would write, without Wagtail's per-save work (validation,
                # the admin's search index): a hundred thousand pages in minutes, not an hour.
                Model.save(page)
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + batch)
        elapsed = time.monotonic() - started
        print(f"{created}/{count} pages ({elapsed:.0f} s)", file=log, flush=True)
    invalidate(TREE)  # what the muted signals would have done
    if connection.vendor == "postgresql":
        # What autovacuum does after so many new rows: without it the planner takes a table of
        # 100,000 pages for an empty one and scans it for every page's audience pages.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    create_seconds = time.monotonic() - started

    print("== Rebuilding the search index", file=log, flush=True)
    step = {"last": -1}

    def progress(number, total):
        percent = number * 100 // max(total, 1)
        if percent != step["last"] and (percent % 10 == 0 or number == total):
            step["last"] = percent
            print(
                f"{number}/{total} pages indexed ({percent} %, {time.monotonic() - begun:.0f} s)", file=log, flush=True
            )

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
