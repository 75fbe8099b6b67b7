#!/bin/sh
# check.sh — runs each playground example on build/native/edge and on python3 and fails
# when their outputs differ (an example with a .stdin file gets it as its input). Examples
# that import native .wasm modules run on edge.wasm (node web/cli.js) instead, as in the
# playground: the native build has no wasm runtime to load them.
cd "$(dirname "$0")" || exit 1
EDGE=${EDGE:-../../build/native/edge}
WASM_ONLY=" 15-native-module.py "
status=0
# Examples are NN-name.py; other .py files are modules they import.
for py in [0-9]*.py; do
    in=/dev/null
    [ -f "${py%.py}.stdin" ] && in="${py%.py}.stdin"
    want=$(python3 "$py" < "$in" 2>&1) || { echo "FAIL $py: python3 fails"; status=1; continue; }
    case "$WASM_ONLY" in
        *" $py "*) got=$(node ../../web/cli.js "$py" < "$in" 2>&1) ;;
        *) got=$("$EDGE" "$py" < "$in" 2>&1) ;;
    esac
    if [ "$got" = "$want" ]; then echo "ok   $py"; else
        echo "FAIL $py"; printf '%s\n' "$want" > /tmp/want.$$; printf '%s\n' "$got" | diff /tmp/want.$$ - ; rm -f /tmp/want.$$; status=1
    fi
done
exit $status
