#!/usr/bin/env bash
# EduGov's one test command: installs what the tests need, starts a throwaway PostgreSQL, runs every test
# (SQLite and PostgreSQL, unit, integration, browser), cleans up, and prints "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

need_packages=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need_packages+=(fonts-noto-cjk)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "== installing ${need_packages[*]} from Debian packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

pgbin=/usr/lib/postgresql/15/bin
pgdir=$(mktemp -d /tmp/edugov-pg.XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
results=$(mktemp -d /tmp/edugov-results.XXXXXX)
cleanup() {
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir" "$results"
}
trap cleanup EXIT

chown postgres "$pgdir"
runuser -u postgres -- "$pgbin/initdb" -D "$pgdir" -A trust -U edugov -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir" -l "$pgdir/server.log" \
  -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" -w start >/dev/null
echo "== PostgreSQL 15 on 127.0.0.1:$pgport"

export EDUGOV_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=edugov;Database=postgres;Include Error Detail=true"
export EDUGOV_TEST_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build EduGov.slnx -c Release -nologo -v q -clp:ErrorsOnly

status=0
for project in EduGov.UnitTests EduGov.IntegrationTests EduGov.E2ETests; do
  echo "== $project"
  dotnet "tests/$project/bin/Release/net10.0/$project.dll" -result-trx "$results/$project.trx" -noColor || status=1
done

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for trx in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(trx).getroot().find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
PY
exit $status
