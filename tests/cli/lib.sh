# lib.sh: helpers for shell tests of the rdb binary. Each check prints
# "ok NAME" or "FAIL NAME" with the evidence; t_done prints the summary.
# $RDB is the binary under test.
T_PASS=0
T_FAIL=0
T_SKIP=0
T_TMP=$(mktemp -d)
trap 'rm -rf "$T_TMP"' EXIT
export NO_COLOR=1

# run CMD...: runs it, capturing stdout, stderr and the exit status.
run() {
	"$@" >"$T_TMP/stdout" 2>"$T_TMP/stderr"
	T_RC=$?
}
out() { cat "$T_TMP/stdout"; }
err() { cat "$T_TMP/stderr"; }

pass() { T_PASS=$((T_PASS + 1)); echo "ok $1"; }
fail() {
	T_FAIL=$((T_FAIL + 1))
	echo "FAIL $1${2:+: $2}"
	echo "  exit: $T_RC"
	sed 's/^/  stdout: /' "$T_TMP/stdout" | head -n 30
	sed 's/^/  stderr: /' "$T_TMP/stderr" | head -n 30
}
skip() { T_SKIP=$((T_SKIP + 1)); echo "SKIP $1: $2"; }

expect_exit() { # NAME CODE
	if [ "$T_RC" = "$2" ]; then pass "$1"; else fail "$1" "expected exit $2"; fi
}
expect_stdout_has() { # NAME TEXT
	if grep -qF -- "$2" "$T_TMP/stdout"; then pass "$1"; else fail "$1" "stdout lacks '$2'"; fi
}
expect_stderr_has() { # NAME TEXT
	if grep -qF -- "$2" "$T_TMP/stderr"; then pass "$1"; else fail "$1" "stderr lacks '$2'"; fi
}
expect_stderr_lacks() { # NAME TEXT
	if grep -qF -- "$2" "$T_TMP/stderr"; then fail "$1" "stderr has '$2'"; else pass "$1"; fi
}
expect_same_file() { # NAME GOT EXPECTED
	if cmp -s "$2" "$3"; then pass "$1"; else
		fail "$1" "files differ"
		diff -u "$3" "$2" | head -n 40 | sed 's/^/  /'
	fi
}

t_done() {
	if [ "$T_SKIP" -gt 0 ]; then
		echo "$T_PASS passed, $T_FAIL failed, $T_SKIP skipped"
	else
		echo "$T_PASS passed, $T_FAIL failed"
	fi
	[ "$T_FAIL" = 0 ]
}
