import OAuth2Server, { OAuthError, Request, Response } from '@node-oauth/oauth2-server';
import { ACCESS_TOKEN_SECONDS, type ServiceAccounts } from './sharing.accounts';
import type { ServiceAccountRow } from './sharing.repository';

type Client = { id: string; grants: string[]; accessTokenLifetime: number; account: ServiceAccountRow };

/**
 * The token endpoint (RFC 6749 §4.4, client credentials) through @node-oauth/oauth2-server: it
 * parses the request (HTTP Basic or form fields), checks the grant and the scope, and answers in
 * the RFC's shape. The model below is the platform's part: argon2-checked secrets, scopes bounded
 * by what the administrator granted, tokens stored as their SHA-256 and timed by the platform clock.
 */
export function createTokenEndpoint(accounts: ServiceAccounts) {
  const server = new OAuth2Server({
    accessTokenLifetime: ACCESS_TOKEN_SECONDS,
    requireClientAuthentication: { client_credentials: true },
    model: {
      async getClient(clientId: string, clientSecret: string | null): Promise<Client | false> {
        if (!clientSecret) return false;
        const account = await accounts.authenticateClient(clientId, clientSecret);
        if (!account) return false;
        return {
          id: account.clientId,
          grants: ['client_credentials'],
          accessTokenLifetime: ACCESS_TOKEN_SECONDS,
          account,
        };
      },
      async getUserFromClient(client: Client) {
        return { id: client.account.id };
      },
      // A request for a scope the account does not hold is refused (invalid_scope), not narrowed silently.
      async validateScope(_user: unknown, client: Client, scope?: string[]) {
        const held = client.account.scopes;
        if (!scope || scope.length === 0) return held;
        return scope.every((asked) => held.includes(asked)) ? scope : false;
      },
      async saveToken(token: { accessToken: string; scope?: string[] }, client: Client, user: { id: string }) {
        const scopes = token.scope ?? client.account.scopes;
        const stored = await accounts.storeToken(client.account, token.accessToken, scopes);
        return { ...token, accessTokenExpiresAt: stored.expiresAt, scope: scopes, client, user };
      },
      // Unused by client credentials, but the library's model type asks for it.
      async getAccessToken() {
        return false as const;
      },
    },
  });

  return async function handleTokenRequest(input: {
    method: string;
    headers: Record<string, string | string[] | undefined>;
    body: Record<string, string>;
  }): Promise<{ status: 200 | 400 | 401; body: Record<string, unknown> }> {
    const headers = Object.fromEntries(
      Object.entries(input.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
    );
    const request = new Request({ method: input.method, headers, query: {}, body: input.body });
    const response = new Response();
    try {
      await server.token(request, response);
      const body = response.body as { access_token: string; scope?: string };
      // The library derives expires_in from the wall clock; the platform's clock set the expiry.
      return {
        status: 200,
        body: {
          access_token: body.access_token,
          token_type: 'Bearer',
          expires_in: ACCESS_TOKEN_SECONDS,
          scope: body.scope ?? '',
        },
      };
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      // invalid_client is 401 per RFC 6749 §5.2 only when the client used HTTP Basic; 400 otherwise.
      return {
        status: error.code === 401 ? 401 : 400,
        body: { error: error.name, error_description: error.message },
      };
    }
  };
}
