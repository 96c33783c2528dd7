// LiteRT (TensorFlow Lite's current runtime, npm @litertjs/core) as a reference for opbridge:
// a long-lived process that runs .tflite models on request, speaking the protocol of
// tools/runtime/reference_runtime.hpp on stdin/stdout (tools/runtime/runtime_server.mjs has
// the parts it shares with ort_server.mjs). Models run on the CPU, through XNNPACK, in
// LiteRT's WebAssembly build. Compiled models are kept per path and recompiled when the file
// changes. A request that fails gets an error response; the process carries on.
//
//   node litert_server.mjs [--deps DIR] [--threads N] [--max-models N]
//
// DIR is what scripts/install_runtimes.sh made (default: $OPBRIDGE_DEPS_DIR, else the
// repository's .deps). The WebAssembly build is single-threaded: --threads is accepted for
// the client's sake and ignored. LiteRT.js gives models only float32, int32 and uint8 inputs
// and outputs, and reports no quantization parameters for them.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

import { ModelCache, RequestError, bindInputs, describeDims, parseArguments, selectOutputs, serve } from './runtime_server.mjs';

// LiteRT.js dtype -> ONNX TensorProto.DataType number and its typed array.
const DTYPES = new Map([
  ['float32', [1, Float32Array]],
  ['uint8', [2, Uint8Array]],
  ['int32', [6, Int32Array]],
]);
const DTYPE_OF_ONNX = new Map([...DTYPES].map(([name, [number]]) => [number, name]));

const options = parseArguments('litert_server', process.argv.slice(2));

