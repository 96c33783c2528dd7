#!/usr/bin/python3
"""Make int8 QDQ ONNX models from the torchvision exports of scripts/make_models.py.

Run with the SYSTEM interpreter (Debian's python3-onnx 1.12 and python3-numpy); it also
needs Node and onnxruntime-node in .deps (scripts/install_runtimes.sh):

    /usr/bin/python3 scripts/make_qdq_models.py                 # every model below
    /usr/bin/python3 scripts/make_qdq_models.py --model resnet18
    /usr/bin/python3 scripts/make_qdq_models.py --list

Each <repo>/.cache/models/<model>-opset13.onnx (exported first if missing) is given healthy
activations, calibrated and quantized, with ONNX Runtime doing every computation through
tools/runtime/ort_calibrate.mjs, on 8 batches drawn exactly as `opbridge verify` draws float
inputs (seeds 0..7, uniform [-1, 1)):
  1. rescaling: torchvision's random init makes activations vanish layer by layer (kaiming
     fan_out init gives a depthwise Conv [C,1,k,k] a std sqrt(C) too small for its fan-in
     k*k: mobilenet_v2's outputs were ~1e-9, efficientnet_b0's ~1e-14, with activation
     scales down to 1e-16), which is nothing like a trained model and makes int8 comparisons
     between runtimes meaningless. So every Conv and Gemm/MatMul with an initializer weight
     gets its weight and bias multiplied by one factor that gives its output a standard
     deviation of 1 over all its elements in the 8 batches (LSUV-style, data-dependent and
     variance-preserving), layer by layer in one ONNX Runtime session: ops whose outputs do
     not depend on each other's factors are measured in one step, each step seeing the
     factors of the ones before (a scalar Mul input after each op, folded into the weights
     afterwards). The rescaled float model is written as .cache/models/qdq/<model>-opset13-
     float.onnx: the reference the QDQ model is checked against;
  2. calibration: every intermediate float tensor of the rescaled model made a graph output,
     min/max over the same 8 batches;
  3. quantization, written as .cache/models/qdq/<model>-opset13-qdq.onnx
in ONNX Runtime's QDQ format, with TFLite's int8 conventions so that it converts to a fully
int8 TFLite model:
  - activations: int8, per tensor, asymmetric over the range widened to include 0;
  - weights: int8 symmetric in [-127, 127], per output channel for Conv, per tensor for
    Gemm/MatMul; biases int32 with scale input_scale * weight_scale, zero point 0;
  - a weight is an int8 initializer -> DequantizeLinear; a quantized activation T becomes
    T -> QuantizeLinear -> DequantizeLinear -> consumers; the graph outputs stay float;
  - not quantized: the output of a Conv/Gemm/Add whose only consumer is a Relu/Clip, and
    of the HardSigmoid in x * HardSigmoid(x) (TFLite fuses both into one op);
  - shared scale and zero point: the output of MaxPool, AveragePool, Flatten, Reshape,
    Transpose, Squeeze, Unsqueeze with its input, and Concat with all of its inputs (TFLite's
    int8 kernels require it); Sigmoid's output is fixed at 1/256, -128 (TFLite LOGISTIC).
Identity nodes over initializers (torch deduplicates equal biases) are folded into copies
first, and a weight or bias that two ops read is copied, so every Conv has its own weight and
bias (to rescale and to quantize).

Existing files are skipped, so a rerun with everything present takes well under a second
(numpy/onnx are imported only when there is work); failures are reported, not recorded, so
the next run retries them. A file is only "present" if its manifest entry has the current
SCHEME (bumped whenever the way models are made changes, so that older files are remade).
Output is deterministic (same bytes on every run). manifest.json beside the files records
per model: Q/DQ node counts, size, the rescaling (factors; the std the rescaled ops' outputs
have in the float reference), the smallest and largest activation scale, and how close the
QDQ model's output is to the rescaled float model's in ONNX Runtime on seed 8 (not a
calibration seed), with the float output's magnitude. Exits 1 if a model failed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_models  # noqa: E402  (stdlib only at import; torch only when it must export)

REPO = make_models.REPO
OPSET = 13
MODELS = ["resnet18", "mobilenet_v2", "squeezenet1_1", "mobilenet_v3_small", "efficientnet_b0"]
CALIBRATION_SEEDS = list(range(8))
CHECK_SEED = 8
CALIBRATOR = os.path.join(REPO, "tools", "runtime", "ort_calibrate.mjs")
# Recorded in every manifest entry; files whose entry has another (or none) are remade.
# 1 (no "scheme" key): torchvision's init as exported. 2: weights rescaled first (LSUV).
SCHEME = 2
SEEDS = f"{CALIBRATION_SEEDS[0]}..{CALIBRATION_SEEDS[-1]}"

# Ops whose float output gets Q/DQ: with parameters of its own (calibrated, or fixed), or
# with its input's (values pass through unchanged, or averaged). See the docstring.
OWN_PARAMS = {"Conv", "Gemm", "MatMul", "Add", "Mul", "Concat", "GlobalAveragePool", "Relu", "Clip",
              "HardSigmoid", "HardSwish", "Sigmoid"}
SAME_PARAMS_AS_INPUT = {"MaxPool", "AveragePool", "Flatten", "Reshape", "Transpose", "Squeeze",
                        "Unsqueeze"}
FUSES_ACTIVATION = {"Conv", "Gemm", "Add"}
FUSABLE_ACTIVATIONS = {"Relu", "Clip"}  # torchvision's Clips are ReLU6: TFLite fuses those
FIXED_PARAMS = {"Sigmoid": (1 / 256, -128)}  # TFLite's int8 LOGISTIC requires this output
WEIGHT_PER_CHANNEL = {"Conv": True, "Gemm": False, "MatMul": False}

np = onnx = helper = numpy_helper = None  # imported by load_libraries(), only when needed


def load_libraries():
    global np, onnx, helper, numpy_helper
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper


def file_name(name):
    return f"{name}-opset{OPSET}-qdq.onnx"


def float_file_name(name):
    """The rescaled float model the QDQ model is made from and checked against."""
    return f"{name}-opset{OPSET}-float.onnx"


# ---- inputs as `opbridge verify` makes them (tools/runtime/reference_runtime.cpp) ----------

MASK64 = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


def splitmix64_mix(z):
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def seeded_input(shape, seed, position=0):
    """Input `position` for `seed`: SplitMix64 stream seeded with first(seed) ^ first(position
    + 1), each 64-bit draw -> (draw >> 11) * 2^-53 in [0, 1) -> -1 + 2u (double) -> float32."""
    def first_draw(s):
        return int(splitmix64_mix(np.array([(s + GOLDEN_GAMMA) & MASK64], np.uint64))[0])
    start = first_draw(seed) ^ first_draw(position + 1)
    count = int(np.prod(shape))
    states = np.uint64(start) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(GOLDEN_GAMMA)
    unit = (splitmix64_mix(states) >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    return (-1.0 + 2.0 * unit).astype(np.float32).reshape(shape)


# ---- ONNX Runtime, through tools/runtime/ort_calibrate.mjs ---------------------------------

def graph_inputs(graph):
    initializers = {i.name for i in graph.initializer}
    return [i for i in graph.input if i.name not in initializers]


def ort_job(model_path, graph, seeds, tmp, tag, keep=()):
    """A request for ort_calibrate.mjs: `graph`'s inputs on `seeds`, ranges to tmp/<tag>.json."""
    inputs = []
    for position, value in enumerate(graph_inputs(graph)):
        # Open dims are 1, as in verify.
        shape = [d.dim_value or 1 for d in value.type.tensor_type.shape.dim]
        path = os.path.join(tmp, f"{tag}-input{position}.f32")
        np.concatenate([seeded_input(shape, s, position).ravel() for s in seeds]).tofile(path)
        inputs.append({"name": value.name, "shape": shape, "file": path})
    return {"model": model_path, "batches": len(seeds), "inputs": inputs,
            "ranges": os.path.join(tmp, f"{tag}.json"),
            "keep": {name: os.path.join(tmp, f"{tag}-{i}.f32") for i, name in enumerate(keep)}}


