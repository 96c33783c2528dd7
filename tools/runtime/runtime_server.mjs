// What the Node reference-runtime servers share (ort_server.mjs for ONNX Runtime,
// litert_server.mjs for LiteRT): the command line, the binary protocol described at the end
// of tools/runtime/reference_runtime.hpp (keep the two in step), the cache of loaded models,
// and the loop that reads requests from stdin and writes responses to stdout, one at a time.
//
// A server is a backend object handed to serve():
//   name                      for messages ("ort_server")
//   version()                 e.g. "onnxruntime-node 1.30.0"; throws RequestError when the
//                             runtime is unavailable (every request then gets the reason)
//   describe(modelPath, w)    writes the describe response's body after the status
//   run(request, w)           runs { modelPath, inputs, requestedOutputs } (inputs as
//                             BodyReader.tensor() gives them), writes the response's body
//   forget(modelPath)         drops a loaded model ('' drops all)
// A request that fails gets an error response; the process carries on.

import { statSync } from 'node:fs';
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

// An error whose message is meant for the user as it is.
export class RequestError extends Error {}

// [--deps DIR] [--threads N] [--max-models N]; DIR defaults to $OPBRIDGE_DEPS_DIR, else the
// repository's .deps. A server may take flags of its own with a 0/1 value: `own` maps each
// flag to its option name and default (e.g. {'--integer-qdq': ['integerQdq', true]}).
export function parseArguments(serverName, args, own = {}) {
  const scriptDir = path.dirname(fileURLToPath(import.meta.url));
  const options = {
    deps: process.env.OPBRIDGE_DEPS_DIR || path.resolve(scriptDir, '../../.deps'),
    threads: 1,
    maxModels: 8,
  };
  for (const [name, fallback] of Object.values(own)) options[name] = fallback;
  const ownUsage = Object.keys(own).map((flag) => ` [${flag} 0|1]`).join('');
  const usageError = (message) => {
    process.stderr.write(`${serverName}: ${message}\nusage: node ${serverName}.mjs [--deps DIR] [--threads N] [--max-models N]${ownUsage}\n`);
    process.exit(2);
  };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) usageError(`${flag} needs a value`);
    if (flag === '--deps') options.deps = value;
    else if (flag === '--threads') options.threads = Number(value);
    else if (flag === '--max-models') options.maxModels = Number(value);
    else if (Object.hasOwn(own, flag)) {
      if (value !== '0' && value !== '1') usageError(`${flag} takes 0 or 1`);
      options[own[flag][0]] = value === '1';
    } else usageError(`unknown option ${flag}`);
  }
  if (!Number.isInteger(options.threads) || options.threads < 0) usageError('--threads takes a count >= 0');
  if (!Number.isInteger(options.maxModels) || options.maxModels < 1) usageError('--max-models takes a count >= 1');
  return options;
}

export function describeDims(dims) {
  return `[${dims.join(', ')}]`;
}

export function listNames(names) {
  return names.length ? names.map((name) => `'${name}'`).join(', ') : '(none)';
}

// The run request's inputs matched to the model's input names, as a Map in the model's
// order: an input without a name takes the model input at its position.
export function bindInputs(inputs, inputNames) {
  const bound = new Map();
  inputs.forEach((input, position) => {
    let name = input.name;
    if (name === '') {
      if (position >= inputNames.length) {
        throw new RequestError(`input #${position} has no name and the model has only ${inputNames.length} inputs: ${listNames(inputNames)}`);
      }
      name = inputNames[position];
    }
    if (!inputNames.includes(name)) {
      throw new RequestError(`the model has no input named '${name}'; its inputs are ${listNames(inputNames)}`);
    }
    if (bound.has(name)) throw new RequestError(`input '${name}' is given twice`);
    bound.set(name, { ...input, name });
  });
  const missing = inputNames.filter((name) => !bound.has(name));
  if (missing.length) {
    throw new RequestError(`input ${listNames(missing)} not given; the model's inputs are ${listNames(inputNames)}`);
  }
  return new Map(inputNames.map((name) => [name, bound.get(name)]));
}

// The outputs a run request asks for (all of the model's, in its order, when it names none).
export function selectOutputs(requested, outputNames) {
  for (const name of requested) {
    if (!outputNames.includes(name)) {
      throw new RequestError(`the model has no output named '${name}'; its outputs are ${listNames(outputNames)}`);
    }
  }
  return requested.length ? requested : outputNames;
}

// ---- loaded models ---------------------------------------------------------------------

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

