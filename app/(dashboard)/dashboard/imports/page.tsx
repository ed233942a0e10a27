'use client';
// Imports: the wizard that moves licenses in from a CSV file or Keygen documents — upload, the detected column
// mapping (editable), a dry run and its report, the real run with its progress, the result and the rejected rows
// as a CSV download. Files go to POST /api/dashboard/imports (up to 50 MB); the run is polled over tRPC.
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import { Badge, Button, Card, Check, ErrorBox, formatNumber, PageHeader } from '../../_components/ui.tsx';
import { DataTable } from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';
import {
  csvHeaders,
  download,
  keygenBody,
  rejectedRowsCsv,
  uploadImport,
  type ImportJob,
  type RowError,
} from './import-files.ts';

type Format = 'csv' | 'keygen';
const FIELD_LABELS: Record<string, string> = {
  key: 'License key',
  product: 'Product (code or id)',
  policy: 'Policy (name or id)',
  status: 'Status',
  name: 'License name',
  userEmail: 'User email',
  userName: 'User name',
  expiresAt: 'Expires at',
  maxMachinesOverride: 'Max machines',
  maxUsesOverride: 'Max uses',
  entitlements: 'Entitlements',
  fingerprints: 'Machine fingerprints',
};

interface Report {
  rows: number;
  toCreate: number;
  created: number;
  machinesCreated: number;
  skippedCount: number;
  errorCount: number;
  skipped: Array<{ row: number; licenseId: string; message: string }>;
  errors: RowError[];
  truncated: boolean;
  unmapped?: Array<{ resource: string; id: string; field: string }>;
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="card stat" data-stat={label}>
      <div className="label">{label}</div>
      <div className="value">{formatNumber(value)}</div>
    </div>
  );
}

/** Follows an import until it is no longer running. */
function useImportJob(id: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.imports.get.queryOptions({ id: id ?? '' }),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 500 : false),
  });
}

function ReportView({ job, file }: { job: ImportJob; file: File | null }) {
  const report = job.report as unknown as Report | null;
  const [busy, setBusy] = useState(false);
  if (job.status === 'running') {
    return (
      <div className="notice" role="status" data-testid="import-progress">
        {job.dryRun ? 'Checking' : 'Importing'}… {formatNumber(job.processedRows)} rows read so far.
      </div>
    );
  }
  if (job.status === 'failed') {
    return (
      <div className="form-error" role="alert">
        The import stopped: {job.error}
        {job.dryRun ? null : ' Rows imported before stay imported; fix the file and run it again.'}
      </div>
    );
  }
  if (!report) return null;
  return (
    <div className="stack" data-testid={job.dryRun ? 'dry-run-report' : 'import-result'}>
      <div className="grid grid-4">
        <Stat label="Rows" value={report.rows} />
        {job.dryRun ? (
          <Stat label="To create" value={report.toCreate} />
        ) : (
          <Stat label="Created" value={report.created} />
        )}
        <Stat label="Skipped" value={report.skippedCount} />
        <Stat label="Errors" value={report.errorCount} />
      </div>
      {!job.dryRun && report.machinesCreated ? (
        <p className="muted">{formatNumber(report.machinesCreated)} machines activated.</p>
      ) : null}
      {report.errors.length ? (
        <Card
          title="Rows with errors"
          body={false}
          actions={
            job.format === 'csv' && file ? (
              <Button
                size="sm"
                busy={busy}
                onClick={() => {
                  setBusy(true);
                  void rejectedRowsCsv(file, report.errors)
                    .then((text) => download('rejected-rows.csv', text))
                    .finally(() => setBusy(false));
                }}
              >
                Download rejected rows
              </Button>
            ) : null
          }
        >
          <DataTable
            rows={report.errors.slice(0, 200)}
            rowKey={(e) => `${e.row}|${e.column}|${e.message}`}
            columns={[
              { header: 'Row', th: 'num', td: 'num', cell: (e) => e.row },
              { header: 'Column', cell: (e) => e.column ?? <span className="muted">—</span> },
              { header: 'Message', cell: (e) => e.message },
            ]}
          />
          {report.errorCount > 200 ? (
            <p className="muted small card-body">
              The first 200 of {formatNumber(report.errorCount)} errors
              {job.format === 'csv' ? ' — the download has every rejected row.' : '.'}
            </p>
          ) : null}
        </Card>
      ) : null}
      {report.skippedCount ? (
        <p className="muted">
          {formatNumber(report.skippedCount)} rows skipped: a license with the same key exists already.
        </p>
      ) : null}
      {report.unmapped?.length ? (
        <p className="muted">
          {formatNumber(report.unmapped.length)} Keygen fields could not be mapped (see the report of GET
          /api/v1/imports/{job.id}).
        </p>
      ) : null}
      {report.truncated ? (
        <p className="muted small">The lists stop at 10,000 entries; the counts are exact.</p>
      ) : null}
    </div>
  );
}

