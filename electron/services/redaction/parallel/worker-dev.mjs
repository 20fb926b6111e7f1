// Starts the lane worker from the TypeScript source (tests, benchmarks, the CLI under tsx): tsx's
// hooks are not inherited by worker threads on Node 20, so the worker registers them itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
