#!/usr/bin/env bash
# with-postgres.sh CMD [ARG…]: run CMD with a throwaway PostgreSQL cluster.
#
# Starts a cluster from Debian's postgresql package (installed when missing
# and running as root) in a temporary directory, listening on 127.0.0.1 on
# the first free port from 55432, exports NOTICEKIT_PG_DSN for CMD, and
# stops the cluster and removes the directory when this script exits, also
# when CMD fails or the script is interrupted. The exit status is CMD's.
set -euo pipefail

pgbin() {
	local c
	c=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
	if [ -n "$c" ] && [ -x "$c/pg_ctl" ]; then echo "$c"; return 0; fi
	return 1
}
if ! bin=$(pgbin); then
	if [ "$(id -u)" -ne 0 ]; then
		echo "with-postgres.sh: PostgreSQL is not installed (apt-get install postgresql, as root)" >&2
		exit 2
	fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	bin=$(pgbin)
fi

# initdb and the server refuse to run as root: run them as postgres.
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
	as_pg() { runuser -u postgres -- "$@"; }
fi

dir=$(mktemp -d /tmp/noticekit-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
started=""
cleanup() {
	if [ -n "$started" ]; then
		as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log" >&2; exit 2; }

port=""
for p in $(seq 55432 55482); do
	# -F: no fsync (a throwaway cluster); sockets in the temporary directory.
	if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $p -h 127.0.0.1 -k $dir -F -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null 2>&1; then
		port=$p
		started=1
		break
	fi
	as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
done
if [ -z "$port" ]; then
	echo "with-postgres.sh: could not start PostgreSQL on any port 55432–55482" >&2
	cat "$dir/server.log" >&2 || true
	exit 2
fi
echo "with-postgres.sh: $("$bin/pg_ctl" --version) on 127.0.0.1:$port ($dir)" >&2

export NOTICEKIT_PG_DSN="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
set +e
"$@"
rc=$?
set -e
exit $rc
