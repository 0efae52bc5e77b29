import { choicesOf, type CombinedField, type FormField } from '@yici/contracts';
import { idNumberCheckCharacter, USCC_ALPHABET } from '../../platform/codes';

/**
 * The application form (申请表) of each item, until the catalog carries one. A fact has one key
 * everywhere (entity_name, project_name, buyer_id_number …) so that a bundle asks it once; the
 * catalog's situations (情形) are choice fields under the situation's own key, and the fields a
 * result certificate needs are asked here so that granting can issue it from the form.
 */

type Situation = { field: string; label: string; options: { value: string; label: string }[] };
type Option = { value: string; label: string };

const options = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const field = (key: string, label: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key,
  label,
  type,
  required: true,
  ...extra,
});
const optional = (f: FormField, extra: Partial<FormField> = {}): FormField => ({ ...f, required: false, ...extra });
const when = (f: FormField, situation: string, values: string[]): FormField => ({
  ...f,
  appliesWhen: { field: situation, in: values },
});

const population = (name: string) => ({ registry: 'population' as const, field: name });
const legalEntity = (name: string) => ({ registry: 'legal_entity' as const, field: name });
const account = (name: string) => ({ registry: 'account' as const, field: name });

// ---------------------------------------------------------------------------------------------
// Fields shared across items. Prefill names the Person / LegalEntity / account field it copies.

