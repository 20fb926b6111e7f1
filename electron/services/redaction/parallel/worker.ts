// Entry of the lane worker thread: runs the worker lane's recognizers (lane.ts) on request.
// Bundled as dist/electron/detect-worker.cjs for the app; run from source under tsx otherwise.
import { parentPort } from 'node:worker_threads';
import { laneRecognizer } from './lane';
import { packFound, type LaneFound, type LaneReady, type LaneReply, type LaneRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('The detection lane must run in a worker thread.');

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

port.on('message', (req: LaneRequest) => {
  const found: LaneFound = req.names.map(() => null);
  const claim = req.claim ? new Int32Array(req.claim) : undefined;
  let next = 0;
  for (;;) {
    // The next recognizer nobody has taken yet (the detection thread takes them too).
    const i = claim ? Atomics.add(claim, 0, 1) : next++;
    if (i >= req.names.length) break;
    const name = req.names[i]!;
    const r = laneRecognizer(name);
    if (!r) {
      port.postMessage({
        id: req.id,
        failed: { detector: name, message: 'not in the worker lane' },
      } satisfies LaneReply);
      return;
    }
    try {
      found[i] = r.detect(req.text);
    } catch (err) {
      port.postMessage({ id: req.id, failed: { detector: name, message: message(err) } } satisfies LaneReply);
      return;
    }
  }
  const packed = packFound(found);
  port.postMessage({ id: req.id, found: packed } satisfies LaneReply, [
    packed.numbers.buffer as ArrayBuffer,
    packed.counts.buffer as ArrayBuffer,
  ]);
});

port.postMessage({ ready: true } satisfies LaneReady);
