"""Staff sign-in (the Wagtail admin) locked after repeated failures: django-axes with the rules
of foundations/staff_lockout.py. Attempts are kept in the database, shared by every app server."""

from kommunportal.env import env_int

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Wrong passwords for one account from one client address before that account is locked there,
# wrong passwords from one address over all accounts before the address is, and how long a lock lasts.
STAFF_SIGN_IN_FAILURES = env_int("STAFF_SIGN_IN_FAILURES", 5)
STAFF_SIGN_IN_ADDRESS_FAILURES = env_int("STAFF_SIGN_IN_ADDRESS_FAILURES", 30)
STAFF_SIGN_IN_COOLOFF_MINUTES = env_int("STAFF_SIGN_IN_COOLOFF_MINUTES", 15)
AXES_HANDLER = "foundations.staff_lockout.StaffLockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = "foundations.staff_lockout.failure_limit"
AXES_COOLOFF_TIME = "foundations.staff_lockout.cool_off"
AXES_CLIENT_IP_CALLABLE = "foundations.staff_lockout.lockout_address"
AXES_LOCKOUT_CALLABLE = "foundations.staff_lockout.lockout_response"
# A lock ends a fixed time after the failure that caused it: tries while locked do not extend it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A successful sign-in forgets that account's failures from that address (StaffLockoutHandler).
AXES_RESET_ON_SUCCESS = True
# Our own log lines (kommunportal.security) say what happened; axes' would add the user agent.
AXES_VERBOSE = False
# No table of every staff sign-in with its address kept for ever.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