// LiteRT logs each model it compiles (INFO lines) and, under Node, that it found no WebGPU and
// no NPU. The client shows what a runtime logged with its errors; these lines are not news.
{
  const printError = console.error;
  const routine = /^(INFO: \[|WARNING: \[npu_registry|Failed to create default WebGPU device)/;
  console.log = console.info = console.debug = console.warn = console.error = (...args) => {
    if (!routine.test(String(args[0]))) printError(...args);
  };
}

// The package's loader is written for browsers: it loads its Emscripten script with a
// <script> tag, or with importScripts() in a worker. Node gets the worker path, with the
// script evaluated in this context, where the script finds `require` for its Node branch.
function shimBrowserLoader(wasmDir) {
  globalThis.self = globalThis;
  globalThis.__dirname = wasmDir;
  globalThis.require = createRequire(import.meta.url);
  globalThis.importScripts = (url) => {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    vm.runInThisContext(readFileSync(file, 'utf8'), { filename: file });
  };
}

// The first line of what was thrown: one line for the user's message.
function firstLine(error) {
  return String(error.message || error).split('\n')[0];
}

// When LiteRT cannot be loaded, the server still answers: every request gets the reason.
let litert = null;
let litertVersion = '';
let unavailableReason = '';
{
  const packageDir = path.join(options.deps, 'npm', 'node_modules', '@litertjs', 'core');
  try {
    litertVersion = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
    const wasmDir = path.join(packageDir, 'wasm') + path.sep;
    shimBrowserLoader(wasmDir);
    const module = await import(pathToFileURL(path.join(packageDir, 'dist', 'index.js')).href);
    await module.loadLiteRt(wasmDir);
    litert = module;
  } catch (error) {
    unavailableReason =
      `LiteRT (@litertjs/core) could not be loaded from ${packageDir}: ${firstLine(error)}. ` +
      'Run scripts/install_runtimes.sh, or point OPBRIDGE_DEPS_DIR at the folder it installed into.';
  }
}

// ---- models ------------------------------------------------------------------------------

const models = new ModelCache(
  options.maxModels,
  async (modelPath) => {
    let model;
    try {
      model = await litert.loadAndCompile(new Uint8Array(readFileSync(modelPath)), { accelerator: 'wasm' });
    } catch (error) {
      const reason = firstLine(error);
      const hint = /element type/i.test(reason) ? ' (LiteRT.js passes only float32, int32 and uint8 inputs and outputs)' : '';
      throw new RequestError(`LiteRT could not load ${modelPath}: ${reason}${hint}`);
    }
    try {
      const describe = (details, what) =>
        details.map((detail) => {
          if (!DTYPES.has(detail.dtype)) {
            throw new RequestError(`LiteRT cannot run ${modelPath}: its ${what} '${detail.name}' is ${detail.dtype}; LiteRT.js passes only float32, int32 and uint8`);
          }
          return { name: detail.name, dtype: detail.dtype, dims: Array.from(detail.shape) };
        });
      return { model, inputs: describe(model.getInputDetails(), 'input'), outputs: describe(model.getOutputDetails(), 'output') };
    } catch (error) {
      model.delete();
      if (error instanceof RequestError) throw error;
      throw new RequestError(`LiteRT cannot run ${modelPath}: ${firstLine(error)}`);
    }
  },
  (loaded) => loaded.model.delete());

// ---- requests ----------------------------------------------------------------------------

function toLiteRtTensor(input, expected) {
  const dtype = DTYPE_OF_ONNX.get(input.dtype);
  if (dtype !== expected.dtype) {
    throw new RequestError(`input '${input.name}' is given as ${dtype ?? `dtype ${input.dtype} (ONNX numbering)`}; the model takes ${expected.dtype}`);
  }
  if (input.dims.length !== expected.dims.length || input.dims.some((dim, i) => dim !== expected.dims[i])) {
    throw new RequestError(`input '${input.name}' has dims ${describeDims(input.dims)}; the model takes ${describeDims(expected.dims)}`);
  }
  const [, TypedArray] = DTYPES.get(dtype);
  const elementCount = input.dims.reduce((product, dim) => product * dim, 1);
  if (input.data.length !== elementCount * TypedArray.BYTES_PER_ELEMENT) {
    throw new RequestError(`input '${input.name}' has dims ${describeDims(input.dims)} (${elementCount} ${dtype} elements) but ${input.data.length} bytes of data`);
  }
  // A copy: LiteRT keeps the array, and the request's buffer is reused.
  const data = new TypedArray(elementCount);
  new Uint8Array(data.buffer).set(input.data);
  return new litert.Tensor(data, input.dims);
}

async function run({ modelPath, inputs, requestedOutputs }, writer) {
  const loaded = await models.get(modelPath);

  const bound = bindInputs(inputs, loaded.inputs.map((input) => input.name));
  const outputNames = selectOutputs(requestedOutputs, loaded.outputs.map((output) => output.name));
  const tensors = [];
  let results = [];
  try {
    loaded.inputs.forEach((expected) => tensors.push(toLiteRtTensor(bound.get(expected.name), expected)));
    try {
      results = await loaded.model.run(tensors);
    } catch (error) {
      throw new RequestError(`LiteRT failed to run ${modelPath}: ${firstLine(error)}`);
    }
    writer.u32(outputNames.length);
    for (const name of outputNames) {
      const position = loaded.outputs.findIndex((output) => output.name === name);
      const tensor = results[position];
      const values = tensor.toTypedArray();
      writer.tensorDescription(name, DTYPES.get(tensor.type.dtype)[0], Array.from(tensor.type.layout.dimensions));
      // A copy: the values may live in LiteRT's memory, which the tensor's deletion frees.
      writer.tensorData(Buffer.from(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)));
    }
  } finally {
    for (const tensor of [...tensors, ...results]) tensor.delete();
  }
}

serve({
  name: 'litert_server',
  version() {
    if (!litert) throw new RequestError(unavailableReason);
    return `LiteRT.js ${litertVersion} (XNNPACK, WebAssembly)`;
  },
  async describe(modelPath, writer) {
    const loaded = await models.get(modelPath);
    for (const values of [loaded.inputs, loaded.outputs]) {
      writer.u32(values.length);
      for (const value of values) writer.tensorDescription(value.name, DTYPES.get(value.dtype)[0], value.dims);
    }
  },
  run,
  forget: (modelPath) => models.forget(modelPath),
});
