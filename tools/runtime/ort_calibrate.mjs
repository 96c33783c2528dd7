// Runs ONNX models in ONNX Runtime on batches of float32 inputs and records, for every
// model output, its minimum and maximum over all batches: the calibration step of
// scripts/make_qdq_models.py, which adds each intermediate tensor as a graph output first.
// A job can also record each output's mean and standard deviation, or instead find the
// factors that give chosen tensors a standard deviation of 1 (the script's rescaling step).
// One process serves many models, since starting Node and ONNX Runtime costs ~0.2 s.
//
//   node ort_calibrate.mjs REQUEST.json [--deps DIR]
//
// REQUEST.json: {"jobs": [{
//   "model": "m.onnx",
//   "batches": 8,
//   "inputs": [{"name": "input", "shape": [1, 3, 64, 64], "file": "input.f32"}],
//   "ranges": "ranges.json",           // written: {"tensor": [min, max], ...}
//   "moments": "moments.json",         // optional, written: {"tensor": [mean, std], ...}
//   "keep": {"output": "output.f32"}   // optional: these outputs' values, all batches
// }]}
// Each input file holds `batches` tensors of `shape`, raw little-endian float32, one after
// the other; kept outputs are written the same way. Ranges cover the inputs as well as the
// float32 outputs; NaN is skipped, and a tensor with no finite value gets [null, null].
// Moments cover the float32 outputs, over all elements of all batches (std: population, not
// sample); a tensor with a non-finite value gets [null, null].
//
// A rescale job has "rescale" instead of "ranges", "moments" and "keep":
//   "rescale": {"steps": [[{"tensor": "y", "scale": "y_scale"}, ...], ...],
//               "factors": "factors.json"}
// Every "scale" is a scalar float32 input of the model (not listed in "inputs") that
// multiplies the model's output "tensor"; all start at 1. Step by step, the model runs on all
// batches and each scale of the step is divided by the standard deviation its tensor had, so
// that the tensor's is 1 from then on (a tensor with no finite or a zero standard deviation
// keeps its scale). The tensors of one step must not depend on each other's scales; later
// steps see the earlier steps' scales. Written: {"factors": {"y_scale": f, ...},
// "std": {"y": standard deviation before its step, or null}}, factors as float32 values.
//
// DIR is what scripts/install_runtimes.sh made (default: $OPBRIDGE_DEPS_DIR, else the
// repository's .deps). A job that fails writes no ranges (or factors) file and a line on
// stderr ("ort_calibrate: MODEL: why"); the other jobs still run, and the exit status is 1.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function fail(message) {
  process.stderr.write(`ort_calibrate: ${message}\n`);
  process.exit(1);
}

function loadOrt(depsDir) {
  const packageDir = path.join(depsDir, 'npm', 'node_modules', 'onnxruntime-node');
  try {
    const ort = createRequire(import.meta.url)(packageDir);
    ort.env.logLevel = 'error';
    return ort;
  } catch (error) {
    fail(`onnxruntime-node could not be loaded from ${packageDir}: ${error.message.split('\n')[0]}. ` +
      'Run scripts/install_runtimes.sh, or point OPBRIDGE_DEPS_DIR at the folder it installed into.');
  }
}

// Widens `range` ([min, max], or undefined) by the values of a Float32Array.
function widen(range, values) {
  let [low, high] = range ?? [Infinity, -Infinity];
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high];
}

// Adds the values of a Float32Array to `moments` ({count, mean, m2}, or undefined): the
// batch's own mean and sum of squared deviations, merged (Chan et al.), all in double.
function accumulate(moments, values) {
  const { count = 0, mean = 0, m2 = 0 } = moments ?? {};
  const n = values.length;
  if (!n) return { count, mean, m2 };
  let sum = 0;
  for (const value of values) sum += value;
  const batchMean = sum / n;
  let batchM2 = 0;
  for (const value of values) batchM2 += (value - batchMean) * (value - batchMean);
  const total = count + n;
  const delta = batchMean - mean;
  return {
    count: total, mean: mean + (delta * n) / total, m2: m2 + batchM2 + (delta * delta * count * n) / total,
  };
}

const finite = (value) => (Number.isFinite(value) ? value : null);
const deviation = ({ count, m2 }) => finite(Math.sqrt(m2 / count));

