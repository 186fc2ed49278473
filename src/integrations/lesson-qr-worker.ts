/**
 * Worker thread of src/integrations/lesson-qr.ts: turns addresses into QR code SVGs while the
 * main thread renders pages. Plain Node (type stripping), so imports name their .ts files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { qrSvg } from '../lib/codes/qr.ts';

const jobs = workerData as { file: string; url: string }[];
parentPort!.postMessage(jobs.map(({ file, url }) => ({ file, svg: qrSvg(url) })));