def run_ort(jobs, tmp):
    """Run all jobs in one node process; return {model path: error} for the jobs that failed."""
    if not jobs:
        return {}
    request = os.path.join(tmp, "request.json")
    with open(request, "w") as f:
        json.dump({"jobs": jobs}, f)
    done = subprocess.run(["node", CALIBRATOR, request], capture_output=True, text=True)
    errors = {}
    for job in jobs:
        if not os.path.exists(job["rescale"]["factors"] if "rescale" in job else job["ranges"]):
            lines = [line for line in done.stderr.splitlines() if job["model"] in line]
            lines = lines or [done.stderr.strip()]
            errors[job["model"]] = (lines[0] or f"ort_calibrate exited {done.returncode}")[:500]
    return errors


# ---- calibration ---------------------------------------------------------------------------

def fold_identities(graph):
    """Identity over an initializer -> a copy of it under the Identity's output name."""
    initializers = {i.name: i for i in graph.initializer}
    kept = []
    for node in graph.node:
        if node.op_type == "Identity" and node.input[0] in initializers:
            copy = onnx.TensorProto()
            copy.CopyFrom(initializers[node.input[0]])
            copy.name = node.output[0]
            graph.initializer.append(copy)
        else:
            kept.append(node)
    del graph.node[:]
    graph.node.extend(kept)


