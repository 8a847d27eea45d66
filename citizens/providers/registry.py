"""The registry of identity providers: built-in ones register here, apps add theirs in an
`identity_providers.py` module (found like e-service plugins' `eservices.py`)."""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

from .base import IdentityProvider

DISCOVERY_MODULE = "identity_providers"


class Registry:
    def __init__(self):
        self._providers: dict[str, IdentityProvider] = {}
        self._discovered = False

    def __call__(self, provider_class: type[IdentityProvider]) -> type[IdentityProvider]:
        """Use as a class decorator: `@registry`."""
        self.register(provider_class())
        return provider_class

    def register(self, provider: IdentityProvider) -> None:
        if not provider.id or not provider.id.replace("_", "").isalnum():
            raise ImproperlyConfigured(f"{type(provider).__name__} needs an id of letters, digits and _")
        if provider.id in self._providers and type(self._providers[provider.id]) is not type(provider):
            raise ImproperlyConfigured(f"Two identity providers use the id {provider.id!r}")
        self._providers[provider.id] = provider

    def autodiscover(self) -> None:
        if not self._discovered:
            self._discovered = True
            from . import development, oidc  # noqa: F401 - the built-in providers

            autodiscover_modules(DISCOVERY_MODULE)

    def get(self, provider_id: str) -> IdentityProvider:
        """An enabled provider, or LookupError."""
        self.autodiscover()
        provider = self._providers.get(provider_id)
        if provider is None or not provider.is_enabled():
            raise LookupError(f"No enabled identity provider {provider_id!r}")
        return provider

    def all(self) -> list[IdentityProvider]:
        self.autodiscover()
        return list(self._providers.values())

    def enabled(self) -> list[IdentityProvider]:
        """Enabled providers, real ones first."""
        providers = [provider for provider in self.all() if provider.is_enabled()]
        return sorted(providers, key=lambda provider: (provider.development_only, provider.id))


registry = Registry()
