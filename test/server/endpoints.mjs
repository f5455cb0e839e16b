// Endpoints the browser tests fetch, to exercise real network behaviour: errors, stalls, counts.
//   /__test__/status/500          answers with that status
//   /__test__/stall?key=K         never answers; records when the browser gives up (aborts)
//   /__test__/delay/300?file=P    serves repo file P after 300 ms
//   /__test__/text?body=...       answers 200 with that body as application/json (for malformed JSON)
//   /__test__/stats?key=K         {requests, aborted} seen for key K so far (key from ?key=)
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const stats = new Map();
const statsFor = (key) => {
  if (!stats.has(key)) stats.set(key, { requests: 0, aborted: 0 });
  return stats.get(key);
};
const root = resolve('.');

export async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const key = ctx.query.key;
  if (key && !ctx.path.startsWith('/__test__/stats')) statsFor(key).requests++;
  const [, , kind, arg] = ctx.path.split('/');
  ctx.set('cache-control', 'no-store');
  switch (kind) {
    case 'status':
      ctx.status = Number(arg);
      ctx.body = `status ${arg}`;
      return;
    case 'stall':
      ctx.respond = false;
      await new Promise((done) => {
        ctx.req.on('close', () => {
          if (key) statsFor(key).aborted++;
          done();
        });
      });
      return;
    case 'delay': {
      await new Promise((done) => setTimeout(done, Number(arg)));
      const file = resolve(root, String(ctx.query.file));
      if (!file.startsWith(root)) return (ctx.status = 403);
      ctx.type = 'application/json';
      ctx.body = await readFile(file, 'utf8');
      return;
    }
    case 'text':
      ctx.type = 'application/json';
      ctx.body = String(ctx.query.body ?? '');
      return;
    case 'stats':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(statsFor(key));
      return;
    default:
      return next();
  }
}
