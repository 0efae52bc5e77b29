import { NavLink } from 'react-router';
import { messages } from '../messages';
import { HeaderAccount } from './header-account';

const NAV_LINKS = [
  { to: '/', label: messages.nav.home, end: true, testId: 'nav-home' },
  { to: '/catalog', label: messages.nav.catalog, end: false, testId: 'nav-catalog' },
  { to: '/bundles', label: messages.nav.bundles, end: false, testId: 'nav-bundles' },
  { to: '/service-points', label: messages.nav.servicePoints, end: false, testId: 'nav-service-points' },
  { to: '/verify', label: messages.nav.verify, end: false, testId: 'nav-verify' },
] as const;

export function AppHeader() {
  return (
    <header className="app-header" data-testid="app-header">
      <div className="app-header-inner">
        <NavLink to="/" className="app-brand" aria-label={messages.app.title}>
          <span className="app-brand-mark" aria-hidden="true">
            鲁
          </span>
          <span className="app-brand-text">
            {messages.app.brand}
            <span className="app-brand-dot" aria-hidden="true">
              ·
            </span>
            <strong>{messages.app.motto}</strong>
          </span>
        </NavLink>
        <nav aria-label={messages.app.mainNavigation} className="app-nav">
          {NAV_LINKS.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.end} className="app-nav-link" data-testid={link.testId}>
              {link.label}
            </NavLink>
          ))}
        </nav>
        <HeaderAccount />
      </div>
    </header>
  );
}
