/**
 * The reform simulator's port to a replayed year: what the evaluation domain asks of the model and
 * what it gets back. The simulation domain implements it (`history.replay.ts`); the composition
 * root wires the two, so neither reads the other's internals.
 */

/** The part of a case's plan a change touches (the model's plan has more, and keeps it). */
export type ReplayPlan = {
  bundleId: string | null;
  items: { stepKey: string | null; basicCode: string; dependsOn: string[]; promisedLimitDays: number }[];
};

/** One modelled case, as the evaluation measures it. */
export type ReplayedCase = {
  /** The four-digit city code of the deciding region. */
  city: string;
  bundleId: string;
  /** China dates. */
  submittedOn: string;
  /** The last granted step's decision day (its certificate), or null while running or refused. */
  certifiedOn: string | null;
  completed: boolean;
  granted: boolean;
  /** Steps (one per department task) plus the visits the applicant made. */
  procedures: number;
};

export type ReplayRequest = {
  year: number;
  seed: number;
  /** Cases drawn over the year (all kinds); only those of `bundleIds` are modelled and returned. */
  cases: number;
  bundleIds: ReadonlySet<string>;
  /** A change to the plans (graph, removed steps, limits), applied once per plan. */
  plan?: <P extends ReplayPlan>(plan: P) => P;
  /** The online share in place of the year's; departments' staffing as multiples of today's. */
  variant?: { onlineShare?: number; staffing?: ReadonlyMap<string, number> };
  onProgress?: (done: number, total: number) => Promise<void> | void;
};

/** The model's replay of a year. */
export type ReplayPort = (request: ReplayRequest) => Promise<ReplayedCase[]>;
