#!/usr/bin/env bash
# The server's memory under an hour of use, compressed: starts SERVER_BIN
# with the demo data, then, signed in as the demo Administrator (and as the
# Tailspin operator for the restore), stores responses, uploads logos
# (decompression bombs made on the fly, a 4096-pixel image, some at once),
# downloads backups, restores one, exports the responses and loads pages.
# It prints the highest resident set size (VmHWM) and the resident size
# after the work settles (VmRSS), each beside the target (issue 24):
#   memory_peak_mb=…    memory_idle_mb=…
#
#   .ci/bench/memory.sh SERVER_BIN [sqlite | postgres | DATABASE_URL]
# sqlite (the default) uses a new database file; postgres needs
# DATABASE_URL (an empty database). Environment: SITE_ROOT (the built
# site, default target/site), MEMORY_PAGE_VIEWS (700), MEMORY_IDLE_SECONDS
# (15), MEMORY_RESPONSES_SECONDS (3, wrk storing responses),
# MEMORY_PRELOAD (a malloc library the server runs with, LD_PRELOAD, to
# compare allocators without rebuilding it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER_BIN=${1:?usage: memory.sh SERVER_BIN [sqlite | postgres | DATABASE_URL]}
TARGET_MB=150
PASSWORD=tailspin-bench-password
PAGE_VIEWS=${MEMORY_PAGE_VIEWS:-700}
IDLE_SECONDS=${MEMORY_IDLE_SECONDS:-15}
RESPONSES_SECONDS=${MEMORY_RESPONSES_SECONDS:-3}
SITE_ROOT=${SITE_ROOT:-$ROOT/target/site}

log() { printf '[memory] %s\n' "$*" >&2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tailspin-memory.XXXXXX")
SERVER_PID=""
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

case ${2:-sqlite} in
sqlite) DATABASE="sqlite://$WORK/memory.db?mode=rwc" ;;
postgres) DATABASE=${DATABASE_URL:?postgres needs DATABASE_URL} ;;
*) DATABASE=$2 ;;
esac

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/blobs"
DATABASE_URL="$DATABASE" \
  TAILSPIN_LISTEN_ADDR="127.0.0.1:$PORT" \
  TAILSPIN_BLOB_DIR="$WORK/blobs" \
  TAILSPIN_EXPORT_DIR="$WORK/exports" \
  TAILSPIN_SECRET_KEY_FILE="$WORK/secret.key" \
  TAILSPIN_DEMO_DATA=true \
  TAILSPIN_DEMO_PASSWORD="$PASSWORD" \
  TAILSPIN_SUBMISSIONS_PER_MINUTE=100000000 \
  TAILSPIN_MIN_FILL_SECONDS=0 \
  TAILSPIN_SIGN_INS_PER_MINUTE=100000 \
  LEPTOS_SITE_ROOT="$SITE_ROOT" \
  LEPTOS_OUTPUT_NAME=tailspin \
  RUST_LOG="${MEMORY_RUST_LOG:-warn}" \
  LD_PRELOAD="${MEMORY_PRELOAD:-}" \
  "$SERVER_BIN" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  curl -fsS -o /dev/null "$BASE/readyz" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "$BASE/readyz" || {
  cat "$WORK/server.log" >&2
  exit 1
}
"$ROOT/.ci/bench/lift-monthly-limit.sh" "$DATABASE"

status_kb() { awk -v key="$1:" '$1 == key {print $2}' "/proc/$SERVER_PID/status"; }
mb() { echo $(($1 / 1024)); }
log "started: $(mb "$(status_kb VmRSS)") MB resident"

# sign_in LOGIN_PATH EMAIL: the session cookie. Every later POST that
# carries it also says it comes from this site (Origin), as a browser does:
# routes/cross_site.rs refuses a signed-in POST that says neither.
sign_in() {
  curl -fsS -o /dev/null -D - -X POST "$BASE$1" \
    --data-urlencode "email=$2" --data-urlencode "password=$PASSWORD" |
    awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /tailspin_session=/ {print $2}'
}
ADMIN=$(sign_in /t/adatum/login admin@adatum.example)
OPERATOR=$(sign_in /admin/login ops@tailspin.example)
[[ -n $ADMIN && -n $OPERATOR ]] || {
  log "signing in failed"
  exit 1
}

# Responses, so that backups and exports have something to carry.
SURVEY="$BASE/s/adatum/customer-satisfaction"
mapfile -t FIELDS < <(curl -fsS "$SURVEY" | grep -o 'name="q-[0-9]*"' | sed 's/name="//; s/"//' | awk '!seen[$0]++')
wrk -t1 -c8 -d"${RESPONSES_SECONDS}s" -s "$ROOT/.ci/bench/submit.lua" "$SURVEY" -- "${FIELDS[0]}" "${FIELDS[1]}" >"$WORK/wrk" 2>&1
log "responses: $(awk '/requests in/ {print $1}' "$WORK/wrk") stored; $(mb "$(status_kb VmRSS)") MB resident"

