// `npm run start:simulation`: the platform in 模拟环境 — simulated time from 2018-09-27 10:00
// (China), moved by an administrator (POST /api/admin/clock/advance), with its own data directory
// (data/simulation-runtime). Set YICI_CLOCK_START or YICI_CLOCK_RATE to start elsewhere or let it run.
process.env.YICI_CLOCK = 'simulated';
process.env.YICI_CLOCK_START ??= '2018-09-27T10:00:00+08:00';
await import('./start.mjs');
