import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LegalEntityFieldSchema, PersonFieldSchema, type FormField } from '@yici/contracts';
import { combineForms, formFieldsFor, ITEM_FORMS, materialApplies, validateForm } from './cases.forms';

type CatalogItem = {
  basicCode: string;
  situations: { field: string; label: string; options: { value: string; label: string }[] }[];
};
type CatalogBundle = { id: string; steps: { basicCode: string }[] };

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../../../data/catalog/${file}`, import.meta.url), 'utf8')) as T;
const items = new Map(read<CatalogItem[]>('items.json').map((i) => [i.basicCode, i]));
const bundles = read<CatalogBundle[]>('bundles.json');
const SEED_JOURNEYS = ['enterprise-opening', 'real-estate-transfer', 'construction-project-approval'];

const bundleForm = (id: string) => {
  const bundle = bundles.find((b) => b.id === id)!;
  return combineForms(
    bundle.steps.map((s) => ({ basicCode: s.basicCode, fields: formFieldsFor(items.get(s.basicCode)!) })),
  );
};
const messagesFor = (id: string, values: Record<string, string>) =>
  Object.fromEntries(validateForm(bundleForm(id), values).map((i) => [i.path, i.message]));

describe('the item forms', () => {
  const journeyCodes = bundles
    .filter((b) => SEED_JOURNEYS.includes(b.id))
    .flatMap((b) => b.steps.map((s) => s.basicCode));

  it('has a form for every item of the three seed journeys', () => {
    expect(new Set(journeyCodes).size).toBe(20);
    for (const code of journeyCodes) expect(ITEM_FORMS[code], code).toBeDefined();
  });

  it('asks each catalog situation as a required choice with the catalog’s options', () => {
    for (const code of journeyCodes) {
      for (const situation of items.get(code)!.situations) {
        const asked = ITEM_FORMS[code]!.find((f) => f.key === situation.field);
        expect(asked, `${code} ${situation.field}`).toMatchObject({ type: 'choice', required: true });
        expect(asked!.options!.map((o) => o.value)).toEqual(situation.options.map((o) => o.value));
      }
    }
  });

  it('prefills only from fields the registries and the account hold', () => {
    const known = {
      population: PersonFieldSchema.options as readonly string[],
      legal_entity: LegalEntityFieldSchema.options as readonly string[],
      account: ['name', 'phone', 'idNumber'],
    };
    for (const field of Object.values(ITEM_FORMS).flat()) {
      if (field.prefill) expect(known[field.prefill.registry], field.key).toContain(field.prefill.field);
    }
  });

  it('gives an item without a stored form its situations and a free note', () => {
    const fields = formFieldsFor(items.get('370703003000')!);
    expect(fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['move_reason', 'choice', true],
      ['application_note', 'textarea', false],
    ]);
  });

  it('follows an implementation that adds an option to a situation', () => {
    const item = structuredClone(items.get('371008001000')!);
    item.situations[0]!.options.push({ value: 'auction', label: '司法拍卖' });
    const channel = formFieldsFor(item).find((f) => f.key === 'deal_channel')!;
    expect(channel.options!.map((o) => o.value)).toEqual(['agency', 'direct', 'auction']);
    expect(ITEM_FORMS['371008001000']!.find((f) => f.key === 'deal_channel')!.options).toHaveLength(2);
  });
});

describe('combining a bundle’s forms', () => {
  it('combines every bundle of the catalog without a conflict', () => {
    for (const bundle of bundles) expect(() => bundleForm(bundle.id), bundle.id).not.toThrow();
  });

  it('asks enterprise opening’s shared facts once, naming every item that uses them', () => {
    const fields = bundleForm('enterprise-opening');
    const names = fields.filter((f) => f.key === 'entity_name');
    expect(names).toHaveLength(1);
    expect(names[0]!.usedBy).toEqual([
      '370113001000',
      '371003001000',
      '372013007000',
      '371012001000',
      '372005001000',
      '372014001000',
    ]);
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    expect(fields.find((f) => f.key === 'employee_count')!.usedBy).toEqual(['372005001000', '372014001000']);
  });

  it('takes label and prefill from the first item that asks: the founder, not an existing entity', () => {
    const fields = bundleForm('enterprise-opening');
    expect(fields.find((f) => f.key === 'entity_name')).toMatchObject({ label: '企业名称', prefill: null });
    expect(fields.find((f) => f.key === 'legal_representative_id_number')!.prefill).toEqual({
      registry: 'population',
      field: 'idNumber',
    });
  });

  it('asks a fact always when one item always needs it, though another needs it only in a situation', () => {
    const price = bundleForm('real-estate-transfer').find((f) => f.key === 'transaction_price')!;
    expect(price).toMatchObject({ required: true, appliesWhen: null });
    expect(price.usedBy).toEqual(['371008001000', '370706001000', '370412002000']);
  });

  it('makes a field required when any item requires it', () => {
    const optionalNote = { key: 'note', label: '备注', type: 'text', required: false } satisfies FormField;
    const [note] = combineForms([
      { basicCode: 'A', fields: [optionalNote] },
      { basicCode: 'B', fields: [{ ...optionalNote, required: true }] },
    ]);
    expect(note).toMatchObject({ required: true, usedBy: ['A', 'B'] });
  });

  it('refuses two items that disagree on a field’s type or options', () => {
    const text: FormField = { key: 'size', label: '面积', type: 'text', required: true };
    expect(() =>
      combineForms([
        { basicCode: 'A', fields: [text] },
        { basicCode: 'B', fields: [{ ...text, type: 'number' }] },
      ]),
    ).toThrow(/size/);
    const choice: FormField = { ...text, type: 'choice', options: [{ value: 'a', label: '甲' }] };
    expect(() =>
      combineForms([
        { basicCode: 'A', fields: [choice] },
        { basicCode: 'B', fields: [{ ...choice, options: [{ value: 'b', label: '乙' }] }] },
      ]),
    ).toThrow(/options/);
  });
});

describe('validating the form', () => {
  const opening = {
    entity_form: 'limited_company',
    entity_name: '济南张三信息技术有限公司',
    residence: '山东省济南市历下区解放东路8号3层301室',
    registered_capital: '100',
    business_scope: '一般项目：技术服务、技术开发。',
    investors: '张三，370102199003071238，100 万元，货币',
    legal_representative_name: '张三',
    legal_representative_id_number: '370102199003071238',
    contact_phone: '13805310001',
    contact_name: '张三',
    seal_kind: 'official,finance,invoice',
    engraving_company: '济南泉城印章有限公司',
    bank_name: 'qilu',
    taxpayer_type: 'small_scale',
    accounting_standard: 'small_enterprise',
    invoice_type: 'ordinary',
    tax_officer_name: '张三',
    tax_officer_id_number: '370102199003071238',
    tax_officer_phone: '13805310001',
    employee_count: '5',
    housing_fund_rate: '12',
  };

  it('accepts a complete enterprise opening form', () => {
    expect(validateForm(bundleForm('enterprise-opening'), opening)).toEqual([]);
  });

  it('takes several seals at once, at least one, each of the listed kinds and none twice', () => {
    const seals = (seal_kind: string) => messagesFor('enterprise-opening', { ...opening, seal_kind });
    expect(seals('official,finance,invoice,contract,customs,legal_representative')).toEqual({});
    // A case kept from before several could be chosen holds one kind: still a valid answer.
    expect(seals('official')).toEqual({});
    expect(seals(',')).toEqual({ 'form.seal_kind': '请选择印章类型' });
    expect(seals('official,stamp')['form.seal_kind']).toMatch(/^印章类型只能从单位公章、财务专用章/);
    expect(seals('official,finance,official')).toEqual({ 'form.seal_kind': '印章类型的同一选项只能选择一次' });
    const { seal_kind: _seals, ...withoutSeals } = opening;
    expect(messagesFor('enterprise-opening', withoutSeals)).toEqual({ 'form.seal_kind': '请选择印章类型' });
  });

  it('requires the registered capital of a limited company only', () => {
    const { registered_capital: _capital, ...withoutCapital } = opening;
    expect(messagesFor('enterprise-opening', withoutCapital)).toEqual({
      'form.registered_capital': '请填写注册资本（万元）',
    });
    expect(messagesFor('enterprise-opening', { ...withoutCapital, entity_form: 'partnership' })).toEqual({});
  });

  it('names every missing required field at once, with 请选择 for choices', () => {
    const messages = messagesFor('enterprise-opening', {});
    expect(messages['form.entity_form']).toBe('请选择企业类型');
    expect(messages['form.entity_name']).toBe('请填写企业名称');
    expect(messages['form.operating_years']).toBeUndefined();
    // Unanswered 企业类型: registered capital's situation does not hold, so it is not asked.
    expect(messages['form.registered_capital']).toBeUndefined();
  });

  it('explains each malformed value in Chinese', () => {
    const messages = messagesFor('enterprise-opening', {
      ...opening,
      bank_name: 'hsbc',
      registered_capital: '一百',
      employee_count: '5.5',
      bank_appointment_date: '2026-02-30',
      legal_representative_id_number: '37010219900307123',
      tax_officer_id_number: '370102199003071239',
      contact_phone: '2345',
      housing_fund_rate: '20',
      entity_name: '名'.repeat(101),
    });
    expect(messages).toEqual({
      'form.bank_name':
        '开户银行应为中国工商银行、中国农业银行、中国银行、中国建设银行、交通银行、中国邮政储蓄银行、齐鲁银行之一',
      'form.registered_capital': '注册资本（万元）应为不小于 0 的数字，最多 4 位小数',
      'form.employee_count': '职工人数应为不小于 0 的整数',
      'form.bank_appointment_date': '预约面签日期应为 YYYY-MM-DD 格式的日期',
      'form.legal_representative_id_number':
        '法定代表人（负责人）身份证号应为 18 位公民身份号码（17 位数字加 1 位数字或大写 X）',
      'form.tax_officer_id_number': '办税人员身份证号校验码不正确，请核对',
      'form.contact_phone': '联系电话应为 11 位手机号码或带区号的固定电话',
      'form.housing_fund_rate': '单位缴存比例（%）应在 5 至 12 之间',
      'form.entity_name': '企业名称最多 100 个字',
    });
  });

  it('rejects an ID number whose birth date does not exist', () => {
    const messages = messagesFor('enterprise-opening', { ...opening, tax_officer_id_number: '370102199002301234' });
    expect(messages['form.tax_officer_id_number']).toBe('办税人员身份证号中的出生日期无效');
  });

  it('reports a key the form does not have', () => {
    expect(messagesFor('enterprise-opening', { ...opening, favourite_colour: '蓝' })).toEqual({
      'form.favourite_colour': '表单中没有此项',
    });
  });

  it('checks a real estate unit number’s shape', () => {
    const messages = messagesFor('real-estate-transfer', { property_unit_number: '370102007003GB00187F0007030' });
    expect(messages['form.property_unit_number']).toMatch(/^不动产单元号应为 28 位不动产单元号/);
  });

  it('checks a USCC’s shape but leaves a wrong check character to the domain rules', () => {
    const fields = combineForms([
      { basicCode: 'A', fields: [{ key: 'uscc', label: '统一社会信用代码', type: 'uscc', required: true }] },
    ]);
    expect(validateForm(fields, { uscc: '91370102MA3CYC01X6' })).toEqual([]);
    expect(validateForm(fields, { uscc: '91370102MA3CYC01XI' })).toEqual([
      {
        path: 'form.uscc',
        message: '统一社会信用代码应为 18 位统一社会信用代码（数字或大写字母，不含 I、O、S、V、Z）',
      },
    ]);
  });
});

describe('which materials apply', () => {
  const articles = { appliesWhen: { field: 'entity_form', in: ['limited_company'] } };

  it('needs a material without a situation always', () => {
    expect(materialApplies({ appliesWhen: null }, {})).toBe(true);
  });

  it('needs a situation’s material only once the situation is answered so', () => {
    expect(materialApplies(articles, { entity_form: 'limited_company' })).toBe(true);
    expect(materialApplies(articles, { entity_form: 'partnership' })).toBe(false);
    expect(materialApplies(articles, {})).toBe(false);
  });
});
