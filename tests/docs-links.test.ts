// The documentation points at things that exist: relative Markdown links and repository paths in backticks in
// README.md and docs/ name real files, and every `API.md §n` / `DOMAIN.md §n` cited in code or docs is a section
// of the contract in docs/spec/. The contract copies themselves (docs/spec/, docs/ARCHITECTURE.md) are verbatim
// and not checked for paths.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const contractCopies = new Set(['docs/ARCHITECTURE.md', 'docs/spec/API.md', 'docs/spec/DOMAIN.md']);
const skipDirs = new Set(['node_modules', '.next', 'data', 'generated', 'test-results', 'playwright-report']);

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory())
      return skipDirs.has(entry.name) || entry.name.startsWith('.') ? [] : walk(rel, keep);
    return keep(rel) ? [rel] : [];
  });
}

const docs = ['README.md', ...walk('docs', (f) => f.endsWith('.md') && !contractCopies.has(f))];
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const exists = (fromFile: string, target: string) =>
  [path.dirname(fromFile), '.'].some((base) => fs.existsSync(path.join(root, base, target)));

/** Links and backticked paths outside fenced code blocks. */
function references(file: string): string[] {
  const text = read(file).replace(/^```[\s\S]*?^```/gm, '');
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  const code = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? '');
  const repoPath = /^(\.\/)?(app|src|scripts|tests|e2e|prisma|docs|examples|deploy|\.ci)\/[^*<>{}…]*$|\.md$/;
  return [
    ...links.filter((l) => !/^(https?:|mailto:|#)/.test(l)).map((l) => l.replace(/#.*$/, '')),
    ...code.filter((c) => repoPath.test(c) && !c.includes('*')),
  ].filter((ref) => ref !== '');
}

function sections(file: string): Set<string> {
  return new Set([...read(file).matchAll(/^## (\d+)\./gm)].map((m) => m[1] ?? ''));
}

describe('documentation references', () => {
  it.each(docs)('%s links only to files in the repository', (file) => {
    const missing = references(file).filter((ref) => !exists(file, ref));
    expect(missing).toEqual([]);
  });

  it('cites only sections that exist in docs/spec/API.md and docs/spec/DOMAIN.md', () => {
    const known = { API: sections('docs/spec/API.md'), DOMAIN: sections('docs/spec/DOMAIN.md') };
    const sources = [
      ...docs,
      ...['src', 'app', 'tests', 'e2e', 'scripts'].flatMap((dir) =>
        walk(dir, (f) => /\.(ts|tsx|mjs)$/.test(f)),
      ),
    ];
    const citations = sources.flatMap((file) =>
      [...read(file).matchAll(/\b(API|DOMAIN)\.md((?:\s*(?:,|–|-|and)?\s*§\d+)+)/g)].flatMap((m) =>
        [...(m[2] ?? '').matchAll(/§(\d+)/g)].map((s) => ({
          file,
          doc: m[1] as 'API' | 'DOMAIN',
          n: s[1] ?? '',
        })),
      ),
    );
    expect(citations.length).toBeGreaterThan(50);
    const unknown = citations
      .filter((c) => !known[c.doc].has(c.n))
      .map((c) => `${c.file}: ${c.doc}.md §${c.n}`);
    expect(unknown).toEqual([]);
  });
});