def float_activations(model):
    """Names of the float tensors that nodes compute (not Constants), in graph order."""
    inferred = onnx.shape_inference.infer_shapes(model).graph
    types = {v.name: v.type.tensor_type.elem_type
             for v in list(inferred.value_info) + list(inferred.output)}
    return [out for node in model.graph.node if node.op_type != "Constant"
            for out in node.output if types.get(out) == onnx.TensorProto.FLOAT]


def calibration_model(model, activations):
    calibrated = onnx.ModelProto()
    calibrated.CopyFrom(model)
    present = {o.name for o in calibrated.graph.output}
    calibrated.graph.output.extend(helper.make_tensor_value_info(t, onnx.TensorProto.FLOAT, None)
                                   for t in activations if t not in present)
    return calibrated


# ---- rescaling: healthy activations before calibration ------------------------------------

def rescaled_layers(graph):
    """(node, weight, bias or None) of every Conv/Gemm/MatMul with a float initializer weight,
    in graph order; a weight or bias another op (or a graph output) also reads is first copied
    under a new name, so that each factor scales one op only."""
    initializers = {i.name: i for i in graph.initializer}
    readers = defaultdict(int)
    for node in graph.node:
        for name in node.input:
            readers[name] += 1
    for value in graph.output:
        readers[value.name] += 1

    def private(node, position):
        name = node.input[position]
        if readers[name] > 1:
            readers[name] -= 1
            copy = onnx.TensorProto()
            copy.CopyFrom(initializers[name])
            copy.name = f"{name}_of_{node.output[0]}"
            graph.initializer.append(copy)
            initializers[copy.name] = copy
            node.input[position] = copy.name
        return node.input[position]

    layers = []
    for node in graph.node:
        if (node.op_type not in WEIGHT_PER_CHANNEL or len(node.input) < 2
                or node.input[0] in initializers or node.input[1] not in initializers
                or initializers[node.input[1]].data_type != onnx.TensorProto.FLOAT):
            continue
        has_bias = (node.op_type != "MatMul" and len(node.input) > 2
                    and node.input[2] in initializers)
        layers.append((node, private(node, 1), private(node, 2) if has_bias else None))
    return layers


def scale_input(tensor):
    return f"{tensor}_rescale_factor"


