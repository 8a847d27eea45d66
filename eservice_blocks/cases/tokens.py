"""The citizen's access token to a case, and the hash under which it is stored.

The token is 256 bits derived from the submission's random idempotency key and the server's
secret: a resubmission finds the same link again, and the database alone never reveals a link.
"""

import base64
import hashlib

from django.utils.crypto import salted_hmac

_SALT = "kommunportal.eservices.case-access"


def access_token_for(idempotency_key: str) -> str:
    digest = salted_hmac(_SALT, idempotency_key, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
