#!/usr/bin/env bash
# Compiles FILE and passes only when compilation FAILS with a message matching PATTERN
# (a compile-time guarantee proven by a program that breaks it). With PATTERN "-", passes
# only when it compiles (the control cases).
#   expect_failure.sh CXX INCLUDE_FLAGS FILE PATTERN
set -uo pipefail
cxx=$1 flags=$2 file=$3 pattern=$4
# shellcheck disable=SC2086
output=$("$cxx" -std=c++20 -fsyntax-only $flags "$file" 2>&1)
status=$?
if [[ $pattern == - ]]; then
  if ((status != 0)); then echo "expected $file to compile, but:"; echo "$output" | head -30; exit 1; fi
  echo "$file compiles"; exit 0
fi
if ((status == 0)); then echo "expected $file NOT to compile, but it did"; exit 1; fi
if ! grep -qE -- "$pattern" <<<"$output"; then
  echo "$file failed to compile, but without a message matching: $pattern"; echo "$output" | head -40; exit 1
fi
echo "$file fails to compile as it should:"; grep -E -- "$pattern" <<<"$output" | head -3