def rescale_steps(graph, layers):
    """The layers' outputs in groups: a layer's step is the longest chain of layers that ends
    at it, so no output of a step depends on another's factor, only on earlier steps'."""
    outputs = {node.output[0] for node, *_ in layers}
    depth, steps = defaultdict(int), defaultdict(list)
    for node in graph.node:
        d = max((depth[name] for name in node.input if name), default=0)
        if node.output[0] in outputs:
            d += 1
            steps[d].append(node.output[0])
        for out in node.output:
            depth[out] = d
    return [steps[d] for d in sorted(steps)]


def rescaling_model(model, layers):
    """The model with each layer's output y computed as Mul(y_unscaled, <y>_rescale_factor),
    the factor a scalar graph input, and every y a graph output."""
    rescaling = onnx.ModelProto()
    rescaling.CopyFrom(model)
    graph = rescaling.graph
    outputs = {node.output[0] for node, *_ in layers}
    nodes = []
    for node in graph.node:
        nodes.append(node)
        out = node.output[0]
        if out in outputs:
            node.output[0] = f"{out}_unscaled"
            nodes.append(helper.make_node("Mul", [node.output[0], scale_input(out)], [out],
                                          name=f"{out}_Rescale"))
            graph.input.append(helper.make_tensor_value_info(scale_input(out),
                                                             onnx.TensorProto.FLOAT, []))
    del graph.node[:]
    graph.node.extend(nodes)
    present = {o.name for o in graph.output}
    graph.output.extend(helper.make_tensor_value_info(node.output[0], onnx.TensorProto.FLOAT, None)
                        for node, *_ in layers if node.output[0] not in present)
    return rescaling


def rescale(model, layers, factors):
    """Multiply each layer's weight and bias by its factor (in double, rounded to float32)."""
    initializers = {i.name: i for i in model.graph.initializer}
    for node, weight, bias in layers:
        factor = factors[scale_input(node.output[0])]
        for name in (weight, bias) if bias else (weight,):
            scaled = numpy_helper.to_array(initializers[name]).astype(np.float64) * factor
            initializers[name].CopyFrom(numpy_helper.from_array(scaled.astype(np.float32), name))


# ---- which tensors get which quantization parameters --------------------------------------

def activation_params(low, high):
    """Asymmetric int8: the range widened to include 0, scale = range / 255."""
    low, high = min(low, 0.0), max(high, 0.0)
    scale = np.float32((high - low) / 255) if high > low else np.float32(1.0)
    zero_point = int(np.clip(np.round(-128 - low / float(scale)), -128, 127))
    return scale, zero_point


def attribute(node, name, default):
    for a in node.attribute:
        if a.name == name:
            return helper.get_attribute_value(a)
    return default


def plan_activations(graph, floats, ranges):
    """tensor -> (scale, zero_point) for every activation that gets Q/DQ."""
    consumers = defaultdict(list)
    for node in graph.node:
        for name in node.input:
            consumers[name].append(node)
    graph_outputs = {o.name for o in graph.output}

    def only_consumer(tensor):
        users = consumers[tensor]
        return users[0] if len(users) == 1 and tensor not in graph_outputs else None

    def fused_away(node):
        out, user = node.output[0], only_consumer(node.output[0])
        if node.op_type in FUSES_ACTIVATION:
            return user is not None and user.op_type in FUSABLE_ACTIVATIONS
        # x * HardSigmoid(x; 1/6, 0.5) is TFLite's HARD_SWISH (see rules/opbridge/rules/patterns/
        # hard_swish.hpp)
        return (node.op_type == "HardSigmoid" and user is not None and user.op_type == "Mul"
                and sorted(user.input) == sorted([out, node.input[0]])
                and abs(attribute(node, "alpha", 0.2) - 1 / 6) < 1e-6
                and attribute(node, "beta", 0.5) == 0.5)

    # Union-find: tensors in one set share a scale and zero point.
    parent, fixed = {}, {}

    def root(t):
        while parent[t] != t:
            t = parent[t]
        return t

    def join(a, b):
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        parent[root(a)] = root(b)

    for value in graph_inputs(graph):
        parent[value.name] = value.name
    for node in graph.node:
        out = node.output[0]
        if out not in floats:
            continue
        if node.op_type in SAME_PARAMS_AS_INPUT:
            if node.input[0] in parent:
                join(out, node.input[0])
        elif node.op_type in OWN_PARAMS and not fused_away(node):
            parent.setdefault(out, out)
            if node.op_type == "Concat":
                for name in node.input:
                    if name in floats or name in parent:
                        join(name, out)
            if node.op_type in WEIGHT_PER_CHANNEL:
                parent.setdefault(node.input[0], node.input[0])
            if node.op_type in FIXED_PARAMS:
                fixed[out] = FIXED_PARAMS[node.op_type]

    members = defaultdict(list)
    for t in parent:
        members[root(t)].append(t)
    params = {}
    for group in members.values():
        pinned = [fixed[t] for t in group if t in fixed]
        if pinned:
            scale, zero_point = np.float32(pinned[0][0]), pinned[0][1]
        else:
            bounds = [ranges[t] for t in group]
            if any(b[0] is None for b in bounds):
                raise ValueError(f"no finite calibration values for {group}")
            scale, zero_point = activation_params(min(low for low, _ in bounds),
                                                  max(high for _, high in bounds))
        for t in group:
            params[t] = (scale, zero_point)
    return params


