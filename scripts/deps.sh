#!/bin/sh
# deps.sh: installs the Debian packages rdb needs to build and test, when they
# are missing. As root it runs apt-get; otherwise it prints the exact command.
# Extra packages (for optional tests) can be passed as arguments.
set -eu

PKGS="build-essential pkg-config python3 libpq-dev libssl-dev postgresql ${*:-}"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
	echo "deps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || {
		apt-get update -q >/dev/null 2>&1
		apt-get install -y -q --no-install-recommends $missing
	}
else
	echo "deps: missing packages:$missing"
	echo "deps: install them with: sudo apt-get install -y$missing"
	exit 1
fi
