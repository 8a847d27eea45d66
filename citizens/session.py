"""The signed-in citizen's session: what it holds, how long it lasts, and how it ends.

The session (server-side, in the database) holds the identity while the citizen is signed in:
name and personal identity number for prefilling forms. It ends on sign-out, after
CITIZEN_IDLE_MINUTES without a request, after CITIZEN_SESSION_MAX_HOURS in all, or when the
citizen signs out everywhere. The session key is renewed at sign-in.
"""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import wraps

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode

from .identity import Identity, assurance_label
from .models import Citizen

logger = logging.getLogger(__name__)

SESSION_KEY = "citizen"
ENDED_KEY = "citizen_ended"
#: Whose session ended for lack of activity, and when: a form posted just after may still be
#: kept for them (see `ended_identity_hash`). Gone at sign-in and sign-out.
ENDED_IDENTITY_KEY = "citizen_ended_identity"
#: Something the citizen sent after the session ended was kept; the sign-in page says so.
KEPT_KEY = "citizen_ended_kept"
#: Ends after which what the citizen sent may be kept for them: not a sign-out everywhere.
_KEEPING_ENDS = ("idle", "expired")
# last_seen is written back at most this often, not on every request.
TOUCH_SECONDS = 60


@dataclass(frozen=True)
class SignedInCitizen:
    """`request.citizen` when someone is signed in (falsy `NotSignedIn` otherwise)."""

    citizen_id: int
    identity_hash: str
    personal_identity_number: str
    given_name: str
    family_name: str
    provider: str
    assurance: str
    signed_in_at: datetime

    is_signed_in = True

    def __bool__(self):
        return True

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    @property
    def assurance_label(self) -> str:
        return assurance_label(self.assurance)

    @property
    def provider_label(self) -> str:
        from .providers import registry

        provider = next((p for p in registry.all() if p.id == self.provider), None)
        return str(provider.label) if provider else self.provider


class NotSignedIn:
    is_signed_in = False

    def __bool__(self):
        return False


NOT_SIGNED_IN = NotSignedIn()


def sign_in(request, identity: Identity) -> SignedInCitizen:
    """Start a citizen session for the identified person, in a new session key."""
    now = timezone.now()
    citizen, created = Citizen.objects.get_or_create(
        identity_hash=identity.identity_hash, defaults={"first_signed_in_at": now, "last_signed_in_at": now}
    )
    if not created:
        Citizen.objects.filter(pk=citizen.pk).update(last_signed_in_at=now)
    # A new key: a session id planted before the sign-in (fixation) does not become signed in.
    request.session.cycle_key()
    for key in (ENDED_KEY, ENDED_IDENTITY_KEY, KEPT_KEY):
        request.session.pop(key, None)
    request.session[SESSION_KEY] = {
        "citizen_id": citizen.pk,
        "identity_hash": citizen.identity_hash,
        "personal_identity_number": identity.personal_identity_number,
        "given_name": identity.given_name,
        "family_name": identity.family_name,
        "provider": identity.provider,
        "assurance": identity.assurance,
        "signed_in_at": now.timestamp(),
        "last_seen": now.timestamp(),
    }
    logger.info("Citizen %s signed in with %s", citizen.pk, identity.provider)
    return _from_session(request.session[SESSION_KEY])


@dataclass(frozen=True)
class EndedSession:
    """What is left of a session after sign-out: which provider may have a session to end too."""

    provider: str


def sign_out(request) -> EndedSession:
    """End the session entirely: on a shared computer nothing of the citizen stays behind."""
    data = request.session.get(SESSION_KEY) or {}
    if data:
        logger.info("Citizen %s signed out", data.get("citizen_id"))
    request.session.flush()
    return EndedSession(data.get("provider", ""))


def sign_out_everywhere(request) -> EndedSession:
    """End this and every other session of the signed-in citizen, on every device."""
    data = request.session.get(SESSION_KEY) or {}
    if data.get("citizen_id"):
        Citizen.objects.filter(pk=data["citizen_id"]).update(signed_out_everywhere_at=timezone.now())
        logger.info("Citizen %s signed out everywhere", data["citizen_id"])
    request.session.flush()
    return EndedSession(data.get("provider", ""))


