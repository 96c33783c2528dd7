// ONNX Runtime as a reference for opbridge: a long-lived process that runs ONNX models on
// request, speaking the protocol of tools/runtime/reference_runtime.hpp on stdin/stdout
// (tools/runtime/runtime_server.mjs has the parts it shares with litert_server.mjs).
// Loaded sessions are kept per model path and reloaded when the file changes. A request
// that fails (model will not load, bad input) gets an error response; the process carries on.
//
//   node ort_server.mjs [--deps DIR] [--threads N] [--max-models N] [--integer-qdq 0|1]
//
// DIR is what scripts/install_runtimes.sh made (default: $OPBRIDGE_DEPS_DIR, else the
// repository's .deps); --threads 0 lets ONNX Runtime choose.
//
// --integer-qdq 1 (the default) sets the session option session.qdqisint8allowed, so that
// every int8 QDQ node group (DequantizeLinear -> Conv/MatMul/Add/Mul/... -> QuantizeLinear)
// runs on ONNX Runtime's integer kernels, as ONNX Runtime does by default on ARM. Its x86
// default (--integer-qdq 0) does not fuse an int8 group whose input or output activation
// several nodes read (with uint8 activations it does): such groups run in float (dequantize,
// float op, quantize), a different computation that rounds differently. A model a converter made from an int8 TFLite model is meant for
// integer kernels, so the reference runs it on them.

import { createRequire } from 'node:module';
import path from 'node:path';

import { BodyReader, ModelCache, RequestError, bindInputs, describeDims, parseArguments, selectOutputs, serve } from './runtime_server.mjs';

// ONNX TensorProto.DataType number -> onnxruntime-node tensor type and its typed array.
const DTYPES = new Map([
  [1, ['float32', Float32Array]],
  [2, ['uint8', Uint8Array]],
  [3, ['int8', Int8Array]],
  [4, ['uint16', Uint16Array]],
  [5, ['int16', Int16Array]],
  [6, ['int32', Int32Array]],
  [7, ['int64', BigInt64Array]],
  [8, ['string', null]],
  [9, ['bool', Uint8Array]],
  [10, ['float16', Uint16Array]], // onnxruntime-node holds float16 as raw bits in Node 20
  [11, ['float64', Float64Array]],
  [12, ['uint32', Uint32Array]],
  [13, ['uint64', BigUint64Array]],
]);
const ONNX_DTYPE_OF = new Map([...DTYPES].map(([number, [name]]) => [name, number]));

const options = parseArguments('ort_server', process.argv.slice(2), { '--integer-qdq': ['integerQdq', true] });

// When onnxruntime-node cannot be loaded, the server still answers: every request gets
// the reason, so the client can tell the user what to do.
let ort = null;
let ortVersion = '';
let unavailableReason = '';
{
  const packageDir = path.join(options.deps, 'npm', 'node_modules', 'onnxruntime-node');
  try {
    const require = createRequire(import.meta.url);
    ort = require(packageDir);
    ortVersion = require(path.join(packageDir, 'package.json')).version;
    ort.env.logLevel = 'error';
  } catch (error) {
    unavailableReason =
      `onnxruntime-node could not be loaded from ${packageDir}: ${error.message.split('\n')[0]}. ` +
      'Run scripts/install_runtimes.sh, or point OPBRIDGE_DEPS_DIR at the folder it installed into.';
  }
}

// ---- sessions ----------------------------------------------------------------------------

const sessionOptions = {
  logSeverityLevel: 3, // errors only: warnings about unused initializers are noise here
  executionMode: 'sequential',
  interOpNumThreads: 1,
  extra: { session: { qdqisint8allowed: options.integerQdq ? '1' : '0' } },
  ...(options.threads > 0 ? { intraOpNumThreads: options.threads } : {}),
};

const sessions = new ModelCache(
  options.maxModels,
  async (modelPath) => {
    try {
      return await ort.InferenceSession.create(modelPath, sessionOptions);
    } catch (error) {
      throw new RequestError(`ONNX Runtime could not load ${modelPath}: ${error.message}`);
    }
  },
  (session) => session.release());

