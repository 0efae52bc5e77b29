import type { PreparedApplication } from '@yici/contracts';
import type { RequestContext, StaffRole } from '../../platform/actor';
import { DomainError } from '../../platform/errors';
import type { Services } from '../../platform';
import type { SimulationProfile } from './simulation.profile';

/** What every behaviour of `yici simulate` shares: the run, the cities, the staff, the residents, the counters. */
export type SimulationRun = {
  from: string;
  to: string;
  scale: number;
  seed: number;
};

export type DayContext = {
  day: string;
  workday: boolean;
  /** Moves the simulated clock to a China time of this day ("09:30"). */
  at(time: string): void;
  world: World;
};

/** One kind of activity on a simulated day. */
export type Behaviour = { name: string; onDay(day: DayContext): Promise<void> };

export type City = { code: string; name: string; counties: { code: string; weight: number; hall: string }[] };

/** The staff the simulator acts as in a city, created as an administrator creates staff. */
export type Staff = {
  clerk: RequestContext;
  /**
   * A reviewer of the whole city bound to no department: sees the city's open tasks (which
   * departments have work) and handles 12345 tickets and rating call-backs dispatched to the city.
   * Tasks are decided by the departments' own staff (simulation.departments.ts).
   */
  cityReviewer: RequestContext;
  /** 12345 operator of the city's hotline centre. */
  operator: RequestContext;
  /** The rating desk (a supervisor of the city). */
  desk: RequestContext;
  /** 帮办代办: an agent of the city's halls. */
  agent: RequestContext;
  agentLogin: string;
};

export type Resident = { idNumber: string; name: string };

export type Counters = {
  filed: number;
  online: number;
  byAgent: number;
  accepted: number;
  deferred: number;
  refused: number;
  corrections: number;
  decided: number;
  extended: number;
  /** Ready tasks (or joint opinions) that waited for a free hand in their department at the day's first look. */
  queued: number;
  delivered: number;
  /** Results posted by EMS (counted in delivered too). */
  mailed: number;
  /** Grants where the approver typed certificate fields the form does not give. */
  certificateFieldsTyped: number;
  tickets: number;
  answeredOnSpot: number;
  ticketsReplied: number;
  ticketsReturned: number;
  ticketsReopened: number;
  ticketsClosed: number;
  ratings: number;
  badRatings: number;
  rectified: number;
  /** Repeat calls merged into the open ticket about the same matter. */
  ticketsMerged: number;
  /** Appeals against bad ratings as malicious, reviewed by the desk, upheld. */
  appeals: number;
  appealsReviewed: number;
  appealsUpheld: number;
  failed: number;
  /** Arrivals no hall could take (no implementation of the item in the county). */
  skipped: number;
};

export const emptyCounters = (): Counters => ({
  filed: 0,
  online: 0,
  byAgent: 0,
  accepted: 0,
  deferred: 0,
  refused: 0,
  corrections: 0,
  decided: 0,
  extended: 0,
  queued: 0,
  delivered: 0,
  mailed: 0,
  certificateFieldsTyped: 0,
  tickets: 0,
  answeredOnSpot: 0,
  ticketsReplied: 0,
  ticketsReturned: 0,
  ticketsReopened: 0,
  ticketsClosed: 0,
  ratings: 0,
  badRatings: 0,
  rectified: 0,
  ticketsMerged: 0,
  appeals: 0,
  appealsReviewed: 0,
  appealsUpheld: 0,
  failed: 0,
  skipped: 0,
});

export type World = {
  run: SimulationRun;
  profile: SimulationProfile;
  services: Services;
  cities: City[];
  staff: Map<string, Staff>;
  /** Handles 12345 tickets dispatched to provincial departments. */
  provinceHandler: RequestContext;
  admin: RequestContext;
  /** How many review steps run at once: 1 on the embedded database (one connection), more on PostgreSQL. */
  lanes: number;
  counters: Counters;
  failures: Map<string, number>;
  /** Cases a department decided a step of today: the evening's deliveries and ratings look at them. */
  decidedToday: Set<string>;
  /** Read once per run: who lives in a county, an empty form per target, residents' accounts. */
  caches: {
    residents: Map<string, Resident[]>;
    prepared: Map<string, PreparedApplication>;
    implementations: Map<string, string | null>;
    accounts: Map<string, RequestContext>;
    /** Staff bound to a department (who work its tasks and may appeal its ratings), by department id. */
    departmentStaff: Map<string, RequestContext[]>;
    departments: Map<string, DepartmentView>;
    /** The province's staff accounts by login, as the administrator lists them (found again on resume). */
    staffByLogin: Map<string, StaffView>;
    /** The certificate type an item issues, by basic code. */
    resultTypes: Map<string, string | null>;
    /** Whom a bundle is for (person or legal person). */
    audiences: Map<string, 'person' | 'legal_person'>;
    /** A county's companies and their representatives, as looked up on a day. */
    companies: Map<string, { day: string; companies: { uscc: string; representative: Resident }[] }>;
  };
};

type DepartmentView = Awaited<ReturnType<Services['network']['getDepartment']>>;
type StaffView = Awaited<ReturnType<Services['identity']['listStaff']>>['items'][number];

export const STAFF_PASSWORD = 'Yici@2018';

export const chinaInstant = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);
export const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function staffContext(
  view: { id: string; name: string; roles: StaffRole[]; regionCode: string; departmentId: string | null },
  requestId: string,
): RequestContext {
  return {
    actor: {
      kind: 'staff',
      accountId: view.id,
      name: view.name,
      roles: view.roles,
      departmentId: view.departmentId,
      regionCode: view.regionCode,
    },
    requestId,
    ip: null,
  };
}

/** A refusal by the platform is part of the world (counted by its code); anything else stops the run. */
export async function attempt(world: World, what: string, action: () => Promise<void>) {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    world.counters.failed += 1;
    const fields = error.fields.map((f) => f.path).join(', ');
    const key = `${what}: ${error.code}${fields ? ` (${fields})` : ''}`;
    world.failures.set(key, (world.failures.get(key) ?? 0) + 1);
  }
}

/** Working days from one China date to another by the platform's calendar (0 the same day). */
export async function workdaysSince(world: World, from: string, to: string): Promise<number> {
  return (await world.services.calendar.calendar()).workdaysBetween(from, to);
}
