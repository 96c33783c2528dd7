#!/usr/bin/python3
"""Writes the malformed-input corpus: hostile and broken model files, one folder per case.

    /usr/bin/python3 tests/malformed/make_corpus.py OUT_DIR [--onnx BASE.onnx] [--tflite BASE.tflite]

OUT_DIR/cases/<case>/ holds the case's model (and any side files it needs); OUT_DIR/manifest.json
lists every case with what opbridge must do with it (tests/malformed/check_corpus.py runs them):

    name     the case's folder
    model    the model file, relative to OUT_DIR
    format   "onnx" or "tflite": which conversion the driver asks for
    expect   "fail": every command must exit 1;
             "any":  the file may happen to be valid (a bit flip in weight data, an ONNX file cut
                     between two fields), so exit 0 is allowed; a refusal must still be clean
    field    a regular expression the error's first line must match after the file name: the
             field (or byte position) the message names

Needs the system interpreter (python3-onnx, numpy, flatbuffers).
"""

import argparse
import json
import os
import random
import shutil
import struct
import sys

import flatbuffers
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

# What a refusal of a damaged file names: the protobuf field path where parsing stopped, or for
# TFLite the flatbuffer field path the Verifier stopped at (both with the byte offset).
DAMAGED_ONNX = r"(byte \d+|^graph: )"
DAMAGED_TFLITE = r"byte \d+"


class Corpus:
    def __init__(self, out):
        self.out = out
        self.cases = []
        if os.path.isdir(os.path.join(out, "cases")):
            shutil.rmtree(os.path.join(out, "cases"))
        os.makedirs(os.path.join(out, "cases"))

    def folder(self, name):
        d = os.path.join(self.out, "cases", name)
        os.makedirs(d, exist_ok=True)
        return d

    def add(self, name, filename, data, fmt, expect="fail", field=None):
        """Writes `data` (bytes, or None when the caller made the file) as case `name`."""
        d = self.folder(name)
        path = os.path.join(d, filename)
        if data is not None:
            with open(path, "wb") as f:
                f.write(data)
        self.cases.append({"name": name, "model": os.path.relpath(path, self.out), "format": fmt,
                           "expect": expect, "field": field})
        return d

    def add_onnx(self, name, model, expect="fail", field=None, filename="model.onnx"):
        data = model if isinstance(model, bytes) else model.SerializeToString()
        return self.add(name, filename, data, "onnx", expect, field)

    def write_manifest(self):
        with open(os.path.join(self.out, "manifest.json"), "w") as f:
            json.dump(self.cases, f, indent=1)


# ---- ONNX building blocks -------------------------------------------------------------------

def onnx_model(nodes, inputs, outputs, initializers=(), value_info=(), opset=13, functions=()):
    graph = helper.make_graph(nodes, "g", inputs, outputs, initializer=list(initializers), value_info=list(value_info))
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)], functions=list(functions))
    m.ir_version = 8
    return m


def vi(name, shape=(1, 4), dtype=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, dtype, list(shape))


def raw_tensor(name, dtype, dims, raw):
    t = TensorProto()
    t.name = name
    t.data_type = dtype
    t.dims.extend(dims)
    t.raw_data = raw
    return t


def relu_model(**extra):
    return onnx_model([helper.make_node("Relu", ["x"], ["y"], name="relu")], [vi("x")], [vi("y")], **extra)


def with_initializer(tensor, use=True):
    """x + tensor -> y, the tensor as an initializer."""
    node = helper.make_node("Add", ["x", tensor.name], ["y"], name="add")
    return onnx_model([node], [vi("x")], [vi("y")], initializers=[tensor])


def external_tensor(name, location, offset=None, length=None, dims=(4,)):
    t = TensorProto()
    t.name = name
    t.data_type = TensorProto.FLOAT
    t.dims.extend(dims)
    t.data_location = TensorProto.EXTERNAL
    entries = [("location", location)]
    if offset is not None:
        entries.append(("offset", str(offset)))
    if length is not None:
        entries.append(("length", str(length)))
    for k, v in entries:
        e = t.external_data.add()
        e.key, e.value = k, v
    return t