export default function ImportsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const [format, setFormat] = useState<Format>('csv');
  const [files, setFiles] = useState<File[]>([]);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [suppressWebhooks, setSuppressWebhooks] = useState(false);
  const [fileError, setFileError] = useState<unknown>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState<'dry' | 'real' | null>(null);
  const [dryRunId, setDryRunId] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const file = files[0] ?? null;

  const detected = useQuery({
    ...trpc.imports.detectMapping.queryOptions({ headers: headers ?? [''] }),
    enabled: headers !== null && headers.length > 0,
  });
  useEffect(() => {
    if (detected.data) setMapping(detected.data.mapping);
  }, [detected.data]);

  const dryRun = useImportJob(dryRunId);
  const run = useImportJob(runId);

  const reset = () => {
    setDryRunId(null);
    setRunId(null);
    setUploadError(null);
  };
  const choose = async (chosen: File[]) => {
    setFiles(chosen);
    setHeaders(null);
    setMapping({});
    setFileError(null);
    reset();
    if (format === 'csv' && chosen[0]) {
      try {
        setHeaders(await csvHeaders(chosen[0]));
      } catch (error) {
        setFileError(error);
      }
    }
  };

  /** Only the columns whose target differs from the detection are sent (the server detects the rest). */
  const overrides = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [header, target] of Object.entries(mapping)) {
      if (detected.data?.mapping[header] !== target) out[header] = target;
    }
    return out;
  }, [mapping, detected.data]);

  const start = async (dry: boolean) => {
    if (!file) return;
    setUploadError(null);
    setUploading(dry ? 'dry' : 'real');
    try {
      const job =
        format === 'csv'
          ? await uploadImport(file, 'text/csv', { dryRun: dry, suppressWebhooks, mapping: overrides })
          : await uploadImport(await keygenBody(files), 'application/json', {
              dryRun: dry,
              suppressWebhooks,
            });
      if (dry) {
        setDryRunId(job.id);
        setRunId(null);
      } else setRunId(job.id);
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(null);
    }
  };

  const targets = (header: string) => [
    'ignore',
    ...(detected.data?.fields ?? []),
    `metadata.${header.replace(/^\s*metadata\s*[.:]\s*/i, '')}`,
  ];
  const checked = dryRun.data?.status === 'completed';
  const ran = run.data?.status === 'completed';

  return (
    <div className="stack">
      <PageHeader
        title="Imports"
        description="Move licenses in from a spreadsheet or from Keygen. Keys stay verbatim; rows whose key exists already are skipped, so running a file twice is safe."
      />
      {!me.canWrite ? (
        <div className="notice">
          Viewers have read-only access; ask an admin for the developer role to import.
        </div>
      ) : null}

      <Card title="1. Choose the file">
        <div className="form">
          <div className="pills" role="group" aria-label="Import from">
            {(
              [
                ['csv', 'CSV file'],
                ['keygen', 'Keygen export'],
              ] as const
            ).map(([value, label]) => (
              <Button
                key={value}
                size="sm"
                variant={format === value ? 'primary' : 'default'}
                aria-pressed={format === value}
                onClick={() => {
                  setFormat(value);
                  void choose([]);
                }}
              >
                {label}
              </Button>
            ))}
          </div>
          <div className="field">
            <label htmlFor="import-file">{format === 'csv' ? 'CSV file' : 'Keygen JSON documents'}</label>
            <input
              key={format}
              id="import-file"
              type="file"
              accept={format === 'csv' ? '.csv,text/csv' : '.json,application/json'}
              multiple={format === 'keygen'}
              disabled={!me.canWrite}
              onChange={(e) => void choose([...(e.target.files ?? [])])}
            />
            <span className="help">
              {format === 'csv'
                ? 'Up to 50 MB. The first line holds the column headers; create the products and policies first.'
                : 'The list documents of Keygen’s API (products, policies, users, licenses, machines), one file each; pages may be concatenated in an array.'}
            </span>
          </div>
          <ErrorBox error={fileError} />
        </div>
      </Card>

      {format === 'csv' && headers ? (
        <Card title="2. Check the column mapping" body={false}>
          <p className="muted card-body">
            Detected from the header names; change any column. Ignored columns are not imported.
          </p>
          <DataTable
            rows={headers}
            rowKey={(h) => h}
            columns={[
              { header: 'Column in the file', cell: (h) => <span className="mono">{h}</span> },
              {
                header: 'Imported as',
                cell: (h) => (
                  <select
                    className="select"
                    aria-label={`Mapping for ${h}`}
                    value={mapping[h] ?? 'ignore'}
                    onChange={(e) => {
                      setMapping({ ...mapping, [h]: e.target.value });
                      reset();
                    }}
                  >
                    {targets(h).map((t) => (
                      <option key={t} value={t}>
                        {t === 'ignore' ? '— ignore —' : (FIELD_LABELS[t] ?? t)}
                      </option>
                    ))}
                  </select>
                ),
              },
            ]}
          />
        </Card>
      ) : null}

      {file ? (
        <Card title={`${format === 'csv' ? '3' : '2'}. Dry run, then import`}>
          <div className="form">
            <Check
              id="suppress-webhooks"
              label="Suppress webhooks"
              help="Events are still recorded in the audit log, but none is delivered to your webhooks (so a CRM is not flooded)."
              checked={suppressWebhooks}
              onChange={(v) => {
                setSuppressWebhooks(v);
                setRunId(null);
              }}
            />
            <div className="form-actions">
              <Button
                busy={uploading === 'dry'}
                disabled={!me.canWrite || uploading !== null || dryRun.data?.status === 'running'}
                onClick={() => void start(true)}
              >
                Dry run
              </Button>
              <Button
                variant="primary"
                busy={uploading === 'real'}
                disabled={!me.canWrite || !checked || uploading !== null || run.data !== undefined}
                title={checked ? undefined : 'Run a dry run first'}
                onClick={() => void start(false)}
              >
                Run import
              </Button>
            </div>
            <ErrorBox error={uploadError} />
            <ErrorBox error={dryRun.error ?? run.error} />
          </div>
        </Card>
      ) : null}

      {dryRun.data && !run.data ? (
        <Card title="Dry run report">
          <p className="muted small">
            Nothing was written. Fix the file and run again, or import the valid rows.
          </p>
          <ReportView job={dryRun.data} file={format === 'csv' ? file : null} />
        </Card>
      ) : null}

      {run.data ? (
        <Card
          title={
            <h2>
              Import <Badge>{run.data.status === 'completed' ? 'completed' : run.data.status}</Badge>
            </h2>
          }
        >
          <ReportView job={run.data} file={format === 'csv' ? file : null} />
          {ran ? (
            <p>
              <Link href="/dashboard/licenses">See the licenses</Link>
            </p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