const F = {
  // Applicant and entity
  entity_name: field('entity_name', '企业（单位）名称', 'text', { prefill: legalEntity('name') }),
  entity_form: field('entity_form', '企业类型', 'choice', {
    options: options({ limited_company: '有限责任公司', sole_proprietorship: '个人独资企业', partnership: '合伙企业' }),
  }),
  registered_capital: field('registered_capital', '注册资本（万元）', 'number'),
  residence: field('residence', '住所（经营场所）', 'text', { hint: '省、市、县（区）、街道及门牌号' }),
  business_scope: field('business_scope', '经营范围', 'textarea', { hint: '按经营范围规范表述目录选择填写' }),
  operating_years: optional(field('operating_years', '营业期限（年）', 'number', { hint: '不填为长期' })),
  investors: field('investors', '股东（投资人、合伙人）及出资情况', 'textarea', {
    hint: '每行一位：姓名或名称、证件号码、认缴出资额（万元）、出资方式',
  }),
  legal_representative_name: field('legal_representative_name', '法定代表人（负责人）姓名', 'text', {
    prefill: legalEntity('legalRepresentativeName'),
  }),
  legal_representative_id_number: field('legal_representative_id_number', '法定代表人（负责人）身份证号', 'id_number', {
    prefill: legalEntity('legalRepresentativeIdNumber'),
  }),
  contact_name: field('contact_name', '联系人', 'text', { prefill: account('name') }),
  contact_phone: field('contact_phone', '联系电话', 'phone', { prefill: account('phone') }),
  employee_count: field('employee_count', '职工人数', 'number'),
  bank_account_number: optional(
    field('bank_account_number', '基本存款账户账号', 'text', { hint: '银行开户后补充；同时申请银行开户的可不填' }),
  ),
  // Enterprise opening after the licence. A new company orders several seals at once (公章,
  // 财务专用章, 发票专用章 …): each is filed on its own, so the field takes several.
  seal_kind: field('seal_kind', '印章类型', 'multi_choice', {
    hint: '可选择多枚，每枚印章分别备案',
    options: options({
      official: '单位公章',
      finance: '财务专用章',
      invoice: '发票专用章',
      contract: '合同专用章',
      customs: '报关专用章',
      legal_representative: '法定代表人名章',
    }),
  }),
  engraving_company: field('engraving_company', '印章刻制单位', 'text', {
    hint: '在公安机关备案的印章刻制企业中自主选择',
  }),
  bank_name: field('bank_name', '开户银行', 'choice', {
    options: options({
      icbc: '中国工商银行',
      abc: '中国农业银行',
      boc: '中国银行',
      ccb: '中国建设银行',
      bocom: '交通银行',
      psbc: '中国邮政储蓄银行',
      qilu: '齐鲁银行',
    }),
  }),
  bank_appointment_date: optional(field('bank_appointment_date', '预约面签日期', 'date')),
  taxpayer_type: field('taxpayer_type', '纳税人类型', 'choice', {
    options: options({ small_scale: '小规模纳税人', general: '一般纳税人' }),
  }),
  accounting_standard: field('accounting_standard', '适用会计制度', 'choice', {
    options: options({ small_enterprise: '小企业会计准则', enterprise: '企业会计准则' }),
  }),
  invoice_type: field('invoice_type', '申领发票种类', 'choice', {
    options: options({ ordinary: '数电普通发票', special: '数电增值税专用发票' }),
  }),
  // The tax officer is usually the person filing for the company, as the contact is: prefilled
  // from the filer's own account, and changed when someone else will handle the company's taxes.
  tax_officer_name: field('tax_officer_name', '办税人员姓名', 'text', { prefill: account('name') }),
  tax_officer_id_number: field('tax_officer_id_number', '办税人员身份证号', 'id_number', {
    prefill: account('idNumber'),
  }),
  tax_officer_phone: field('tax_officer_phone', '办税人员手机号', 'phone', { prefill: account('phone') }),
  housing_fund_rate: field('housing_fund_rate', '单位缴存比例（%）', 'number', { hint: '5% 至 12%' }),
  // Real estate
  deal_channel: field('deal_channel', '成交方式', 'choice', {
    options: options({ agency: '经纪机构居间', direct: '买卖双方自行成交' }),
  }),
  agency_name: field('agency_name', '房地产经纪机构名称', 'text'),
  transfer_reason: field('transfer_reason', '转移原因', 'choice', {
    options: options({ sale: '买卖', inheritance: '继承、受遗赠', gift: '赠与' }),
  }),
  home_status: field('home_status', '承受房屋情况', 'choice', {
    options: options({ first: '家庭唯一住房', second: '家庭第二套住房', other: '非住房或其他' }),
  }),
  seller_name: field('seller_name', '出卖人（转让方）姓名', 'text', { prefill: population('name') }),
  seller_id_number: field('seller_id_number', '出卖人（转让方）身份证号', 'id_number', {
    prefill: population('idNumber'),
  }),
  buyer_name: field('buyer_name', '买受人（受让方）姓名', 'text'),
  buyer_id_number: field('buyer_id_number', '买受人（受让方）身份证号', 'id_number'),
  buyer_phone: field('buyer_phone', '买受人联系电话', 'phone'),
  property_location: field('property_location', '房屋坐落', 'text', { hint: '与不动产权证书记载一致' }),
  property_unit_number: field('property_unit_number', '不动产单元号', 'text', { hint: '28 位，见不动产权证书' }),
  title_certificate_number: field('title_certificate_number', '原不动产权证书号', 'text', {
    hint: '如：鲁（2019）济南市不动产权第0087654号',
  }),
  property_usage: field('property_usage', '房屋用途', 'choice', {
    options: options({ residential: '住宅', commercial: '商业', office: '办公', other: '其他' }),
  }),
  co_ownership: field('co_ownership', '共有情况', 'choice', {
    options: options({ sole: '单独所有', joint: '共同共有', shares: '按份共有' }),
  }),
  transaction_price: field('transaction_price', '成交价格（万元）', 'number'),
  payment_method: field('payment_method', '付款方式', 'choice', {
    options: options({ full: '一次性付款', loan: '贷款付款', installment: '分期付款' }),
  }),
  // Construction projects
  project_name: field('project_name', '项目名称', 'text'),
  project_code: optional(
    field('project_code', '项目代码', 'text', {
      hint: '投资项目在线审批监管平台赋予的代码，如 2026-370102-70-03-012345',
    }),
  ),
  project_location: field('project_location', '建设地点', 'text'),
  construction_content: field('construction_content', '建设规模及内容', 'textarea'),
  total_investment: field('total_investment', '总投资（万元）', 'number'),
  land_area: field('land_area', '用地面积（平方米）', 'number'),
  building_area: field('building_area', '总建筑面积（平方米）', 'number'),
  planned_start_date: field('planned_start_date', '拟开工日期', 'date'),
  planned_completion_date: field('planned_completion_date', '拟建成日期', 'date'),
  land_supply: field('land_supply', '供地方式', 'choice', {
    options: options({ transfer: '出让', allocation: '划拨' }),
  }),
  land_use: field('land_use', '用地性质', 'choice', {
    options: options({
      residential: '居住用地',
      commercial: '商业服务业用地',
      industrial: '工业用地',
      logistics: '物流仓储用地',
      public_service: '公共管理与公共服务用地',
    }),
  }),
  land_grant_contract_number: field('land_grant_contract_number', '国有建设用地使用权出让合同编号', 'text'),
  report_type: field('report_type', '环评文件类型', 'choice', {
    options: options({ report: '环境影响报告书', form: '环境影响报告表' }),
  }),
  environmental_investment: field('environmental_investment', '环保投资（万元）', 'number'),
  eia_agency: field('eia_agency', '环评文件编制单位', 'text'),
  above_ground_floors: field('above_ground_floors', '地上层数', 'number'),
  below_ground_floors: field('below_ground_floors', '地下层数', 'number'),
  building_height: field('building_height', '建筑高度（米）', 'number'),
  survey_unit: field('survey_unit', '勘察单位', 'text'),
  design_unit: field('design_unit', '设计单位', 'text'),
  construction_unit: field('construction_unit', '施工单位', 'text'),
  supervision_unit: field('supervision_unit', '监理单位', 'text'),
  build_mode: field('build_mode', '建设方式', 'choice', {
    options: options({ build: '就地修建防空地下室', relocate: '易地建设' }),
  }),
  civil_defence_area: field('civil_defence_area', '防空地下室面积（平方米）', 'number'),
  contract_price: field('contract_price', '施工合同价格（万元）', 'number'),
  contracted_start_date: field('contracted_start_date', '合同开工日期', 'date'),
  contracted_completion_date: field('contracted_completion_date', '合同竣工日期', 'date'),
  fire_test_agency: field('fire_test_agency', '消防设施检测机构', 'text'),
  acceptance_date: field('acceptance_date', '竣工验收日期', 'date'),
  construction_permit_number: optional(
    field('construction_permit_number', '施工许可证编号', 'text', { hint: '同一办件核发施工许可证的，自动带入' }),
  ),
  building_use: field('building_use', '工程用途', 'choice', {
    options: options({ residential: '住宅工程', non_residential: '非住宅工程' }),
  }),
} satisfies Record<string, FormField>;