# Images, made here: PNGs whose rows repeat compress to almost nothing.
python3 - "$WORK" <<'EOF'
import struct, sys, zlib

def png(path, width, height, depth, color, row):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    # Filter 2 ("up") after the first row: every later row is zeros.
    stride = len(row)
    raw = zlib.compressobj(9)
    data = raw.compress(b"\0" + row)
    zeros = b"\2" + bytes(stride)
    for _ in range(height - 1):
        data += raw.compress(zeros)
    data += raw.flush()
    header = struct.pack(">IIBBBBB", width, height, depth, color, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))

work = sys.argv[1]
# A logo: 600 x 300 RGBA.
png(f"{work}/logo.png", 600, 300, 8, 6, bytes(i % 251 for i in range(600 * 4)))
# 4096 x 4096 RGB: 48 MiB of pixels from about 50 KB.
png(f"{work}/big.png", 4096, 4096, 8, 2, bytes(i % 253 for i in range(4096 * 3)))
# Bombs: 4096 x 4096 16-bit RGBA (128 MiB of pixels, over the decoding
# limit), and a header claiming 30000 x 30000 pixels.
png(f"{work}/bomb.png", 4096, 4096, 16, 6, bytes(4096 * 8))
png(f"{work}/wide.png", 30000, 30000, 8, 6, bytes(30000 * 4)[:4])
EOF
upload() {
  curl -sS -o /dev/null -w '%{redirect_url}\n' -H "Cookie: $ADMIN" -H "Origin: $BASE" \
    -F "logo=@$WORK/$1.png;type=image/png" "$BASE/t/adatum/branding/logo" |
    sed 's/.*?//'
}
for image in logo big bomb wide logo big; do
  log "logo $image.png: $(upload "$image") ($(mb "$(status_kb VmRSS)") MB resident)"
done
log "four large images and two bombs at once"
uploads=()
for image in big big big big bomb wide; do
  upload "$image" >"$WORK/upload-$image-$RANDOM" &
  uploads+=($!)
done
# Not a bare `wait`: that would wait for the server too.
wait "${uploads[@]}"
log "uploads at once: $(cat "$WORK"/upload-* | sort | uniq -c | tr '\n' ' ')"

# Backups: three downloads, one restored under a new alias.
for n in 1 2 3; do
  bytes=$(curl -fsS -o "$WORK/backup.tar.gz" -w '%{size_download}' -H "Cookie: $ADMIN" "$BASE/t/adatum/backup.tar.gz")
  log "backup $n: $bytes bytes ($(mb "$(status_kb VmRSS)") MB resident)"
done
restored=$(curl -sS -o /dev/null -w '%{redirect_url}' -H "Cookie: $OPERATOR" -H "Origin: $BASE" \
  -F "archive=@$WORK/backup.tar.gz;type=application/gzip" -F alias=adatum-restored \
  -F "administrator_password=a restored password" -F client_secret= \
  "$BASE/admin/restore/upload")
log "restore: $restored ($(mb "$(status_kb VmRSS)") MB resident)"
[[ $restored == */admin/subscribers/adatum-restored ]] || {
  log "the restore failed"
  exit 1
}

# Exports of the responses.
for format in csv xlsx; do
  bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H "Cookie: $ADMIN" \
    "$BASE/t/adatum/surveys/customer-satisfaction/export.$format")
  log "export.$format: $bytes bytes ($(mb "$(status_kb VmRSS)") MB resident)"
done

# Page views: the pages an Administrator and respondents open.
PAGES=(/t/adatum /t/adatum/surveys/customer-satisfaction/results
  /t/adatum/surveys/customer-satisfaction/responses /t/adatum/branding
  /t/adatum/users /t/adatum/export /s/adatum /s/adatum/customer-satisfaction
  /t/adatum/surveys/customer-satisfaction/edit /t/adatum-restored/login)
for ((n = 0; n < PAGE_VIEWS; n++)); do
  printf 'url = "%s%s"\noutput = "/dev/null"\n' "$BASE" "${PAGES[n % ${#PAGES[@]}]}"
done >"$WORK/pages.curl"
codes=$(curl -sS -K "$WORK/pages.curl" -H "Cookie: $ADMIN" -w '%{http_code}\n' | sort | uniq -c | tr '\n' ' ')
log "$PAGE_VIEWS page views: $codes"

PEAK=$(mb "$(status_kb VmHWM)")
log "idle for ${IDLE_SECONDS}s (at once: $(mb "$(status_kb VmRSS)") MB resident)"
sleep "$IDLE_SECONDS"
IDLE=$(mb "$(status_kb VmRSS)")
grep -m3 -E ' ERROR ' "$WORK/server.log" >&2 || true
log "peak $PEAK MB, settled $IDLE MB (target <= $TARGET_MB)"
echo "memory_peak_mb=$PEAK"
echo "memory_idle_mb=$IDLE"
