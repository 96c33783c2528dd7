#!/usr/bin/python3
"""Runs onnx's own version converter (python3-onnx, Debian) on the same (model, target)
pairs as opbridge's conformance run, so the report can put both side by side.

    onnx_version_converter.py TESTDATA_NODE_DIR WORK_DIR OUT.tsv [TARGET,...]

Writes one line per pair: test, target, status (ok | error | crashed), converted model path
or message. The converter aborts the whole process on some inputs, so pairs run in a child
process that is restarted after the pair that killed it.
"""
import os
import subprocess
import sys


def child(node_dir, work, pairs):
    import onnx
    from onnx import version_converter
    loaded = {}
    for test, target in pairs:
        print(f"START\t{test}\t{target}", flush=True)
        model = loaded.get(test) or onnx.load(os.path.join(node_dir, test, "model.onnx"))
        loaded = {test: model}
        dest = os.path.join(work, f"{test}-{target}.onnx")
        try:
            onnx.save(version_converter.convert_version(model, target), dest)
            print(f"{test}\t{target}\tok\t{dest}", flush=True)
        except Exception as e:  # the converter's own refusal, reported as data
            message = str(e).replace("\t", " ").replace("\n", " ")[:200]
            print(f"{test}\t{target}\terror\t{message}", flush=True)


def main():
    if sys.argv[1] == "--child":
        node_dir, work = sys.argv[2:4]
        pairs = [line.split("\t") for line in sys.stdin.read().splitlines()]
        child(node_dir, work, [(t, int(v)) for t, v in pairs])
        return
    node_dir, work, out_tsv = sys.argv[1:4]
    targets = [int(t) for t in (sys.argv[4] if len(sys.argv) > 4 else "7,9,11,13,15,17,19,21").split(",")]
    os.makedirs(work, exist_ok=True)
    tests = sorted(t for t in os.listdir(node_dir) if os.path.exists(os.path.join(node_dir, t, "model.onnx")))
    pending = [(t, v) for t in tests for v in targets]
    with open(out_tsv, "w") as out:
        while pending:
            request = "".join(f"{t}\t{v}\n" for t, v in pending)
            proc = subprocess.run([sys.executable, __file__, "--child", node_dir, work], input=request,
                                  capture_output=True, text=True)
            done, current = set(), None
            for line in proc.stdout.splitlines():
                fields = line.split("\t")
                if fields[0] == "START":
                    current = (fields[1], int(fields[2]))
                else:
                    out.write(line + "\n")
                    done.add((fields[0], int(fields[1])))
            if proc.returncode != 0 and current and current not in done:
                out.write(f"{current[0]}\t{current[1]}\tcrashed\tprocess ended with code {proc.returncode}\n")
                done.add(current)
            pending = [p for p in pending if p not in done]
            if proc.returncode == 0:
                break


if __name__ == "__main__":
    main()
