import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { messages } from '../messages';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { SimulatedBanner } from './simulated-banner';

export function AppLayout() {
  const navigation = useNavigation();
  const isNavigating = navigation.state === 'loading';
  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {messages.app.skipToContent}
      </a>
      <SimulatedBanner />
      <AppHeader />
      <div className={isNavigating ? 'route-progress is-active' : 'route-progress'} aria-hidden="true" />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <AppFooter />
      <ScrollRestoration />
    </div>
  );
}
