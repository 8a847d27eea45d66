"""Settings of the citizens' site search (docs/search.md), read by base.py."""

from kommunportal.env import env_int, env_str

# The citizens' site search (docs/search.md): "auto" uses PostgreSQL full-text search with the
# Swedish, English and Arabic configurations when the database is PostgreSQL, else the
# database backend with the same Snowball stemmers in Python.
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "auto")
# With SEARCH_BACKEND=elasticsearch: the cluster, and the prefix of its indexes (one per language).
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "kommunportal")
# With SEARCH_BACKEND=opensearch: the node or cluster, and the prefix of its indexes.
OPENSEARCH_URL = env_str("OPENSEARCH_URL", "http://127.0.0.1:9200")
OPENSEARCH_INDEX_PREFIX = env_str("OPENSEARCH_INDEX_PREFIX", "kommunportal")
# A search engine's requests give up after this many seconds; after a failure the site search
# uses the database for this many seconds before it tries the engine again (docs/search.md).
SEARCH_ENGINE_TIMEOUT = env_int("SEARCH_ENGINE_TIMEOUT", 5)
SEARCH_ENGINE_RETRY_SECONDS = env_int("SEARCH_ENGINE_RETRY_SECONDS", 10)
