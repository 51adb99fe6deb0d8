// Entry file of each worker thread of the work pool (run-job.ts): runs one
// job of jobs.ts. Plain CommonJS so Node loads it as is, under `next start`,
// Jest and tsx alike; tsx (already the seed's runner) then compiles the
// TypeScript it requires, `@/` paths included, and caches the result on disk.
require('tsx/cjs/api').register();
const { JOBS } = require('./jobs.ts');

module.exports = ({ name, input }) => JOBS[name](input);
