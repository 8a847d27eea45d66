from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo municipality (Sjöviks kommun): `load_demo_content` and `ensure_demo_admin`.

    It stands above every other app and imports them; no app imports it.
    """

    name = "demo"
    default_auto_field = "django.db.models.BigAutoField"
