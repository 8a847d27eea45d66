"""Log filter that keeps personal data out of the logs.

Query strings can carry e-mail addresses, phone numbers or identity numbers typed by a citizen,
so request paths are logged without them and common personal-data patterns are masked.
"""

import logging
import re

from foundations.personal_data import mask_personal_data as masked_text

_QUERY = re.compile(r"\?[^\s\"']*")


def mask_personal_data(text: str) -> str:
    """A log line without query strings, and with personal data masked by shape."""
    return masked_text(_QUERY.sub("?…", text), by_shape=True)


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message with query strings dropped and personal data masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personal_data(message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True
