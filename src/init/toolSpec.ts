// Where a data repository gets mayor-office from (`init --tool SPEC`), read once and then written
// the same way into every file of the kit that installs the tool: package.json's dependency, the
// workflow (the composite action at that tag when the tool is on GitHub, else the same steps
// written out) and the pre-commit hook. Only fixed specs: an exact version, a git URL with a tag
// or commit, a tarball. A range or a branch would let two checkouts run two tools.

export type ToolSource = 'registry' | 'git' | 'tarball';

export interface Tool {
  readonly source: ToolSource;
  /** The value of `devDependencies['mayor-office']` in the kit's package.json. */
  readonly dependency: string;
  /** What `npm install` takes to install the same tool on its own (pre-commit's hook). */
  readonly install: string;
  /** `owner/repo@ref` of the composite action at the same tag, when the tool is on GitHub. */
  readonly action?: string;
  /** True when the spec names a file of this machine: CI elsewhere cannot reach it. */
  readonly local: boolean;
}

export type ToolSpecResult = { readonly ok: true; readonly tool: Tool } | { readonly ok: false; readonly reason: 'range' | 'no-ref' | 'unknown' };

const PACKAGE = 'mayor-office';
const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** `owner/repo` of a GitHub git URL (https, ssh or the github: shorthand), if it is one. */
function githubRepo(url: string): string | undefined {
  const m = /^(?:git\+)?(?:https:\/\/|ssh:\/\/git@|git:\/\/)github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url) ?? /^github:([\w.-]+)\/([\w.-]+)$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * Reads a tool spec. `home` is the GitHub `owner/repo` of this package (its repository field), the
 * action of a registry version; `absolute` makes a local path absolute (the kit may be anywhere).
 */
export function parseToolSpec(spec: string, home: string, absolute: (path: string) => string): ToolSpecResult {
  const s = spec.trim();
  const version = s.startsWith(`${PACKAGE}@`) ? s.slice(PACKAGE.length + 1) : s;
  if (EXACT.test(version)) {
    return { ok: true, tool: { source: 'registry', dependency: version, install: `${PACKAGE}@${version}`, action: `${home}@v${version}`, local: false } };
  }
  if (/^(?:git\+[a-z]+:\/\/|git:\/\/|github:)/.test(s)) {
    const hash = s.indexOf('#');
    const ref = hash < 0 ? '' : s.slice(hash + 1);
    if (ref === '' || ref.startsWith('semver:')) return { ok: false, reason: 'no-ref' };
    const url = s.slice(0, hash);
    const repo = githubRepo(url);
    return { ok: true, tool: { source: 'git', dependency: s, install: s, ...(repo ? { action: `${repo}@${ref}` } : {}), local: url.startsWith('git+file:') } };
  }
  if (/\.(?:tgz|tar\.gz)$/.test(s)) {
    if (/^https?:\/\//.test(s)) return { ok: true, tool: { source: 'tarball', dependency: s, install: s, local: false } };
    const path = absolute(s.replace(/^file:/, ''));
    return { ok: true, tool: { source: 'tarball', dependency: `file:${path}`, install: path, local: true } };
  }
  if (s.startsWith(`${PACKAGE}@`) || /^[\^~<>=*]|^latest$|\.x\b/.test(s)) return { ok: false, reason: 'range' };
  return { ok: false, reason: 'unknown' };
}