// ---- requests ----------------------------------------------------------------------------

function toOrtTensor(input) {
  const known = DTYPES.get(input.dtype);
  if (!known) throw new RequestError(`input '${input.name}': dtype ${input.dtype} (ONNX numbering) cannot be given to onnxruntime-node`);
  const [type, TypedArray] = known;
  if (input.dims.some((dim) => dim < 0)) throw new RequestError(`input '${input.name}' has a negative dim in ${describeDims(input.dims)}`);
  const elementCount = input.dims.reduce((product, dim) => product * dim, 1);
  if (type === 'string') {
    const elements = [];
    const reader = new BodyReader(input.data);
    while (reader.offset < input.data.length) elements.push(reader.string());
    if (elements.length !== elementCount) {
      throw new RequestError(`input '${input.name}' has dims ${describeDims(input.dims)} (${elementCount} elements) but ${elements.length} strings`);
    }
    return new ort.Tensor('string', elements, input.dims);
  }
  const expectedBytes = elementCount * TypedArray.BYTES_PER_ELEMENT;
  if (input.data.length !== expectedBytes) {
    throw new RequestError(
      `input '${input.name}' has dims ${describeDims(input.dims)} (${elementCount} ${type} elements, ` +
        `${expectedBytes} bytes) but ${input.data.length} bytes of data`);
  }
  // Typed arrays need aligned storage; the protocol aligns data, so this copy is rare.
  let data = input.data;
  if (data.byteOffset % TypedArray.BYTES_PER_ELEMENT !== 0) data = Buffer.from(data);
  return new ort.Tensor(type, new TypedArray(data.buffer, data.byteOffset, elementCount), input.dims);
}

function tensorBytes(tensor) {
  if (tensor.type === 'string') {
    const parts = [];
    for (const element of tensor.data) {
      const bytes = Buffer.from(element, 'utf8');
      const length = Buffer.allocUnsafe(4);
      length.writeUInt32LE(bytes.length);
      parts.push(length, bytes);
    }
    return Buffer.concat(parts);
  }
  const data = tensor.data;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

async function run({ modelPath, inputs, requestedOutputs }, writer) {
  const session = await sessions.get(modelPath);

  const feeds = {};
  for (const [name, input] of bindInputs(inputs, session.inputNames)) feeds[name] = toOrtTensor(input);
  const outputNames = selectOutputs(requestedOutputs, session.outputNames);

  let results;
  try {
    results = await session.run(feeds, outputNames);
  } catch (error) {
    throw new RequestError(`ONNX Runtime failed to run ${modelPath}: ${error.message}`);
  }
  writer.u32(outputNames.length);
  for (const name of outputNames) {
    const tensor = results[name];
    const dtype = ONNX_DTYPE_OF.get(tensor.type);
    if (dtype === undefined) throw new RequestError(`output '${name}' has type ${tensor.type}, which this server cannot send`);
    writer.tensorDescription(name, dtype, tensor.dims);
    writer.tensorData(tensorBytes(tensor));
  }
}

function describeValues(writer, metadata) {
  writer.u32(metadata.length);
  for (const value of metadata) {
    // Non-tensor values (sequences, maps) are described with dtype 0 and no dims.
    const dtype = value.isTensor ? ONNX_DTYPE_OF.get(value.type) ?? 0 : 0;
    const dims = value.isTensor ? value.shape.map((dim) => (typeof dim === 'number' && dim >= 0 ? dim : -1)) : [];
    writer.tensorDescription(value.name, dtype, dims);
  }
}

serve({
  name: 'ort_server',
  version() {
    if (!ort) throw new RequestError(unavailableReason);
    return `onnxruntime-node ${ortVersion}${options.integerQdq ? '' : ' (int8 QDQ as x86 runs it by default)'}`;
  },
  async describe(modelPath, writer) {
    const session = await sessions.get(modelPath);
    describeValues(writer, session.inputMetadata);
    describeValues(writer, session.outputMetadata);
  },
  run,
  forget: (modelPath) => sessions.forget(modelPath),
});
