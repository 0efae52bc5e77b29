import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedSender, internalTargetProblem, isInternalAddress } from './sharing.webhook-address';

describe('webhook addresses inside the network', () => {
  it('knows private, loopback, link-local, metadata and reserved addresses, in IPv4 and IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '169.254.0.23',
      '100.100.100.200',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::a00:1',
      'not an address',
    ])
      expect(isInternalAddress(address), address).toBe(true);
    for (const address of ['203.0.113.10', '8.8.8.8', '172.32.0.1', '2001:db8::1', '240e::1', '::ffff:8.8.8.8'])
      expect(isInternalAddress(address), address).toBe(false);
  });

  it('refuses literals, internal names and names resolving inside the network; https as well as http', async () => {
    const resolve = async (host: string) => {
      if (host === 'dept.example.gov.cn') return ['203.0.113.10'];
      if (host === 'sneaky.example.cn') return ['203.0.113.11', '10.0.0.5'];
      throw new Error('ENOTFOUND');
    };
    const problem = (url: string) => internalTargetProblem(new URL(url), resolve);
    expect(await problem('https://dept.example.gov.cn/events')).toBeNull();
    for (const url of [
      'https://127.0.0.1/events',
      'https://[::1]/events',
      'https://[::ffff:169.254.169.254]/latest',
      'https://169.254.169.254/latest/meta-data',
      'https://2130706433/events',
      'https://0x7f.1/events',
      'https://localhost/events',
      'https://api.localhost/events',
      'https://metadata.google.internal/computeMetadata',
    ])
      expect(await problem(url), url).toBe('不得指向内部网络地址');
    expect(await problem('https://sneaky.example.cn/events')).toBe('域名解析到内部网络地址');
    expect(await problem('https://nowhere.example.org/events')).toBe('域名无法解析');
  });
});

describe('the guarded sender', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(204).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const request = (url: string) => ({ url, headers: { 'content-type': 'application/json' }, body: '{}' });

  it('does not connect to an internal address, by literal or by a name that resolves there later (rebinding)', async () => {
    const send = guardedSender({ allowInternal: false, resolve: async () => ['127.0.0.1'] });
    await expect(send(request(`http://127.0.0.1:${port}/events`))).rejects.toThrow('内部网络');
    await expect(send(request(`http://receiver.example.gov.cn:${port}/events`))).rejects.toThrow('内部网络');
  });

  it('sends where configuration allows receivers inside the network', async () => {
    const send = guardedSender({ allowInternal: true, resolve: async () => ['127.0.0.1'] });
    expect(await send(request(`http://127.0.0.1:${port}/events`))).toBe(204);
    expect(await send(request(`http://receiver.example.gov.cn:${port}/events`))).toBe(204);
  });
});