/** Whole numbers, not amounts: checked as integers. */
const INTEGER_KEYS = new Set(['employee_count', 'above_ground_floors', 'below_ground_floors', 'operating_years']);

/** Shapes the field type alone does not give; each returns the message for a bad value. */
const KEY_RULES: Record<string, (value: string, label: string) => string | null> = {
  property_unit_number: (v, label) =>
    /^\d{12}[A-Z]{2}\d{5}[A-Z]\d{8}$/.test(v)
      ? null
      : `${label}应为 28 位不动产单元号（12 位数字、2 位字母、5 位数字、1 位字母、8 位数字）`,
  project_code: (v, label) =>
    /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/.test(v) ? null : `${label}应形如 2026-370102-70-03-012345`,
  bank_account_number: (v, label) => (/^\d{8,30}$/.test(v) ? null : `${label}应为 8 至 30 位数字`),
  housing_fund_rate: (v, label) => (Number(v) >= 5 && Number(v) <= 12 ? null : `${label}应在 5 至 12 之间`),
};

// ---------------------------------------------------------------------------------------------
// The forms of the three seed journeys' items, keyed by basic code.

const licenceApplicant: FormField[] = [
  { ...F.legal_representative_name, prefill: population('name') },
  { ...F.legal_representative_id_number, prefill: population('idNumber') },
  F.contact_phone,
];
const enterprise: FormField[] = [F.entity_name, F.legal_representative_name, F.contact_name, F.contact_phone];
const developer: FormField[] = [
  { ...F.entity_name, label: '建设单位名称' },
  F.legal_representative_name,
  F.contact_name,
  F.contact_phone,
];
const project: FormField[] = [F.project_name, F.project_code, F.project_location, F.building_area];
/**
 * The unit's facts (坐落, 不动产单元号, 证号, 用途, 面积) come from the seller's title the applicant
 * chose to reuse, never retyped (`cases.certificate-facts.ts` fills them and then requires them):
 * typed only when the title is on paper.
 */
