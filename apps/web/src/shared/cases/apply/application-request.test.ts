import type { CaseMaterial, CombinedField } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { localProblem } from '../../../api/api-error';
import { applicationProblemsOf } from './application-problems';
import {
  situationAnswersOf,
  toCreateApplication,
  unpreparedMaterialsOf,
  type MaterialChoices,
} from './application-request';

const field = (key: string, overrides: Partial<CombinedField> = {}): CombinedField => ({
  key,
  label: key,
  type: 'text',
  required: true,
  usedBy: ['370113001000'],
  ...overrides,
});

const material = (key: string, overrides: Partial<CaseMaterial> = {}): CaseMaterial => ({
  key,
  name: key,
  usedBy: ['370113001000'],
  required: true,
  deferrable: false,
  promiseAllowed: false,
  sourceKind: 'upload',
  certificateType: null,
  state: 'missing',
  certificateIdentifier: null,
  registryValue: null,
  file: null,
  supplyBy: null,
  promiseText: null,
  problem: null,
  ...overrides,
});

const fields = [
  field('entity_form', {
    type: 'choice',
    options: [
      { value: 'limited_company', label: '有限责任公司' },
      { value: 'partnership', label: '合伙企业' },
    ],
  }),
  field('entity_name'),
  field('partner_count', { appliesWhen: { field: 'entity_form', in: ['partnership'] } }),
];

const materials = [
  material('investor_identity', { sourceKind: 'certificate', certificateType: 'identity_card' }),
  material('premises_proof', { promiseAllowed: true }),
  material('articles_of_association'),
  material('licence', { state: 'bundle_result' }),
  material('agent_authorization', { required: false }),
];

describe('an application as the wizard sends it', () => {
  it('asks prepare again only for the situation choices, not for free text', () => {
    expect(situationAnswersOf(fields, { entity_form: 'limited_company', entity_name: '济南某某' })).toEqual({
      entity_form: 'limited_company',
    });
  });

  it('leaves out fields whose situation does not apply and materials the platform supplies', () => {
    const choices: MaterialChoices = {
      investor_identity: { kind: 'certificate', identifier: '1.2.156.3005.2.11370000MB0000001X.0001' },
      premises_proof: { kind: 'promise', text: '  本人承诺住所真实有效，如有不实愿担责任。 ' },
      articles_of_association: { kind: 'upload', sha256: 'a'.repeat(64), fileName: '章程.pdf', size: 900 },
    };
    const body = toCreateApplication({
      target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' },
      fields,
      values: { entity_form: 'limited_company', entity_name: ' 济南一次科技有限公司 ', partner_count: '3' },
      materials,
      choices,
      delivery: { method: 'electronic', address: 'ignored for electronic delivery' },
      submit: true,
    });
    expect(body.form).toEqual({ entity_form: 'limited_company', entity_name: '济南一次科技有限公司' });
    expect(body.materials.map((supply) => `${supply.kind}:${supply.materialKey}`)).toEqual([
      'certificate:investor_identity',
      'promise:premises_proof',
      'upload:articles_of_association',
    ]);
    expect(body.delivery).toEqual({ method: 'electronic' });
    expect(body.declinedCertificates).toEqual([]);
  });

  it('counts a declined certificate as still missing until a file replaces it', () => {
    const choices: MaterialChoices = { investor_identity: { kind: 'declined' } };
    expect(unpreparedMaterialsOf(materials, choices)).toEqual([
      'investor_identity',
      'premises_proof',
      'articles_of_association',
    ]);
  });

  it('places the server’s field messages on the form field, the material and the delivery', () => {
    const error = new ApiError(
      localProblem({
        status: 400,
        code: 'REQUEST_INVALID',
        title: '请求参数有误',
        fields: [
          { path: 'body.form.entity_name', message: '请填写企业名称' },
          { path: 'materials.0.sha256', message: '文件未上传' },
          { path: 'materials.premises_proof', message: '缺少必要材料' },
          { path: 'delivery.address', message: '请填写地址' },
        ],
      }),
    );
    const problems = applicationProblemsOf(error, {
      supplies: [{ kind: 'upload', materialKey: 'articles_of_association', sha256: 'b'.repeat(64), fileName: 'x.pdf' }],
      materialKeys: materials.map((candidate) => candidate.key),
    });
    expect(problems.form).toEqual([{ name: 'entity_name', errors: ['请填写企业名称'] }]);
    expect(problems.materials).toEqual({ articles_of_association: ['文件未上传'], premises_proof: ['缺少必要材料'] });
    expect(problems.delivery).toEqual([{ name: 'address', errors: ['请填写地址'] }]);
    expect(problems.rest).toBe(false);
  });
});
