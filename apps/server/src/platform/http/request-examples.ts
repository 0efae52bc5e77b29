/**
 * One example request body for each operation that takes JSON, keyed by operationId: the document
 * shows it to integrators beside the schema (OpenAPI 3.1 `examples`), and openapi.db.test.ts checks
 * each against its schema, so an example cannot drift from the contract. Where a contract schema
 * carries its own `examples` (the sharing requests), that one is kept.
 */
const ISSUED = '2026-12-01';
const TASK_VERSION = { version: 3 };
const ITEM = { kind: 'item', implementationCode: '11370102020370102W4370113005000' } as const;
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

export const REQUEST_EXAMPLES: Record<string, unknown> = {
  // Identity and accounts
  register: { name: '张三', idNumber: '370102199003071238', phone: '13805310001', password: 'Yici@2018' },
  login: { login: '13805310001', password: 'Yici@2018' },
  completeSecondFactor: { challengeId: 'c3f1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b', code: '381204' },
  verifyPhone: { code: '381204' },
  actAs: { uscc: '91370102MA3D8Q2K5P' },
  bindEntity: { uscc: '91370102MA3D8Q2K5P' },
  addEntityHandler: { idNumber: '370102199003071238', name: '张三' },
  grantMandate: {
    agentLogin: 'agent.lixia',
    scopeKind: 'bundle',
    bundleId: 'enterprise-opening',
    actions: ['apply', 'supply_materials', 'view'],
    validTo: '2026-12-31T23:59:59+08:00',
  },
  verifyInPerson: { accountId: 'acc-2f6c1d0e' },
  bindEntityAtWindow: {
    uscc: '91370102MA3D8Q2K5P',
    accountId: 'acc-2f6c1d0e',
    reason: '营业执照原件与法定代表人身份证当面核对一致',
  },
  createStaff: {
    login: 'clerk.shizhong',
    name: '王芳',
    phone: '13905310012',
    password: 'Yici@2018',
    roles: ['window_clerk'],
    regionCode: '370103',
    departmentId: null,
  },
  updateStaff: { roles: ['reviewer', 'approver'], regionCode: '3701', status: 'active' },
  verifyAuditLog: { checkpoints: [] },
  enterCalendarYear: {
    year: 2027,
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-10-01', name: '国庆节' },
    ],
    workdays: [{ date: '2027-09-26', name: '国庆节' }],
  },
  advanceSimulatedClock: { workingDays: 5 },

  // Seals and certificates
  rotateSeal: { reason: '密钥到期例行轮换' },
  revokeSeal: { reason: '印章私钥疑似泄露', revokedFrom: '2026-11-30T00:00:00+08:00' },
  issueCertificate: {
    type: 'food_business_licence',
    issuerDepartmentId: 'jinan-market-regulation',
    data: { holderName: '济南泉诚商贸有限公司', businessScope: '预包装食品销售' },
    caseId: 'C-20261201-0001',
  },
  verifyCertificate: { identifier: '37-JY-370102-2026-000123' },
  makeCertificateCopy: { purpose: '办理银行开户', expiresOn: '2026-12-31' },
  createShareCode: { minutes: 5 },
  revokeCertificate: { reason: '经营者申请注销' },
  replaceCertificate: { reason: '经营场所变更', data: { address: '济南市历下区泉城路 1 号' } },

  // Applications and cases
  prepareApplication: { target: ITEM, form: {} },
  submitApplication: {
    target: ITEM,
    form: { applicantName: '张三' },
    materials: [{ kind: 'upload', materialKey: 'id_card', sha256: SHA256, fileName: '身份证.pdf' }],
    delivery: { method: 'electronic' },
    submit: true,
  },
  intakeCase: {
    target: ITEM,
    applicant: { kind: 'person', id: '370102199003071238' },
    form: { applicantName: '张三' },
    materials: [{ kind: 'upload', materialKey: 'id_card', sha256: SHA256, fileName: '身份证.pdf' }],
    delivery: { method: 'pickup' },
    servicePointId: 'sp-370102-hall',
  },
  supplyMaterials: {
    materials: [{ kind: 'upload', materialKey: 'site_plan', sha256: SHA256, fileName: '场所平面图.pdf' }],
    submit: true,
  },
  acceptCase: { note: '材料齐全，予以受理' },
  requestCorrectionCase: {
    items: [{ materialKey: 'site_plan', problem: '平面图未标注面积' }],
    note: '请在 5 个工作日内补正',
  },
  refuseCase: { reasons: ['申请事项不属于本机关职权范围'] },
  acceptDeferredCase: {
    materials: [{ materialKey: 'site_plan', supplyBy: '2026-12-15' }],
    promise: '本人承诺在期限内补交经营场所平面图',
  },
  deliverCase: { trackingNumber: 'SF1234567890' },
  coApplicationConfirmCase: {},
  coApplicationAtWindowCase: { name: '李四', idNumber: '370102198805052345' },
  withdrawCase: { reason: '信息填写有误，重新申请' },
  claimTask: TASK_VERSION,
  opinionTask: { opinion: '经审查，申请材料符合法定条件，建议准予许可。' },
  decideTask: { decision: 'grant', reason: '符合《食品经营许可管理办法》规定的条件', version: 3 },
  requestCorrectionTask: { items: [{ materialKey: 'site_plan', problem: '平面图未标注面积' }] },
  specialProcedureTask: { kind: 'on_site_inspection', reason: '需现场核查经营场所' },
  resumeTask: {},
  extendTask: { days: 10, reason: '现场核查需要延长办理时限' },

  // 12345 hotline
  createTicket: {
    channel: 'phone',
    kind: 'complaint',
    category: 'market_and_food',
    regionCode: '370102',
    callerName: '王先生',
    callerPhone: '13705310003',
    text: '泉城路某餐馆后厨卫生条件差，希望有关部门检查。',
    contactConsent: true,
  },
  dispatchTicket: { departmentId: 'lixia-market-regulation' },
  signTicket: {},
  replyTicket: { reply: '经现场检查，已责令该餐馆限期整改，并将跟踪复查。' },
  returnTicket: { reasons: ['不属于本部门职责'], suggestedDepartmentId: 'lixia-urban-management' },
  decideTicketReturn: {
    decision: 'accept',
    reason: '退回理由成立，改派城管部门',
    departmentId: 'lixia-urban-management',
  },
  requestTicketExtension: { days: 5, reason: '需协调多个部门联合检查' },
  decideTicketExtension: { approve: true, reason: '同意延期' },
  revisitTicket: { solved: true, satisfied: true, note: '来电人表示满意' },
  mergeTicket: { intoTicketId: 'T-20261201-0007', reason: '同一事项重复来电' },
  changeDispatchRule: {
    regionCode: '370102',
    category: 'utilities',
    departmentId: 'lixia-housing',
    reason: '职责调整',
  },
  createArticle: {
    title: '个体工商户营业执照怎么办',
    body: '可通过山东政务服务网在线申请，或到区政务服务中心窗口办理。',
    owner: '历下区市场监管局',
    reviewOn: '2027-06-30',
  },
  reviseArticle: {
    title: '个体工商户营业执照怎么办',
    body: '可通过山东政务服务网在线申请（全程电子化），或到区政务服务中心窗口办理。',
    owner: '历下区市场监管局',
    reviewOn: '2027-06-30',
  },
  fileOwnTicket: {
    kind: 'consultation',
    category: 'enterprise_services',
    regionCode: '370102',
    text: '开办企业需要准备哪些材料？',
    contactConsent: true,
  },

  // 好差评
  createRating: { caseId: 'C-20261201-0001', channel: 'online', level: 5, reasons: ['fast', 'one_visit'] },
  recordRatingCallback: { note: '已电话回访，评价人说明了排队时间过长的情况' },
  submitRectificationEvidence: { evidence: '增设两个综合窗口，高峰时段增派人员引导' },
  verifyRectification: { accept: true, note: '现场核实整改到位' },
  confirmRectification: { accepted: true },
  appealRating: { reason: '评价内容与本窗口办理的事项无关' },
  reviewRatingAppeal: { uphold: false, reason: '评价与办件对应，不予支持' },

  // Evaluation, ledger, bulletins, monitoring
  calculateDtf: { components: [{ best: 1, worst: 20, value: 4 }] },
  runEvaluation: { year: 2026, title: '2026 年度营商环境评价' },
  submitReformScenario: {
    title: '开办企业并联审批',
    year: 2026,
    changes: [{ kind: 'online_share', share: 0.8 }],
  },
  reportLedgerProgress: {
    milestoneId: 'm-1',
    summary: '已完成一窗受理系统上线',
    completesMilestone: true,
    evidence: [SHA256],
  },
  reviewLedgerReport: { decision: 'accept' },
  addLedgerRecord: {
    kind: 'commendation',
    departmentId: 'lixia-market-regulation',
    reason: '企业开办全程网办率居全市首位',
  },
  recordInspection: {
    method: 'unannounced',
    regionCode: '370102',
    visitedOn: ISSUED,
    findings: '窗口人员在岗，叫号有序',
  },
  draftBulletin: { periodFrom: '2026-11-01', periodTo: '2026-11-30' },
  editBulletin: { version: 1, title: '2026 年 11 月“一次办好”通报' },
  publishBulletin: { version: 2 },
  acknowledgeSupervisionOrder: { version: 1 },
  explainSupervisionOrder: {
    version: 2,
    explanation: '现场核查排期延误，已调整人员并加快办理。',
    promisedOn: '2026-12-10',
  },
};
