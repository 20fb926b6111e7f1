// Entry of the lane worker thread: runs the worker lane's recognizers (lane.ts) on request.
// Bundled as dist/electron/detect-worker.cjs for the app; run from source under tsx otherwise.
import { parentPort } from 'node:worker_threads';
import type { Candidate } from '../types';
import { laneRecognizer } from './lane';
import type { LaneReady, LaneReply, LaneRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('The detection lane must run in a worker thread.');

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

port.on('message', (req: LaneRequest) => {
  const found: Candidate[][] = [];
  for (const name of req.names) {
    const r = laneRecognizer(name);
    if (!r) {
      port.postMessage({
        id: req.id,
        failed: { detector: name, message: 'not in the worker lane' },
      } satisfies LaneReply);
      return;
    }
    try {
      found.push(r.detect(req.text));
    } catch (err) {
      port.postMessage({ id: req.id, failed: { detector: name, message: message(err) } } satisfies LaneReply);
      return;
    }
  }
  port.postMessage({ id: req.id, found } satisfies LaneReply);
});

port.postMessage({ ready: true } satisfies LaneReady);