def _from_session(data: dict) -> SignedInCitizen:
    return SignedInCitizen(
        citizen_id=data["citizen_id"],
        identity_hash=data["identity_hash"],
        personal_identity_number=data["personal_identity_number"],
        given_name=data.get("given_name", ""),
        family_name=data.get("family_name", ""),
        provider=data.get("provider", ""),
        assurance=data.get("assurance", ""),
        signed_in_at=datetime.fromtimestamp(data["signed_in_at"], tz=UTC),
    )


def _end(request, reason: str):
    data = request.session.pop(SESSION_KEY, None) or {}
    request.session.cycle_key()
    request.session[ENDED_KEY] = reason
    if reason in _KEEPING_ENDS and data.get("identity_hash"):
        request.session[ENDED_IDENTITY_KEY] = {"hash": data["identity_hash"], "at": timezone.now().timestamp()}
    return NOT_SIGNED_IN


def ended_identity_hash(request) -> str:
    """Whose session in this browser ended for lack of activity (or age) a moment ago: the
    identity hash, or "" when none did within CITIZEN_IDLE_MINUTES.

    A form the citizen posts just after being signed out (they took long over a step) may
    then be kept for them, for when they sign in again; nothing is shown to whoever sent it.
    """
    ended = request.session.get(ENDED_IDENTITY_KEY) or {}
    if not ended.get("hash"):
        return ""
    age = timezone.now() - datetime.fromtimestamp(ended["at"], tz=UTC)
    return ended["hash"] if age <= timedelta(minutes=settings.CITIZEN_IDLE_MINUTES) else ""


def note_kept(request) -> None:
    """Tell the citizen on the sign-in page that what they sent after the session ended is kept."""
    request.session[KEPT_KEY] = True


def session_ends_at(request) -> datetime | None:
    """When the signed-in citizen's session ends if they do nothing more (the idle limit, or
    the longest session if that comes first); None when nobody is signed in."""
    data = request.session.get(SESSION_KEY)
    if not data or not request.citizen:
        return None
    idle_end = datetime.fromtimestamp(data["last_seen"], tz=UTC) + timedelta(minutes=settings.CITIZEN_IDLE_MINUTES)
    longest = datetime.fromtimestamp(data["signed_in_at"], tz=UTC) + timedelta(hours=settings.CITIZEN_SESSION_MAX_HOURS)
    return min(idle_end, longest)


def current(request):
    """The signed-in citizen of this request, or NOT_SIGNED_IN; ends expired sessions."""
    data = request.session.get(SESSION_KEY)
    if not data:
        return NOT_SIGNED_IN
    now = timezone.now()
    signed_in_at = datetime.fromtimestamp(data["signed_in_at"], tz=UTC)
    last_seen = datetime.fromtimestamp(data["last_seen"], tz=UTC)
    if now - last_seen > timedelta(minutes=settings.CITIZEN_IDLE_MINUTES):
        return _end(request, "idle")
    if now - signed_in_at > timedelta(hours=settings.CITIZEN_SESSION_MAX_HOURS):
        return _end(request, "expired")
    row = Citizen.objects.filter(pk=data["citizen_id"]).values_list("signed_out_everywhere_at").first()
    if row is None:
        return _end(request, "expired")  # the citizen record was deleted (retention)
    if row[0] is not None and row[0] >= signed_in_at:
        return _end(request, "everywhere")
    if (now - last_seen).total_seconds() >= TOUCH_SECONDS:
        data["last_seen"] = now.timestamp()
        request.session.modified = True
    return _from_session(data)


class CitizenMiddleware:
    """Sets `request.citizen`. Resolved at once when the request carries a session cookie (so
    that activity anywhere on the site keeps the session alive), lazily otherwise, so that
    anonymous pages never touch the session (and stay cacheable)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.citizen = SimpleLazyObject(lambda: current(request))
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            bool(request.citizen)
        return self.get_response(request)


def citizen_required(view):
    """Send a citizen who is not signed in to the sign-in page, and back here afterwards."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.citizen:
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('citizens:sign_in')}?{query}")
        return view(request, *args, **kwargs)

    return wrapped
