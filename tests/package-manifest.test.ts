// package.json pins every dependency to the exact version the lockfile installs (no ranges), and the Node.js
// versions named in package.json engines, .nvmrc and the Dockerfile agree.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const lock = readJson('package-lock.json');

describe('package.json', () => {
  it('lists exact versions, the ones package-lock.json installs', () => {
    const declared = { ...manifest.dependencies, ...manifest.devDependencies } as Record<string, string>;
    const mismatches = Object.entries(declared)
      .filter(([name, version]) => version !== lock.packages[`node_modules/${name}`]?.version)
      .map(([name, version]) => `${name}@${version}`);
    expect(mismatches).toEqual([]);
    expect(lock.packages[''].dependencies).toEqual(manifest.dependencies);
    expect(lock.packages[''].devDependencies).toEqual(manifest.devDependencies);
  });

  it('agrees with .nvmrc and the Dockerfile on the Node.js major version', () => {
    const major = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
    expect(manifest.engines.node).toMatch(new RegExp(`^>=${major}\\.`));
    expect(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toContain(`ARG NODE_IMAGE=node:${major}-`);
  });
});
