// Landing page: what this server is and where to go next.
import Link from 'next/link';

const destinations = [
  {
    href: '/dashboard',
    title: 'Dashboard',
    text: 'Sign in as a vendor to manage products, policies, licenses and webhooks.',
  },
  {
    href: '/portal',
    title: 'Customer portal',
    text: 'Your customers look up their licenses and free up machines here.',
  },
  {
    href: '/api/reference',
    title: 'API reference',
    text: 'The REST API your applications use to validate and activate licenses.',
  },
];

export default function HomePage() {
  return (
    <main className="home">
      <header>
        <p className="brand">Licentric</p>
        <h1>Software licensing you host yourself</h1>
        <p className="lead">
          Issue license keys, limit activations per machine, gate features with entitlements and hear about
          every change through signed webhooks — on your own server, with your own database.
        </p>
      </header>
      <nav aria-label="Main sections">
        <ul className="cards">
          {destinations.map((d) => (
            <li key={d.href}>
              <Link href={d.href} className="card">
                <span className="card-title">{d.title} →</span>
                <span className="card-text">{d.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <footer>
        <p>
          Health: <a href="/api/health">/api/health</a> · Readiness: <a href="/api/ready">/api/ready</a>
        </p>
      </footer>
    </main>
  );
}