const fromTitle = (f: FormField): FormField =>
  optional(f, { hint: '选用原不动产权证书的，由证书带出，无需填写；纸质证书的按证书记载填写' });
const flatArea: FormField = fromTitle({ ...F.building_area, label: '房屋建筑面积（平方米）' });
const titleFacts = [
  fromTitle(F.property_location),
  fromTitle(F.property_unit_number),
  fromTitle(F.title_certificate_number),
  fromTitle(F.property_usage),
  flatArea,
];

export const ITEM_FORMS: Record<string, FormField[]> = {
  // 企业开办
  '370113001000': [
    F.entity_form,
    { ...F.entity_name, label: '企业名称', prefill: null, hint: '经名称自主申报的企业名称' },
    F.residence,
    when(F.registered_capital, 'entity_form', ['limited_company']),
    F.business_scope,
    F.operating_years,
    F.investors,
    ...licenceApplicant,
  ],
  '371003001000': [
    F.entity_name,
    F.legal_representative_name,
    F.seal_kind,
    F.engraving_company,
    F.contact_name,
    F.contact_phone,
  ],
  '372013007000': [...enterprise, F.legal_representative_id_number, F.bank_name, F.bank_appointment_date],
  '371012001000': [
    ...enterprise,
    F.taxpayer_type,
    F.accounting_standard,
    F.invoice_type,
    F.tax_officer_name,
    F.tax_officer_id_number,
    F.tax_officer_phone,
    F.bank_account_number,
  ],
  '372005001000': [...enterprise, F.employee_count, F.bank_account_number],
  '372014001000': [...enterprise, F.employee_count, F.housing_fund_rate, F.bank_account_number],
  // 不动产转移登记（存量房买卖）
  '371008001000': [
    F.deal_channel,
    when(F.agency_name, 'deal_channel', ['agency']),
    F.seller_name,
    F.seller_id_number,
    F.buyer_name,
    F.buyer_id_number,
    F.buyer_phone,
    ...titleFacts,
    F.transaction_price,
    F.payment_method,
  ],
  '370706001000': [
    F.transfer_reason,
    F.seller_name,
    F.seller_id_number,
    F.buyer_name,
    F.buyer_id_number,
    F.buyer_phone,
    F.co_ownership,
    ...titleFacts,
    fromTitle({ ...F.land_area, label: '分摊土地面积（平方米）' }),
    when(F.transaction_price, 'transfer_reason', ['sale']),
  ],
  '370412002000': [
    F.home_status,
    F.buyer_name,
    F.buyer_id_number,
    F.buyer_phone,
    fromTitle(F.property_location),
    fromTitle(F.property_usage),
    flatArea,
    F.transaction_price,
  ],
  // 工程建设项目审批
  '371002001000': [
    ...developer,
    F.project_name,
    F.project_location,
    F.construction_content,
    F.total_investment,
    F.land_area,
    F.building_area,
    F.planned_start_date,
    F.planned_completion_date,
  ],
  '372020001000': [...developer, ...project, F.construction_content, F.total_investment, F.land_area],
  '370106005000': [
    F.land_supply,
    ...developer,
    ...project,
    F.land_area,
    F.land_use,
    when(F.land_grant_contract_number, 'land_supply', ['transfer']),
  ],
  '370107001000': [
    F.report_type,
    ...developer,
    ...project,
    F.total_investment,
    F.environmental_investment,
    F.eia_agency,
  ],
  '370106006000': [
    ...developer,
    ...project,
    F.above_ground_floors,
    F.below_ground_floors,
    F.building_height,
    F.design_unit,
  ],
  '371008002000': [...developer, ...project, F.survey_unit, F.design_unit],
  '370115001000': [
    F.build_mode,
    ...developer,
    ...project,
    F.below_ground_floors,
    when(F.civil_defence_area, 'build_mode', ['build']),
  ],
  '370108003000': [
    ...developer,
    ...project,
    F.contract_price,
    F.design_unit,
    F.construction_unit,
    F.supervision_unit,
    F.contracted_start_date,
    F.contracted_completion_date,
  ],
  '370103010000': [...developer, ...project, F.construction_unit, F.fire_test_agency],
  '371008004000': [...developer, ...project, F.construction_unit, F.supervision_unit, F.acceptance_date],
  '371008005000': [F.building_use, ...developer, ...project, F.acceptance_date, F.construction_permit_number],
};

