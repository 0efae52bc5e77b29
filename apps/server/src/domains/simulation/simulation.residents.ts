import type { RequestContext } from '../../platform/actor';
import { systemContext } from '../../platform/actor';
import { keyed } from './simulation.random';
import { STAFF_PASSWORD, type Resident, type World } from './simulation.world';

/**
 * Residents who go online (to file, rate, confirm a rectification or leave a 12345 message) hold an
 * account, made the way a person makes one: register, confirm the code the SMS brought, match the
 * population registry. Each resident's phone is drawn from the seed and their ID number, so a
 * resumed run finds the same account again.
 */
export function phoneOf(world: World, idNumber: string): string {
  return `15${String(keyed(world.run.seed, 'phone', idNumber).int(1_000_000_000)).padStart(9, '0')}`;
}

/** The person as the session resolver would present them once logged in (registry-matched). */
function personContext(
  resident: Resident,
  accountId: string,
  realNameLevel: 'registry' | null = 'registry',
): RequestContext {
  return {
    actor: {
      kind: 'person',
      accountId,
      name: resident.name,
      idNumber: resident.idNumber,
      realNameLevel,
      actingFor: null,
    },
    requestId: `simulate-person-${accountId}`,
    ip: null,
  };
}

/** The resident's account, registered (and verified) the first time they need one. */
export async function accountOf(world: World, resident: Resident): Promise<RequestContext> {
  const cached = world.caches.accounts.get(resident.idNumber);
  if (cached) return cached;
  const { identity, outbox } = world.services;
  const phone = phoneOf(world, resident.idNumber);
  const found = await identity.personByPhone(phone);
  let context: RequestContext;
  if (found?.idNumber === resident.idNumber) context = personContext(resident, found.accountId);
  else {
    const registered = await identity.register(
      { actor: { kind: 'anonymous' }, requestId: `simulate-register-${resident.idNumber}`, ip: null },
      { name: resident.name, idNumber: resident.idNumber, phone, password: STAFF_PASSWORD },
    );
    const fresh = personContext(resident, registered.accountId, null);
    // The code arrives by SMS: the resident reads it and types it in.
    const [message] = await outbox.list(systemContext('simulate'), { recipient: phone, limit: 1 });
    const code = /(\d{6})/.exec(message?.body ?? '')?.[1] ?? '';
    await identity.verifyPhone(fresh, { code });
    await identity.verifyRealNameByRegistry(fresh);
    context = personContext(resident, registered.accountId);
  }
  world.caches.accounts.set(resident.idNumber, context);
  return context;
}

/** Who the resident with this ID number is, among the county residents read so far. */
export function residentById(world: World, idNumber: string): Resident | null {
  for (const list of world.caches.residents.values()) {
    const found = list.find((r) => r.idNumber === idNumber);
    if (found) return found;
  }
  return null;
}
