"""The outbox is exercised with cases of the Contact e-service."""

from tests.eservice_blocks.conftest import contact_page  # noqa: F401 - a fixture