def nested_if(depth):
    """If whose then-branch is an If whose then-branch is ... `depth` deep."""
    def leaf():
        return helper.make_graph([helper.make_node("Identity", ["x"], ["r0"])], "leaf", [], [vi("r0")])

    def body(level):
        if level == 0:
            return leaf()
        node = helper.make_node("If", ["cond"], ["r%d" % level], then_branch=body(level - 1), else_branch=leaf())
        return helper.make_graph([node], "level%d" % level, [], [vi("r%d" % level)])
    # Built bottom-up as bytes: protobuf's Python serializer also refuses messages nested more
    # than 100 deep, so the deep levels are spliced in as raw wire format.
    graph = body(min(depth, 20))
    data = graph.SerializeToString()
    for level in range(21, depth + 1):
        node = NodeProto_if_bytes(data, level)
        data = wire_bytes(1, node) + wire_bytes(2, b"level")  # GraphProto.node = 1, name = 2
    top_node = NodeProto_if_bytes(data, depth + 1)
    graph = wire_bytes(1, top_node) + wire_bytes(2, b"main")
    graph += wire_bytes(11, vi("cond", (), TensorProto.BOOL).SerializeToString())  # input
    graph += wire_bytes(11, vi("x").SerializeToString())
    graph += wire_bytes(12, vi("out").SerializeToString())  # output
    model = wire_varint(1, 8)  # ir_version
    model += wire_bytes(8, helper.make_opsetid("", 13).SerializeToString())
    model += wire_bytes(7, graph)
    return model


def wire_varint_raw(v):
    out = bytearray()
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def wire_varint(field, v):
    return wire_varint_raw(field << 3) + wire_varint_raw(v)


def wire_bytes(field, payload):
    return wire_varint_raw(field << 3 | 2) + wire_varint_raw(len(payload)) + payload


def NodeProto_if_bytes(graph_bytes, level):
    # NodeProto: input = 1, output = 2, op_type = 4, attribute = 5.
    # AttributeProto: name = 1, type = 20 (GRAPH = 5), g = 6.
    attr = wire_bytes(1, b"then_branch") + wire_varint(20, 5) + wire_bytes(6, graph_bytes)
    leaf = helper.make_graph([helper.make_node("Identity", ["x"], ["e"])], "leaf", [], [vi("e")]).SerializeToString()
    attr2 = wire_bytes(1, b"else_branch") + wire_varint(20, 5) + wire_bytes(6, leaf)
    return (wire_bytes(1, b"cond") + wire_bytes(2, b"r%d" % level) + wire_bytes(4, b"If") +
            wire_bytes(5, attr) + wire_bytes(5, attr2))


# ---- TFLite building blocks ------------------------------------------------------------------
# Tables are built slot by slot with the flatbuffers runtime; slot numbers are the field ids of
# include/opbridge/tflite/schema.fbs (a union takes two: its _type then its value).

def fb_int_vector(b, values, elem=4):
    b.StartVector(elem, len(values), elem)
    for v in reversed(values):
        if elem == 4:
            b.PrependInt32(v)
        else:
            b.PrependUint8(v)
    return b.EndVector()


def fb_table_vector(b, offsets):
    b.StartVector(4, len(offsets), 4)
    for o in reversed(offsets):
        b.PrependUOffsetTRelative(o)
    return b.EndVector()


