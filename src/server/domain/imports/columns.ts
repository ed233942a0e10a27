// CSV column mapping for license imports: header names matched case- and punctuation-insensitively to import
// fields (or `metadata.*`), an explicit mapping override, and one CSV record turned into an import item.
import { z } from 'zod';
import type { ImportItem } from './import-item.ts';
import type { ImportProblem } from './import-report.ts';

export const IMPORT_FIELDS = [
  'key',
  'product',
  'policy',
  'status',
  'name',
  'userEmail',
  'userName',
  'expiresAt',
  'maxMachinesOverride',
  'maxUsesOverride',
  'entitlements',
  'fingerprints',
] as const;
type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column's target: an import field, `metadata.<key>`, or `ignore`. */
const columnTarget = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (v) => v === 'ignore' || v.startsWith('metadata.') || (IMPORT_FIELDS as readonly string[]).includes(v),
    {
      message: `a column maps to one of ${IMPORT_FIELDS.join(', ')}, metadata.<key> or ignore`,
    },
  );
export const columnMapping = z
  .record(z.string().max(200), columnTarget)
  .refine((m) => Object.keys(m).length <= 200, { message: 'at most 200 mapped columns' })
  .describe('Header name in the file → import field, `metadata.<key>` or `ignore`; overrides the detection');
export type ColumnMapping = z.infer<typeof columnMapping>;

/** Lower case, letters and digits only: `User E-mail` and `user_email` both read `useremail`. */
function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const ALIASES: Record<ImportField, string[]> = {
  key: ['key', 'licensekey', 'licence', 'license', 'serial', 'serialnumber'],
  product: ['product', 'productcode', 'productid'],
  policy: ['policy', 'policyid', 'policyname', 'plan'],
  status: ['status', 'licensestatus', 'state'],
  name: ['name', 'licensename'],
  userEmail: ['useremail', 'email', 'owneremail', 'customeremail', 'emailaddress'],
  userName: ['username', 'ownername', 'customername', 'fullname', 'customer'],
  expiresAt: ['expiresat', 'expires', 'expiry', 'expirydate', 'expiration', 'expirationdate', 'validuntil'],
  maxMachinesOverride: ['maxmachines', 'maxmachinesoverride', 'seats', 'machinelimit'],
  maxUsesOverride: ['maxuses', 'maxusesoverride', 'uselimit'],
  entitlements: ['entitlements', 'entitlementcodes', 'features'],
  fingerprints: ['fingerprints', 'fingerprint', 'machinefingerprints', 'machines'],
};
const BY_ALIAS = new Map(
  Object.entries(ALIASES).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field] as const)),
);

/** The target of each header: the override when given, else detection; undetected headers are `ignore`. */
export function detectMapping(headers: readonly string[], override: ColumnMapping = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const header of headers) {
    const forced = override[header];
    const metadataKey = /^\s*metadata\s*[.:]\s*(.+)$/i.exec(header)?.[1]?.trim();
    const target =
      forced ??
      (metadataKey ? `metadata.${metadataKey}` : (BY_ALIAS.get(normalizeHeader(header)) ?? 'ignore'));
    // a field is filled by its first column only; a second one (e.g. "Email" and "E-mail") is left out
    mapping[header] = target !== 'ignore' && taken.has(target) ? 'ignore' : target;
    taken.add(target);
  }
  return mapping;
}

/** Multi-value cells (entitlements, fingerprints) are separated by `;`, `|` or new lines. */
function splitList(cell: string): string[] {
  return cell
    .split(/[;|\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** One CSV record as an import item, with problems for cells that cannot be read at all. */
export function recordToItem(
  headers: readonly string[],
  mapping: ColumnMapping,
  line: number,
  fields: readonly string[],
): { item: ImportItem; problems: ImportProblem[] } {
  const item: ImportItem = { row: line, columns: {}, metadata: {}, entitlements: [], machines: [] };
  const problems: ImportProblem[] = [];
  if (fields.length > headers.length) {
    problems.push({
      row: line,
      column: null,
      message: `${fields.length} cells but ${headers.length} headers`,
    });
  }
  headers.forEach((header, i) => {
    const target = mapping[header] ?? 'ignore';
    const cell = (fields[i] ?? '').trim();
    if (target === 'ignore' || cell === '') return;
    if (target.startsWith('metadata.')) {
      item.metadata[target.slice('metadata.'.length)] = cell;
      return;
    }
    const field = target as ImportField;
    item.columns[field] = header;
    if (field === 'entitlements') item.entitlements = splitList(cell);
    else if (field === 'fingerprints')
      item.machines = splitList(cell).map((fingerprint) => ({ fingerprint }));
    else item[field] = cell;
  });
  return { item, problems };
}
