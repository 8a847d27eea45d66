"""Rebuild the site search's documents for every live page, showing progress."""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index (pages, guides and e-services), with progress."

    def handle(self, *args, **options):
        step = {"last": -1}

        def progress(number, total):
            percent = number * 100 // max(total, 1)
            if percent != step["last"] and (percent % 10 == 0 or number == total):
                step["last"] = percent
                self.stdout.write(f"{number}/{total} pages ({percent} %)")

        count = rebuild(progress)
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} documents."))
