"""The built-in e-service types, each a plugin app of its own (one folder, registered in its
`eservices.py`), built exactly as an outside package would build one."""
