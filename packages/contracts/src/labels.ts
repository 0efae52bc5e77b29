import type { CaseStatus, MaterialState, TaskStatus } from './cases';
import type { CertificateStatus } from './certificates';
import { CREDIT_LIST_NAMES, ENTITY_STATUS_NAMES, ENTITY_TYPE_NAMES, SEX_NAMES } from './registries';

/**
 * The one label table: every enumerated value a person reads (statuses, timeline events, audit
 * actions, verification reasons, the values of certificates and notices) is shown through it, in
 * the web app, the PDFs and the server's messages alike. A code never reaches a reader; a value
 * missing here shows as “未知（code）”, which a test catches.
 */
export const LABELS = {
  caseStatus: {
    draft: '草稿',
    awaiting_co_applicant: '待买受人确认',
    submitted: '待受理',
    correction_requested: '待补正',
    refused: '不予受理',
    in_review: '审查中',
    completed: '已办结',
    terminated: '已终止',
    withdrawn: '已撤回',
  } satisfies Record<CaseStatus, string>,
  taskStatus: {
    waiting: '等待前序环节',
    open: '待认领',
    claimed: '办理中',
    correction: '补正中',
    special_procedure: '特别程序',
    granted: '准予',
    denied: '不予许可',
    cancelled: '已取消',
  } satisfies Record<TaskStatus, string>,
  materialState: {
    missing: '待提交',
    uploaded: '已上传',
    certificate: '调用电子证照',
    registry: '数据共享获取',
    form: '由申请表生成',
    bundle_result: '前序环节产生',
    promised: '告知承诺',
    deferred: '容缺后补',
    not_applicable: '无需提交',
  } satisfies Record<MaterialState, string>,
  caseChannel: { online: '网上申请', window: '窗口受理', agent: '帮办代办' } as Record<string, string>,
  caseOutcome: { granted: '准予', partly_granted: '部分准予', denied: '不予许可' } as Record<string, string>,
  deliveryStatus: { not_ready: '未办结', ready: '待送达', delivered: '已送达' } as Record<string, string>,
  certificateStatus: {
    valid: '有效',
    revoked: '已注销',
    expired: '已过期',
    replaced: '已换发',
  } satisfies Record<CertificateStatus, string>,
  /** Why a certificate does not verify: short names; the server's sentence follows each. */
  verificationReason: {
    CONTENT_CHANGED: '内容被修改',
    SIGNATURE_INVALID: '签名无效',
    SEAL_UNKNOWN: '印章不是本平台公布的印章',
    SEAL_NOT_IN_FORCE: '签发时印章不在有效期内',
    REVOKED: '证照已注销',
    REPLACED: '证照已换发',
    EXPIRED: '证照已过期',
    IDENTIFIER_INVALID: '证照标识不正确',
    ANNOTATION_INVALID: '加注无效',
    COPY_EXPIRED: '加注件已过期',
    NOT_REGISTERED: '平台无签发记录',
    QR_MISMATCH: '二维码与证照不符',
    NOT_AS_ISSUED: '与平台登记的内容不一致',
    SEAL_REVOKED: '印章已吊销（密钥泄露）',
    SIGNATURE_MALFORMED: '签名编码不正确',
    SIGNING_TIME_INVALID: '签名时间不正确',
    CONTENT_NOT_JSON: '内容无法规范化',
    FILE_UNSIGNED: 'PDF 文件未签名',
    FILE_CHANGED: 'PDF 文件被修改',
    FILE_TRUNCATED: 'PDF 文件不完整',
    FILE_APPENDED: 'PDF 文件被追加修改',
    FILE_SIGNATURE_MALFORMED: 'PDF 文件签名格式不正确',
    FILE_SEAL_UNKNOWN: 'PDF 文件签名的印章未公布',
    FILE_SEAL_REVOKED: 'PDF 文件签名的印章已吊销',
    FILE_SEAL_NOT_IN_FORCE: 'PDF 文件签名时印章不在有效期内',
    FILE_SIGNING_TIME_INVALID: 'PDF 文件签名时间不正确',
    ANNOTATION_SEAL_REVOKED: '加注印章已吊销',
    ANNOTATION_SEAL_NOT_IN_FORCE: '加注时印章不在有效期内',
    ANNOTATION_SIGNING_TIME_INVALID: '加注时间不正确',
  } as Record<string, string>,
  /** What happened to a case, as its timeline reads. */
  caseEvent: {
    drafted: '保存草稿',
    submitted: '提交申请',
    resubmitted: '补正后重新提交',
    co_applicant_joined: '共同申请人确认申请',
    withdrawn: '撤回申请',
    materials_supplied: '补充材料',
    visit: '到现场',
    accepted: '受理',
    accepted_by_law: '逾期未告知，依法视为受理',
    accepted_deferred: '容缺受理',
    correction_requested: '一次性告知补正',
    refused: '不予受理',
    task_opened: '部门任务开始',
    task_claimed: '认领审查',
    task_opinion: '审查意见',
    task_correction: '部门要求补正',
    task_resumed: '恢复审查',
    task_special_procedure: '进入特别程序',
    task_extended: '延长办理时限',
    task_granted: '准予许可',
    task_denied: '不予许可',
    task_cancelled: '任务终止',
    certificate_issued: '签发电子证照',
    certificate_cancelled: '注销原电子证照',
    certificate_replaced: '换发，原电子证照失效',
    completed: '办结',
    terminated: '办件终止',
    delivered: '送达',
    due_day_rederived: '按公布的节假日安排重新计算办结期限',
  } as Record<string, string>,
  /** What happened to a certificate. */
  certificateEvent: {
    issued: '签发',
    revoked: '注销',
    renewed: '续期',
    replaced: '换发',
    copied: '生成加注件',
    used: '调用',
    declined: '拒绝调用',
    cancelled: '注销（被新证照取代）',
    share_viewed: '亮证码查看',
    share_ended: '停止亮证',
  } as Record<string, string>,
  /** Audit actions; `case.*` and `certificates.certificate.*` follow the two event tables above. */
  auditAction: {
    'identity.account.register': '注册账号',
    'identity.account.rename': '修改姓名',
    'identity.account.close': '注销账号',
    'identity.login': '登录',
    'identity.logout': '退出登录',
    'identity.logout_everywhere': '在所有设备上退出',
    'identity.phone.verify': '验证手机号',
    'identity.real_name.registry': '人口库核验',
    'identity.real_name.in_person': '窗口当面核验',
    'identity.binding.legal_representative': '绑定单位（法定代表人）',
    'identity.binding.handler': '授权经办人',
    'identity.handler.revoke': '取消经办人授权',
    'identity.act_as': '切换身份',
    'identity.mandate.create': '新建委托',
    'identity.mandate.revoke': '撤销委托',
    'identity.staff.create': '新建工作人员',
    'identity.staff.update': '调整工作人员',
    'platform.audit.read': '查询审计日志',
    'platform.calendar.override': '调整工作日历',
    'platform.clock.advance': '拨快模拟时间',
    'registries.person.read': '查询人口库',
    'certificates.seal.rotate': '轮换电子印章',
    'certificates.seal.revoke': '吊销电子印章',
  } as Record<string, string>,
  /** The platform's clock mode (模拟环境: simulated time for training and the 2018 journeys). */
  clockMode: { real: '实际时间', simulated: '模拟时间' } as Record<string, string>,
  entityType: ENTITY_TYPE_NAMES,
  entityStatus: ENTITY_STATUS_NAMES,
  sex: SEX_NAMES,
  creditList: CREDIT_LIST_NAMES,
} as const;

export type LabelTable = keyof typeof LABELS;

/** The Chinese label of an enumerated value; an unknown value is named as such, never shown bare. */
export function labelOf(table: LabelTable, value: string): string {
  const labels: Record<string, string> = LABELS[table];
  return labels[value] ?? `未知（${value}）`;
}

/** An audit action as a person reads it: `case.accepted` → 办件：受理. */
export function auditActionLabel(action: string): string {
  const known = (LABELS.auditAction as Record<string, string>)[action];
  if (known) return known;
  const [domain, ...rest] = action.split('.');
  if (domain === 'case' && LABELS.caseEvent[rest.join('.')]) return `办件：${LABELS.caseEvent[rest.join('.')]}`;
  if (action.startsWith('certificates.certificate.')) {
    const label = LABELS.certificateEvent[action.slice('certificates.certificate.'.length)];
    if (label) return `电子证照：${label}`;
  }
  return `未知（${action}）`;
}