def tflite_model(tensors=None, buffers=None, operators=None, op_codes=None, subgraph_count=1,
                 share_tensor_vector=False, inputs=(0, 1), outputs=(2,), name_of=None):
    """A model computing ADD(t0, t1) -> t2 unless the caller overrides the parts.

    tensors:   list of dicts: shape, type, buffer, name, shape_vector (a shared vector offset)
    buffers:   list of bytes (b"" = no data) or dicts {"offset": N, "size": M}
    operators: list of dicts: opcode_index, inputs, outputs
    """
    b = flatbuffers.Builder(1024)
    tensors = tensors if tensors is not None else [
        {"shape": [1, 4], "name": "a"}, {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}]
    buffers = buffers if buffers is not None else [b""]
    operators = operators if operators is not None else [{"opcode_index": 0, "inputs": [0, 1], "outputs": [2]}]
    op_codes = op_codes if op_codes is not None else [0]  # ADD

    buffer_offsets = []
    for data in buffers:
        if isinstance(data, dict):
            b.StartObject(3)
            b.PrependUint64Slot(1, data["offset"], 0)
            b.PrependUint64Slot(2, data["size"], 0)
            buffer_offsets.append(b.EndObject())
            continue
        vec = None
        if data:
            b.StartVector(1, len(data), 16)
            for byte in reversed(data):
                b.PrependUint8(byte)
            vec = b.EndVector()
        b.StartObject(3)
        if vec is not None:
            b.PrependUOffsetTRelativeSlot(0, vec, 0)
        buffer_offsets.append(b.EndObject())

    tensor_offsets = []
    for t in tensors:
        shape = t.get("shape_vector")
        if shape is None and t.get("shape") is not None:
            shape = fb_int_vector(b, t["shape"])
        name = t.get("name_offset") or b.CreateString(t.get("name", ""))
        b.StartObject(11)
        if shape is not None:
            b.PrependUOffsetTRelativeSlot(0, shape, 0)
        b.PrependInt8Slot(1, t.get("type", 0), 0)
        b.PrependUint32Slot(2, t.get("buffer", 0), 0)
        b.PrependUOffsetTRelativeSlot(3, name, 0)
        tensor_offsets.append(b.EndObject())

    operator_offsets = []
    for op in operators:
        ins = op.get("inputs_vector") or fb_int_vector(b, op["inputs"])
        outs = op.get("outputs_vector") or fb_int_vector(b, op["outputs"])
        b.StartObject(14)
        b.PrependUint32Slot(0, op["opcode_index"], 0)
        b.PrependUOffsetTRelativeSlot(1, ins, 0)
        b.PrependUOffsetTRelativeSlot(2, outs, 0)
        operator_offsets.append(b.EndObject())

    tensors_vec = fb_table_vector(b, tensor_offsets)
    operators_vec = fb_table_vector(b, operator_offsets)
    subgraphs = []
    for i in range(subgraph_count):
        if share_tensor_vector or i == 0:
            tv, ov = tensors_vec, operators_vec
        else:
            tv, ov = fb_table_vector(b, tensor_offsets), fb_table_vector(b, operator_offsets)
        in_vec = fb_int_vector(b, list(inputs))
        out_vec = fb_int_vector(b, list(outputs))
        sg_name = b.CreateString("main" if i == 0 else "sub%d" % i)
        b.StartObject(6)
        b.PrependUOffsetTRelativeSlot(0, tv, 0)
        b.PrependUOffsetTRelativeSlot(1, in_vec, 0)
        b.PrependUOffsetTRelativeSlot(2, out_vec, 0)
        b.PrependUOffsetTRelativeSlot(3, ov, 0)
        b.PrependUOffsetTRelativeSlot(4, sg_name, 0)
        subgraphs.append(b.EndObject())
    subgraphs_vec = fb_table_vector(b, subgraphs)

    code_offsets = []
    for code in op_codes:
        b.StartObject(4)
        b.PrependInt8Slot(0, min(code, 127), 0)
        b.PrependInt32Slot(2, 1, 1)
        b.PrependInt32Slot(3, code, 0)
        code_offsets.append(b.EndObject())
    codes_vec = fb_table_vector(b, code_offsets)
    buffers_vec = fb_table_vector(b, buffer_offsets)
    description = b.CreateString("malformed corpus")

    b.StartObject(10)
    b.PrependUint32Slot(0, 3, 0)
    b.PrependUOffsetTRelativeSlot(1, codes_vec, 0)
    b.PrependUOffsetTRelativeSlot(2, subgraphs_vec, 0)
    b.PrependUOffsetTRelativeSlot(3, description, 0)
    b.PrependUOffsetTRelativeSlot(4, buffers_vec, 0)
    root = b.EndObject()
    b.Finish(root, file_identifier=b"TFL3")
    return bytes(b.Output())


class FlatView:
    """Just enough flatbuffer navigation to find a field's bytes in an existing file."""

    def __init__(self, data):
        self.data = data

    def u32(self, at):
        return struct.unpack_from("<I", self.data, at)[0]

    def root(self):
        return self.u32(0)

    def field(self, table, slot):
        """Position of field `slot` of the table at `table`, or None when absent."""
        vtable = table - struct.unpack_from("<i", self.data, table)[0]
        vsize = struct.unpack_from("<H", self.data, vtable)[0]
        if 4 + 2 * slot >= vsize:
            return None
        off = struct.unpack_from("<H", self.data, vtable + 4 + 2 * slot)[0]
        return table + off if off else None

    def deref(self, at):
        return at + self.u32(at)

    def vector(self, table, slot):
        """(position of the length word, length) of a vector field."""
        at = self.field(table, slot)
        vec = self.deref(at)
        return vec, self.u32(vec)

    def table_at(self, vec, i):
        return self.deref(vec + 4 + 4 * i)


def patch_u32(data, at, value):
    data = bytearray(data)
    struct.pack_into("<I", data, at, value)
    return bytes(data)


# ---- the cases ------------------------------------------------------------------------------

