#!/usr/bin/env bash
# Back up Kommunportal: the PostgreSQL database (DATABASE_URL), the public media folder
# (DJANGO_MEDIA_ROOT) and citizens' private files (DJANGO_PRIVATE_MEDIA_ROOT), into one directory
# BACKUP_DIR/kommunportal-<UTC time>/ with a manifest and SHA-256 checksums. docs/deploy.md,
# "Backups", says how often, where copies go, and how to restore (deploy/restore.sh).
#
#   deploy/backup.sh [BACKUP_DIR]     BACKUP_DIR may also come from the environment
#   BACKUP_KEEP=14                    how many backups to keep (the newest); older ones are deleted
#
# Layout of a backup:
#   database.dump      pg_dump --format=custom, without owners or privileges (restores into any role)
#   media/             copy of DJANGO_MEDIA_ROOT (images, documents)
#   private_media/     copy of DJANGO_PRIVATE_MEDIA_ROOT (case attachments, citizens' uploads)
#   manifest.txt       what, when, sizes, row counts and the migration state, read from the dump
#   SHA256SUMS         a checksum of every other file (sha256sum --check format)
#
# Order: the database is dumped FIRST and the media folders are copied AFTER it. pg_dump reads one
# consistent snapshot; every file that snapshot refers to was already on disk when it was taken,
# and the site only adds files under new names, so the later copy holds them all. Files uploaded
# after the snapshot are copied too and are harmless extras nothing refers to. (Copying media
# first would lose every file uploaded during the dump while keeping its row.) A file deleted
# between dump and copy (a retention run, a discarded draft) is missing while its row is kept:
# the systemd timer runs after the nightly retention job so the two do not overlap.
#
# The backup is written to a hidden .partial directory and renamed only when complete, so a
# failed or interrupted run never leaves something that looks like a backup. Exits non-zero on
# any failure.
set -euo pipefail
shopt -s inherit_errexit
SCRIPT_NAME=backup.sh
# shellcheck source=deploy/backup-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/backup-lib.sh"