# ---- writing the Q/DQ nodes ----------------------------------------------------------------

class QdqWriter:
    """Builds the new node list and the initializers the Q/DQ nodes need."""

    def __init__(self, graph):
        self.weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
        self.nodes, self.initializers = [], []
        self.dequantized = {}  # weight or bias name -> (its DequantizeLinear output, scale)

    def constant(self, name, array):
        self.initializers.append(numpy_helper.from_array(array, name))
        return name

    def activation(self, source, tensor, output, scale, zero_point):
        s = self.constant(f"{tensor}_scale", np.array(scale, np.float32))
        z = self.constant(f"{tensor}_zero_point", np.array(zero_point, np.int8))
        self.nodes += [
            helper.make_node("QuantizeLinear", [source, s, z], [f"{tensor}_quantized"],
                             name=f"{tensor}_QuantizeLinear"),
            helper.make_node("DequantizeLinear", [f"{tensor}_quantized", s, z], [output],
                             name=f"{tensor}_DequantizeLinear")]

    def dequantize(self, name, quantized, scale, axis):
        if name in self.dequantized:
            if not np.array_equal(self.dequantized[name][1], scale):
                raise ValueError(f"'{name}' is used by two nodes that need different scales")
            return self.dequantized[name][0]
        if axis is None:  # per tensor: scalar scale and zero point
            scale = np.array(scale.item(), np.float32)
        s = self.constant(f"{name}_scale", scale)
        z = self.constant(f"{name}_zero_point", np.zeros(scale.shape, quantized.dtype))
        q = self.constant(f"{name}_quantized", quantized)
        node = helper.make_node("DequantizeLinear", [q, s, z], [f"{name}_dequantized"],
                                name=f"{name}_DequantizeLinear",
                                **({} if axis is None else {"axis": axis}))
        self.nodes.append(node)
        self.dequantized[name] = (node.output[0], scale)
        return node.output[0]

    def weight_and_bias(self, node, inputs, input_scale):
        """Int8 weight (symmetric) and int32 bias (scale input_scale * weight_scale)."""
        per_channel = WEIGHT_PER_CHANNEL[node.op_type]
        w = self.weights[node.input[1]]
        magnitude = np.abs(w).reshape(w.shape[0] if per_channel else 1, -1).max(axis=1)
        scale = np.atleast_1d(np.where(magnitude > 0, magnitude / 127, 1.0).astype(np.float32))
        shaped = scale.reshape([-1] + [1] * (w.ndim - 1)) if per_channel else scale[0]
        quantized = np.clip(np.round(w / shaped), -127, 127).astype(np.int8)
        inputs[1] = self.dequantize(node.input[1], quantized, scale, 0 if per_channel else None)
        if len(inputs) > 2 and node.input[2] in self.weights:
            bias_scale = (np.float32(input_scale) * scale).astype(np.float32)
            b = self.weights[node.input[2]].astype(np.float64)
            limits = np.iinfo(np.int32)
            quantized = np.clip(np.round(b / bias_scale), limits.min, limits.max).astype(np.int32)
            inputs[2] = self.dequantize(node.input[2], quantized, bias_scale,
                                        0 if per_channel else None)


