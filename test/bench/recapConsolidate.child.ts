// Run by recap.bench.ts in a fresh process: consolidates the recaps of a folder, prints seconds and peak memory.
import { performance } from 'node:perf_hooks';
import { consolidate } from '../../electron/core/recap/consolidate/consolidate';
import { recapSources } from '../../electron/core/recap/consolidate/sources';

const [folder, from, to] = process.argv.slice(2) as [string, string, string];
const t = performance.now();
const k = await consolidate({ period: { from, to }, sources: await recapSources([folder]), opdList: [] });
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ seconds, opds: k.opds.length, problems: k.problems.length, staff: k.totals['staff.active']?.cumulative, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
