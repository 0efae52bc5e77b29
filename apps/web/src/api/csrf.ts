/** The cookie the server sets beside the HttpOnly session cookie, for the double-submit check. */
export const CSRF_COOKIE = 'yici_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The CSRF token from a `document.cookie`-style string, or null when there is no session. */
export function csrfTokenFrom(cookies: string): string | null {
  for (const pair of cookies.split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === CSRF_COOKIE && value.length > 0) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** Read on every write: the token changes with each login and the cookie is the source of truth. */
export function documentCsrfToken(): string | null {
  return typeof document === 'undefined' ? null : csrfTokenFrom(document.cookie);
}
