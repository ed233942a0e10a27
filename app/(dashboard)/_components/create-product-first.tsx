'use client';
// The empty state of a page whose records belong to a product while there is no product yet: a link to products.
import Link from 'next/link';
import { EmptyState } from './ui.tsx';

export function CreateProductFirst({ text }: { text: string }) {
  return (
    <EmptyState
      icon="▣"
      title="Create a product first"
      text={text}
      action={
        <Link className="btn btn-primary" href="/dashboard/products">
          Go to products
        </Link>
      }
    />
  );
}
