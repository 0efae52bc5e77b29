import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/actor';
import { DomainError } from '../../platform/errors';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { CANCELLING_ITEMS } from '../cases/cases.cancellations';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { createCertificatesRepository, type CertificateRow } from './certificates.repository';
import { CERTIFICATE_TYPES, certificateTypeBySlug } from './certificates.types';

/**
 * No grant leaves two valid certificates where the law allows one: every certificate type a
 * catalog item issues either declares what a new one does to the old (transfer, change,
 * exclusive) or is one of which a subject may lawfully hold several; and issuing through
 * `issueIn` + `supersedeIn` in one transaction ends the old one as its type says.
 */

/** Types of which one subject may hold several valid ones, and why. */
const SEVERAL_ALLOWED: Record<string, string> = {
  food_business_licence: '每个经营场所一证',
  real_estate_registration_certificate: '每项抵押权一证',
  land_use_planning_permit: '每个建设项目一证',
  engineering_planning_permit: '每个建设项目（单体）一证',
  construction_permit: '每个标段一证',
  completion_acceptance_filing: '每个工程一份备案',
  pollutant_discharge_permit: '每个排污单位（厂区）一证',
  seal_engraving_filing: '每枚印章一份备案',
  birth_medical_certificate: '母亲为每个新生儿持一证',
  academic_degree: '每个学历学位一证',
  water_connection: '每个用水地址一户',
  power_connection: '每个用电地址一户',
  gas_connection: '每个用气地址一户',
  heating_connection: '每个供热地址一户',
};

const ITEMS = JSON.parse(readFileSync(new URL('../../../../../data/catalog/items.json', import.meta.url), 'utf8')) as {
  basicCode: string;
  name: string;
  resultCertificateType: string | null;
}[];

let t: TestApp;
const context = systemContext('supersession-test');
const { zhangSan, liSi } = DEMO_RESIDENTS;

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

const repo = () => createCertificatesRepository(t.database.db);

async function validOf(typeSlug: string, holderId: string): Promise<CertificateRow[]> {
  const rows = await repo().listByHolder({ kind: 'person', id: holderId, typeSlug });
  return rows.filter((r) => r.status === 'valid');
}

/** Issues `data` as the old certificate's issuer did, superseding in the same transaction. */
async function issueSuperseding(old: CertificateRow, data: Record<string, unknown>) {
  return t.database.db.transaction(async (tx) => {
    const issuer = { uscc: old.issuerUscc, name: old.issuerName, regionCode: old.issuerRegionCode };
    const next = await t.services.certificates.issueIn(tx, context, { type: old.typeSlug, data, issuer });
    const ended = await t.services.certificates.supersedeIn(tx, context, next);
    return { next, ended };
  });
}

