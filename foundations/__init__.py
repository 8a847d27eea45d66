"""Shared foundations: the pieces every feature app may use and that import no feature app.

* `registry`: one generic plugin registry (e-service types, identity providers, search backends).
* `client`: the client's address, resolved once from the trusted proxies in front of the site.
* `ratelimit`: fixed-window limits per client address on the shared cache.
* `personal_data`: one set of rules that finds and masks personal data in free text.
* `responses`: headers for private pages, and the "too many requests" page.
* `api`: what every JSON API view shares (language, caching, errors, schema components).
"""
