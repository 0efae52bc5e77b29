import { z } from 'zod';
import { DataUsePageSchema, DataUseQuerySchema, IdNumberSchema, PersonSchema, ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { RegistriesAccess } from './registries.access';

const tags = ['registries'];
const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema };

export function registriesRoutes(registries: RegistriesAccess): RouteTable {
  return (app) => {
    app.get(
      '/api/me/data-use',
      {
        config: { permission: 'data_use:read_own' },
        schema: {
          operationId: 'listMyDataUse',
          tags,
          summary: '我的数据使用记录（按游标翻页）',
          querystring: DataUseQuerySchema,
          response: { 200: DataUsePageSchema, ...problems },
        },
      },
      async (request) => registries.listMyDataUse(request.ctx, request.query),
    );

    app.get(
      '/api/me/entities/:uscc/data-use',
      {
        config: { permission: 'data_use:read_own' },
        schema: {
          operationId: 'listEntityDataUse',
          tags,
          summary: '单位的数据使用记录（法定代表人，按游标翻页）',
          params: z.object({ uscc: z.string().length(18) }),
          querystring: DataUseQuerySchema,
          response: { 200: DataUsePageSchema, ...problems },
        },
      },
      async (request) => registries.listEntityDataUse(request.ctx, { uscc: request.params.uscc, ...request.query }),
    );

    app.get(
      '/api/staff/registries/persons/:idNumber',
      {
        config: { permission: 'registries:read_person' },
        schema: {
          operationId: 'lookupPerson',
          tags,
          summary: '查询人口库（须说明用途，记入数据使用记录）',
          params: z.object({ idNumber: IdNumberSchema }),
          querystring: z
            .object({ purpose: z.string().trim().min(2).max(100), caseId: z.string().max(64).optional() })
            .strict(),
          response: { 200: PersonSchema, ...problems },
        },
      },
      async (request) =>
        (await registries.lookupPerson(request.ctx, { idNumber: request.params.idNumber, ...request.query })).person,
    );
  };
}
