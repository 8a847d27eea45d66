#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into the database named by DATABASE_URL and the
# folders DJANGO_MEDIA_ROOT and DJANGO_PRIVATE_MEDIA_ROOT. docs/deploy.md, "Backups", has the
# whole procedure (stop the site and its timers first).
#
#   deploy/restore.sh [--force] BACKUP_PATH
#
# 1. Verifies every checksum in BACKUP_PATH/SHA256SUMS; a damaged backup is refused untouched.
# 2. Refuses a database that already has tables, and media folders that are not empty, unless
#    --force. With --force the objects the backup contains are dropped and recreated (in the same
#    transaction as the restore) and the backup's files are copied over the folders' contents;
#    nothing else is deleted.
# 3. Restores the database with pg_restore in a single transaction: it succeeds whole or leaves
#    the database as it was. Owners and privileges are not restored: the connecting role owns it all.
# 4. Copies both media folders, then checks the restored row counts against the manifest and runs
#    `manage.py migrate --check` with this code.
set -euo pipefail
shopt -s inherit_errexit
SCRIPT_NAME=restore.sh
# shellcheck source=deploy/backup-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/backup-lib.sh"

usage() { echo "usage: $0 [--force] BACKUP_PATH" >&2; exit 2; }
force=""
backup=""
for argument in "$@"; do
  case "$argument" in
    --force) force=1 ;;
    -h | --help) usage ;;
    -*) usage ;;
    *) [ -z "$backup" ] || usage; backup=$argument ;;
  esac
done
[ -n "$backup" ] || usage
[ -d "$backup" ] || die "$backup is not a directory"
backup=$(cd "$backup" && pwd)
for required in SHA256SUMS manifest.txt database.dump; do
  [ -f "$backup/$required" ] || die "$backup has no $required: not a complete backup made by deploy/backup.sh"
done
for required in media private_media; do
  [ -d "$backup/$required" ] || die "$backup has no $required/ folder: not a complete backup made by deploy/backup.sh"
done

# --- 1. Integrity, before anything is touched ---------------------------------------------------
info "verifying checksums of $backup ..."
if ! (cd "$backup" && sha256sum --check --strict --quiet SHA256SUMS); then
  die "the backup is damaged: the files above do not match SHA256SUMS. Nothing was restored; use another backup (or its off-site copy)."
fi
# Every file must be listed too (a file slipped in later would be restored unchecked). Listed
# names are one line each, whatever their characters (sha256sum escapes newlines).
listed=$(wc -l <"$backup/SHA256SUMS")
present=$(cd "$backup" && find . -type f ! -path ./SHA256SUMS | wc -l)
[ "$listed" -eq "$present" ] || die "the backup has $present files but SHA256SUMS lists $listed: refusing a backup that was changed after it was made"
info "checksums verified ($listed files)"

# --- 2. The target must be empty unless --force -------------------------------------------------
load_site_settings
query "select 1" >/dev/null || die "cannot connect to database $PGDATABASE (check DATABASE_URL; create it first with createdb)"
tables=$(count_user_tables)
if [ "$tables" -gt 0 ] && [ -z "$force" ]; then
  die "database $PGDATABASE already has $tables tables. Restore into an empty database (createdb -O <role> <name>, then point DATABASE_URL at it), or pass --force to replace the objects the backup contains. Nothing was restored."
fi
for folder in "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"; do
  if [ -d "$folder" ] && [ -n "$(ls -A -- "$folder")" ] && [ -z "$force" ]; then
    die "media folder $folder is not empty. Restore into empty folders, or pass --force to copy the backup's files over its contents. Nothing was restored."
  fi
done

# --- 3. Database ---------------------------------------------------------------------------------
restore_options=(--no-owner --no-privileges --exit-on-error --single-transaction)
if [ "$tables" -gt 0 ]; then
  info "--force: replacing the backup's objects in $PGDATABASE ($tables tables there now)"
  restore_options+=(--clean --if-exists)
fi
info "restoring database $PGDATABASE from $backup/database.dump ..."
if ! pg pg_restore "${restore_options[@]}" --dbname="$PGDATABASE" "$backup/database.dump"; then
  die "pg_restore failed (message above). The restore ran in one transaction, so the database is as it was before."
fi

# --- 4. Media ------------------------------------------------------------------------------------
# The backup's folders hold files with their modes; copied with them (and owners when run as root).
info "restoring $MEDIA_ROOT and $PRIVATE_MEDIA_ROOT ..."
mkdir -p -- "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"
cp -a -- "$backup/media/." "$MEDIA_ROOT/"
cp -a -- "$backup/private_media/." "$PRIVATE_MEDIA_ROOT/"

# --- 5. Verify -------------------------------------------------------------------------------------
info "comparing row counts with the manifest ..."
while read -r table expected; do
  [[ $table =~ ^[a-z0-9_]+$ ]] || die "manifest names an odd table: $table"
  [ "$expected" != absent ] || continue
  actual=$(query "select count(*) from \"$table\"")
  [ "$actual" = "$expected" ] || die "table $table has $actual rows after the restore, the backup's manifest says $expected"
  info "  $table: $actual rows"
done < <(sed -n 's/^rows: //p' "$backup/manifest.txt")

info "checking the migration state with this code (manage.py migrate --check) ..."
if ! (cd "$APP_DIR" && "$KOMMUNPORTAL_PYTHON" manage.py migrate --check --plan); then
  die "the data is restored, but this code has migrations the backup does not (listed above) or Django could not start: run 'manage.py migrate' if the backup is from an older release."
fi
info "restore complete: $PGDATABASE and both media folders hold the backup $(sed -n 's/^name: //p' "$backup/manifest.txt") (started $(sed -n 's/^started_at: //p' "$backup/manifest.txt"))."
info "next: with SEARCH_BACKEND=opensearch or elasticsearch run 'manage.py rebuild_search_index'; then start the site, the worker and the timers."
