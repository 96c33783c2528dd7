#!/usr/bin/python3
"""Runs the opbridge CLI on every case of the malformed-input corpus (make_corpus.py) and checks
that each is handled safely:

    /usr/bin/python3 tests/malformed/check_corpus.py CLI CORPUS_DIR [--no-memory-limit] [--jobs N]

For every case, `inspect`, `check` and `convert` (ONNX: to opset 13; TFLite: to .tflite) must
- end by themselves: not killed by a signal, and done within --timeout seconds (a bound that
  stops a hang, not a speed requirement);
- exit 1 (cases marked "any" may also exit 0: the file happened to be valid);
- on exit 1, start their error output with one line "<the file>: error: <field>...", where the
  field matches the case's expectation;
- stay within memory: the address space is capped at --base-mb MB plus 20 times the file's size,
  and the peak resident size must stay under the same bound;
- leave nothing behind: the output folder holds no file after a refusal (no temporary file
  either) and only the output after a success; the input's folder is unchanged.
--no-memory-limit is for sanitizer builds, whose shadow memory makes address-space caps meaningless.
"""

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor


def listing(folder):
    out = set()
    for root, dirs, files in os.walk(folder):
        for n in dirs + files:
            out.add(os.path.relpath(os.path.join(root, n), folder))
    return out


def run(cmd, timeout, address_space):
    """(returncode or -signal, stdout, stderr, peak RSS in bytes, timed_out)."""
    def limit():
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, preexec_fn=limit)
        deadline = time.monotonic() + timeout
        timed_out = False
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                timed_out = True
                os.kill(p.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(p.pid, 0)
                break
            time.sleep(0.005)
        p.returncode = 0  # reaped here; keep Popen from waiting again
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        out.seek(0)
        err.seek(0)
        return (code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                usage.ru_maxrss * 1024, timed_out)


def commands(cli, case, model, out_dir):
    extra = case.get("options", [])
    if case["format"] == "onnx":
        convert = [cli, "convert", model, os.path.join(out_dir, "out.onnx"), "--opset", "13"]
    else:
        convert = [cli, "convert", model, os.path.join(out_dir, "out.tflite")]
    return [("inspect", [cli, "inspect", model] + extra), ("check", [cli, "check", model] + extra),
            ("convert", convert + extra)]


def check_case(case, args):
    problems = []
    model = os.path.join(args.corpus, case["model"])
    case_dir = os.path.dirname(model)
    size = os.path.getsize(model) if os.path.isfile(model) else 0
    bound = (args.base_mb << 20) + 20 * size
    for name, cmd in commands(args.cli, case, model, os.path.join(args.work, case["name"])):
        out_dir = os.path.join(args.work, case["name"])
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)
        before = listing(case_dir)
        code, stdout, stderr, rss, timed_out = run(cmd, args.timeout, None if args.no_memory_limit else bound)
        what = "%s %s" % (case["name"], name)
        if timed_out:
            problems.append("%s: still running after %ss (a hang)" % (what, args.timeout))
            continue
        if code < 0:
            problems.append("%s: killed by signal %d\n%s" % (what, -code, stderr[-2000:]))
            continue
        if "Sanitizer" in stderr or "runtime error:" in stderr:
            problems.append("%s: sanitizer report\n%s" % (what, stderr[-3000:]))
        allowed = {1} if case["expect"] == "fail" else {0, 1}
        if code not in allowed:
            problems.append("%s: exit code %d, expected %s\n%s%s" % (what, code, sorted(allowed), stdout[-500:], stderr[-1000:]))
        if code == 1:
            # `check` reports the problems it finds on stdout (they are its result); a file it
            # cannot read is an error on stderr like every other command's.
            text = stderr if stderr.strip() or name != "check" else stdout
            first = text.lstrip("\n").split("\n", 1)[0]
            prefix = model + ": error: "
            if not first.startswith(prefix):
                problems.append("%s: first line does not start with '%s': %r" % (what, prefix, first))
            elif case.get("field") and not re.search(case["field"], first[len(prefix):]):
                problems.append("%s: first line does not name the field (/%s/): %r" % (what, case["field"], first))
        if not args.no_memory_limit and rss > bound:
            problems.append("%s: peak resident size %d MB exceeds %d MB" % (what, rss >> 20, bound >> 20))
        left = listing(out_dir)
        expected_left = set()
        if code == 0 and name == "convert":
            expected_left = {os.path.basename(cmd[3]), os.path.basename(cmd[3]) + ".data"}
        if left - expected_left:
            problems.append("%s: left behind in the output folder: %s" % (what, sorted(left - expected_left)))
        if listing(case_dir) != before:
            problems.append("%s: the input's folder changed: %s" % (what, sorted(listing(case_dir) ^ before)))
        shutil.rmtree(out_dir, ignore_errors=True)
    return problems


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("cli")
    p.add_argument("corpus")
    p.add_argument("--timeout", type=float, default=20)
    p.add_argument("--base-mb", type=int, default=512)
    p.add_argument("--no-memory-limit", action="store_true")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--only", help="run only cases whose name matches this regular expression")
    args = p.parse_args()
    with open(os.path.join(args.corpus, "manifest.json")) as f:
        cases = json.load(f)
    if args.only:
        cases = [c for c in cases if re.search(args.only, c["name"])]
    args.work = os.path.join(args.corpus, "work")
    shutil.rmtree(args.work, ignore_errors=True)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda c: check_case(c, args), cases))
    failed = 0
    for case, problems in zip(cases, results):
        if problems:
            failed += 1
            for pr in problems:
                print("FAIL " + pr)
    print("%d of %d cases handled safely (%d commands each)" % (len(cases) - failed, len(cases), 3))
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
