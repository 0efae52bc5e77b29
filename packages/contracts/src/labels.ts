import type { CaseStatus, MaterialState, TaskStatus } from './cases';
import type { CertificateStatus } from './certificates';
import type { TicketCategory, TicketChannel, TicketKind, TicketStatus } from './hotline';
import type { RatingChannel, RatingReason, RectificationStatus } from './ratings';
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
    'hotline.ticket.create': '12345：受理工单',
    'hotline.ticket.answer_on_spot': '12345：直接答复办结',
    'hotline.ticket.dispatch': '12345：派单',
    'hotline.ticket.sign': '12345：签收工单',
    'hotline.ticket.reply': '12345：答复工单',
    'hotline.ticket.return': '12345：退回工单',
    'hotline.ticket.return_decide': '12345：审核退回',
    'hotline.ticket.extension_request': '12345：申请延期',
    'hotline.ticket.extension_decide': '12345：审核延期',
    'hotline.ticket.revisit': '12345：回访',
    'hotline.ticket.merge': '12345：合并工单',
    'hotline.caller.view': '12345：查看来电人信息',
    'hotline.article.publish': '12345：发布知识库答案',
    'hotline.dispatch_rule.change': '12345：修改派单目录',
    'ratings.rating.create': '好差评：评价',
    'ratings.rectification.callback': '好差评：差评回访',
    'ratings.rectification.evidence': '好差评：提交整改',
    'ratings.rectification.verify': '好差评：核实整改',
    'ratings.rectification.confirm': '好差评：评价人确认',
    'ratings.appeal.create': '好差评：申诉',
    'ratings.appeal.review': '好差评：审核申诉',
    'certificates.seal.revoke': '吊销电子印章',
    'sharing.service_account.register': '登记服务账号',
    'sharing.service_account.rotate': '轮换服务账号密钥',
    'sharing.service_account.revoke_secret': '吊销服务账号密钥',
    'sharing.service_account.revoke': '停用服务账号',
    'sharing.subscription.replay': '重放事件推送',
    'monitoring.order.acknowledge': '电子监察：签收督办',
    'monitoring.order.explain': '电子监察：督办书面说明',
  } as Record<string, string>,
  /** Data sharing: who reads (the data-use log), service accounts, event subscriptions and deliveries. */
  readerKind: { anonymous: '匿名', person: '个人', staff: '工作人员', system: '系统', machine: '部门系统' } as Record<
    string,
    string
  >,
  serviceAccountKind: { department: '部门业务系统', partner: '合作方' } as Record<string, string>,
  serviceAccountStatus: { active: '启用', revoked: '已停用' } as Record<string, string>,
  subscriptionStatus: { active: '推送中', suspended: '已暂停（投递失败）', cancelled: '已取消' } as Record<
    string,
    string
  >,
  webhookDeliveryStatus: { pending: '待投递', delivered: '已送达', failed: '投递失败' } as Record<string, string>,
  sharedEventType: {
    'case.accepted': '办件受理',
    'case.task_opened': '本部门任务开启',
    'case.task_decided': '任务已决定',
    'case.completed': '办件办结',
    'certificate.issued': '证照签发',
    'certificate.replaced': '证照换发',
    'certificate.revoked': '证照注销',
  } as Record<string, string>,
  /** The platform's clock mode (模拟环境: simulated time for training and the 2018 journeys). */
  clockMode: { real: '实际时间', simulated: '模拟时间' } as Record<string, string>,
  ticketChannel: { phone: '电话', web: '网站', app: '移动端', rating: '评价回访' } satisfies Record<
    TicketChannel,
    string
  >,
  ticketKind: {
    consultation: '咨询',
    help: '求助',
    complaint: '投诉',
    report: '举报',
    suggestion: '建议',
    praise: '表扬',
  } satisfies Record<TicketKind, string>,
  ticketCategory: {
    enterprise_services: '企业开办与审批服务',
    market_and_food: '市场监管与食品安全',
    household_and_security: '户籍与治安',
    tax: '税费',
    employment_social_security: '就业与社会保障',
    housing_property: '住房与不动产',
    environment: '生态环境',
    medical: '医疗与医保',
    transport: '交通出行',
    utilities: '水电气暖',
    government_services: '政务服务大厅与窗口',
  } satisfies Record<TicketCategory, string>,
  ticketStatus: {
    registered: '待派单',
    answered_on_spot: '直接办结',
    dispatched: '待签收',
    signed: '办理中',
    returned: '退回待审核',
    replied: '已答复待回访',
    closed: '已办结',
    merged: '已合并',
  } satisfies Record<TicketStatus, string>,
  ticketEvent: {
    created: '受理来电',
    answered_on_spot: '直接答复办结',
    dispatched: '派单',
    signed: '签收',
    replied: '答复',
    returned: '退回',
    return_accepted: '同意退回并改派',
    return_rejected: '不同意退回（最终决定）',
    extension_requested: '申请延期',
    extension_approved: '同意延期',
    extension_rejected: '不同意延期',
    revisited: '回访',
    reopened: '重办',
    merged: '合并至其他工单',
    merged_from: '合并重复工单',
    closed: '办结',
  } as Record<string, string>,
  ratingLevel: { '1': '非常满意', '2': '满意', '3': '基本满意', '4': '不满意', '5': '非常不满意' } as Record<
    string,
    string
  >,
  ratingChannel: { online: '网上评价', sms: '短信评价', hall: '窗口评价器', hotline: '12345 回访' } satisfies Record<
    RatingChannel,
    string
  >,
  ratingReason: {
    fast: '办理快捷',
    attitude_good: '服务热情',
    guidance_clear: '指引清楚',
    one_visit: '一次办好',
    slow: '办理时间长',
    attitude_bad: '服务态度差',
    guidance_unclear: '告知不清楚',
    repeated_visits: '多次跑动',
    materials_repeated: '重复提交材料',
    system_trouble: '系统故障',
  } satisfies Record<RatingReason, string>,
  rectificationStatus: {
    callback_pending: '待回访',
    rectifying: '整改中',
    submitted: '待核实',
    verified: '待评价人确认',
    confirmed: '整改完成',
    disputed: '评价人不认可',
  } satisfies Record<RectificationStatus, string>,
  appealStatus: { pending: '待审核', upheld: '申诉成立', rejected: '申诉不成立' } as Record<string, string>,
  /** 电子监察: cards, their kinds and reasons, 督办 orders and their ladder. */
  cardLevel: { yellow: '黄牌', red: '红牌' } as Record<string, string>,
  cardStatus: { open: '未消除', cleared: '已消除' } as Record<string, string>,
  monitoredKind: {
    case: '办件时限',
    task: '部门审批时限',
    ticket_sign: '12345 签收时限',
    ticket_reply: '12345 答复时限',
    ticket_return: '12345 退回时限',
    rectification: '差评整改时限',
    order: '督办回复时限',
  } as Record<string, string>,
  cardEvent: { raised: '亮牌', escalated: '升为红牌', eased: '降为黄牌', cleared: '消除' } as Record<string, string>,
  cardReason: {
    due_soon: '临近期限',
    overdue: '已超期',
    extended: '经批准延期',
    due_moved: '期限调整',
    stopped: '已办结或停止计时',
    clock_gone: '计时已撤销',
  } as Record<string, string>,
  orderLevel: { department: '部门负责人', city: '市政府办公室', province: '省政府办公厅' } as Record<string, string>,
  orderStatus: { open: '待签收', acknowledged: '已签收待说明', explained: '已说明' } as Record<string, string>,
  orderEvent: { raised: '发起督办', escalated: '升级督办', acknowledged: '签收', explained: '书面说明' } as Record<
    string,
    string
  >,
  countDimension: { city: '按市', county: '按县（市、区）', department: '按部门', item: '按事项' } as Record<
    string,
    string
  >,
  /** What an outbox message is about (the administrator's 消息发送记录). */
  outboxTemplate: {
    verify_phone: '手机验证',
    staff_login: '工作人员登录',
    calendar_year_provisional: '工作日历待确认提醒',
    'audit.checkpoint': '审计检查点',
    case_submitted: '办件已提交',
    case_accepted: '办件已受理',
    case_refused: '不予受理',
    case_correction: '补正通知',
    case_completed: '办件已办结',
    case_delivered: '结果已送达',
    case_terminated: '办件已终止',
    case_due_day_moved: '办结期限调整',
    co_application_requested: '共同申请确认邀请',
    rating_invitation: '好差评邀请',
    ticket_replied: '12345 工单答复告知',
    ticket_merged: '12345 工单合并告知',
    ticket_revisited: '12345 回访结果告知',
  } as Record<string, string>,
  /** What an audit entry is about. */
  auditSubject: {
    account: '账号',
    session: '会话',
    person: '自然人',
    legal_person: '法人',
    case: '办件',
    case_task: '办件环节',
    certificate: '电子证照',
    seal: '电子印章',
    calendar_year: '工作日历年度',
    audit_log: '审计日志',
    ticket: '12345 工单',
    article: '知识库答案',
    dispatch_rule: '派单目录',
    rating: '好差评',
    supervision_order: '督办单',
  } as Record<string, string>,
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
