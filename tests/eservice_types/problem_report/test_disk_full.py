"""A full disk while a report's photos are stored (the disk-full fault drill, bench/drills.sh):
the citizen gets an error, no case is stored, and no photo of the failed submission is left
behind in private storage, where no case would refer to it and no retention job would ever
delete it. Once there is space again, resubmitting the same form stores the report."""

import errno
import os
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.test import Client

from eservice_blocks.cases.models import Case, CaseAttachment
from tests.factories.files import photo

from .conftest import report_data

pytestmark = pytest.mark.django_db

real_save = FileSystemStorage._save


def files_in_case_storage() -> set[Path]:
    return {path for path in (Path(settings.PRIVATE_MEDIA_ROOT) / "case-files").rglob("*") if path.is_file()}


class DiskFullAfter:
    """`FileSystemStorage._save` that stores `files` files, then fails as a full disk does:
    part of the next file is written, then ENOSPC."""

    def __init__(self, files: int):
        self.left = files

    def __call__(self, storage, name, content):
        if self.left > 0:
            self.left -= 1
            return real_save(storage, name, content)
        path = storage.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content.read()[:100])
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_report_whose_photos_cannot_be_stored_leaves_no_case_and_no_files(report_page):
    before = files_in_case_storage()
    client = Client(raise_request_exception=False)
    data = report_data(client, report_page, photos=[photo("lampa.jpg"), photo("stolpe.jpg")])

    with mock.patch.object(FileSystemStorage, "_save", autospec=True, side_effect=DiskFullAfter(1)):
        response = client.post(report_page.url, data)

    assert response.status_code == 500
    assert not Case.objects.filter(page=report_page).exists()
    assert files_in_case_storage() == before  # neither the whole first photo nor half the second

    data[next(name for name in data if name.endswith("photos"))] = [photo("lampa.jpg"), photo("stolpe.jpg")]
    resubmitted = client.post(report_page.url, data)  # space again: the browser sends the form again

    assert resubmitted.status_code == 302
    case = Case.objects.get(page=report_page)
    assert sorted(CaseAttachment.objects.filter(case=case).values_list("name", flat=True)) == [
        "lampa.jpg",
        "stolpe.jpg",
    ]
    assert len(files_in_case_storage()) == len(before) + 2
