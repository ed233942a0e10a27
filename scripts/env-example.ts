// `npm run env:example`: writes .env.example and the README's settings table from the settings schema in
// src/env.ts (every variable, its default, its description). `--check` (in `npm run check`) writes nothing and
// fails when either file differs from what the schema gives, or when a setting has no description.
import fs from 'node:fs';
import path from 'node:path';
import { envSchema } from '@/env.ts';

const root = path.resolve(import.meta.dirname, '..');
const ENV_EXAMPLE = '.env.example';
const README = 'README.md';
const TABLE_START = '<!-- settings table: generated from src/env.ts by `npm run env:example` -->';
const TABLE_END = '<!-- end of settings table -->';
const WIDTH = 110;

interface Setting {
  name: string;
  /** The value the schema gives when the variable is unset, as it would be written in the environment. */
  fallback: string | undefined;
  description: string;
}

/** The settings in schema order, each with its default (parsed from an unset variable) and description. */
function listSettings(): Setting[] {
  return Object.entries(envSchema.shape).map(([name, field]) => {
    const description = field.description?.trim();
    if (!description) throw new Error(`${name} in src/env.ts has no .describe() text`);
    const parsed = field.safeParse(undefined);
    if (!parsed.success) throw new Error(`${name} in src/env.ts does not accept being unset`);
    return { name, fallback: parsed.data === undefined ? undefined : String(parsed.data), description };
  });
}

function wrap(text: string, prefix: string): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(/\s+/)) {
    if (line.length > prefix.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = prefix;
    }
    line += line.length > prefix.length ? ` ${word}` : word;
  }
  return [...lines, line];
}

function renderEnvExample(settings: Setting[]): string {
  const header = [
    '# Licentric settings. Generated from the schema in src/env.ts by `npm run env:example`: edit the descriptions',
    '# there, not here (`npm run check` fails when this file is out of date).',
    '#',
    '# Copy this file to .env and uncomment what you change: `npm start` reads .env (process environment first),',
    '# compose.yaml hands it to every container. A commented-out line shows the default; switches take true or false.',
    '# compose.yaml also needs POSTGRES_PASSWORD (hex, for instance openssl rand -hex 24), not a Licentric setting.',
  ];
  const blocks = settings.map((s) =>
    [...wrap(s.description, '# '), `# ${s.name}=${s.fallback ?? ''}`].join('\n'),
  );
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

/** A Markdown table row, columns padded to their widths (the last one not: no trailing spaces). */
function tableRow(cells: string[], widths: number[]): string {
  return `| ${cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join(' | ')} |`;
}

function renderSettingsTable(settings: Setting[]): string {
  const rows = settings.map((s) => [
    `\`${s.name}\``,
    s.fallback === undefined ? 'unset' : `\`${s.fallback}\``,
    s.description,
  ]);
  const head = ['Variable', 'Default', 'What it does'];
  const widths = head.map((h, i) =>
    i < head.length - 1 ? Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)) : h.length,
  );
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [tableRow(head, widths), rule, ...rows.map((r) => tableRow(r, widths))].join('\n');
}

/** The README with the text between the table markers replaced. */
function replaceSettingsTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${README} has no "${TABLE_START}" … "${TABLE_END}" block`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const settings = listSettings();
  const readmePath = path.join(root, README);
  const expected = new Map([
    [ENV_EXAMPLE, renderEnvExample(settings)],
    [README, replaceSettingsTable(fs.readFileSync(readmePath, 'utf8'), renderSettingsTable(settings))],
  ]);
  const stale: string[] = [];
  for (const [file, text] of expected) {
    const full = path.join(root, file);
    const current = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(file);
    if (!check) fs.writeFileSync(full, text);
  }
  if (check && stale.length > 0) {
    console.error(
      `${stale.join(' and ')} out of date with the settings in src/env.ts: run \`npm run env:example\` and commit.`,
    );
    process.exit(1);
  }
  console.log(
    check
      ? `${ENV_EXAMPLE} and the README settings table match src/env.ts (${settings.length} settings).`
      : stale.length > 0
        ? `Wrote ${stale.join(' and ')} (${settings.length} settings).`
        : 'Already up to date.',
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
