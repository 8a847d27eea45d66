"""Search backends as plugins: `base.SearchBackend` is what a backend does, `registry` finds
the installed ones by id, and `SEARCH_BACKEND` names the one the site search uses."""
