'use client';
// Stripe page, the event log: each Stripe event received, what it did (or why not), and replay.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { StripeEventView } from '@/server/domain/integrations/stripe/events.ts';
import { Badge, Card, ErrorBox, formatDate, Loading } from '../../_components/ui.tsx';
import { DataTable, RowButton, Subline, useFeedback } from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';

const STATUS_TONE: Record<StripeEventView['status'], string> = {
  processed: 'green',
  ignored: 'gray',
  failed: 'red',
  processing: 'blue',
};

export function EventLog() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const events = useQuery(trpc.stripe.events.queryOptions({ limit: 50 }));
  const replay = useMutation(
    trpc.stripe.replay.mutationOptions(
      feedback({ invalidate: [trpc.stripe.events.pathKey()], success: (e) => `Replayed: ${e.outcome}` }),
    ),
  );
  return (
    <Card title="Stripe events">
      {events.isLoading ? <Loading /> : null}
      {events.error ? <ErrorBox error={events.error} /> : null}
      {events.data?.length === 0 ? <p className="muted">No events received yet.</p> : null}
      {events.data?.length ? (
        <DataTable
          rows={events.data}
          columns={[
            { header: 'Received', td: 'muted', cell: (e) => formatDate(e.receivedAt, true) },
            {
              header: 'Event',
              cell: (e) => (
                <>
                  <code>{e.type}</code>
                  <Subline>{e.stripeEventId}</Subline>
                </>
              ),
            },
            { header: 'Result', cell: (e) => <Badge tone={STATUS_TONE[e.status]}>{e.status}</Badge> },
            {
              header: 'What it did',
              cell: (e) => (
                <>
                  {e.outcome}
                  {e.licenseId ? (
                    <Subline>
                      <a href={`/dashboard/licenses/${e.licenseId}`}>Open the license</a>
                    </Subline>
                  ) : null}
                </>
              ),
            },
            {
              header: '',
              td: 'actions',
              cell: (e) =>
                me.canAdmin ? (
                  <RowButton onClick={() => replay.mutate({ id: e.id })}>Replay</RowButton>
                ) : null,
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
