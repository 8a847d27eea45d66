from django.apps import AppConfig


class ExampleEServiceConfig(AppConfig):
    name = "tests.example_eservice"
    label = "example_eservice"
