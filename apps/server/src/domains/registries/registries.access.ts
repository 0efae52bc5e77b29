import type { DataUsePage, Person, PersonView } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { accessErrors, requirePerson, requireStaff } from '../../platform/access/access';
import type { RegistriesRepository } from './registries.repository';
import { toPersonView, type RegistriesService } from './registries.service';

/**
 * The registries' use cases that people and staff reach over HTTP, each authorised first:
 * one's own data-use log, an entity's for its legal representative, and a staff lookup that is
 * limited to the staff member's region and recorded with its purpose.
 */
export function createRegistriesAccess(deps: { service: RegistriesService; repo: RegistriesRepository }) {
  const { service, repo } = deps;
  return {
    async listMyDataUse(context: RequestContext, page: { cursor?: string; limit: number }): Promise<DataUsePage> {
      const actor = requirePerson(context, 'data_use:read_own');
      return service.listDataUse({ subjectType: 'person', subjectId: actor.idNumber, ...page });
    },

    async listEntityDataUse(
      context: RequestContext,
      query: { uscc: string; cursor?: string; limit: number },
    ): Promise<DataUsePage> {
      const actor = requirePerson(context, 'data_use:read_own', { kind: 'owned', ownerUscc: query.uscc });
      // Handlers act for the entity but its data-use log is for its legal representative.
      if (actor.actingFor?.capacity !== 'legal_representative') throw accessErrors.forbidden();
      return service.listDataUse({
        subjectType: 'legal_person',
        subjectId: query.uscc,
        cursor: query.cursor,
        limit: query.limit,
      });
    },

    /** A staff member looks a resident up for a stated purpose; the full record needs the permission and is logged. */
    async lookupPerson(
      context: RequestContext,
      query: { idNumber: string; purpose: string; caseId?: string },
    ): Promise<{ person: Person; masked: PersonView }> {
      requireStaff(context, 'registries:read_person');
      const found = await repo.findPerson(query.idNumber);
      // Outside the staff member's region it does not exist for them, and nothing is logged.
      requireStaff(context, 'registries:read_person', { kind: 'region', regionCode: found?.householdRegionCode ?? '' });
      const person = (await service.readPerson(context, {
        idNumber: query.idNumber,
        purpose: query.purpose,
        caseId: query.caseId,
      })) as Person;
      return { person, masked: toPersonView(person) };
    },
  };
}

export type RegistriesAccess = ReturnType<typeof createRegistriesAccess>;
