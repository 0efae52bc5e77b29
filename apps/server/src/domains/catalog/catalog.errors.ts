import { DomainError, type FieldIssue } from '../../platform/errors';

/** Codes the catalog domain throws. */
export const catalogErrors = {
  /** A code is neither a 12-character basic code nor a 31-character implementation code, or a part is wrong. */
  codeInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'ITEM_CODE_INVALID', title: '事项编码格式不正确', fields }),
  /** No item (or implementation) with that code is published on the date asked about. */
  itemNotFound: (code: string, asOf: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'ITEM_NOT_FOUND',
      title: '事项不存在',
      detail: `编码为 ${code} 的事项在 ${asOf} 未公布或不存在`,
    }),
  /** No bundle (一件事) with that id. */
  bundleNotFound: (id: string) =>
    new DomainError({ kind: 'not_found', code: 'BUNDLE_NOT_FOUND', title: '“一件事”不存在', detail: `编号 ${id}` }),
};
