#!/usr/bin/env bash
# Throughput and latency of Sharaka pages against nginx serving the same bytes, measured in
# one run on one machine (ratios, not absolute numbers, are what to compare across runs).
# Usage: bench/run.sh [seconds per measurement, default 10]. Writes bench/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build --release -p sharaka
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
SHARAKA_DATA_DIR="$work/data" RUST_LOG=warn ./target/release/sharaka serve --bind 127.0.0.1:18090 &
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18090/healthz >/dev/null && break; sleep 0.1; done
pid=$(pgrep -f "sharaka serve --bind 127.0.0.1:18090" | head -1)

pages=(/fr/ /ar/plans/morocco-2 /ar/commitments/MO0050 /fr/institutions /api/v1/plans)
mkdir -p "$work/www"
for p in "${pages[@]}"; do
  f="$work/www$(echo "$p" | tr '/' '_').html"
  curl -s "http://127.0.0.1:18090$p" -o "$f"
done
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:18091; root $work/www; location / { try_files \$uri =404; } }
}
NGINX
nginx -c "$work/nginx.conf"

report=bench/report.md
{
  echo "# Benchmark — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "wrk, 2 threads, 32 connections, ${SECONDS_PER_RUN}s per row; nginx (1 worker) serves the same bytes saved from Sharaka."
  echo "Machine: $(nproc) cores; shared and noisy, so compare the ratio column, measured side by side."
  echo
  echo "| page | Sharaka req/s | nginx req/s | ratio | Sharaka p99 | nginx p99 |"
  echo "|---|---|---|---|---|---|"
} > "$report"
measure() { wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "$1" 2>/dev/null; }
rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '/ 99%/ {print $2}'; }
for p in "${pages[@]}"; do
  s=$(measure "http://127.0.0.1:18090$p"); n=$(measure "http://127.0.0.1:18091/$(echo "$p" | tr '/' '_').html")
  sr=$(echo "$s" | rps); nr=$(echo "$n" | rps)
  ratio=$(python3 -c "print(f'{$sr/$nr:.2f}')")
  echo "| \`$p\` | $sr | $nr | $ratio | $(echo "$s" | p99) | $(echo "$n" | p99) |" >> "$report"
done
rss=$(awk '/VmRSS/ {print $2" "$3}' /proc/"$pid"/status)
echo >> "$report"
echo "Sharaka resident memory after the run: $rss." >> "$report"
cat "$report"
