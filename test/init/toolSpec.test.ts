// The forms of `init --tool`: each fixed spec gives package.json's dependency, pre-commit's
// install and, on GitHub, the action at the same ref; moving specs are refused.
import { describe, expect, it } from 'vitest';
import { parseToolSpec } from '../../src/init/toolSpec.js';

const HOME = 'seoul-mayor-office/mayor-office';
const parse = (spec: string) => parseToolSpec(spec, HOME, (p) => `/work/${p.replace(/^\.\//, '')}`);

describe('parseToolSpec', () => {
  it('an exact version, bare or with the name, prereleases too: the registry, and the action at vX.Y.Z', () => {
    for (const [spec, version] of [['0.1.0', '0.1.0'], ['mayor-office@2.10.3', '2.10.3'], ['1.0.0-rc.1', '1.0.0-rc.1']] as const) {
      expect(parse(spec)).toEqual({ ok: true, tool: { source: 'registry', dependency: version, install: `mayor-office@${version}`, action: `${HOME}@v${version}`, local: false } });
    }
  });

  it('git URLs with a ref: the URL as npm takes it; the action only when the repository is on GitHub', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['git+https://github.com/city/mayor-office.git#v1.2.3', 'city/mayor-office@v1.2.3', false],
      ['git+ssh://git@github.com/city/mayor-office.git#v1.2.3', 'city/mayor-office@v1.2.3', false],
      ['github:city/mayor-office#0123abc', 'city/mayor-office@0123abc', false],
      ['git+https://gitlab.example.org/city/mayor-office.git#v1.2.3', undefined, false],
      ['git+file:///srv/git/mayor-office.git#v1.2.3', undefined, true],
    ];
    for (const [spec, action, local] of cases) {
      const r = parse(spec);
      expect(r, spec).toEqual({ ok: true, tool: { source: 'git', dependency: spec, install: spec, ...(action ? { action } : {}), local } });
    }
  });

  it('tarballs: a URL as it is; a local path made absolute, as a file: dependency', () => {
    expect(parse('https://example.org/mayor-office-1.2.3.tgz')).toEqual({ ok: true, tool: { source: 'tarball', dependency: 'https://example.org/mayor-office-1.2.3.tgz', install: 'https://example.org/mayor-office-1.2.3.tgz', local: false } });
    expect(parse('./dist/mayor-office-1.2.3.tgz')).toEqual({ ok: true, tool: { source: 'tarball', dependency: 'file:/work/dist/mayor-office-1.2.3.tgz', install: '/work/dist/mayor-office-1.2.3.tgz', local: true } });
    expect(parse('file:m.tar.gz')).toMatchObject({ ok: true, tool: { dependency: 'file:/work/m.tar.gz' } });
  });

  it('refuses what moves: ranges, tags of the registry, git without a ref or with a semver range; and what it does not know', () => {
    for (const spec of ['^0.1.0', '~0.1.0', '>=0.1.0', 'latest', '0.x', 'mayor-office@latest', 'mayor-office@^1.0.0']) expect(parse(spec), spec).toEqual({ ok: false, reason: 'range' });
    for (const spec of ['git+https://github.com/a/b.git', 'git+https://github.com/a/b.git#', 'github:a/b#semver:^1.0.0']) expect(parse(spec), spec).toEqual({ ok: false, reason: 'no-ref' });
    for (const spec of ['hello', '', 'a/b']) expect(parse(spec), spec).toEqual({ ok: false, reason: 'unknown' });
  });
});
