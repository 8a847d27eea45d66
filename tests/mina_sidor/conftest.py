"""The e-service pages of tests/eservice_blocks, for what a signed-in citizen sees of them."""

from tests.eservice_blocks.conftest import contact_page  # noqa: F401
from tests.eservice_types.application.conftest import application_page  # noqa: F401
from tests.eservice_types.booking.conftest import booking_page, day, resource  # noqa: F401