const APPLICATION_NOTE = optional(field('application_note', '申请事项说明', 'textarea'));

const situationField = (s: Situation): FormField =>
  field(s.field, s.label, 'choice', { options: s.options.map((o) => ({ value: o.value, label: o.label })) });

/**
 * The item's form: its entry in ITEM_FORMS, or the situations and a free note. The item's own
 * situations win over the stored options, so a region's implementation that adds a situation
 * or an option is asked as it publishes it.
 */
export function formFieldsFor(item: { basicCode: string; situations: Situation[] }): FormField[] {
  const known = ITEM_FORMS[item.basicCode];
  if (!known) return [...item.situations.map(situationField), APPLICATION_NOTE];
  const fields = known.map((f) => ({ ...f }));
  for (const situation of item.situations) {
    const index = fields.findIndex((f) => f.key === situation.field);
    if (index < 0) fields.unshift(situationField(situation));
    else fields[index] = { ...fields[index]!, type: 'choice', options: situationField(situation).options };
  }
  return fields;
}

const sameOptions = (a: Option[] | undefined, b: Option[] | undefined) =>
  JSON.stringify((a ?? []).map((o) => o.value).sort()) === JSON.stringify((b ?? []).map((o) => o.value).sort());

/**
 * One field per key over a bundle's items, in the order they are first asked; the first item to
 * ask a field gives its label, hint and prefill. Forms are code: two items that disagree on a
 * field's type, options or situation rule are a programming error, not something to guess at.
 */
export function combineForms(items: { basicCode: string; fields: FormField[] }[]): CombinedField[] {
  const combined = new Map<string, CombinedField>();
  for (const item of items) {
    for (const f of item.fields) {
      const seen = combined.get(f.key);
      if (!seen) {
        combined.set(f.key, { ...f, usedBy: [item.basicCode] });
        continue;
      }
      const conflict = `form field ${f.key} of ${item.basicCode} disagrees with ${seen.usedBy.join(', ')}`;
      if (seen.type !== f.type) throw new Error(`${conflict}: type ${f.type} ≠ ${seen.type}`);
      if ((f.type === 'choice' || f.type === 'multi_choice') && !sameOptions(seen.options, f.options))
        throw new Error(`${conflict}: options`);
      mergeSituationRule(seen, f, conflict);
      if (!seen.usedBy.includes(item.basicCode)) seen.usedBy.push(item.basicCode);
    }
  }
  return [...combined.values()];
}

type Rule = { field: string; in: string[] } | null;

/**
 * Asked in a situation by one item and always by another, the field is asked always; that is
 * only sound when the item asking always requires it at least as strictly.
 */
function mergeSituationRule(seen: CombinedField, f: FormField, conflict: string): void {
  const a: Rule = seen.appliesWhen ?? null;
  const b: Rule = f.appliesWhen ?? null;
  if (a && b) {
    if (a.field !== b.field) throw new Error(`${conflict}: situation rules on ${a.field} and ${b.field}`);
    seen.appliesWhen = { field: a.field, in: [...new Set([...a.in, ...b.in])] };
    seen.required ||= f.required;
    return;
  }
  if (!a && !b) {
    seen.required ||= f.required;
    return;
  }
  const [always, sometimes] = a ? [f.required, seen.required] : [seen.required, f.required];
  if (sometimes && !always) throw new Error(`${conflict}: required in a situation but optional otherwise`);
  seen.appliesWhen = null;
  seen.required = always;
}

/** A field or material without a rule always applies; with one, once the situation is answered so. */
export function ruleHolds(rule: Rule | undefined, values: Record<string, string>): boolean {
  if (!rule) return true;
  const answer = values[rule.field];
  if (answer === undefined) return false;
  // A situation on a multi_choice field holds when any chosen option is one of its values.
  return rule.in.includes(answer) || choicesOf(answer).some((choice) => rule.in.includes(choice));
}

