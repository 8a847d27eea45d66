"""Parkeringstillstånd för rörelsehindrade: a Kommunportal e-service in a package of its own."""