def write_qdq(model, params):
    """The model with Q/DQ pairs on every tensor in `params` and int8/int32 weights/biases."""
    graph = model.graph
    writer = QdqWriter(graph)
    graph_outputs = {o.name for o in graph.output}
    renamed = {}  # activation -> the DequantizeLinear output its consumers read

    def quantize(tensor):
        if tensor in graph_outputs:  # the producer writes <T>_float; the last DQ writes T
            writer.activation(f"{tensor}_float", tensor, tensor, *params[tensor])
        else:
            writer.activation(tensor, tensor, f"{tensor}_dequantized", *params[tensor])
            renamed[tensor] = f"{tensor}_dequantized"

    for value in graph_inputs(graph):
        if value.name in params:
            quantize(value.name)
    for node in graph.node:
        inputs = [renamed.get(name, name) for name in node.input]
        if node.op_type in WEIGHT_PER_CHANNEL and node.input[1] in writer.weights:
            if node.input[0] not in params:
                raise ValueError(f"{node.op_type} '{node.name}': its input is not quantized")
            writer.weight_and_bias(node, inputs, params[node.input[0]][0])
        outputs = [f"{o}_float" if o in params and o in graph_outputs else o for o in node.output]
        copy = onnx.NodeProto()
        copy.CopyFrom(node)
        copy.ClearField("input")
        copy.input.extend(inputs)
        copy.ClearField("output")
        copy.output.extend(outputs)
        writer.nodes.append(copy)
        for out in node.output:
            if out in params:
                quantize(out)

    del graph.node[:]
    graph.node.extend(writer.nodes)
    used = {name for node in graph.node for name in node.input} | graph_outputs
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept + writer.initializers)
    del graph.value_info[:]
    describe(model, "opbridge.qdq", "int8 QDQ by scripts/make_qdq_models.py; activation ranges "
             f"calibrated in ONNX Runtime on seeds {SEEDS}, uniform [-1, 1) like opbridge verify")
    return model


def describe(model, key, text):
    """Set one metadata property, keeping the others."""
    props = {p.key: p.value for p in model.metadata_props}
    props[key] = text
    helper.set_model_props(model, props)


# ---- driver --------------------------------------------------------------------------------

def significant(x, digits=4):
    return float(f"{float(x):.{digits}g}")


def save(model, path):
    tmp_path = f"{path}.{os.getpid()}.tmp"  # never leave a half-written file that looks done
    onnx.save(model, tmp_path)
    os.replace(tmp_path, path)


def prepare(name, models_dir, known_float, tmp):
    """The float model (exported first if missing) with Identities folded, the layers to
    rescale, and the job that finds their factors."""
    source = make_models.make(name, OPSET, models_dir, known_float)
    if not source["ok"]:
        raise RuntimeError(f"{source['file']} could not be exported: {source.get('error')}")
    model = onnx.load(os.path.join(models_dir, source["file"]))
    fold_identities(model.graph)
    layers = rescaled_layers(model.graph)
    steps = rescale_steps(model.graph, layers)
    path = os.path.join(tmp, f"{name}-rescale.onnx")
    onnx.save(rescaling_model(model, layers), path)
    job = ort_job(path, model.graph, CALIBRATION_SEEDS, tmp, f"{name}-rescale")
    del job["ranges"], job["keep"]
    job["rescale"] = {"steps": [[{"tensor": t, "scale": scale_input(t)} for t in step]
                                for step in steps],
                      "factors": os.path.join(tmp, f"{name}-factors.json")}
    return {"source": source, "model": model, "layers": layers, "steps": len(steps), "job": job}


