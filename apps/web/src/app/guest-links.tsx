import { NavLink, useLocation } from 'react-router';
import { messages } from '../messages';
import { safeNextPath } from '../shared/session/session-access';

/** Login and registration for a visitor; login returns to the page they were reading. */
export function GuestLinks() {
  const location = useLocation();
  const isAccountPage = ['/login', '/register'].includes(location.pathname);
  const next = isAccountPage ? null : safeNextPath(`${location.pathname}${location.search}`);
  const loginTo = next && next !== '/' ? `/login?${new URLSearchParams({ next }).toString()}` : '/login';
  return (
    <>
      <NavLink to={loginTo} className="app-nav-link" data-testid="nav-login">
        {messages.header.login}
      </NavLink>
      <NavLink to="/register" className="app-nav-link app-nav-register" data-testid="nav-register">
        {messages.header.register}
      </NavLink>
    </>
  );
}
