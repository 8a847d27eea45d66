"""What every JSON API view shares: the language of the answer, caching, rate limits, errors as
JSON, and the named schema components of the OpenAPI document."""
