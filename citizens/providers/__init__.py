"""Sign-in methods as plugins: the base class and the registry that finds them."""

from .base import IdentityProvider, SignInFailed
from .registry import registry

__all__ = ["IdentityProvider", "SignInFailed", "registry"]
