import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';

/**
 * The fifty ways citizens most often put what they need, as typed into the search box (the
 * everyday words of data/catalog/synonyms.json). Each must find the bundle (一件事) first among
 * the bundles, or the item among the first three items. A phrasing that stops finding its answer
 * is a regression of the vocabulary, not of the search engine.
 */
const PHRASINGS: { say: string; bundle?: string; item?: string }[] = [
  { say: '卖房', bundle: 'real-estate-transfer', item: '不动产转移登记' },
  { say: '我要卖房子', bundle: 'real-estate-transfer', item: '不动产转移登记' },
  { say: '买二手房', bundle: 'real-estate-transfer' },
  { say: '房子过户', bundle: 'real-estate-transfer', item: '不动产转移登记' },
  { say: '办房产证', item: '不动产转移登记' },
  { say: '开公司', bundle: 'enterprise-opening', item: '企业设立登记' },
  { say: '我想开公司需要什么材料', bundle: 'enterprise-opening', item: '企业设立登记' },
  { say: '注册公司', bundle: 'enterprise-opening', item: '企业设立登记' },
  { say: '办执照', bundle: 'enterprise-opening', item: '企业设立登记' },
  { say: '营业执照怎么办', item: '企业设立登记' },
  { say: '开店', item: '个体工商户设立登记' },
  { say: '开饭店', item: '食品经营许可' },
  { say: '生孩子', bundle: 'birth', item: '出生登记（新生儿落户）' },
  { say: '生孩子要办什么', bundle: 'birth' },
  { say: '宝宝出生', bundle: 'birth', item: '出生医学证明签发' },
  { say: '新生儿上户口', item: '出生登记（新生儿落户）' },
  { say: '结婚', bundle: 'marriage', item: '结婚登记' },
  { say: '领结婚证', item: '结婚登记' },
  { say: '办退休', bundle: 'retirement', item: '企业职工退休审批' },
  { say: '领养老金', item: '企业职工退休审批' },
  { say: '搬家', bundle: 'house-move' },
  { say: '老人去世要办什么', bundle: 'death', item: '死亡人员户口注销' },
  { say: '办丧事', bundle: 'death' },
  { say: '毕业生报到', bundle: 'employment', item: '高校毕业生就业报到' },
  { say: '失业了', item: '失业登记' },
  { say: '领失业金', item: '失业保险金申领' },
  { say: '身份证过期', item: '居民身份证换领' },
  { say: '换身份证', item: '居民身份证换领' },
  { say: '驾照到期', item: '机动车驾驶证期满换证' },
  { say: '新车上牌', item: '机动车注册登记' },
  { say: '办社保卡', item: '社会保障卡申领' },
  { say: '异地看病', item: '基本医疗保险异地就医备案' },
  { say: '生育报销', item: '生育津贴核准支付' },
  { say: '取公积金', item: '住房公积金提取' },
  { say: '公积金买房', item: '住房公积金个人住房贷款' },
  { say: '装水表', bundle: 'utility-connection', item: '用水报装' },
  { say: '接电', bundle: 'utility-connection', item: '低压用电报装' },
  { say: '通燃气', bundle: 'utility-connection', item: '燃气报装' },
  { say: '通暖气', bundle: 'utility-connection', item: '供热报装' },
  { say: '盖厂房', bundle: 'construction-project-approval' },
  { say: '施工许可证', bundle: 'construction-project-approval', item: '建筑工程施工许可证核发' },
  { say: '刻公章', item: '公章刻制备案' },
  { say: '领发票', item: '新办纳税人涉税事项信息确认及发票申领' },
  { say: '纳税证明', item: '开具税收完税证明' },
  { say: '注销公司', item: '企业注销登记' },
  { say: '公司改名', item: '企业变更登记' },
  { say: '申请低保', item: '最低生活保障审批' },
  { say: '外地人办证', item: '居住证申领' },
  { say: '无房证明', item: '不动产登记资料查询' },
  { say: '找人代办', item: '政务服务帮办代办' },
];

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  expect(response.statusCode).toBe(200);
  return response.json() as unknown;
};

describe('the fifty commonest citizen phrasings', () => {
  it('are fifty, each expecting a bundle or an item', () => {
    expect(PHRASINGS).toHaveLength(50);
    for (const phrasing of PHRASINGS) expect(phrasing.bundle ?? phrasing.item).toBeDefined();
  });

  it.each(PHRASINGS)('finds what "$say" means', async ({ say, bundle, item }) => {
    const q = encodeURIComponent(say);
    if (bundle) {
      const bundles = (await get(`/api/catalog/bundles?q=${q}`)) as { id: string }[];
      expect(bundles[0]?.id).toBe(bundle);
    }
    if (item) {
      const page = (await get(`/api/catalog/items?q=${q}&pageSize=3`)) as { items: { name: string }[] };
      expect(page.items.map((i) => i.name)).toContain(item);
    }
  });
});

describe('browsing a district', () => {
  it('lists each item once, as its most local implementation, with the levels that implement it', async () => {
    const page = (await get('/api/catalog/items?region=370102&pageSize=100')) as {
      total: number;
      items: { basicCode: string; regionCode: string; implementedAt: { regionCode: string; level: string }[] }[];
    };
    const codes = page.items.map((i) => i.basicCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(page.total).toBe(page.items.length);
    const licence = page.items.find((i) => i.basicCode === '370113001000')!;
    expect(licence.implementedAt.length).toBeGreaterThanOrEqual(1);
    // The card is the deepest level's implementation; the levels run from the province down.
    expect(licence.regionCode).toBe(licence.implementedAt.at(-1)!.regionCode);
    const depths = licence.implementedAt.map((at) => at.regionCode.length);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
  });

  it('lists bundles unfiltered without a query and nothing for a query no bundle matches', async () => {
    expect(((await get('/api/catalog/bundles')) as unknown[]).length).toBe(10);
    expect(await get(`/api/catalog/bundles?q=${encodeURIComponent('排污许可')}`)).toEqual([]);
  });
});