describe('supersession (catalog and certificate types)', () => {
  it('every type a catalog item issues says what a new one does to the old, or why several may be valid', () => {
    const issued = new Set(ITEMS.flatMap((i) => (i.resultCertificateType ? [i.resultCertificateType] : [])));
    const undecided = [...issued].filter(
      (slug) => !certificateTypeBySlug(slug)?.supersession && !(slug in SEVERAL_ALLOWED),
    );
    expect(undecided).toEqual([]);
    for (const slug of Object.keys(SEVERAL_ALLOWED)) expect(certificateTypeBySlug(slug)?.supersession, slug).toBeNull();
  });

  it('an item that transfers, changes or renews issues a type whose rule ends the old certificate', () => {
    const renewing = ITEMS.filter((i) => i.resultCertificateType && /转移|变更|换领|换证|迁移|补领|换发/.test(i.name));
    expect(renewing.length).toBeGreaterThanOrEqual(4);
    for (const item of renewing)
      expect(certificateTypeBySlug(item.resultCertificateType!)?.supersession?.effect, item.name).toMatch(
        /^(transfer|change)$/,
      );
  });

  it('every deregistration item (注销登记) revokes what it ends', () => {
    const deregistering = ITEMS.filter((i) => i.name.includes('注销登记'));
    expect(deregistering.length).toBeGreaterThan(0);
    for (const item of deregistering) expect(CANCELLING_ITEMS[item.basicCode], item.name).toBeDefined();
  });

  it('a deregistration revokes the enterprise’s business licence (注销登记)', async () => {
    const uscc = DEMO_ENTITIES.zhangjiStore.uscc;
    const held = async () =>
      (await repo().listByHolder({ kind: 'legal_person', id: uscc, typeSlug: 'business_licence' })).filter(
        (r) => r.status === 'valid',
      );
    const [licence] = await held();
    expect(licence).toBeDefined();
    const ended = await t.database.db.transaction((tx) =>
      t.services.certificates.cancelHeldIn(tx, context, {
        holder: { kind: 'legal_person', id: uscc },
        typeSlug: 'business_licence',
        reason: '注销登记',
        caseId: null,
      }),
    );
    expect(ended).toEqual([licence!.identifier]);
    expect(await held()).toEqual([]);
    expect(await repo().findCertificate(licence!.identifier)).toMatchObject({
      status: 'revoked',
      revokedReason: '注销登记',
    });
  });

  it('names the subject by a field the type has', () => {
    for (const type of CERTIFICATE_TYPES) {
      const subject = type.supersession?.subject;
      if (subject && subject !== 'holder')
        expect(
          type.fields.map((f) => f.key),
          type.slug,
        ).toContain(subject.field);
    }
  });

  it('a transfer cancels the seller’s title (转移登记) naming the buyer’s, in the same transaction', async () => {
    const [old] = await validOf('real_estate_title', zhangSan.idNumber);
    expect(old).toBeDefined();
    const { next, ended } = await issueSuperseding(old!, {
      ...old!.data,
      obligee: liSi.name,
      obligeeIdNumber: liSi.idNumber,
      certificateNumber: '鲁（2019）济南市不动产权第0100001号',
    });
    expect(ended).toEqual([{ identifier: old!.identifier, status: 'revoked', reason: '转移登记' }]);
    const after = await repo().findCertificate(old!.identifier);
    expect(after).toMatchObject({ status: 'revoked', revokedReason: '转移登记', replacedBy: next.identifier });
    expect(await validOf('real_estate_title', zhangSan.idNumber)).toEqual([]);
    const events = await repo().listEvents(old!.identifier);
    expect(events.map((e) => e.kind)).toContain('cancelled');
  });

  it('a household move and a renewed identity card replace the old ones: one valid each', async () => {
    for (const slug of ['household_register', 'identity_card']) {
      const [old] = await validOf(slug, zhangSan.idNumber);
      expect(old, slug).toBeDefined();
      const { next } = await issueSuperseding(old!, old!.data);
      expect(await repo().findCertificate(old!.identifier)).toMatchObject({
        status: 'replaced',
        replacedBy: next.identifier,
      });
      expect((await validOf(slug, zhangSan.idNumber)).map((r) => r.identifier)).toEqual([next.identifier]);
    }
  });

  it('a second marriage certificate for a married person is refused, and nothing changes', async () => {
    const marriage = {
      certificateNumber: 'J370102-2019-001234',
      registeredOn: '2019-05-20',
      holderRole: 'husband',
      husbandName: zhangSan.name,
      husbandIdNumber: zhangSan.idNumber,
      wifeName: DEMO_RESIDENTS.zhaoMin.name,
      wifeIdNumber: DEMO_RESIDENTS.zhaoMin.idNumber,
      registrationAuthority: '济南市历下区民政局',
    };
    const [card] = await validOf('identity_card', zhangSan.idNumber);
    const issuer = { uscc: card!.issuerUscc, name: card!.issuerName, regionCode: card!.issuerRegionCode };
    await t.database.db.transaction(async (tx) => {
      const first = await t.services.certificates.issueIn(tx, context, {
        type: 'marriage_certificate',
        data: marriage,
        issuer,
      });
      expect(await t.services.certificates.supersedeIn(tx, context, first)).toEqual([]);
    });
    const second = t.database.db.transaction(async (tx) => {
      const next = await t.services.certificates.issueIn(tx, context, {
        type: 'marriage_certificate',
        data: { ...marriage, certificateNumber: 'J370102-2019-009999' },
        issuer,
      });
      await t.services.certificates.supersedeIn(tx, context, next);
    });
    await expect(second).rejects.toSatisfy(
      (e) => e instanceof DomainError && e.code === 'CERTIFICATE_SUBJECT_ALREADY_HOLDS',
    );
    expect(await validOf('marriage_certificate', zhangSan.idNumber)).toHaveLength(1);
  });
});