def damaged_files(c, onnx_bytes, tflite_bytes):
    rng = random.Random(8)
    # Truncated at many offsets. An ONNX file cut exactly between two fields is a smaller but
    # valid message, so those cuts may read; onnx's own checker says which must fail.
    for i in range(40):
        cut = 1 + (len(onnx_bytes) - 2) * i // 40 + rng.randrange(0, 7)
        part = onnx_bytes[:cut]
        expect = "fail"
        try:
            onnx.checker.check_model(onnx.load_from_string(part))
            expect = "any"
        except Exception:
            pass
        c.add_onnx("onnx_truncated_%06d" % cut, part, expect, DAMAGED_ONNX if expect == "fail" else None)
    for i in range(40):
        cut = 1 + (len(tflite_bytes) - 2) * i // 40 + rng.randrange(0, 7)
        c.add("tflite_truncated_%07d" % cut, "model.tflite", tflite_bytes[:cut], "tflite", "fail",
              DAMAGED_TFLITE if cut >= 8 else r"TFL3")
    # Bit flips: most land in weights and leave a valid file, so any outcome but a crash, a hang
    # or a half-written output is acceptable.
    for i in range(25):
        data = bytearray(onnx_bytes)
        for _ in range(1 + i % 4):
            pos = rng.randrange(len(data))
            data[pos] ^= 1 << rng.randrange(8)
        c.add_onnx("onnx_bitflip_%02d" % i, bytes(data), "any")
    for i in range(25):
        data = bytearray(tflite_bytes)
        # Half the flips hit the first 4 KB, where the flatbuffer's tables and vtables sit.
        limit = len(data) if i % 2 else min(len(data), 4096)
        for _ in range(1 + i % 4):
            pos = rng.randrange(8, limit)
            data[pos] ^= 1 << rng.randrange(8)
        c.add("tflite_bitflip_%02d" % i, "model.tflite", bytes(data), "tflite", "any")
    # Wrong magic: a *.tflite file without the identifier "TFL3"; an ONNX file with a PNG header.
    c.add("tflite_wrong_identifier", "model.tflite", tflite_bytes[:4] + b"TFL2" + tflite_bytes[8:], "tflite",
          "fail", r"TFL3")
    c.add_onnx("onnx_png_header", b"\x89PNG\r\n\x1a\n" + onnx_bytes[8:], "fail", DAMAGED_ONNX)
    c.add_onnx("onnx_text_file", b"this is not a model\n", "fail", DAMAGED_ONNX)
    c.add_onnx("onnx_empty", b"", "fail", r"empty")
    c.add("tflite_empty", "model.tflite", b"", "tflite", "fail", r"empty")
    c.add("tflite_short", "model.tflite", b"\x08\x00\x00\x00TFL", "tflite", "fail", r"TFL3")
    d = c.folder("onnx_directory")
    os.makedirs(os.path.join(d, "model.onnx"))
    c.add("onnx_directory", "model.onnx", None, "onnx", "fail", r"directory")
    d = c.folder("onnx_fifo")
    os.mkfifo(os.path.join(d, "model.onnx"))  # opening it for reading would block forever
    c.add("onnx_fifo", "model.onnx", None, "onnx", "fail", r"not a regular file")
    d = c.folder("tflite_fifo")
    os.mkfifo(os.path.join(d, "model.tflite"))
    c.add("tflite_fifo", "model.tflite", None, "tflite", "fail", r"not a regular file")
    d = c.folder("onnx_device")
    os.symlink("/dev/zero", os.path.join(d, "model.onnx"))  # endless zeros
    c.add("onnx_device", "model.onnx", None, "onnx", "fail", r"not a regular file")