async function openSession(ort, job) {
  // One thread and no parallel execution: calibrated ranges, and so the quantized model's
  // bytes, must be the same on every run.
  return ort.InferenceSession.create(job.model, {
    logSeverityLevel: 3, executionMode: 'sequential', intraOpNumThreads: 1, interOpNumThreads: 1,
  });
}

function readInputs(job) {
  return job.inputs.map((input) => {
    const count = input.shape.reduce((product, dim) => product * dim, 1);
    const bytes = readFileSync(input.file);
    if (bytes.length !== 4 * count * job.batches) {
      throw new Error(`${input.file} has ${bytes.length} bytes, not ${job.batches} batches of ${count} float32`);
    }
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    return { ...input, count, all };
  });
}

function batchFeeds(ort, inputs, batch) {
  const feeds = {};
  for (const input of inputs) {
    const values = input.all.subarray(batch * input.count, (batch + 1) * input.count);
    feeds[input.name] = new ort.Tensor('float32', values, input.shape);
  }
  return feeds;
}

async function runJob(ort, job) {
  const session = await openSession(ort, job);
  const inputs = readInputs(job);
  const keep = Object.entries(job.keep ?? {});
  const kept = new Map(keep.map(([name]) => [name, []]));
  const ranges = {};
  const moments = {};
  for (let batch = 0; batch < job.batches; ++batch) {
    const feeds = batchFeeds(ort, inputs, batch);
    for (const [name, tensor] of Object.entries(feeds)) ranges[name] = widen(ranges[name], tensor.data);
    const results = await session.run(feeds);
    for (const [name, tensor] of Object.entries(results)) {
      if (tensor.type === 'float32') {
        ranges[name] = widen(ranges[name], tensor.data);
        if (job.moments) moments[name] = accumulate(moments[name], tensor.data);
      }
      const { buffer, byteOffset, byteLength } = tensor.data;
      if (kept.has(name)) kept.get(name).push(Buffer.from(buffer, byteOffset, byteLength));
    }
  }
  await session.release();
  for (const [name, file] of keep) {
    if (!kept.get(name).length) throw new Error(`the model has no output '${name}' to keep`);
    writeFileSync(file, Buffer.concat(kept.get(name)));
  }
  if (job.moments) {
    const json = {};
    for (const [name, m] of Object.entries(moments)) {
      const std = deviation(m);
      json[name] = std === null ? [null, null] : [finite(m.mean), std];
    }
    writeFileSync(job.moments, JSON.stringify(json));
  }
  const json = {};
  for (const [name, [low, high]] of Object.entries(ranges)) json[name] = [finite(low), finite(high)];
  writeFileSync(job.ranges, JSON.stringify(json));
}

async function runRescaleJob(ort, job) {
  const session = await openSession(ort, job);
  const inputs = readInputs(job);
  const { steps, factors: file } = job.rescale;
  const scales = {};
  for (const step of steps) for (const { scale } of step) scales[scale] = 1;
  const before = {};
  for (const step of steps) {
    const fetches = step.map(({ tensor }) => tensor);
    const moments = {};
    for (let batch = 0; batch < job.batches; ++batch) {
      const feeds = batchFeeds(ort, inputs, batch);
      for (const [name, value] of Object.entries(scales)) {
        feeds[name] = new ort.Tensor('float32', Float32Array.of(value), []);
      }
      const results = await session.run(feeds, fetches);
      for (const name of fetches) moments[name] = accumulate(moments[name], results[name].data);
    }
    for (const { tensor, scale } of step) {
      const std = deviation(moments[tensor]);
      before[tensor] = std;
      if (std !== null && std > 0) scales[scale] = Math.fround(scales[scale] / std);
    }
  }
  await session.release();
  writeFileSync(file, JSON.stringify({ factors: scales, std: before }));
}

const args = process.argv.slice(2);
if (args.length !== 1 && !(args.length === 3 && args[1] === '--deps')) {
  process.stderr.write('usage: node ort_calibrate.mjs REQUEST.json [--deps DIR]\n');
  process.exit(2);
}
const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const depsDir = args[2] ?? process.env.OPBRIDGE_DEPS_DIR ?? path.resolve(scriptDir, '../../.deps');
const ort = loadOrt(depsDir);
const { jobs } = JSON.parse(readFileSync(args[0], 'utf8'));
let failed = false;
for (const job of jobs) {
  try {
    await (job.rescale ? runRescaleJob(ort, job) : runJob(ort, job));
  } catch (error) {
    process.stderr.write(`ort_calibrate: ${job.model}: ${error.message.split('\n')[0]}\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
