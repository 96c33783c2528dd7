#!/usr/bin/python3
"""Export the sample ONNX models that opbridge's tests and benchmarks use.

Run with the SYSTEM interpreter (Debian's python3-torch 1.13, python3-torchvision 0.14,
python3-onnx 1.12); the pyenv `python3` first on PATH has none of them:

    /usr/bin/python3 scripts/make_models.py --set ci            # default set
    /usr/bin/python3 scripts/make_models.py --set bench --set opset
    /usr/bin/python3 scripts/make_models.py --list

Weights are random (torchvision `weights=None`, nothing is downloaded) and seeded per model,
so a model has the same weights at every opset and a rerun gives byte-identical files.
Files go to <repo>/.cache/models/<model>-opset<N>.onnx (git-ignored); existing files and
recorded failures are skipped, so a rerun with everything present takes well under a second
(torch is imported only when something has to be exported; delete manifest.json to retry
failures). manifest.json in the same folder describes every file: inputs, outputs, size,
and the export error if there was one. Exits 1 if a model exported at no opset at all.
"""
import argparse
import contextlib
import fcntl
import json
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 0
CNN = (1, 3, 64, 64)  # small input: file size is all weights, and 64 px keeps runtime low

# name -> (how to build it, input shape). Builders take the torch/torchvision modules so
# that listing and skipping never import torch. Every torchvision net is standard, just
# untrained; only the input is smaller than the 224 px they were designed for (all of
# them end in an adaptive pool, so any size >= 32 is valid) -- except ViT, whose position
# embedding fixes 224.
MODELS = {
    "resnet18": (lambda t, tv: tv.models.resnet18(weights=None), CNN),
    "mobilenet_v2": (lambda t, tv: tv.models.mobilenet_v2(weights=None), CNN),
    "mobilenet_v3_small": (lambda t, tv: tv.models.mobilenet_v3_small(weights=None), CNN),
    "efficientnet_b0": (lambda t, tv: tv.models.efficientnet_b0(weights=None), CNN),
    "squeezenet1_1": (lambda t, tv: tv.models.squeezenet1_1(weights=None), CNN),
    "shufflenet_v2_x1_0": (lambda t, tv: tv.models.shufflenet_v2_x1_0(weights=None), CNN),
    "densenet121": (lambda t, tv: tv.models.densenet121(weights=None), CNN),
    "convnext_tiny": (lambda t, tv: tv.models.convnext_tiny(weights=None), CNN),
    # weights_backbone defaults to ImageNet weights (a download): turn it off too.
    "deeplabv3_mobilenet_v3_large": (lambda t, tv: OutOnly(t, tv.models.segmentation.
        deeplabv3_mobilenet_v3_large(weights=None, weights_backbone=None)), CNN),
    # torchvision initializes ViT's classifier to zeros: random weights there too, or every
    # output is 0 and comparing runtimes proves nothing.
    "vit_b_16": (lambda t, tv: random_head(t, tv.models.vit_b_16(weights=None)), (1, 3, 224, 224)),
    # Small sequence models: attention (MatMul/Softmax/LayerNorm) and a recurrent op.
    "transformer_encoder": (lambda t, tv: t.nn.TransformerEncoderLayer(
        d_model=64, nhead=4, dim_feedforward=128, batch_first=True), (1, 8, 64)),
    "lstm": (lambda t, tv: OutOnly(t, t.nn.LSTM(16, 32, batch_first=True)), (1, 8, 16)),
}

CNN8 = ["resnet18", "mobilenet_v2", "mobilenet_v3_small", "efficientnet_b0",
        "shufflenet_v2_x1_0", "densenet121", "deeplabv3_mobilenet_v3_large", "convnext_tiny"]


def grid(names, opsets):
    return [(n, o) for n in names for o in opsets]


SETS = {
    # Converter benchmarks: a small, a mobile, a modern CNN, and one big file (346 MB).
    "bench": grid(["resnet18", "mobilenet_v3_small", "convnext_tiny", "vit_b_16"], [13]),
    # Opset adapters: the same nets at the opsets exporters commonly emit.
    "opset": grid(CNN8 + ["transformer_encoder", "lstm"], [9, 11, 13, 17]),
    # ONNX -> TFLite conversion.
    "tflite": grid(CNN8 + ["squeezenet1_1", "transformer_encoder"], [11, 13, 17])
              + [("vit_b_16", 13)],
    # CI: small and quick (~5 s on 2 cores, ~215 MB).
    "ci": grid(["resnet18", "mobilenet_v3_small", "shufflenet_v2_x1_0",
                "transformer_encoder", "lstm"], [9, 13, 17]),
}
MAX_OPSET = 17  # torch 1.13 exports up to opset 17


def random_head(t, model):
    t.nn.init.normal_(model.heads.head.weight, std=0.02)
    t.nn.init.normal_(model.heads.head.bias, std=0.02)
    return model