def impossible_sizes(c, tflite_bytes):
    f = TensorProto.FLOAT
    # A dims product that overflows int64, with 4 bytes of data.
    c.add_onnx("onnx_dims_overflow", with_initializer(raw_tensor("w", f, [1 << 32, 1 << 32, 1 << 32], b"\0" * 4)),
               field=r"initializer 'w'")
    # 2^40 elements declared, 16 bytes present.
    c.add_onnx("onnx_2pow40_elements", with_initializer(raw_tensor("w", f, [1 << 20, 1 << 20], b"\0" * 16)),
               field=r"initializer 'w'")
    c.add_onnx("onnx_negative_dim", with_initializer(raw_tensor("w", f, [-1, 4], b"\0" * 16)),
               field=r"initializer 'w'")
    # The same in a Constant node's tensor attribute.
    const = helper.make_node("Constant", [], ["c"], name="const", value=raw_tensor("", f, [1 << 20, 1 << 20], b"\0" * 16))
    add = helper.make_node("Add", ["x", "c"], ["y"], name="add")
    c.add_onnx("onnx_constant_2pow40", onnx_model([const, add], [vi("x")], [vi("y")]), field=r"attribute 'value'")
    # Typed storage: 3 floats for 4 elements; 2 strings for 3.
    t = helper.make_tensor("w", f, [2, 2], [1.0, 2.0, 3.0, 4.0])
    del t.float_data[3]
    c.add_onnx("onnx_float_data_short", with_initializer(t), field=r"initializer 'w'")
    s = helper.make_tensor("names", TensorProto.STRING, [3], [b"a", b"b", b"c"])
    del s.string_data[2]
    m = onnx_model([helper.make_node("Identity", ["names"], ["y"], name="id")], [], [vi("y", (3,), TensorProto.STRING)],
                   initializers=[s])
    c.add_onnx("onnx_string_data_short", m, field=r"initializer 'names'")
    # Declared (not stored) shapes may be anything; reading and converting must not overflow.
    huge = [1 << 62, 1 << 62, 3]
    m = onnx_model([helper.make_node("Relu", ["x"], ["y"], name="relu")], [vi("x", huge)], [vi("y", huge)])
    c.add_onnx("onnx_declared_shape_overflow", m, "any")
    m = onnx_model([helper.make_node("Relu", ["x"], ["y"], name="relu")], [vi("x", [-7, 4])], [vi("y", [-7, 4])])
    c.add_onnx("onnx_declared_negative_dim", m, "any")

    # TFLite: vector counts far beyond the file's size, patched into a real file.
    view = FlatView(tflite_bytes)
    model = view.root()
    subgraphs_vec, _ = view.vector(model, 2)
    sg0 = view.table_at(subgraphs_vec, 0)
    tensors_vec, _ = view.vector(sg0, 0)
    buffers_vec, _ = view.vector(model, 4)
    t0 = view.table_at(tensors_vec, 0)
    shape_vec, _ = view.vector(t0, 0)
    for name, at in (("subgraphs", subgraphs_vec), ("tensors", tensors_vec), ("buffers", buffers_vec),
                     ("shape", shape_vec)):
        c.add("tflite_count_beyond_file_%s" % name, "model.tflite", patch_u32(tflite_bytes, at, 0x3FFFFFFF), "tflite",
              "fail", DAMAGED_TFLITE)
    # A tensor of 2^40 elements (and one with a negative dim) whose buffer holds 16 bytes.
    data = bytes(16)
    big = tflite_model(tensors=[{"shape": [1 << 20, 1 << 20], "buffer": 1, "name": "a"},
                                {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}],
                       buffers=[b"", data])
    c.add("tflite_2pow40_elements", "model.tflite", big, "tflite", "fail", r"tensors\[0\]")
    neg = tflite_model(tensors=[{"shape": [-3, 4], "buffer": 1, "name": "a"},
                                {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}],
                       buffers=[b"", data])
    c.add("tflite_negative_dim", "model.tflite", neg, "tflite", "fail", r"tensors\[0\]")
    overflow = tflite_model(tensors=[{"shape": [1 << 30, 1 << 30, 1 << 30, 1 << 30], "buffer": 1, "name": "a"},
                                     {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}],
                            buffers=[b"", data])
    c.add("tflite_dims_overflow", "model.tflite", overflow, "tflite", "fail", r"tensors\[0\]")
    # Buffer data placed "after the flatbuffer", beyond the end of the file.
    beyond = tflite_model(tensors=[{"shape": [1, 4], "buffer": 1, "name": "a"},
                                   {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}],
                          buffers=[b"", {"offset": 1 << 40, "size": 16}])
    c.add("tflite_buffer_offset_beyond_file", "model.tflite", beyond, "tflite", "fail", r"buffers\[1\]\.offset")
    beyond = tflite_model(tensors=[{"shape": [1, 4], "buffer": 1, "name": "a"},
                                   {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}],
                          buffers=[b"", {"offset": 64, "size": (1 << 64) - 32}])
    c.add("tflite_buffer_size_wraps", "model.tflite", beyond, "tflite", "fail", r"buffers\[1\]\.offset")


