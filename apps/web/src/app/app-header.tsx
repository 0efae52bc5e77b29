import { useEffect, useState } from 'react';
import { MenuOutlined } from '@ant-design/icons';
import { NavLink, useLocation } from 'react-router';
import { messages } from '../messages';
import { HeaderAccount } from './header-account';

const NAV_LINKS = [
  { to: '/', label: messages.nav.home, end: true, testId: 'nav-home' },
  { to: '/catalog', label: messages.nav.catalog, end: false, testId: 'nav-catalog' },
  { to: '/bundles', label: messages.nav.bundles, end: false, testId: 'nav-bundles' },
  { to: '/service-points', label: messages.nav.servicePoints, end: false, testId: 'nav-service-points' },
  { to: '/verify', label: messages.nav.verify, end: false, testId: 'nav-verify' },
  { to: '/evaluations', label: messages.nav.evaluations, end: false, testId: 'nav-evaluations' },
] as const;

/**
 * The brand, the main navigation and the account. On a phone (app.css, ≤ 900 px) the navigation
 * folds behind a menu button so that the header stays one row; it folds again after each move.
 */
export function AppHeader() {
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);
  return (
    <header className={menuOpen ? 'app-header is-menu-open' : 'app-header'} data-testid="app-header">
      <div className="app-header-inner">
        <NavLink to="/" className="app-brand">
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
        <button
          type="button"
          className="app-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          aria-label={messages.app.menu}
          onClick={() => setMenuOpen((open) => !open)}
          data-testid="app-menu-toggle"
        >
          <MenuOutlined aria-hidden="true" />
          <span className="app-menu-label">{messages.app.menu}</span>
        </button>
        <nav id="app-nav" aria-label={messages.app.mainNavigation} className="app-nav">
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