def OutOnly(t, model):
    """Keep only the main output: DeepLab returns a dict, LSTM a (output, (h, c)) tuple."""
    class Wrap(t.nn.Module):
        def __init__(self):
            super().__init__()
            self.m = model

        def forward(self, x):
            y = self.m(x)
            return y["out"] if isinstance(y, dict) else y[0]
    return Wrap()


def file_name(name, opset):
    return f"{name}-opset{opset}.onnx"


def export(name, opset, path):
    """Export one model; raise whatever torch raises, else return what the manifest adds."""
    import warnings
    import torch
    import torchvision
    warnings.filterwarnings("ignore")  # tracer warnings about shapes: noise for static export
    build, shape = MODELS[name]
    torch.manual_seed(SEED)  # per model, so the weights don't depend on what ran before
    model = build(torch, torchvision).eval()
    x = torch.randn(*shape)
    y = model(x)  # the output's shape, for the manifest
    tmp = f"{path}.{os.getpid()}.tmp"  # never leave a half-written file that looks done
    try:
        # No torch.no_grad(): in eval mode *without* grad, nn.MultiheadAttention (ViT, the
        # encoder layer) takes a fused fast path that has no ONNX export.
        torch.onnx.export(model, x, tmp, opset_version=opset, do_constant_folding=True,
                          input_names=["input"], output_names=["output"])
        os.replace(tmp, path)
        return {"outputs": [{"name": "output", "shape": list(y.shape), "dtype": "float32"}],
                "exporter": f"torch {torch.__version__}"}
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def entry(name, opset, path, **extra):
    shape = MODELS[name][1]
    e = {"file": os.path.basename(path), "model": name, "opset": opset,
         "inputs": [{"name": "input", "shape": list(shape), "dtype": "float32"}],
         "outputs": [{"name": "output"}], "ok": os.path.exists(path),
         "size_bytes": os.path.getsize(path) if os.path.exists(path) else 0}
    e.update(extra)
    return e


@contextlib.contextmanager
def manifest(out):
    """Read-modify-write manifest.json under a lock: two sets may run at once."""
    path = os.path.join(out, "manifest.json")
    with open(path + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = {}
        if os.path.exists(path):
            with open(path) as f:
                data = json.load(f)
        yield data
        with open(path + ".tmp", "w") as f:
            json.dump(dict(sorted(data.items())), f, indent=1)
            f.write("\n")
        os.replace(path + ".tmp", path)


def make(name, opset, out, known):
    """Make one (model, opset) file unless present or known to fail; record it."""
    key = file_name(name, opset)
    path = os.path.join(out, key)
    if key in known and (os.path.exists(path) or not known[key]["ok"]):
        return known[key]
    if os.path.exists(path):  # made earlier, but the manifest lost it: just describe it
        e = entry(name, opset, path)
    else:
        t0 = time.time()
        try:
            info = export(name, opset, path)
            e = entry(name, opset, path, seconds=round(time.time() - t0, 1), **info)
            print(f"{key}: {e['size_bytes'] / 1e6:.1f} MB in {e['seconds']} s", flush=True)
        except Exception as err:  # record and go on: a missing export is data, not a crash
            msg = f"{type(err).__name__}: {err}".strip().splitlines()[0][:500]
            e = entry(name, opset, path, ok=False, error=msg,
                      seconds=round(time.time() - t0, 1))
            print(f"{key}: FAILED: {msg}", flush=True)
    with manifest(out) as m:
        m[key] = known[key] = e
    return e


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", action="append", choices=sorted(SETS), help="default: ci")
    p.add_argument("--out", default=os.path.join(REPO, ".cache", "models"))
    p.add_argument("--list", action="store_true", help="show the sets and what is present")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    mpath = os.path.join(a.out, "manifest.json")
    known = json.load(open(mpath)) if os.path.exists(mpath) else {}
    if a.list:
        for s, items in SETS.items():
            print(f"{s}:")
            for n, o in items:
                k = file_name(n, o)
                state = ("present" if os.path.exists(os.path.join(a.out, k)) else
                         "failed" if k in known and not known[k]["ok"] else "missing")
                print(f"  {k:45} {state}")
        return 0
    failed, lost = [], []
    for s in a.set or ["ci"]:
        for name, opset in SETS[s]:
            e = make(name, opset, a.out, known)
            # A model that cannot export at the requested opset (typically 9) is also
            # exported at the lowest opset that works; each failed file names that one.
            chain = []
            while not e["ok"] and e["opset"] < MAX_OPSET:
                chain.append(e["file"])
                e = make(name, e["opset"] + 1, a.out, known)
            if e["ok"] and chain:
                with manifest(a.out) as m:
                    for key in chain:
                        m[key]["fallback"] = known[key]["fallback"] = e["file"]
            failed += chain + ([] if e["ok"] else [e["file"]])
            lost += [] if e["ok"] else [name]
    if failed:
        print(f"not exportable (see manifest.json): {', '.join(sorted(set(failed)))}")
    if lost:
        print(f"exported at no opset: {', '.join(sorted(set(lost)))}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
