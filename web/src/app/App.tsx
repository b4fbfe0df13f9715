import { Suspense, useEffect } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { LoginPage } from '../auth/LoginPage.js';
import { useSession } from '../auth/session.js';
import { FlowsPage } from '../pages/FlowsPage.js';
import { Loading } from '../ui/status.js';
import { routes } from './routes.js';
import { Shell } from './Shell.js';

export function App() {
  const { status, check, user } = useSession();
  useEffect(() => {
    void check();
  }, [check]);

  if (status === 'checking') return <Loading what="Ringflow" />;
  if (status === 'signed-out') return <LoginPage />;
  return (
    <Shell>
      {/* Pages other than the flows list load when first opened (routes.ts). */}
      <Suspense fallback={<Loading what="the page" />}>
        <Switch>
          {routes
            .filter((r) => !r.ownerOnly || user?.role === 'owner')
            .map(({ path, component }) => (
              <Route key={path} path={path} component={component} />
            ))}
          <Route path="/">
            <Redirect to="/flows" />
          </Route>
          <Route>
            <FlowsPage />
          </Route>
        </Switch>
      </Suspense>
    </Shell>
  );
}
