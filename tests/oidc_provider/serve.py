"""Run the test OpenID provider on 127.0.0.1 (see README.md).

    python tests/oidc_provider/serve.py --port P --redirect-uri URI [--redirect-uri URI2 ...] \
        --data-dir DIR --client-id ID --client-secret SECRET [--post-logout-redirect-uri URI ...]

Serves until terminated (SIGTERM or SIGINT). Prints nothing on stdout; errors go to stderr.
"""

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

REPO_ROOT = Path(__file__).resolve().parents[2]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Test OpenID provider (django-oauth-toolkit)")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--redirect-uri", action="append", required=True, dest="redirect_uris")
    parser.add_argument("--post-logout-redirect-uri", action="append", default=[], dest="post_logout_redirect_uris")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--misbehave", default="", help="break one rule on purpose (misbehaviour.py)")
    return parser.parse_args(argv)


def configure(args) -> None:
    """Point Django at the provider's own settings, its data directory and its issuer."""
    # Run as a script, this directory heads sys.path: its settings.py, urls.py ... would pass for
    # top-level modules. Import them through the repository root instead.
    here = str(Path(__file__).resolve().parent)
    sys.path[:] = [entry for entry in sys.path if entry and Path(entry).resolve() != Path(here)]
    sys.path.insert(0, str(REPO_ROOT))
    args.data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.oidc_provider.settings"
    os.environ["OIDC_OP_DATA_DIR"] = str(args.data_dir.resolve())
    os.environ["OIDC_OP_ISSUER"] = f"http://127.0.0.1:{args.port}/o"
    os.environ["OIDC_OP_MISBEHAVE"] = args.misbehave

    import django

    django.setup()


def prepare_database(args) -> None:
    """Migrate, then create (or bring up to date) the test persons and the site's client."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from oauth2_provider.models import get_application_model

    from tests.oidc_provider.persons import PERSONS

    call_command("migrate", verbosity=0, interactive=False)

    User = get_user_model()
    for person in PERSONS:
        user, _ = User.objects.get_or_create(username=person["username"])
        user.first_name = person["given_name"]
        user.last_name = person["family_name"]
        user.set_password(person["password"])
        user.save()

    Application = get_application_model()
    Application.objects.filter(client_id=args.client_id).delete()
    Application.objects.create(
        name="Kommunportal (test)",
        client_id=args.client_id,
        # Stored as given, not hashed: hashing would work too (DOT checks the plain secret
        # against the hash), but costs a slow password hash on every token request.
        client_secret=args.client_secret,
        hash_client_secret=False,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        algorithm=Application.RS256_ALGORITHM,
        redirect_uris=" ".join(args.redirect_uris),
        post_logout_redirect_uris=" ".join(args.post_logout_redirect_uris),
        skip_authorization=True,
    )


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    """Logs only server errors (status 5xx), on stderr."""

    def log_request(self, code="-", size="-"):
        if str(code).startswith("5"):
            super().log_request(code, size)


def bind(port: int) -> WSGIServer:
    from django.core.wsgi import get_wsgi_application

    return make_server(
        "127.0.0.1", port, get_wsgi_application(), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


def serve(server: WSGIServer) -> None:
    def stop(signum, frame):
        # shutdown() waits for serve_forever() to return, so it must run on another thread.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


def main(argv=None) -> None:
    args = parse_args(argv)
    configure(args)
    server = bind(args.port)  # first, so that a taken port fails at once
    prepare_database(args)
    serve(server)


if __name__ == "__main__":
    main()
