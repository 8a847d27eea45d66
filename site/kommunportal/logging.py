"""Log filter that keeps personal data and secret links out of the logs.

Query strings can carry e-mail addresses, phone numbers or identity numbers typed by a citizen,
so request paths are logged without them and common personal-data patterns are masked. The
token in a secret link's path (a case, a receipt, a draft, a booking) is masked as `[token]`
(`foundations.access_log`), as in the web servers' access logs.
"""

import logging
import re

from foundations.access_log import mask_tokens
from foundations.personal_data import mask_personal_data as masked_text

_QUERY = re.compile(r"\?[^\s\"']*")


def mask_personal_data(text: str) -> str:
    """A log line without query strings or link tokens, and with personal data masked by shape."""
    return masked_text(mask_tokens(_QUERY.sub("?…", text)), by_shape=True)


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message with query strings dropped and link tokens and personal
    data masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personal_data(message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True
