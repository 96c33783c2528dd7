// ONNX Runtime as a reference for opbridge: a long-lived process that runs ONNX models on
// request. It reads requests from stdin and writes responses to stdout, one at a time, in
// the binary protocol described at the end of tools/runtime/reference_runtime.hpp (keep the
// two in step). Loaded sessions are kept per model path and reloaded when the file changes.
// A request that fails (model will not load, bad input) gets an error response; the
// process carries on.
//
//   node ort_server.mjs [--deps DIR] [--threads N] [--max-models N]
//
// DIR is what scripts/install_runtimes.sh made (default: $OPBRIDGE_DEPS_DIR, else the
// repository's .deps); --threads 0 lets ONNX Runtime choose.

import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// stdout carries the protocol; anything a library prints must go elsewhere.
console.log = console.info = console.debug = console.error;

const PROTOCOL_VERSION = 1;
const FRAME_MAGIC = Buffer.from('OBRT', 'latin1');
const FRAME_HEADER_SIZE = 12;
const DATA_ALIGNMENT = 8;
const Operation = { hello: 1, describe: 2, run: 3, forget: 4 };
const Status = { ok: 0, error: 1 };

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

// An error whose message is meant for the user as it is.
class RequestError extends Error {}

function parseArguments(args) {
  const scriptDir = path.dirname(fileURLToPath(import.meta.url));
  const options = {
    deps: process.env.OPBRIDGE_DEPS_DIR || path.resolve(scriptDir, '../../.deps'),
    threads: 1,
    maxModels: 8,
  };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) usageError(`${flag} needs a value`);
    if (flag === '--deps') options.deps = value;
    else if (flag === '--threads') options.threads = Number(value);
    else if (flag === '--max-models') options.maxModels = Number(value);
    else usageError(`unknown option ${flag}`);
  }
  if (!Number.isInteger(options.threads) || options.threads < 0) usageError('--threads takes a count >= 0');
  if (!Number.isInteger(options.maxModels) || options.maxModels < 1) usageError('--max-models takes a count >= 1');
  return options;
}

function usageError(message) {
  process.stderr.write(`ort_server: ${message}\nusage: node ort_server.mjs [--deps DIR] [--threads N] [--max-models N]\n`);
  process.exit(2);
}

const options = parseArguments(process.argv.slice(2));

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
  ...(options.threads > 0 ? { intraOpNumThreads: options.threads } : {}),
};

// model path -> { fileStamp, session }; Map order is least recently used first.
const sessions = new Map();