// Models loaded per path, reloaded when the file changes; the least recently used is
// released beyond maxModels. load(path) and release(model) may be async.
export class ModelCache {
  constructor(maxModels, load, release) {
    this.maxModels = maxModels;
    this.load = load;
    this.release = release;
    this.models = new Map(); // path -> { fileStamp, model }; Map order is least recently used first
  }
  async get(modelPath) {
    const fileStamp = fileStampOf(modelPath);
    const cached = this.models.get(modelPath);
    this.models.delete(modelPath);
    if (cached && cached.fileStamp === fileStamp) {
      this.models.set(modelPath, cached);
      return cached.model;
    }
    if (cached) await this.release(cached.model);
    const model = await this.load(modelPath);
    this.models.set(modelPath, { fileStamp, model });
    for (const [oldPath, { model: oldModel }] of this.models) {
      if (this.models.size <= this.maxModels) break;
      this.models.delete(oldPath);
      await this.release(oldModel);
    }
    return model;
  }
  async forget(modelPath) {
    for (const [cachedPath, { model }] of [...this.models]) {
      if (modelPath !== '' && cachedPath !== modelPath) continue;
      this.models.delete(cachedPath);
      await this.release(model);
    }
  }
}

// ---- message bodies --------------------------------------------------------------------

export class BodyReader {
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
    const quantization = this.u8() !== 0 ? { scale: this.f32(), zeroPoint: this.i32() } : null;
    const size = this.u64();
    this.offset = Math.ceil(this.offset / DATA_ALIGNMENT) * DATA_ALIGNMENT;
    return { name, dtype, dims, quantization, data: this.take(size) };
  }
}

export class BodyWriter {
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
  // Neither Node runtime reports quantization parameters for its inputs and outputs.
  tensorDescription(name, dtype, dims) {
    this.string(name);
    this.i32(dtype);
    this.u32(dims.length);
    for (const dim of dims) this.i64(dim);
    this.u8(0);
  }
  tensorData(bytes) {
    this.u64(bytes.length);
    const padding = (DATA_ALIGNMENT - (this.size % DATA_ALIGNMENT)) % DATA_ALIGNMENT;
    if (padding) this.push(Buffer.alloc(padding));
    this.push(bytes);
  }
}

// ---- requests --------------------------------------------------------------------------

async function handle(backend, body) {
  const reader = new BodyReader(body);
  const writer = new BodyWriter();
  const operation = reader.u8();
  try {
    const version = backend.version(); // an unavailable runtime answers every request with why
    if (operation === Operation.hello) {
      writer.u8(Status.ok);
      writer.string(version);
      writer.u32(PROTOCOL_VERSION);
    } else if (operation === Operation.describe) {
      const modelPath = reader.string();
      writer.u8(Status.ok);
      await backend.describe(modelPath, writer);
    } else if (operation === Operation.run) {
      const modelPath = reader.string();
      const inputs = Array.from({ length: reader.u32() }, () => reader.tensor());
      const requestedOutputs = Array.from({ length: reader.u32() }, () => reader.string());
      writer.u8(Status.ok);
      await backend.run({ modelPath, inputs, requestedOutputs }, writer);
    } else if (operation === Operation.forget) {
      await backend.forget(reader.string());
      writer.u8(Status.ok);
    } else {
      throw new RequestError(`unknown request operation ${operation}`);
    }
    return writer;
  } catch (error) {
    const failure = new BodyWriter();
    failure.u8(Status.error);
    failure.string(error instanceof RequestError ? error.message : `${backend.name} internal error: ${error.stack || error}`);
    return failure;
  }
}

// ---- framing ---------------------------------------------------------------------------

// Collects stdin chunks and cuts them into frame bodies without re-concatenating on every
// chunk (a 100 MB tensor arrives in thousands of chunks).
class FrameReader {
  constructor(serverName) {
    this.serverName = serverName;
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
      process.stderr.write(`${this.serverName}: the client sent something that is not a protocol frame; stopping\n`);
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

// Answers requests from stdin until it closes.
export function serve(backend) {
  const frames = new FrameReader(backend.name);
  const pending = [];
  let busy = false;
  let inputEnded = false;

  async function work() {
    if (busy) return;
    busy = true;
    while (pending.length) sendFrame(await handle(backend, pending.shift()));
    busy = false;
    if (inputEnded) process.exit(0);
  }

  process.stdout.on('error', () => process.exit(0)); // the client went away
  process.stdin.on('data', (chunk) => {
    frames.push(chunk);
    for (let body; (body = frames.next()); ) pending.push(body);
    work();
  });
  process.stdin.on('end', () => {
    inputEnded = true;
    if (!busy) process.exit(0);
  });
}
