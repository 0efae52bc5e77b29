import { maskIdNumber } from '../../platform/codes';
import { DomainError, invalid } from '../../platform/errors';

/** Codes the registries domain throws. */
export const registriesErrors = {
  /** No resident with that ID number is in the population registry. */
  personNotFound: (idNumber: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'PERSON_NOT_FOUND',
      title: '人口库中没有此人',
      detail: `身份证号 ${maskIdNumber(idNumber)} 不在人口库中`,
      fields: [{ path: 'idNumber', message: '人口库中没有此身份证号' }],
    }),
  /** No legal entity with that USCC is in the legal-entity registry. */
  entityNotFound: (uscc: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'ENTITY_NOT_FOUND',
      title: '法人库中没有此主体',
      detail: `统一社会信用代码 ${uscc} 不在法人库中`,
      fields: [{ path: 'uscc', message: '法人库中没有此统一社会信用代码' }],
    }),
  /** The ID number is not 17 digits and a digit or X. */
  idNumberMalformed: () =>
    invalid('ID_NUMBER_MALFORMED', '身份证号格式不正确', [
      { path: 'idNumber', message: '身份证号应为 17 位数字加 1 位数字或 X' },
    ]),
  /** The USCC is not 18 characters of the GB 32100 alphabet. */
  usccMalformed: () =>
    invalid('USCC_MALFORMED', '统一社会信用代码格式不正确', [
      { path: 'uscc', message: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）' },
    ]),
  /** A registry read names no purpose: every read must say why it happens. */
  purposeRequired: () =>
    invalid('DATA_USE_PURPOSE_REQUIRED', '读取人口库、法人库或信用数据须说明用途', [
      { path: 'purpose', message: '请填写数据使用用途' },
    ]),
};
