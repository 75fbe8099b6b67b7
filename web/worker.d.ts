// worker.d.ts — types of worker.js ("edge-python/worker").
import type { EdgeWorker, EdgeWorkerOptions } from './edge.js';

export type { EdgeWorker, EdgeWorkerOptions } from './edge.js';

/** Creates an interpreter in a Web Worker (browsers) or a worker thread (Node). */
export function createEdgeWorker(options?: EdgeWorkerOptions): Promise<EdgeWorker>;
