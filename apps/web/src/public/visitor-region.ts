/**
 * The region a visitor last chose (a city or county), kept in this browser only, so the service
 * points start from the visitor's own city instead of all 64,000 points of the province. Nothing
 * is sent anywhere; a browser that refuses storage simply starts from the province.
 */
const KEY = 'yici.visitor-region';
const REGION_CODE = /^37\d{2}(\d{2})?$/;

export function rememberVisitorRegion(code: string | undefined): void {
  try {
    if (code && REGION_CODE.test(code)) window.localStorage.setItem(KEY, code);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private mode or storage switched off: nothing to remember.
  }
}

export function visitorRegion(): string | undefined {
  try {
    const code = window.localStorage.getItem(KEY);
    return code && REGION_CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
