"""The citizen's access token to a case, and the keyed hashes under which secrets are stored.

The token is 256 bits derived from the server's secret and a random value stored with the case
(its nonce): the server can put the link in a later e-mail, and the database alone (a copy, a
backup) never gives a link, since it holds only the nonce and a hash of the token. The
submission's idempotency key is stored only as a keyed hash, too.
"""

import base64
import hashlib
import secrets

from django.utils.crypto import salted_hmac

_LINK_SALT = "kommunportal.eservices.case-link"
_KEY_SALT = "kommunportal.eservices.idempotency-key"


def new_nonce() -> str:
    return secrets.token_hex(32)


def access_token_for(nonce: str) -> str:
    """The case's link token from its stored nonce and the server's secret."""
    digest = salted_hmac(_LINK_SALT, nonce, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def key_hash(idempotency_key: str) -> str:
    """How a submission's idempotency key is stored and looked up: keyed, so that the stored
    value cannot be sent as a key again."""
    return salted_hmac(_KEY_SALT, idempotency_key, algorithm="sha256").hexdigest()
