"""The e-service page of tests/eservice_blocks, for input sent to it."""

from tests.eservice_blocks.conftest import contact_page  # noqa: F401
