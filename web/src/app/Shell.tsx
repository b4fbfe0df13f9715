import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../auth/session.js';
import { LostChangeBanner } from '../designer/LostChangeBanner.js';
import { SetupBanner } from '../ui/SetupBanner.js';
import { routes } from './routes.js';

/** The frame around every page: the product's name, the navigation, who is signed in. */
export function Shell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { user, logout } = useSession();
  // On a phone the links fold into a menu; it closes again once a page is chosen.
  const [open, setOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is what closes the menu.
  useEffect(() => setOpen(false), [location]);
  return (
    <div className="shell">
      <nav className={`topbar${open ? ' open' : ''}`} aria-label="Main">
        <span className="brand">Ringflow</span>
        <button
          type="button"
          className="ghost menu-toggle"
          aria-expanded={open}
          aria-controls="main-nav-links"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Close menu' : 'Menu'}
        </button>
        <div id="main-nav-links" className="nav-links">
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
        </div>
      </nav>
      <SetupBanner />
      <LostChangeBanner />
      <main className="content">{children}</main>
    </div>
  );
}