function fileStampOf(modelPath) {
  let stat;
  try {
    stat = statSync(modelPath, { bigint: true });
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
    throw new RequestError(`cannot read the model ${modelPath}: ${reason}`);
  }
  if (!stat.isFile()) throw new RequestError(`cannot read the model ${modelPath}: not a regular file`);
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

async function sessionFor(modelPath) {
  const fileStamp = fileStampOf(modelPath);
  const cached = sessions.get(modelPath);
  sessions.delete(modelPath);
  if (cached && cached.fileStamp === fileStamp) {
    sessions.set(modelPath, cached);
    return cached.session;
  }
  if (cached) await cached.session.release();
  let session;
  try {
    session = await ort.InferenceSession.create(modelPath, sessionOptions);
  } catch (error) {
    throw new RequestError(`ONNX Runtime could not load ${modelPath}: ${error.message}`);
  }
  sessions.set(modelPath, { fileStamp, session });
  for (const [oldPath, { session: oldSession }] of sessions) {
    if (sessions.size <= options.maxModels) break;
    sessions.delete(oldPath);
    await oldSession.release();
  }
  return session;
}

async function forget(modelPath) {
  for (const [cachedPath, { session }] of [...sessions]) {
    if (modelPath !== '' && cachedPath !== modelPath) continue;
    sessions.delete(cachedPath);
    await session.release();
  }
}

// ---- message bodies --------------------------------------------------------------------

class BodyReader {
  constructor(body) {
    this.body = body;
    this.offset = 0;
  }
  take(size) {
    if (size > this.body.length - this.offset) throw new Error('malformed request: it ends in the middle of a value');
    const start = this.offset;
    this.offset += size;
    return this.body.subarray(start, this.offset);
  }
  u8() { return this.take(1)[0]; }
  u32() { return this.take(4).readUInt32LE(0); }
  i32() { return this.take(4).readInt32LE(0); }
  f32() { return this.take(4).readFloatLE(0); }
  u64() { return Number(this.take(8).readBigUInt64LE(0)); }
  i64() { return Number(this.take(8).readBigInt64LE(0)); }
  string() { return this.take(this.u32()).toString('utf8'); }
  tensor() {
    const name = this.string();
    const dtype = this.i32();
    const rank = this.u32();
    const dims = Array.from({ length: rank }, () => this.i64());
    if (this.u8() !== 0) this.take(8); // quantization parameters mean nothing to ONNX Runtime
    const size = this.u64();
    this.offset = Math.ceil(this.offset / DATA_ALIGNMENT) * DATA_ALIGNMENT;
    return { name, dtype, dims, data: this.take(size) };
  }
}

class BodyWriter {
  constructor() {
    this.chunks = [];
    this.size = 0;
  }
  push(buffer) {
    this.chunks.push(buffer);
    this.size += buffer.length;
  }
  u8(value) { this.push(Buffer.of(value)); }
  u32(value) { const b = Buffer.allocUnsafe(4); b.writeUInt32LE(value); this.push(b); }
  i32(value) { const b = Buffer.allocUnsafe(4); b.writeInt32LE(value); this.push(b); }
  u64(value) { const b = Buffer.allocUnsafe(8); b.writeBigUInt64LE(BigInt(value)); this.push(b); }
  i64(value) { const b = Buffer.allocUnsafe(8); b.writeBigInt64LE(BigInt(value)); this.push(b); }
  string(text) { const bytes = Buffer.from(text, 'utf8'); this.u32(bytes.length); this.push(bytes); }
  tensorDescription(name, dtype, dims) {
    this.string(name);
    this.i32(dtype);
    this.u32(dims.length);
    for (const dim of dims) this.i64(dim);
    this.u8(0); // ONNX Runtime tensors carry no quantization parameters
  }
  tensorData(bytes) {
    this.u64(bytes.length);
    const padding = (DATA_ALIGNMENT - (this.size % DATA_ALIGNMENT)) % DATA_ALIGNMENT;
    if (padding) this.push(Buffer.alloc(padding));
    this.push(bytes);
  }
}

function describeDims(dims) {
  return `[${dims.join(', ')}]`;
}

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

function listNames(names) {
  return names.length ? names.map((name) => `'${name}'`).join(', ') : '(none)';
}

async function run(reader, writer) {
  const modelPath = reader.string();
  const inputs = Array.from({ length: reader.u32() }, () => reader.tensor());
  const requestedOutputs = Array.from({ length: reader.u32() }, () => reader.string());
  const session = await sessionFor(modelPath);

  const feeds = {};
  inputs.forEach((input, position) => {
    if (input.name === '') {
      if (position >= session.inputNames.length) {
        throw new RequestError(`input #${position} has no name and the model has only ${session.inputNames.length} inputs: ${listNames(session.inputNames)}`);
      }
      input.name = session.inputNames[position];
    }
    if (!session.inputNames.includes(input.name)) {
      throw new RequestError(`the model has no input named '${input.name}'; its inputs are ${listNames(session.inputNames)}`);
    }
    if (input.name in feeds) throw new RequestError(`input '${input.name}' is given twice`);
    feeds[input.name] = toOrtTensor(input);
  });
  const missing = session.inputNames.filter((name) => !(name in feeds));
  if (missing.length) {
    throw new RequestError(`input ${listNames(missing)} not given; the model's inputs are ${listNames(session.inputNames)}`);
  }
  for (const name of requestedOutputs) {
    if (!session.outputNames.includes(name)) {
      throw new RequestError(`the model has no output named '${name}'; its outputs are ${listNames(session.outputNames)}`);
    }
  }
  const outputNames = requestedOutputs.length ? requestedOutputs : session.outputNames;

  let results;
  try {
    results = await session.run(feeds, outputNames);
  } catch (error) {
    throw new RequestError(`ONNX Runtime failed to run ${modelPath}: ${error.message}`);
  }
  writer.u8(Status.ok);
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

async function handle(body) {
  const reader = new BodyReader(body);
  const writer = new BodyWriter();
  const operation = reader.u8();
  try {
    if (!ort) throw new RequestError(unavailableReason);
    if (operation === Operation.hello) {
      writer.u8(Status.ok);
      writer.string(`onnxruntime-node ${ortVersion}`);
      writer.u32(PROTOCOL_VERSION);
    } else if (operation === Operation.describe) {
      const session = await sessionFor(reader.string());
      writer.u8(Status.ok);
      describeValues(writer, session.inputMetadata);
      describeValues(writer, session.outputMetadata);
    } else if (operation === Operation.run) {
      await run(reader, writer);
    } else if (operation === Operation.forget) {
      await forget(reader.string());
      writer.u8(Status.ok);
    } else {
      throw new RequestError(`unknown request operation ${operation}`);
    }
    return writer;
  } catch (error) {
    const failure = new BodyWriter();
    failure.u8(Status.error);
    failure.string(error instanceof RequestError ? error.message : `ort_server internal error: ${error.stack || error}`);
    return failure;
  }
}

// ---- framing ---------------------------------------------------------------------------

// Collects stdin chunks and cuts them into frame bodies without re-concatenating on every
// chunk (a 100 MB tensor arrives in thousands of chunks).
class FrameReader {
  constructor() {
    this.chunks = [];
    this.buffered = 0;
  }
  push(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }
  // Moves `size` bytes from the front of the chunks into `target`.
  drain(size, target) {
    let filled = 0;
    while (filled < size) {
      const chunk = this.chunks[0];
      const used = Math.min(chunk.length, size - filled);
      if (target) chunk.copy(target, filled, 0, used);
      filled += used;
      if (used === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(used);
    }
    this.buffered -= size;
  }
  next() {
    if (this.buffered < FRAME_HEADER_SIZE) return null;
    if (this.chunks[0].length < FRAME_HEADER_SIZE) this.chunks = [Buffer.concat(this.chunks)];
    const header = this.chunks[0];
    if (!header.subarray(0, 4).equals(FRAME_MAGIC)) {
      process.stderr.write('ort_server: the client sent something that is not a protocol frame; stopping\n');
      process.exit(2);
    }
    const bodySize = Number(header.readBigUInt64LE(4));
    if (this.buffered < FRAME_HEADER_SIZE + bodySize) return null;
    this.drain(FRAME_HEADER_SIZE, null);
    // A body of its own (not a pool slice) starts 8-aligned, so tensor data can be viewed in place.
    const body = Buffer.allocUnsafeSlow(bodySize);
    this.drain(bodySize, body);
    return body;
  }
}

function sendFrame(writer) {
  const header = Buffer.allocUnsafe(FRAME_HEADER_SIZE);
  FRAME_MAGIC.copy(header, 0);
  header.writeBigUInt64LE(BigInt(writer.size), 4);
  process.stdout.cork();
  process.stdout.write(header);
  for (const chunk of writer.chunks) process.stdout.write(chunk);
  process.stdout.uncork();
}

const frames = new FrameReader();
const pending = [];
let busy = false;
let inputEnded = false;

async function serve() {
  if (busy) return;
  busy = true;
  while (pending.length) sendFrame(await handle(pending.shift()));
  busy = false;
  if (inputEnded) process.exit(0);
}

process.stdout.on('error', () => process.exit(0)); // the client went away
process.stdin.on('data', (chunk) => {
  frames.push(chunk);
  for (let body; (body = frames.next()); ) pending.push(body);
  serve();
});
process.stdin.on('end', () => {
  inputEnded = true;
  if (!busy) process.exit(0);
});
