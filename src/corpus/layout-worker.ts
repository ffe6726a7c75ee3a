// Node-only: the body of the layout worker (./write-around-layout.ts). It
// runs one ForceAtlas2 job and sends back the positions, in the job's order.
import { parentPort, workerData } from 'node:worker_threads';
import { runLayoutJob, type LayoutJob } from '../graph/layout.js';

const port = parentPort;
if (!port) throw new Error('src/corpus/layout-worker is meant to run as a worker thread');
port.postMessage(runLayoutJob(workerData as LayoutJob));
