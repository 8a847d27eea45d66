"""The registry of identity providers: built-in ones register here, apps add theirs in an
`identity_providers.py` module (found like e-service plugins' `eservices.py`)."""

from foundations.registry import Registry

from .base import IdentityProvider

DISCOVERY_MODULE = "identity_providers"


def _built_in():
    from . import development, oidc  # noqa: F401 - they register themselves


class IdentityProviderRegistry(Registry[IdentityProvider]):
    def __init__(self):
        super().__init__("identity provider", discovery_module=DISCOVERY_MODULE, built_in=_built_in)

    def get(self, provider_id: str) -> IdentityProvider:
        """An enabled provider, or LookupError."""
        provider = super().get(provider_id)
        if not provider.is_enabled():
            raise LookupError(f"No enabled identity provider {provider_id!r}")
        return provider

    def all(self) -> list[IdentityProvider]:
        return list(self)

    def enabled(self) -> list[IdentityProvider]:
        """Enabled providers, real ones first."""
        providers = [provider for provider in self if provider.is_enabled()]
        return sorted(providers, key=lambda provider: (provider.development_only, provider.id))


registry = IdentityProviderRegistry()
