import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../auth/session.js';
import { SetupBanner } from '../ui/SetupBanner.js';
import { routes } from './routes.js';

/** The frame around every page: the product's name, the navigation, who is signed in. */
export function Shell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { user, logout } = useSession();
  return (
    <div className="shell">
      <nav className="topbar" aria-label="Main">
        <span className="brand">Ringflow</span>
        {routes
          .filter((r) => r.label && (!r.ownerOnly || user?.role === 'owner'))
          .map(({ path, href = path, label, badge: Badge }) => (
            <Link
              key={path}
              href={href}
              className={location.startsWith(href) ? 'nav active' : 'nav'}
            >
              {label}
              {Badge && <Badge />}
            </Link>
          ))}
        <span className="spacer" />
        <span className="muted">{user?.name}</span>
        <button type="button" className="ghost" onClick={() => void logout()}>
          Sign out
        </button>
      </nav>
      <SetupBanner />
      <main className="content">{children}</main>
    </div>
  );
}
