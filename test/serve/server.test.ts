// The serve layer's guards, over HTTP, on a copy of the second office's records: a request
// without the token, with another Host, for a file outside the data folder, a POST from another
// site or without the form's token, and a body over the limit are all refused, and nothing is
// written; a POST that passes them writes through the engine's write path, and a change of a
// record file is pushed to the event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_LIMIT, IMPORT_BODY_LIMIT, startServer, type Serving } from '../../src/serve/server.js';
import { root } from '../e2e/cli.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One request, every header as given (fetch would not let a test set Host). */
function ask(s: Serving, path: string, o: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: s.port, path, method: o.method ?? 'GET', headers: { Host: `127.0.0.1:${s.port}`, ...o.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    if (o.body !== undefined && o.chunked === true) {
      // No Content-Length: the limit must hold while the body streams in.
      const b = Buffer.from(o.body);
      for (let at = 0; at < b.length; at += 8192) req.write(b.subarray(at, at + 8192));
    } else if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}

let dir: string;
let data: string;
let s: Serving;
let cookie: string;
const expensesFile = (): string => readFileSync(join(data, 'expenses', '2022.yaml'), 'utf8');
const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const entry = { date: '2022-07-01', line: '203-01', amount: '45,000', purpose: '간담회 다과', payment: '카드' };

/** A server on a fresh copy of the second office's records (`prepare` may change them first), with
 *  the cookie of a first visit and a form's POST; closed and its folder removed after `run`. */
async function onCopy(
  name: string,
  prepare: (d: string) => void,
  run: (o: { srv: Serving; c: string; post: (path: string, fields: Record<string, string>) => Promise<Answer> }) => Promise<void>,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), `mayor-office-serve-${name}-`));
  const d = join(folder, 'data');
  cpSync(join(root, 'test', 'fixtures', 'other-office'), d, { recursive: true });
  prepare(d);
  const srv = await startServer({ dataDir: d, cwd: folder, lang: 'ko' });
  try {
    const c = String((await ask(srv, `/?token=${srv.token}`)).headers['set-cookie']).split(';')[0]!;
    const post = (path: string, fields: Record<string, string>): Promise<Answer> =>
      ask(srv, path, { method: 'POST', headers: { Cookie: c, Origin: srv.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form({ ...fields, token: srv.token }) });
    await run({ srv, c, post });
  } finally {
    await srv.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mayor-office-serve-'));
  data = join(dir, 'data');
  cpSync(join(root, 'test', 'fixtures', 'other-office'), data, { recursive: true });
  writeFileSync(join(dir, 'secret.yaml'), 'kind: office\nid: secret-outside\n');
  writeFileSync(join(data, 'notes.txt'), 'not a record\n');
  s = await startServer({ dataDir: data, cwd: dir, lang: 'ko' });
  const first = await ask(s, `/?token=${s.token}`);
  cookie = String(first.headers['set-cookie']).split(';')[0]!;
});

afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serve refuses', () => {
  it('a request without the token, or with another token', async () => {
    expect((await ask(s, '/')).status).toBe(403);
    expect((await ask(s, '/r/budget-status')).status).toBe(403);
    expect((await ask(s, '/', { headers: { Cookie: `mayor-office-${s.port}=${'x'.repeat(s.token.length)}` } })).status).toBe(403);
    expect((await ask(s, `/?token=${s.token.slice(1)}`)).status).toBe(403);
    const r = await ask(s, '/', { headers: { Cookie: cookie } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('id="card-budget-status"');
  });

  it('the first visit puts the token in an HttpOnly, SameSite=Strict cookie and takes it out of the address', async () => {
    const r = await ask(s, `/problems?token=${s.token}`);
    expect(r.status).toBe(303);
    expect(r.headers['location']).toBe('/problems');
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
  });

  it('a Host header that does not name the server (DNS rebinding)', async () => {
    const r = await ask(s, '/', { headers: { Cookie: cookie, Host: `attacker.example:${s.port}` } });
    expect(r.status).toBe(421);
    expect(r.body).not.toContain('budget');
  });

  it('a path outside the data folder, or a file there that is not a record', async () => {
    symlinkSync(join(dir, 'secret.yaml'), join(data, 'link.yaml'));
    const paths = ['/file/..%2Fsecret.yaml', '/file/%2E%2E/secret.yaml', `/file/${encodeURIComponent(join(dir, 'secret.yaml'))}`, '/file/../secret.yaml', '/file/notes.txt', '/file/link.yaml', '/file/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd'];
    for (const p of paths) {
      const r = await ask(s, p, { headers: { Cookie: cookie } });
      expect(r.status, p).toBe(404);
      expect(r.body, p).not.toContain('secret-outside');
      expect(r.body, p).not.toContain('not a record');
      expect(r.body, p).not.toContain('root:');
    }
    rmSync(join(data, 'link.yaml'));
    // A record file of the folder is shown.
    const ok = await ask(s, '/file/budget/2022.yaml', { headers: { Cookie: cookie } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('digital-policy');
  });

  it('an address with a broken %-escape: 400 with one line, not a program defect', async () => {
    for (const p of ['/%E0%A4%A', '/file/%', '/r/%ZZ']) {
      const r = await ask(s, p, { headers: { Cookie: cookie } });
      expect(r.status, p).toBe(400);
      expect(r.body, p).toContain('주소를 읽을 수 없습니다');
      expect(r.body, p).not.toMatch(/URIError|bug|결함/);
    }
  });

  it('a POST from another site, without an Origin, or without the form token: nothing written', async () => {
    const before = expensesFile();
    const base = { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' };
    const cases: [Record<string, string>, string][] = [
      [{ ...base, Origin: 'https://attacker.example' }, form({ ...entry, token: s.token })],
      [base, form({ ...entry, token: s.token })],
      [{ ...base, Origin: s.origin, 'Sec-Fetch-Site': 'cross-site' }, form({ ...entry, token: s.token })],
      [{ ...base, Origin: s.origin }, form(entry)],
      [{ ...base, Origin: s.origin }, form({ ...entry, token: 'wrong' })],
      [{ 'Content-Type': 'application/x-www-form-urlencoded', Origin: s.origin }, form({ ...entry, token: s.token })],
    ];
    for (const [headers, body] of cases) {
      const r = await ask(s, '/expenses/add', { method: 'POST', headers, body });
      expect(r.status, JSON.stringify(headers)).toBe(403);
    }
    expect(expensesFile()).toBe(before);
  });

  it('a body over the limit, announced or streamed: nothing written', async () => {
    const before = expensesFile();
    const headers = { Cookie: cookie, Origin: s.origin, 'Content-Type': 'application/x-www-form-urlencoded' };
    const big = form({ ...entry, token: s.token, place: 'x'.repeat(BODY_LIMIT) });
    expect((await ask(s, '/expenses/add', { method: 'POST', headers, body: big })).status).toBe(413);
    expect((await ask(s, '/expenses/add', { method: 'POST', headers, body: big, chunked: true })).status).toBe(413);
    expect(expensesFile()).toBe(before);
  });

  it('a method other than GET and POST', async () => {
    expect((await ask(s, '/', { method: 'PUT', headers: { Cookie: cookie } })).status).toBe(405);
  });
});

describe('serve answers', () => {
  it('every page with a strict Content-Security-Policy and no outside address', async () => {
    const r = await ask(s, '/r/budget-monthly', { headers: { Cookie: cookie } });
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'nonce-[^']+'/);
    expect(csp).not.toMatch(/unsafe|https?:/);
    expect(r.body).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('a POST of the form from the page itself: the entry written through the write path, comments kept', async () => {
    const before = expensesFile();
    const comments = before.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments.length).toBeGreaterThan(2);
    const r = await ask(s, '/expenses/add', { method: 'POST', headers: { Cookie: cookie, Origin: s.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form({ ...entry, token: s.token }) });
    expect(r.status).toBe(200);
    expect(r.body).toContain('+  - { date: 2022-07-01, line: 203-01, amount: 45000, purpose: 간담회 다과, payment: 카드 }');
    const after = expensesFile();
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(comments);
    expect(after.trimEnd().split('\n').at(-1)).toBe('  - { date: 2022-07-01, line: 203-01, amount: 45000, purpose: 간담회 다과, payment: 카드 }');
  });

  it('two forms sent at once: the lock makes them take turns, both entries written', async () => {
    const before = expensesFile();
    const headers = { Cookie: cookie, Origin: s.origin, 'Content-Type': 'application/x-www-form-urlencoded' };
    const [a, b] = await Promise.all([
      ask(s, '/expenses/add', { method: 'POST', headers, body: form({ ...entry, date: '2022-07-03', purpose: '첫째', token: s.token }) }),
      ask(s, '/expenses/add', { method: 'POST', headers, body: form({ ...entry, date: '2022-07-04', purpose: '둘째', token: s.token }) }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const added = expensesFile().slice(before.length).trimEnd().split('\n').sort();
    expect(added).toEqual([
      '  - { date: 2022-07-03, line: 203-01, amount: 45000, purpose: 첫째, payment: 카드 }',
      '  - { date: 2022-07-04, line: 203-01, amount: 45000, purpose: 둘째, payment: 카드 }',
    ]);
  });

  it('an entry over the budget: refused beside its amount, nothing written', async () => {
    const before = expensesFile();
    const r = await ask(s, '/expenses/add', { method: 'POST', headers: { Cookie: cookie, Origin: s.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form({ ...entry, amount: '99000000', token: s.token }) });
    expect(r.status).toBe(422);
    expect(r.body).toMatch(/<label for="f-amount">[^]*?field-error[^>]*>[^<]*예산현액 27,000,000원/);
    expect(expensesFile()).toBe(before);
  });

  it('a change of a record file on the event stream', async () => {
    const got = await new Promise<string>((done, fail) => {
      const req = request({ host: '127.0.0.1', port: s.port, path: '/events', headers: { Host: `127.0.0.1:${s.port}`, Cookie: cookie } }, (res) => {
        let text = '';
        let touched = false;
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          // Once the stream has said hello (the count of changes so far), a record file changes.
          if (!touched && text.includes('\n\n')) {
            touched = true;
            writeFileSync(join(data, 'office.yaml'), readFileSync(join(data, 'office.yaml'), 'utf8') + '# touched\n');
          }
          if (text.includes('event: change')) {
            req.destroy();
            done(text);
          }
        });
      });
      req.on('error', fail);
      req.end();
    });
    expect(got).toMatch(/event: change\ndata: \d+\n\n/);
  });
});

describe('serve --read-only', () => {
  it('has no form and refuses a write', async () => {
    const ro = await startServer({ dataDir: data, cwd: dir, lang: 'en', readOnly: true });
    try {
      const c = String((await ask(ro, `/?token=${ro.token}`)).headers['set-cookie']).split(';')[0]!;
      const home = await ask(ro, '/', { headers: { Cookie: c } });
      expect(home.body).not.toContain('/expenses/add');
      const before = expensesFile();
      const r = await ask(ro, '/expenses/add', { method: 'POST', headers: { Cookie: c, Origin: ro.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form({ ...entry, token: ro.token }) });
      expect(r.status).toBe(403);
      expect(expensesFile()).toBe(before);
    } finally {
      await ro.close();
    }
  });
});

describe('serve diff', () => {
  it('compares the folder with a git revision, and says so when the folder is not in a repository', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'mayor-office-serve-diff-'));
    try {
      cpSync(join(root, 'test', 'fixtures', 'other-office'), join(repo, 'data'), { recursive: true });
      const outside = await startServer({ dataDir: join(repo, 'data'), cwd: repo, lang: 'en' });
      try {
        const c = String((await ask(outside, `/diff?token=${outside.token}`)).headers['set-cookie']).split(';')[0]!;
        const r = await ask(outside, '/diff', { headers: { Cookie: c } });
        expect(r.status).toBe(200);
        expect(r.body).toContain('not a git repository');
      } finally {
        await outside.close();
      }
      const git = (...args: string[]): void => {
        const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
      };
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'records');
      const budget = join(repo, 'data', 'budget', '2022.yaml');
      writeFileSync(budget, readFileSync(budget, 'utf8').replace('budget: 24000', 'budget: 25000'));
      const inRepo = await startServer({ dataDir: join(repo, 'data'), cwd: repo, lang: 'en' });
      try {
        const c = String((await ask(inRepo, `/diff?token=${inRepo.token}`)).headers['set-cookie']).split(';')[0]!;
        const page = await ask(inRepo, '/diff?base=HEAD', { headers: { Cookie: c } });
        expect(page.status).toBe(200);
        expect(page.body).toMatch(/27,000[^]*28,000/);
        const md = await ask(inRepo, '/diff/download?base=HEAD&format=md', { headers: { Cookie: c } });
        expect(md.status).toBe(200);
        expect(md.body).toMatch(/27,000.*28,000/);
        const bad = await ask(inRepo, '/diff?base=--output%3D%2Ftmp%2Fx', { headers: { Cookie: c } });
        expect(bad.body).toContain('--output=/tmp/x');
        expect(bad.body).toContain('refusal');
      } finally {
        await inRepo.close();
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('serve shows records as text, and stops a report on their errors', () => {
  it('record text with markup is shown, never run; an error in the budget stops its page and counts in the badge', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mayor-office-serve-errors-'));
    const d = join(folder, 'data');
    cpSync(join(root, 'test', 'fixtures', 'other-office'), d, { recursive: true });
    const file = join(d, 'expenses', '2022.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n  - { date: 2022-06-29, line: 203-01, amount: 1000, purpose: "<script>alert(1)</script>", payment: 카드 }\n`);
    const srv = await startServer({ dataDir: d, cwd: folder, lang: 'ko' });
    try {
      const c = String((await ask(srv, `/?token=${srv.token}`)).headers['set-cookie']).split(';')[0]!;
      const list = await ask(srv, '/r/expenses-list?text=alert', { headers: { Cookie: c } });
      expect(list.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(list.body).not.toContain('<script>alert(1)');
      expect(list.body).toMatch(/오류 0 · 경고 1/);
      // The budget's 예산액 written as text: budget status refuses, the badge counts the error.
      const budget = join(d, 'budget', '2022.yaml');
      writeFileSync(budget, readFileSync(budget, 'utf8').replace('budget: 24000', 'budget: "24,000"'));
      await new Promise((done) => setTimeout(done, 300));
      const page = await ask(srv, '/r/budget-status', { headers: { Cookie: c } });
      expect(page.body).toMatch(/오류 1 · 경고 1/);
      expect(page.body).toContain('data/budget/2022.yaml:9:13');
      expect(page.body).not.toContain('<table');
      // The council report does not use the budget: it still shows, with one line about the error elsewhere.
      const council = await ask(srv, '/r/council', { headers: { Cookie: c } });
      expect(council.body).toContain('쓰지 않는 기록에 오류 1개');
    } finally {
      await srv.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('serve marks a plan item', () => {
  it('writes its status through the write path, only the item changed; 완료 without its date is refused beside the date', async () => {
    const file = (d: string): string => join(d, 'tasks', '1-open-data.yaml');
    let path = '';
    let before = '';
    await onCopy(
      'status',
      (d) => {
        path = file(d);
        before = readFileSync(path, 'utf8');
      },
      async ({ srv, c, post }) => {
        const page = await ask(srv, '/tasks/status', { headers: { Cookie: c } });
        expect(page.body).toContain('<option value="1:1:0">1. 공공데이터 개방 확대 — 데이터 개방 수요조사 (예정)</option>');
        const refused = await post('/tasks/status', { item: '1:1:0', status: '완료' });
        expect(refused.status).toBe(422);
        expect(refused.body).toMatch(/<label for="f-doneOn">[^]*?field-error[^>]*>data\/tasks\/1-open-data\.yaml:\d+:\d+ /);
        expect(readFileSync(path, 'utf8')).toBe(before);
        const done = await post('/tasks/status', { item: '1:1:0', status: '완료', doneOn: '2022-06-30' });
        expect(done.status).toBe(200);
        expect(done.body).toContain('+        done_on: 2022-06-30');
        const after = readFileSync(path, 'utf8');
        const lines = before.split('\n');
        const at = lines.indexOf('        period: "\'22. 3분기"');
        expect(after).toBe([...lines.slice(0, at + 1), '        status: 완료', '        done_on: 2022-06-30', ...lines.slice(at + 1)].join('\n'));
      },
    );
  });
});

describe('serve marks a plan item with a history', () => {
  it('lists it with the status of its last change, offers the records\' latest date, and appends the change to its history', async () => {
    const short = '        period: 2022. 5~6월, 11월\n        status: 진행\n';
    const withHistory = '        period: 2022. 5~6월, 11월\n        history:\n          - { on: 2022-05-02, status: 진행 }\n          - { on: 2022-06-20, status: 완료 }\n';
    let path = '';
    let before = '';
    await onCopy(
      'history',
      (d) => {
        path = join(d, 'tasks', '1-open-data.yaml');
        expect(readFileSync(path, 'utf8')).toContain(short);
        writeFileSync(path, readFileSync(path, 'utf8').replace(short, withHistory));
        before = readFileSync(path, 'utf8');
      },
      async ({ srv, c, post }) => {
        const page = await ask(srv, '/tasks/status', { headers: { Cookie: c } });
        expect(page.body).toContain('<option value="1:1:3">1. 공공데이터 개방 확대 — 데이터 활용 경진대회 (완료)</option>');
        // The latest date of the fixture's records (its last headcount), not today's.
        expect(page.body).toContain('<input id="f-on" name="on" type="date" value="2022-06-30">');
        const noDay = await post('/tasks/status', { item: '1:1:3', status: '취소' });
        expect(noDay.status).toBe(422);
        expect(noDay.body).toMatch(/<label for="f-on">[^]*?field-error[^>]*>이 항목은 상태 이력/);
        expect(readFileSync(path, 'utf8')).toBe(before);
        const done = await post('/tasks/status', { item: '1:1:3', status: '취소', on: '2022-07-01' });
        expect(done.status).toBe(200);
        expect(readFileSync(path, 'utf8')).toBe(before.replace('status: 완료 }\n', 'status: 완료 }\n          - { on: 2022-07-01, status: 취소 }\n'));
        expect((await ask(srv, '/tasks/status', { headers: { Cookie: c } })).body).toContain('— 데이터 활용 경진대회 (취소)</option>');
      },
    );
  });
});

describe('serve imports a disclosure', () => {
  it('previews what would be added and matched without writing, then imports when confirmed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mayor-office-serve-import-'));
    const d = join(folder, 'data');
    cpSync(join(root, 'test', 'fixtures', 'other-office'), d, { recursive: true });
    const file = join(d, 'expenses', '2022.yaml');
    const before = readFileSync(file, 'utf8');
    const csv = ['사용일자,비목,사용금액,사용목적,사용장소,대상인원,결제방법', '2022-01-14,203-01,"850,500",유관기관 업무협의 간담회,중구 소재 식당,과장 외 6명,카드', '2022-06-29,203-03,"52,000",자문회의 다과,시청 회의실,과장 외 3명,카드', ''].join('\r\n');
    const srv = await startServer({ dataDir: d, cwd: folder, lang: 'ko' });
    try {
      const c = String((await ask(srv, `/?token=${srv.token}`)).headers['set-cookie']).split(';')[0]!;
      const post = (fields: Record<string, string>) =>
        ask(srv, '/expenses/import', { method: 'POST', headers: { Cookie: c, Origin: srv.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form({ ...fields, token: srv.token }) });
      const upload = { name: '2022-06.csv', content: Buffer.from(csv, 'utf8').toString('base64') };
      const preview = await post(upload);
      expect(preview.status).toBe(200);
      expect(preview.body).toContain('id="preview"');
      expect(preview.body).toContain('+  - { date: 2022-06-29, line: 203-03, amount: 52000, purpose: 자문회의 다과, place: 시청 회의실, attendees: 과장 외 3명, payment: 카드 }');
      expect(preview.body).not.toContain('유관기관 업무협의 간담회, place: 중구 소재 식당, attendees: 과장 외 6명, payment: 카드 }\n+');
      expect(readFileSync(file, 'utf8')).toBe(before);
      // The preview's button posts the same upload, confirmed.
      expect(preview.body).toMatch(/<form method="post" action="\/expenses\/import" id="confirm">[^]*name="confirm" value="1"/);
      const done = await post({ ...upload, confirm: '1' });
      expect(done.status).toBe(200);
      expect(done.body).toContain('id="imported"');
      const after = readFileSync(file, 'utf8');
      expect(after).toBe(`${before}  - { date: 2022-06-29, line: 203-03, amount: 52000, purpose: 자문회의 다과, place: 시청 회의실, attendees: 과장 외 3명, payment: 카드 }\n`);
      // Again: every row is recorded now, nothing to add.
      const again = await post({ ...upload, confirm: '1' });
      expect(again.status).toBe(200);
      expect(readFileSync(file, 'utf8')).toBe(after);
      // A body past the import's limit is refused.
      const big = await ask(srv, '/expenses/import', { method: 'POST', headers: { Cookie: c, Origin: srv.origin, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'x'.repeat(IMPORT_BODY_LIMIT + 1) });
      expect(big.status).toBe(413);
    } finally {
      await srv.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
