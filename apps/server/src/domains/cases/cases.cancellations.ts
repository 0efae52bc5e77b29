/**
 * Items whose completion revokes (注销) certificates the applicant holds, until the catalog carries
 * it: a deregistered enterprise's business licence ends with it (《中华人民共和国公司登记管理条例》:
 * 经公司登记机关注销登记，公司终止). Applied in the decision's transaction, like a supersession.
 */
export const CANCELLING_ITEMS: Readonly<Record<string, { certificateType: string; reason: string }>> = {
  '370113003000': { certificateType: 'business_licence', reason: '注销登记' },
};
