"""A real OpenID Connect provider for the test suite, run as a separate process (see README.md)."""