def broken_graphs(c):
    # A cycle: a = Add(x, b); b = Relu(a).
    nodes = [helper.make_node("Add", ["x", "b"], ["a"], name="add"), helper.make_node("Relu", ["a"], ["b"], name="relu")]
    c.add_onnx("onnx_cycle", onnx_model(nodes, [vi("x")], [vi("b")]), field=r"node '(add|relu)'.*cycle")
    # A node that reads itself.
    c.add_onnx("onnx_self_loop", onnx_model([helper.make_node("Relu", ["y"], ["y"], name="relu")], [vi("x")], [vi("y")]),
               field=r"node 'relu'")
    # A dangling input and a dangling graph output.
    c.add_onnx("onnx_dangling_input",
               onnx_model([helper.make_node("Add", ["x", "nowhere"], ["y"], name="add")], [vi("x")], [vi("y")]),
               field=r"node 'add'.*'nowhere'")
    c.add_onnx("onnx_dangling_output", onnx_model([helper.make_node("Relu", ["x"], ["y"], name="relu")], [vi("x")],
                                                  [vi("y"), vi("ghost")]), field=r"'ghost'")
    # The same value defined twice: by two nodes; by a node and a graph input; two initializers.
    nodes = [helper.make_node("Relu", ["x"], ["y"], name="first"), helper.make_node("Neg", ["x"], ["y"], name="second")]
    c.add_onnx("onnx_duplicate_output", onnx_model(nodes, [vi("x")], [vi("y")]), field=r"node 'second'.*'y'")
    c.add_onnx("onnx_output_shadows_input",
               onnx_model([helper.make_node("Relu", ["x"], ["x"], name="relu")], [vi("x")], [vi("x")]),
               field=r"node 'relu'.*'x'")
    w = numpy_helper.from_array(np.ones((1, 4), np.float32), "w")
    m = onnx_model([helper.make_node("Add", ["x", "w"], ["y"], name="add")], [vi("x")], [vi("y")], initializers=[w, w])
    c.add_onnx("onnx_duplicate_initializer", m, field=r"initializer 'w'")
    # An initializer whose dtype and size disagree (float32 [2, 3] with 8 bytes; int64 [3] with 12).
    c.add_onnx("onnx_initializer_size_mismatch",
               with_initializer(raw_tensor("w", TensorProto.FLOAT, [2, 3], b"\0" * 8)), field=r"initializer 'w'")
    c.add_onnx("onnx_initializer_dtype_mismatch",
               with_initializer(raw_tensor("w", TensorProto.INT64, [3], b"\0" * 12)), field=r"initializer 'w'")
    c.add_onnx("onnx_initializer_unknown_dtype",
               with_initializer(raw_tensor("w", 99, [3], b"\0" * 12)), field=r"initializer 'w'")
    # A cycle and a dangling name inside an If branch.
    branch = helper.make_graph([helper.make_node("Add", ["x", "q"], ["p"], name="inner_add"),
                                helper.make_node("Relu", ["p"], ["q"], name="inner_relu")], "then", [], [vi("q")])
    node = helper.make_node("If", ["cond"], ["y"], name="if", then_branch=branch, else_branch=branch)
    m = onnx_model([node], [vi("cond", (), TensorProto.BOOL), vi("x")], [vi("y")])
    c.add_onnx("onnx_cycle_in_subgraph", m, field=r"node 'inner_(add|relu)'.*cycle")
    # A model-local function that calls itself: anything inlining it would recurse forever.
    fn = helper.make_function("local", "loop", ["a"], ["b"], [helper.make_node("loop", ["a"], ["b"], domain="local")],
                              [helper.make_opsetid("", 13), helper.make_opsetid("local", 1)])
    m = onnx_model([helper.make_node("loop", ["x"], ["y"], name="call", domain="local")], [vi("x")], [vi("y")],
                   functions=[fn])
    m.opset_import.append(helper.make_opsetid("local", 1))
    c.add_onnx("onnx_recursive_function", m, "any")

    # TFLite: indices that point nowhere.
    c.add("tflite_tensor_index_out_of_range", "model.tflite",
          tflite_model(operators=[{"opcode_index": 0, "inputs": [0, 99], "outputs": [2]}]), "tflite", "fail",
          r"operators\[0\]\.inputs\[1\]")
    c.add("tflite_opcode_index_out_of_range", "model.tflite",
          tflite_model(operators=[{"opcode_index": 7, "inputs": [0, 1], "outputs": [2]}]), "tflite", "fail",
          r"operators\[0\]\.opcode_index")
    c.add("tflite_buffer_index_out_of_range", "model.tflite",
          tflite_model(tensors=[{"shape": [1, 4], "buffer": 5, "name": "a"}, {"shape": [1, 4], "name": "b"},
                                {"shape": [1, 4], "name": "sum"}]), "tflite", "fail", r"tensors\[0\]\.buffer")
    c.add("tflite_input_index_out_of_range", "model.tflite", tflite_model(inputs=(0, 12)), "tflite", "fail",
          r"inputs\[1\]")
    # A constant whose buffer holds 8 bytes for a float32 [1, 4] tensor.
    c.add("tflite_buffer_size_mismatch", "model.tflite",
          tflite_model(tensors=[{"shape": [1, 4], "buffer": 1, "name": "a"}, {"shape": [1, 4], "name": "b"},
                                {"shape": [1, 4], "name": "sum"}], buffers=[b"", bytes(8)]),
          "tflite", "fail", r"tensors\[0\]")
    # Two operators that feed each other.
    c.add("tflite_cycle", "model.tflite",
          tflite_model(tensors=[{"shape": [1, 4], "name": "a"}, {"shape": [1, 4], "name": "b"},
                                {"shape": [1, 4], "name": "c"}],
                       operators=[{"opcode_index": 0, "inputs": [0, 2], "outputs": [1]},
                                  {"opcode_index": 0, "inputs": [1, 1], "outputs": [2]}],
                       inputs=(0,), outputs=(2,)), "tflite", "any")


