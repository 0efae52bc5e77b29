import type { AuditPort } from '../../platform/audit/audit.port';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { DatabaseKind, Db } from '../../platform/db/database';
import type { ListCursors } from '../../platform/db/keyset';
import type { Statement } from '../../platform/db/write-batch';
import type { Outbox } from '../../platform/outbox/outbox.service';
import type { CatalogService } from '../catalog/catalog.service';
import type { CertificateService } from '../certificates/certificates.service';
import type { DeadlineService } from '../deadlines/deadlines.service';
import type { IdentityService } from '../identity/identity.service';
import type { NetworkService } from '../network/network.service';
import type { RegistriesService } from '../registries/registries.service';
import type { PlanResolver } from './cases.plan';
import type { SerialAllocator } from './cases.serials';

/** What the cases domain uses of the platform and of other domains (through their services only). */
export type CasesDeps = {
  db: Db;
  /** Which database `db` is: the staff lists read a page differently on PGlite's one connection. */
  databaseKind: DatabaseKind;
  clock: Clock;
  audit: AuditPort;
  outbox: Pick<Outbox, 'enqueueStatement' | 'eventStatement'>;
  calendar: CalendarService;
  deadlines: DeadlineService;
  catalog: CatalogService;
  network: NetworkService;
  registries: RegistriesService;
  certificates: CertificateService;
  identity: Pick<
    IdentityService,
    'findMandate' | 'mandatesInForce' | 'contactPhoneOf' | 'contactPhoneOfPerson' | 'ownFactsOf' | 'bindFounderIn'
  >;
  plans: PlanResolver;
  serials: SerialAllocator;
  /** Signs and reads the cursors of the staff lists (keyset pagination). */
  cursors: ListCursors;
  /**
   * What else a completion writes, in the same statement: the rating invitation (一事一评) of the
   * ratings domain, which the composition root wires in.
   */
  onCompleted?: (completed: {
    id: string;
    caseNumber: string | null;
    title: string;
    phone: string | null;
  }) => Statement[];
};
