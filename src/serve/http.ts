// The HTTP side of serve that knows nothing of the office: the headers every answer carries
// (a strict Content-Security-Policy: nothing but this server, style and script only with the
// answer's nonce), the body of a POST read up to a limit, the token compared in constant time.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** The content type of each format's download. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  table: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Whether `given` is the token, compared in constant time. */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An answer with the headers every answer carries; `nonce` lets the page's own style and script run. */
export function send(res: ServerResponse, status: number, body: string | Uint8Array, type = 'text/html; charset=utf-8', nonce?: string, extra: Record<string, string> = {}): void {
  const csp = [
    "default-src 'none'",
    nonce === undefined ? "style-src 'none'" : `style-src 'nonce-${nonce}'`,
    nonce === undefined ? "script-src 'none'" : `script-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // Same-origin: a form's POST then carries its Origin (no-referrer would make it `null`).
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/** A download: a report written in a format, as a file of that name. */
export function sendFile(res: ServerResponse, name: string, format: string, out: string | Uint8Array): void {
  send(res, 200, out, CONTENT_TYPES[format] ?? 'application/octet-stream', undefined, { 'Content-Disposition': `attachment; filename="${name}"` });
}

/** The body of a POST, up to `limit` bytes; undefined when it is larger. */
export function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => done(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