def paths(c):
    secret = os.path.join(c.out, "cases", "outside")
    os.makedirs(secret, exist_ok=True)
    with open(os.path.join(secret, "secret.bin"), "wb") as f:
        f.write(bytes(range(16)))

    def ext_case(name, tensor, field, setup=None, expect="fail"):
        d = c.add_onnx(name, with_initializer(tensor), expect, field)
        with open(os.path.join(d, "weights.bin"), "wb") as f:
            f.write(bytes(16))
        if setup:
            setup(d)

    loc = r"external_data 'location'"
    ext_case("onnx_external_dotdot", external_tensor("w", "../outside/secret.bin"), loc)
    ext_case("onnx_external_dotdot_inner", external_tensor("w", "sub/../../outside/secret.bin"), loc)
    ext_case("onnx_external_absolute", external_tensor("w", os.path.abspath(os.path.join(secret, "secret.bin"))), loc)
    ext_case("onnx_external_etc_passwd", external_tensor("w", "/etc/passwd"), loc)
    ext_case("onnx_external_symlink_file", external_tensor("w", "link.bin"), loc,
             lambda d: os.symlink("../outside/secret.bin", os.path.join(d, "link.bin")))
    ext_case("onnx_external_symlink_dir", external_tensor("w", "etc/passwd"), loc,
             lambda d: os.symlink("/etc", os.path.join(d, "etc")))
    ext_case("onnx_external_missing", external_tensor("w", "absent.bin"), loc)
    ext_case("onnx_external_directory", external_tensor("w", "."), loc)
    ext_case("onnx_external_fifo", external_tensor("w", "pipe.bin"), loc,
             lambda d: os.mkfifo(os.path.join(d, "pipe.bin")))
    ext_case("onnx_external_offset_beyond", external_tensor("w", "weights.bin", offset=1000), r"external_data 'offset'")
    ext_case("onnx_external_length_beyond", external_tensor("w", "weights.bin", offset=8, length=16),
             r"external_data 'length'")
    ext_case("onnx_external_length_wraps", external_tensor("w", "weights.bin", offset=8, length=(1 << 64) - 4),
             r"external_data 'length'")
    ext_case("onnx_external_negative_offset", external_tensor("w", "weights.bin", offset=-8), r"external_data 'offset'")
    ext_case("onnx_external_no_location", external_tensor("w", ""), r"initializer 'w'")
    # In range, but 8 bytes for a float32 [4] tensor.
    ext_case("onnx_external_size_mismatch", external_tensor("w", "weights.bin", offset=0, length=8),
             r"initializer 'w'")