def make_reference(name, state, out, tmp):
    """Rescale the float model with the factors found, write it, and make its calibration job."""
    model, layers = state["model"], state["layers"]
    factors = json.load(open(state["job"]["rescale"]["factors"]))["factors"]
    rescale(model, layers, factors)
    describe(model, "opbridge.rescale", (
        f"{state['source']['file']} with each Conv/Gemm/MatMul weight and bias multiplied by one "
        "factor by scripts/make_qdq_models.py, so that its output has standard deviation 1 in "
        f"ONNX Runtime on seeds {SEEDS}, uniform [-1, 1) like opbridge verify"))
    save(model, os.path.join(out, float_file_name(name)))
    floats = float_activations(model)
    path = os.path.join(tmp, f"{name}-calibrate.onnx")
    onnx.save(calibration_model(model, floats), path)
    job = ort_job(path, model.graph, CALIBRATION_SEEDS, tmp, name)
    job["moments"] = os.path.join(tmp, f"{name}-moments.json")
    used = [factors[scale_input(node.output[0])] for node, *_ in layers]
    state.update(floats=floats, job=job, factors=[min(used), max(used)] if used else [1.0, 1.0])


def quantize(name, state, ranges, moments, out):
    """Write the QDQ model; return its manifest entry."""
    source, model, floats = state["source"], state["model"], state["floats"]
    stds = [moments[node.output[0]][1] for node, *_ in state["layers"]]
    if any(std is None for std in stds):
        raise ValueError("a rescaled layer has non-finite outputs")
    params = plan_activations(model.graph, set(floats), ranges)
    scales = [float(scale) for scale, _ in params.values()]
    qdq = write_qdq(model, params)
    onnx.checker.check_model(qdq, full_check=True)
    path = os.path.join(out, file_name(name))
    save(qdq, path)
    count = lambda op: sum(n.op_type == op for n in qdq.graph.node)  # noqa: E731
    return {"file": file_name(name), "model": name, "opset": OPSET, "scheme": SCHEME,
            "source": source["file"], "reference": float_file_name(name),
            "inputs": source["inputs"], "outputs": source["outputs"], "ok": True,
            "size_bytes": os.path.getsize(path), "quantize_linear": count("QuantizeLinear"),
            "dequantize_linear": count("DequantizeLinear"),
            "rescale": {"layers": len(stds), "steps": state["steps"],
                        "factors": [significant(f) for f in state["factors"]],
                        "output_std": [significant(min(stds, default=1)),
                                       significant(max(stds, default=1))]},
            "calibration": {"seeds": CALIBRATION_SEEDS,
                            "inputs": "uniform [-1, 1) as opbridge verify"},
            "activation_scale": [significant(min(scales)), significant(max(scales))]}


def agreement(float_job, qdq_job):
    """How close the QDQ model's output is to the float reference's on the check seed."""
    expected, actual = (np.fromfile(next(iter(j["keep"].values())), np.float32).astype(np.float64)
                        for j in (float_job, qdq_job))
    magnitude = np.abs(expected).max()
    return {"seed": CHECK_SEED, "max_abs_output": significant(magnitude),
            "correlation": round(float(np.corrcoef(expected, actual)[0, 1]), 4),
            "max_abs_diff_over_max_abs":
                round(float(np.abs(actual - expected).max() / magnitude), 4)}


def failure(name, err):
    msg = f"{type(err).__name__}: {err}".strip().splitlines()[0][:500]
    return {"file": file_name(name), "model": name, "opset": OPSET, "ok": False, "error": msg}