/** Whether a material is needed for these answers; an unanswered situation needs none of its materials yet. */
export function materialApplies(
  material: { appliesWhen: { field: string; in: string[] } | null },
  values: Record<string, string>,
): boolean {
  return ruleHolds(material.appliesWhen, values);
}

const MAX_LENGTH: Record<FormField['type'], number> = {
  text: 100,
  textarea: 2000,
  number: 20,
  date: 10,
  choice: 50,
  multi_choice: 500,
  id_number: 18,
  uscc: 18,
  phone: 20,
};

/**
 * Every problem with the form at once (paths `form.<key>`, Chinese messages). Fields whose
 * situation does not hold are not checked: the applicant was not asked them.
 */
export function validateForm(
  fields: CombinedField[],
  values: Record<string, string>,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(values)) {
    if (!byKey.has(key)) issues.push({ path: `form.${key}`, message: '表单中没有此项' });
  }
  for (const f of fields) {
    if (!ruleHolds(f.appliesWhen, values)) continue;
    const value = values[f.key]?.trim() ?? '';
    const message = value === '' ? requiredMessage(f) : valueProblem(f, value);
    if (message) issues.push({ path: `form.${f.key}`, message });
  }
  return issues;
}

function requiredMessage(f: FormField): string | null {
  if (!f.required) return null;
  return f.type === 'choice' || f.type === 'multi_choice' ? `请选择${f.label}` : `请填写${f.label}`;
}

function valueProblem(f: FormField, value: string): string | null {
  if (value.length > MAX_LENGTH[f.type]) return `${f.label}最多 ${MAX_LENGTH[f.type]} 个字`;
  const problem = typeProblem(f, value);
  if (problem) return problem;
  return KEY_RULES[f.key]?.(value, f.label) ?? null;
}

function typeProblem(f: FormField, value: string): string | null {
  switch (f.type) {
    case 'text':
    case 'textarea':
      return null;
    case 'number':
      if (INTEGER_KEYS.has(f.key)) return /^\d+$/.test(value) ? null : `${f.label}应为不小于 0 的整数`;
      return /^\d+(\.\d{1,4})?$/.test(value) ? null : `${f.label}应为不小于 0 的数字，最多 4 位小数`;
    case 'date':
      return isIsoDate(value) ? null : `${f.label}应为 YYYY-MM-DD 格式的日期`;
    case 'choice': {
      const allowed = f.options ?? [];
      if (allowed.some((o) => o.value === value)) return null;
      return `${f.label}应为${allowed.map((o) => o.label).join('、')}之一`;
    }
    case 'multi_choice':
      return multiChoiceProblem(f, value);
    case 'id_number':
      return idNumberProblem(f.label, value);
    case 'uscc':
      // The check character is only a warning (docs/DOMAIN.md §3): the domain rules raise it, not the form.
      return value.length === 18 && [...value].every((c) => USCC_ALPHABET.includes(c))
        ? null
        : `${f.label}应为 18 位统一社会信用代码（数字或大写字母，不含 I、O、S、V、Z）`;
    case 'phone':
      return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value)
        ? null
        : `${f.label}应为 11 位手机号码或带区号的固定电话`;
  }
}

/** At least one option (an empty list is "not answered"), each one of the field's, none twice. */
function multiChoiceProblem(f: FormField, value: string): string | null {
  const allowed = f.options ?? [];
  const chosen = choicesOf(value);
  if (chosen.length === 0) return `请选择${f.label}`;
  const unknown = chosen.filter((c) => !allowed.some((o) => o.value === c));
  if (unknown.length > 0) return `${f.label}只能从${allowed.map((o) => o.label).join('、')}中选择`;
  if (new Set(chosen).size !== chosen.length) return `${f.label}的同一选项只能选择一次`;
  return null;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function idNumberProblem(label: string, value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return `${label}应为 18 位公民身份号码（17 位数字加 1 位数字或大写 X）`;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birth)) return `${label}中的出生日期无效`;
  if (idNumberCheckCharacter(value.slice(0, 17)) !== value[17]) return `${label}校验码不正确，请核对`;
  return null;
}