def bombs(c):
    # If inside If, 10,000 deep (and 25 deep, within protobuf's nesting limit but beyond ours
    # when the limit is lowered: the driver runs it with --max-depth 8).
    c.add_onnx("onnx_if_bomb_10000", nested_if(10000), "fail", r"(nest|deep)")
    c.add_onnx("onnx_if_bomb_25", nested_if(25), "fail", r"(nest|deep)")
    c.cases[-1]["options"] = ["--max-depth", "8"]

    # Flatbuffer sharing bombs: one vector referenced from everywhere. The Verifier checks each
    # reference in O(1), so a small file can declare far more than it holds.
    b_shared = 20000  # elements in the shared vector
    fanout = 2000     # tables that point at it

    def shared_shape_model():
        b = flatbuffers.Builder(1 << 20)
        shape = fb_int_vector(b, [1] * b_shared)
        name = b.CreateString("t")
        return b, shape, name

    # Built by hand: tensors sharing one shape vector and one name.
    b, shape, name = shared_shape_model()
    tensors = []
    for _ in range(fanout):
        b.StartObject(11)
        b.PrependUOffsetTRelativeSlot(0, shape, 0)
        b.PrependUOffsetTRelativeSlot(3, name, 0)
        tensors.append(b.EndObject())
    data = finish_bomb(b, tensors, [], fanout)
    c.add("tflite_shared_shape_bomb", "model.tflite", data, "tflite", "fail", r"(subgraphs|tensors|shape)")

    b = flatbuffers.Builder(1 << 20)
    ins = fb_int_vector(b, [0] * b_shared)
    tname = b.CreateString("t")
    b.StartObject(11)
    b.PrependUOffsetTRelativeSlot(3, tname, 0)
    t0 = b.EndObject()
    ops = []
    for _ in range(fanout):
        b.StartObject(14)
        b.PrependUOffsetTRelativeSlot(1, ins, 0)
        b.PrependUOffsetTRelativeSlot(2, ins, 0)
        ops.append(b.EndObject())
    data = finish_bomb(b, [t0], ops, 1)
    c.add("tflite_shared_inputs_bomb", "model.tflite", data, "tflite", "fail", r"(operators|inputs)")

    b = flatbuffers.Builder(1 << 20)
    long_name = b.CreateString("n" * 200000)
    tensors = []
    for _ in range(fanout):
        b.StartObject(11)
        b.PrependUOffsetTRelativeSlot(3, long_name, 0)
        tensors.append(b.EndObject())
    data = finish_bomb(b, tensors, [], fanout)
    c.add("tflite_shared_name_bomb", "model.tflite", data, "tflite", "fail", r"(subgraphs|tensors|name)")

    # Strings without a terminator: the NUL after a tensor's name overwritten.
    base = tflite_model(tensors=[{"shape": [1, 4], "name": "a"}, {"shape": [1, 4], "name": "b"},
                                 {"shape": [1, 4], "name": "unterminated"}])
    at = base.rfind(b"unterminated")
    c.add("tflite_string_without_terminator", "model.tflite", base[:at + 12] + b"X" + base[at + 13:], "tflite", "fail",
          DAMAGED_TFLITE)
    # ... and a string whose length runs to the end of the file.
    d = bytearray(base)
    struct.pack_into("<I", d, at - 4, len(base) - at)
    c.add("tflite_string_to_end_of_file", "model.tflite", bytes(d), "tflite", "fail", DAMAGED_TFLITE)
    # A table whose vtable offset points outside the file, and a root offset beyond the end.
    c.add("tflite_root_beyond_file", "model.tflite", patch_u32(base, 0, 0x7FFFFFF0), "tflite", "fail", DAMAGED_TFLITE)
    d = bytearray(base)
    root = FlatView(base).root()
    struct.pack_into("<i", d, root, -0x7FFFFFF0)
    c.add("tflite_vtable_beyond_file", "model.tflite", bytes(d), "tflite", "fail", DAMAGED_TFLITE)
    # Many subgraphs sharing one tensors vector: each subgraph gets its own copy in the IR.
    many = tflite_model(subgraph_count=3000, share_tensor_vector=True)
    c.add("tflite_shared_subgraph_bomb", "model.tflite", many, "tflite", "any")


def finish_bomb(b, tensors, operators, _count):
    tv = fb_table_vector(b, tensors)
    ov = fb_table_vector(b, operators)
    b.StartObject(6)
    b.PrependUOffsetTRelativeSlot(0, tv, 0)
    b.PrependUOffsetTRelativeSlot(3, ov, 0)
    sg = b.EndObject()
    sv = fb_table_vector(b, [sg])
    b.StartObject(4)
    b.PrependInt32Slot(2, 1, 1)
    code = b.EndObject()
    cv = fb_table_vector(b, [code])
    b.StartObject(3)
    buf = b.EndObject()
    bv = fb_table_vector(b, [buf])
    b.StartObject(10)
    b.PrependUint32Slot(0, 3, 0)
    b.PrependUOffsetTRelativeSlot(1, cv, 0)
    b.PrependUOffsetTRelativeSlot(2, sv, 0)
    b.PrependUOffsetTRelativeSlot(4, bv, 0)
    root = b.EndObject()
    b.Finish(root, file_identifier=b"TFL3")
    return bytes(b.Output())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out")
    p.add_argument("--onnx", default=os.path.join(repo, "models", "tiny_cnn.onnx"))
    p.add_argument("--tflite", default=os.path.join(repo, ".cache", "models", "mediapipe", "face_detection_short_range.tflite"))
    a = p.parse_args()
    with open(a.onnx, "rb") as f:
        onnx_bytes = f.read()
    if os.path.exists(a.tflite):
        with open(a.tflite, "rb") as f:
            tflite_bytes = f.read()
    else:  # no downloaded models: damage a small synthetic one instead
        print("note: %s not found; damaging a synthetic TFLite model" % a.tflite, file=sys.stderr)
        tflite_bytes = tflite_model(buffers=[b"", bytes(range(16))],
                                    tensors=[{"shape": [1, 4], "buffer": 1, "name": "a"},
                                             {"shape": [1, 4], "name": "b"}, {"shape": [1, 4], "name": "sum"}])
    c = Corpus(a.out)
    damaged_files(c, onnx_bytes, tflite_bytes)
    impossible_sizes(c, tflite_bytes)
    broken_graphs(c)
    paths(c)
    bombs(c)
    c.write_manifest()
    print("%d cases in %s" % (len(c.cases), a.out))


if __name__ == "__main__":
    main()
