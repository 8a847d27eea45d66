"""The JSON API's shared conventions (errors, languages, caching, rate limits, pagination) and
its URL map. Each app keeps its own serializers and API views next to its models."""
