/**
 * Preloaded into the database process when the benchmark profiles (`--cpu-prof`), so that the
 * database's CPU profile covers the measured load only, like the app's.
 */
import { serveProfilingRequests } from './profiler';

serveProfilingRequests();