usage() { echo "usage: $0 [BACKUP_DIR]   (or set BACKUP_DIR; BACKUP_KEEP=14 newest backups are kept)" >&2; exit 2; }
case "${1:-}" in -h | --help) usage ;; esac
[ $# -le 1 ] || usage
backup_root=${1:-${BACKUP_DIR:-}}
[ -n "$backup_root" ] || usage
keep=${BACKUP_KEEP:-14}
[[ $keep =~ ^[1-9][0-9]*$ ]] || die "BACKUP_KEEP must be a whole number of at least 1, not '$keep'"

# Backups hold personal data: readable by this user only.
umask 077

load_site_settings
for folder in "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"; do
  # A missing folder is far more likely a wrong setting than a site without files: refuse, or a
  # backup without citizens' files would look complete.
  [ -d "$folder" ] || die "media folder $folder does not exist (check DJANGO_MEDIA_ROOT and DJANGO_PRIVATE_MEDIA_ROOT; create it if the site has no files yet)"
done

mkdir -p "$backup_root"
# One backup at a time in a folder (a manual run during the nightly one, a slow night).
exec 9>"$backup_root/.backup.lock"
flock --nonblock 9 || die "another backup is running in $backup_root"
# Holding the lock, any .partial directory is the leftover of a run that was killed.
find "$backup_root" -mindepth 1 -maxdepth 1 -type d -name ".${BACKUP_NAME_PREFIX}*.partial" -exec rm -rf -- {} +

now=$(date -u +%s)
started_at=$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)
name=$BACKUP_NAME_PREFIX$(date -u -d "@$now" +%Y%m%dT%H%M%SZ)
final=$backup_root/$name
partial=$backup_root/.$name.partial
[ ! -e "$final" ] || die "$final already exists"
mkdir "$partial"
cleanup() { if [ -n "${partial:-}" ] && [ -d "$partial" ]; then rm -rf -- "$partial"; fi; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

server_version=$(query "show server_version") || die "cannot connect to database $PGDATABASE"
info "dumping database $PGDATABASE (PostgreSQL $server_version) ..."
# One transaction with a repeatable-read snapshot (pg_dump's own); wait at most a minute for a
# lock (a migration holding one) rather than hang all night.
pg pg_dump --format=custom --no-owner --no-privileges --lock-wait-timeout=60s \
  --file="$partial/database.dump" "$PGDATABASE"

# Media AFTER the dump (see the top of this file). --reflink shares blocks where the file system can.
info "copying $MEDIA_ROOT and $PRIVATE_MEDIA_ROOT ..."
mkdir "$partial/media" "$partial/private_media"
cp -a --reflink=auto -- "$MEDIA_ROOT/." "$partial/media/"
cp -a --reflink=auto -- "$PRIVATE_MEDIA_ROOT/." "$partial/private_media/"

# Row counts of a table as stored in the dump ("absent" when the dump has no such table): read
# from the dump itself, so the manifest describes exactly what a restore brings back.
dump_rows() {
  pg pg_restore --data-only --table="$1" --file=- "$partial/database.dump" |
    awk '/^COPY /{found = 1; copying = 1; next} /^\\\.$/{copying = 0} copying {n++} END {print found ? n + 0 : "absent"}'
}
folder_summary() { find "$1" -type f -printf '%s\n' | awk '{n++; bytes += $1} END {printf "%d files, %d bytes", n, bytes}'; }

info "writing manifest ..."
{
  echo "# Kommunportal backup. Restore with deploy/restore.sh (docs/deploy.md, \"Backups\")."
  echo "name: $name"
  echo "started_at: $started_at"
  echo "host: ${HOSTNAME:-unknown}"
  if command -v git >/dev/null && git -C "$APP_DIR" rev-parse --git-dir >/dev/null 2>&1; then
    echo "app_version: $(git -C "$APP_DIR" rev-parse HEAD)"
  fi
  echo "database: $PGDATABASE"
  echo "server_version: $server_version"
  echo "pg_dump_version: $(pg pg_dump --version)"
  echo "database.dump: $(stat -c %s "$partial/database.dump") bytes"
  echo "media: $(folder_summary "$partial/media") (from $MEDIA_ROOT)"
  echo "private_media: $(folder_summary "$partial/private_media") (from $PRIVATE_MEDIA_ROOT)"
  for table in "${MANIFEST_TABLES[@]}"; do
    echo "rows: $table $(dump_rows "$table")"
  done
  # The latest applied migration of each app (highest id), from the dump's django_migrations.
  pg pg_restore --data-only --table=django_migrations --file=- "$partial/database.dump" |
    awk -F '\t' '/^COPY /{copying = 1; next} /^\\\.$/{copying = 0}
      copying && $1 + 0 > top[$2] + 0 {top[$2] = $1; latest[$2] = $3}
      END {for (app in latest) print "migration: " app " " latest[app]}' | sort
  echo "finished_at: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
} >"$partial/manifest.txt"

info "computing checksums ..."
(cd "$partial" && find . -type f ! -path ./SHA256SUMS -print0 | sort -z | xargs -0 -r sha256sum --) >"$partial/SHA256SUMS"
# On disk before the rename, so a crash right after it cannot leave a complete-looking husk.
sync -f "$partial/SHA256SUMS"
mv -T -- "$partial" "$final"
partial=""
sync -f "$final"
info "backup complete: $final"
cat "$final/manifest.txt"

# Keep the newest $keep backups. Names sort by time; only complete backups match the pattern.
mapfile -t expired < <(find "$backup_root" -mindepth 1 -maxdepth 1 -type d -name "$BACKUP_NAME_GLOB" -printf '%f\n' | sort | head -n "-$keep")
for old in "${expired[@]}"; do
  info "deleting old backup $old (BACKUP_KEEP=$keep)"
  rm -rf -- "${backup_root:?}/$old"
done
