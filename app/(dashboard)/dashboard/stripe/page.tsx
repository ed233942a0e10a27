'use client';
// Stripe integration of the current environment: the connection (URL, secrets, test event) and its behaviour
// settings, price → policy mappings, and the Stripe event log with replay — one module per card.
import { PageHeader } from '../../_components/ui.tsx';
import { Behaviour, Connection } from './connection.tsx';
import { EventLog } from './event-log.tsx';
import { Prices } from './prices.tsx';

export default function StripePage() {
  return (
    <>
      <PageHeader
        title="Stripe"
        description="Sell with Stripe: a completed checkout creates the license, and payments keep it in step. See docs/stripe.md."
      />
      <Connection />
      <Behaviour />
      <Prices />
      <EventLog />
    </>
  );
}
