"""Case links from a random per-case nonce and the server's secret; idempotency keys stored
only as a keyed hash.

Before, the link's token was derived from the submission's idempotency key, stored in plain
text: a copy of the database gave every live link. Each existing case gets a nonce (its new
link, used in e-mails from now on), keeps the hash of its old link so that links already sent
keep working, and its raw key is replaced by its keyed hash before the column is dropped.

The derivations are written out here as they were when this migration was made: a migration
must give the same result whatever the code looks like later.
"""

import base64
import hashlib
import secrets

from django.db import migrations, models
from django.utils.crypto import salted_hmac


def _token_from_nonce(nonce: str) -> str:
    digest = salted_hmac("kommunportal.eservices.case-link", nonce, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _key_hash(key: str) -> str:
    return salted_hmac("kommunportal.eservices.idempotency-key", key, algorithm="sha256").hexdigest()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def hash_keys_and_give_nonces(apps, schema_editor):
    Case = apps.get_model("eservice_blocks", "Case")
    rows = Case.objects.filter(token_nonce="").values_list("pk", "access_token_hash", "idempotency_key")
    for pk, old_token_hash, key in rows.iterator(chunk_size=500):
        nonce = secrets.token_hex(32)
        Case.objects.filter(pk=pk).update(
            legacy_access_token_hash=old_token_hash,
            access_token_hash=_sha256(_token_from_nonce(nonce)),
            token_nonce=nonce,
            idempotency_key_hash=_key_hash(key) if key else None,
            idempotency_key=None,
        )


def restore_old_links(apps, schema_editor):
    """Back: the old links work again. The raw keys cannot be restored (only their hash was
    kept), so a replay after going back makes a new case, and links made since stop working."""
    Case = apps.get_model("eservice_blocks", "Case")
    for pk, old_token_hash in Case.objects.exclude(legacy_access_token_hash=None).values_list(
        "pk", "legacy_access_token_hash"
    ):
        Case.objects.filter(pk=pk).update(access_token_hash=old_token_hash, legacy_access_token_hash=None)


class Migration(migrations.Migration):
    dependencies = [("eservice_blocks", "0006_notification_moved")]

    operations = [
        migrations.AddField(
            model_name="case",
            name="token_nonce",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="case",
            name="legacy_access_token_hash",
            field=models.CharField(blank=True, editable=False, max_length=64, null=True, unique=True),
        ),
        migrations.AddField(
            model_name="case",
            name="idempotency_key_hash",
            field=models.CharField(blank=True, editable=False, max_length=64, null=True, unique=True),
        ),
        migrations.AddField(
            model_name="case",
            name="submission_hash",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.RunPython(hash_keys_and_give_nonces, restore_old_links, elidable=False),
        migrations.RemoveField(model_name="case", name="idempotency_key"),
    ]
