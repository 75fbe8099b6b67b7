// auto.d.ts — types of auto.js ("edge-python/auto"), which runs a page's
// <script type="text/edge-python"> elements when it is imported.
import type { EdgeOptions, SessionResult } from './edge.js';

/** Runs the text/edge-python scripts under `root` (default: the document), in order, in
 * one session; resolves to their results. */
export function runScripts(root?: ParentNode, options?: EdgeOptions): Promise<SessionResult[]>;

/** The results of the page's scripts, once they have all run. */
export const ready: Promise<SessionResult[]>;
