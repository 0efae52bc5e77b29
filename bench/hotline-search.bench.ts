/**
 * The 12345 knowledge base as the operator types: one query per keystroke over 10,000 current
 * articles (the catalog's answers plus generated curated ones), against PostgreSQL, beside two
 * baselines measured in the same run: GET /api/health (the same server, HTTP and validation, no
 * database) and GET /api/me with the operator's session (the same plus the session's lookup that
 * every signed-in request pays). The search itself is served from the in-memory bigram index
 * (hotline.knowledge-index.ts); its own cost per query, without HTTP, is printed too.
 * Target: p95 ≤ 50 ms per keystroke query. The machine is shared: read the ratios.
 *
 *   npm run bench:hotline            (BENCH_SECONDS=10 by default)
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../apps/server/src/platform/db/database';
import { articleRow } from '../apps/server/src/domains/hotline/hotline.knowledge';
import { createArticleIndexCache } from '../apps/server/src/domains/hotline/hotline.knowledge-index';
import { hotlineArticles } from '../apps/server/src/domains/hotline/hotline.tables';
import { createIdentityRepository } from '../apps/server/src/domains/identity/identity.repository';
import { openSession } from '../apps/server/src/domains/identity/identity.sessions';
import { load, printTable, recreateDatabase, seconds, startServer, type Figures } from './harness';

const ARTICLES = 10_000;
const port = 3900 + Math.floor(Math.random() * 90);
const url = await recreateDatabase('yici_bench_hotline');
const server = await startServer({ databaseUrl: url, port });
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
try {
  // Curated answers made from the catalog's own words, so that queries match many of them.
  const seeded = (await database.db.execute(
    sql`select title, body from ${hotlineArticles} where current`,
  )) as unknown as {
    rows: { title: string; body: string }[];
  };
  const places = ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区'];
  const now = new Date('2026-11-27T02:00:00Z');
  const rows = Array.from({ length: ARTICLES - seeded.rows.length }, (_, i) => {
    const base = seeded.rows[i % seeded.rows.length]!;
    const place = places[i % places.length]!;
    return articleRow({
      id: `bench-${i}`,
      version: 1,
      current: true,
      source: 'curated',
      basicCode: null,
      title: `${place}${base.title.replace('怎么办理', '')}常见问题 ${i}`,
      body: `${place}政务服务中心答复：${base.body}`,
      owner: `${place}政务服务中心`,
      reviewOn: '2027-05-27',
      createdAt: now,
    });
  });
  for (let i = 0; i < rows.length; i += 500) await database.db.insert(hotlineArticles).values(rows.slice(i, i + 500));
  await database.db.execute(sql`analyze ${hotlineArticles}`);
  const session = await openSession(createIdentityRepository(database.db), {
    accountId: 'demo-staff-hotline.jinan',
    now: new Date(),
    ip: null,
  });
  const cookie = `yici_session=${session.token}`;

  // What the operator types while the caller speaks, one request per keystroke from the second
  // character on (the console asks from two characters: one says nothing yet).
  const typed = ['食品经营许可证怎么办', '营业执照', '不动产转移登记', '社保卡补办', '公积金提取'];
  const keystrokes = typed.flatMap((text) =>
    Array.from({ length: text.length - 1 }, (_, n) => ({
      path: `/api/hotline/articles?q=${encodeURIComponent(text.slice(0, n + 2))}`,
      headers: { cookie },
    })),
  );
  const count = (await database.db.execute(
    sql`select count(*)::int as n from ${hotlineArticles} where current`,
  )) as unknown as {
    rows: { n: number }[];
  };
  await load({ name: 'warm-up', port, connections: 8, requests: [{ path: '/api/health' }, ...keystrokes] });
  const results: Figures[] = [];
  for (const connections of [8, 32]) {
    results.push(
      await load({
        name: `baseline: GET /api/health (${connections} conn.)`,
        port,
        connections,
        requests: [{ path: '/api/health' }],
      }),
    );
    results.push(
      await load({
        name: `baseline: GET /api/me, signed in (${connections} conn.)`,
        port,
        connections,
        requests: [{ path: '/api/me', headers: { cookie } }],
      }),
    );
    results.push(
      await load({
        name: `keystroke search, ${keystrokes.length} prefixes (${connections} conn.)`,
        port,
        connections,
        requests: keystrokes,
      }),
    );
  }
  // The index's own work per keystroke, in this process: build once, then every prefix many times.
  const cache = createArticleIndexCache(database.db);
  const built = performance.now();
  const index = await cache.current();
  const buildMs = performance.now() - built;
  const prefixes = keystrokes.map((k) => decodeURIComponent(k.path.split('q=')[1]!));
  const times: number[] = [];
  for (let round = 0; round < 200; round++)
    for (const q of prefixes) {
      const started = performance.now();
      index.search(q, 6);
      times.push(performance.now() - started);
    }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(3);
  console.log(
    `in-memory index: ${index.size} articles, built in ${buildMs.toFixed(0)} ms (load and index); ` +
      `per query p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms over ${times.length} queries`,
  );
  printTable(
    `12345 knowledge-base search — PostgreSQL, ${count.rows[0]!.n} current articles, ${seconds} s each (target p95 ≤ 50 ms)`,
    results,
  );
} finally {
  await database.close();
  server.kill('SIGTERM');
}