def make_all(names, out, known, models_dir, tmp):
    """Three node processes for all models: find the rescaling factors; calibrate the rescaled
    models; check the QDQ models against them."""
    mpath = os.path.join(models_dir, "manifest.json")
    known_float = json.load(open(mpath)) if os.path.exists(mpath) else {}
    entries, states, checks = {}, {}, {}

    def stage(step, names):
        """step(name, state) for each name; a failure drops the model from `states`."""
        for name in names:
            try:
                step(name, states[name])
            except Exception as err:
                entries[name] = failure(name, err)
                del states[name]

    def run_jobs():
        """Run every model's current job; a model whose job failed drops out."""
        errors = run_ort([state["job"] for state in states.values()], tmp)
        for name in [n for n, state in states.items() if state["job"]["model"] in errors]:
            entries[name] = failure(name, RuntimeError(errors[states.pop(name)["job"]["model"]]))

    for name in names:
        try:
            states[name] = prepare(name, models_dir, known_float, tmp)
        except Exception as err:
            entries[name] = failure(name, err)
    run_jobs()
    stage(lambda name, state: make_reference(name, state, out, tmp), list(states))
    run_jobs()

    def write(name, state):
        job = state["job"]
        entries[name] = quantize(name, state, json.load(open(job["ranges"])),
                                 json.load(open(job["moments"])), out)
        output = state["source"]["outputs"][0]["name"]
        checks[name] = [ort_job(os.path.join(out, f), state["model"].graph, [CHECK_SEED], tmp,
                                f"{name}-{tag}", [output])
                        for tag, f in (("float", float_file_name(name)), ("qdq", file_name(name)))]
    stage(write, list(states))
    errors = run_ort([job for pair in checks.values() for job in pair], tmp)
    for name, pair in checks.items():
        bad = [errors[job["model"]] for job in pair if job["model"] in errors]
        if bad:
            entries[name] = failure(name, RuntimeError(bad[0]))
            os.remove(os.path.join(out, file_name(name)))
        else:
            entries[name]["check"] = agreement(*pair)
    with make_models.manifest(out) as m:  # failures are not recorded: the next run retries them
        for e in entries.values():
            if e["ok"]:
                m[e["file"]] = known[e["file"]] = e
    for e in entries.values():
        if e["ok"]:
            c, r, a = e["check"], e["rescale"], e["activation_scale"]
            print(f"{e['file']}: {e['size_bytes'] / 1e6:.1f} MB, {e['quantize_linear']} Q + "
                  f"{e['dequantize_linear']} DQ; {r['layers']} layers rescaled by "
                  f"{r['factors'][0]:.3g}..{r['factors'][1]:.3g} to output std "
                  f"{r['output_std'][0]:.4g}..{r['output_std'][1]:.4g}; activation scales "
                  f"{a[0]:.3g}..{a[1]:.3g}; vs float on seed {CHECK_SEED}: max|output| "
                  f"{c['max_abs_output']:.4g}, correlation {c['correlation']}, max|diff| = "
                  f"{c['max_abs_diff_over_max_abs']} x max|output|", flush=True)
        else:
            print(f"{e['file']}: FAILED: {e['error']}", file=sys.stderr, flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", action="append", choices=MODELS, help="default: all")
    p.add_argument("--out", default=os.path.join(REPO, ".cache", "models", "qdq"))
    p.add_argument("--list", action="store_true", help="show the models and what is present")
    a = p.parse_args()
    models_dir = os.path.join(REPO, ".cache", "models")
    os.makedirs(a.out, exist_ok=True)
    mpath = os.path.join(a.out, "manifest.json")
    known = json.load(open(mpath)) if os.path.exists(mpath) else {}

    def present(name):
        return (known.get(file_name(name), {}).get("scheme") == SCHEME
                and all(os.path.exists(os.path.join(a.out, f))
                        for f in (file_name(name), float_file_name(name))))
    if a.list:
        for name in MODELS:
            print(f"  {file_name(name):40} {'present' if present(name) else 'missing'}")
        return 0
    todo = [n for n in a.model or MODELS if not present(n)]
    if todo:
        load_libraries()
        with tempfile.TemporaryDirectory(prefix="opbridge-qdq-") as tmp:
            make_all(todo, a.out, known, models_dir, tmp)
    return 1 if any(not present(n) for n in todo) else 0


if __name__ == "__main__":
    sys.exit(main())
