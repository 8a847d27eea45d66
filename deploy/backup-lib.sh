# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables below are used by the scripts that source this file
# Shared by deploy/backup.sh and deploy/restore.sh (sourced, never run on its own): where the app
# is, which Python runs it, and the database and media folders exactly as Django's settings see
# them, so a default or a typo means the same thing here as in the running site.

APP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The Python of the app's virtualenv (Django must be importable); systemd sets it explicitly.
KOMMUNPORTAL_PYTHON=${KOMMUNPORTAL_PYTHON:-}
if [ -z "$KOMMUNPORTAL_PYTHON" ]; then
  if [ -x "$APP_DIR/.venv/bin/python" ]; then KOMMUNPORTAL_PYTHON=$APP_DIR/.venv/bin/python; else KOMMUNPORTAL_PYTHON=python3; fi
fi
# The PostgreSQL client programs (pg_dump, pg_restore, psql): from PATH unless PG_BIN names a folder.
PG_BIN=${PG_BIN:-}
pg() { local program=$1; shift; "${PG_BIN:+$PG_BIN/}$program" "$@"; }

# Backups are named kommunportal-<UTC time>; nothing else in the backup folder is ever pruned.
BACKUP_NAME_PREFIX=kommunportal-
BACKUP_NAME_GLOB='kommunportal-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z'
# Tables whose row counts go into the manifest and are compared after a restore.
MANIFEST_TABLES=(
  eservice_blocks_case eservice_blocks_caseevent eservice_blocks_casemessage eservice_blocks_caseattachment
  wagtailcore_page wagtailimages_image wagtaildocs_document django_migrations
)

info() { printf '%s: %s\n' "$SCRIPT_NAME" "$*"; }
die() { printf '%s: error: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

# Export PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (and SSL options) for pg_dump, pg_restore
# and psql, and MEDIA_ROOT and PRIVATE_MEDIA_ROOT, all read from the Django settings
# (DJANGO_SETTINGS_MODULE, default as in manage.py). The password travels in the environment,
# never on a command line, where `ps` would show it to every user of the host.
load_site_settings() {
  local pair complete=""
  while IFS= read -r -d '' pair; do
    case "$pair" in
      END) complete=1 ;;
      PG[A-Z]*=* | MEDIA_ROOT=* | PRIVATE_MEDIA_ROOT=*) export "${pair?}" ;;
      *) die "unexpected output from the settings reader: ${pair%%=*}" ;;
    esac
  done < <("$KOMMUNPORTAL_PYTHON" - "$APP_DIR" <<'PY'
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "site"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.dev")
from django.conf import settings  # noqa: E402

db = settings.DATABASES["default"]
if not any(name in db["ENGINE"] for name in ("postgresql", "postgis")):
    sys.exit(f"DATABASE_URL must name a PostgreSQL database (the settings use {db['ENGINE']})")
values = {
    "PGDATABASE": db.get("NAME"),
    "PGHOST": db.get("HOST"),
    "PGPORT": db.get("PORT"),
    "PGUSER": db.get("USER"),
    "PGPASSWORD": db.get("PASSWORD"),
}
# Connection options given in DATABASE_URL's query string (?sslmode=verify-full ...).
libpq = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}
for key, value in (db.get("OPTIONS") or {}).items():
    if key in libpq:
        values[libpq[key]] = value
values["MEDIA_ROOT"] = settings.MEDIA_ROOT
values["PRIVATE_MEDIA_ROOT"] = settings.PRIVATE_MEDIA_ROOT
for key, value in values.items():
    if value not in (None, ""):
        sys.stdout.write(f"{key}={value}\0")
sys.stdout.write("END\0")
PY
  )
  [ -n "$complete" ] || die "could not read the site's settings with $KOMMUNPORTAL_PYTHON (see the message above)"
  export PGAPPNAME="kommunportal-$SCRIPT_NAME"
}

# psql for one query: no ~/.psqlrc, unaligned, tuples only, stop at the first error.
query() { pg psql -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }

# Tables (and partitioned tables) in the database outside PostgreSQL's own schemas.
count_user_tables() {
  query "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
           and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'"
}
