#!/usr/bin/python3
"""Writes single_include/opbridge/opbridge.hpp: every header under include/opbridge/ inlined
once, in dependency order, behind one include. System and third-party includes stay as they
are. `--check` compares instead of writing and exits 1 when the checked-in copy is stale.

    scripts/amalgamate.py            # regenerate
    scripts/amalgamate.py --check    # CI: fail when out of date
"""
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(REPO, "include")
OUTPUT = os.path.join(REPO, "single_include", "opbridge", "opbridge.hpp")
LOCAL = re.compile(r'^\s*#\s*include\s+"(opbridge/[^"]+)"')
PRAGMA_ONCE = re.compile(r"^\s*#\s*pragma\s+once\s*$")


ROOT = "opbridge/opbridge.hpp"


def all_headers():
    found = set()
    for folder, _, files in os.walk(os.path.join(INCLUDE, "opbridge")):
        for f in files:
            if f.endswith((".hpp", ".h")):
                found.add(os.path.relpath(os.path.join(folder, f), INCLUDE))
    return found


def inline(header, seen, out):
    if header in seen:
        return
    seen.add(header)
    path = os.path.join(INCLUDE, header)
    out.append(f"// ---- begin {header}\n")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = LOCAL.match(line)
            if m:
                inline(m.group(1), seen, out)
            elif not PRAGMA_ONCE.match(line):
                out.append(line)
    out.append(f"// ---- end {header}\n")


def render():
    out = [
        "// GENERATED FILE, DO NOT EDIT: written by scripts/amalgamate.py from include/opbridge/.\n",
        "// opbridge, amalgamated: include this one header (plus protobuf/libonnx, flatbuffers, Boost).\n",
        "#pragma once\n",
    ]
    seen = set()
    inline(ROOT, seen, out)
    unreached = sorted(all_headers() - seen)
    if unreached:
        sys.exit("headers not reachable from include/" + ROOT + " (include them there): " + ", ".join(unreached))
    return "".join(out)


def main():
    text = render()
    if "--check" in sys.argv:
        try:
            with open(OUTPUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("single_include/opbridge/opbridge.hpp is out of date: run scripts/amalgamate.py", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
