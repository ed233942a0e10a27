// Landing page: what this server is and where to go next (sign up, sign in, portal, API), in the app's styling.
import Link from 'next/link';
import './(dashboard)/dashboard.css';

const destinations = [
  {
    href: '/dashboard',
    title: 'Dashboard',
    text: 'Sign in as a vendor to manage products, policies, licenses and webhooks.',
  },
  {
    href: '/portal',
    title: 'Customer portal',
    text: 'Your customers look up their licenses here, and free up machines where your policy allows machine transfer.',
  },
  {
    href: '/api/reference',
    title: 'API reference',
    text: 'The REST API your applications use to validate and activate licenses.',
  },
];

export default function HomePage() {
  return (
    <div className="auth site">
      <main className="home">
        <header>
          <div className="brand-mark">
            <span className="logo" aria-hidden>
              ◆
            </span>
            Licentric
          </div>
          <h1>Software licensing you host yourself</h1>
          <p className="lead">
            Issue license keys, limit activations per machine, gate features with entitlements and hear about
            every change through signed webhooks — on your own server, with your own database.
          </p>
          <div className="page-actions">
            <Link className="btn btn-primary" href="/sign-up">
              Create a vendor account
            </Link>
            <Link className="btn" href="/sign-in">
              Sign in
            </Link>
          </div>
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
    </div>
  );
}
