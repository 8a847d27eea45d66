"""The demo case system's fixed address and credentials (demo only), importable without
Django: the drill and `make run` start the receiver with them."""

import base64
import os

SYSTEM_NAME = "Bygglovssystemet"
RECEIVER_PORT = int(os.environ.get("DEMO_RECEIVER_PORT", "8010"))
RECEIVER_URL = f"http://127.0.0.1:{RECEIVER_PORT}/webhook"
SIGNING_SECRET = "whsec_" + base64.b64encode(b"kommunportal-demo-receiver-key!!").decode()
CLIENT_ID = "demo-building-permit-system"
CLIENT_SECRET = "demo-building-permit-system-secret"  # noqa: S105 - the demo's own, printed in docs
HANDLED_IN = {
    "sv": "kommunens bygglovssystem",
    "en": "the municipality's building permit system",
    "ar": "نظام تراخيص البناء في البلدية",
}
