import type { Department, LegalEntity, Person } from '@yici/contracts';
import type { Clock } from '../../platform/clock';
import type { DbOrTx } from '../../platform/db/database';
import { canonicalJson, signSm2 } from '../../platform/crypto/sm';
import { DEMO_RESIDENTS } from '../registries/registries.demo';
import { hashContent, type CertificateContent } from './certificates.document';
import { buildCertificateIdentifier } from './certificates.identifier';
import { createCertificatesRepository, type CertificateRow } from './certificates.repository';
import { businessLicenceData, householdRegisterData, identityCardData } from './certificates.samples';
import type { SealService, SigningSeal } from './certificates.seals';
import { certificateTypeBySlug } from './certificates.types';

/**
 * A flat 张三 owns besides his home, so the real-estate transfer journey can sell it with the
 * title he already holds instead of an uploaded scan. Fixed data: the seed stays deterministic.
 */
export const DEMO_REAL_ESTATE_TITLES = {
  zhangSanFlat: {
    certificateNumber: '鲁（2016）济南市不动产权第0087654号',
    obligee: DEMO_RESIDENTS.zhangSan.name,
    obligeeIdNumber: DEMO_RESIDENTS.zhangSan.idNumber,
    coOwnership: 'sole',
    location: '历下区文化东路街道泉景花园7号楼1单元302室',
    unitNumber: '370102007003GB00187F00070302',
    rightType: 'land_and_building',
    rightNature: '出让/市场化商品房',
    usage: '城镇住宅用地/住宅',
    landAreaSqm: 18.42,
    buildingAreaSqm: 89.56,
    landUseTo: '2082-08-31',
    registeredOn: '2016-04-16',
  },
} as const satisfies Record<string, Record<string, unknown>>;

/**
 * Seals for every approval bureau, public security bureau and market regulator, and the platform's
 * own seal; then the seeded residents' identity cards and household registers, the entities'
 * business licences and the demo real estate title, signed in bulk (the seed is the system, not a
 * use case: no per-row registry reads).
 */
export async function seedCertificates(
  tx: DbOrTx,
  options: {
    clock: Clock;
    seals: SealService;
    departments: Department[];
    persons: Person[];
    entities: LegalEntity[];
    platformBody: { uscc: string; name: string; regionCode: string };
  },
): Promise<{ seals: number; certificates: number }> {
  const { clock, seals } = options;
  const byRegionKind = new Map(options.departments.map((d) => [`${d.regionCode}:${d.kind}`, d]));
  const signing = new Map<string, SigningSeal>();
  const sealFor = async (body: { uscc: string; name: string; regionCode: string }) => {
    let seal = signing.get(body.uscc);
    if (!seal) {
      seal = await seals.signingSealFor(tx, body);
      signing.set(body.uscc, seal);
    }
    return seal;
  };
  for (const d of options.departments.filter((d) =>
    ['approval_bureau', 'public_security', 'market_regulation'].includes(d.kind),
  )) {
    await sealFor({ uscc: d.uscc, name: d.name, regionCode: d.regionCode });
  }
  await sealFor(options.platformBody);

  const repo = createCertificatesRepository(tx);
  const issuedAt = clock.now();
  const rows: CertificateRow[] = [];
  const bodyIn = (regionCode: string, kinds: string[]) => {
    for (const kind of kinds) {
      const body =
        byRegionKind.get(`${regionCode.slice(0, 6)}:${kind}`) ?? byRegionKind.get(`${regionCode.slice(0, 4)}:${kind}`);
      if (body) return body;
    }
    return null;
  };
  const issue = async (slug: string, data: Record<string, unknown>, issuer: Department, from?: string) => {
    const type = certificateTypeBySlug(slug)!;
    const seal = await sealFor({ uscc: issuer.uscc, name: issuer.name, regionCode: issuer.regionCode });
    const holder = type.holderOf(data);
    const validFrom = (from ?? String(data.validFrom ?? data.issuedOn ?? data.establishedOn ?? clock.today())).slice(
      0,
      10,
    );
    const content: CertificateContent = {
      identifier: buildCertificateIdentifier({
        typeCode: type.code,
        issuerUscc: issuer.uscc,
        serial: await repo.nextSerial(),
        version: 1,
      }),
      type: { slug, code: type.code, name: type.name },
      holder,
      issuer: { uscc: issuer.uscc, name: issuer.name },
      data,
      issuedAt: issuedAt.toISOString(),
      validFrom,
      validTo: type.validToFor(data, validFrom),
      sealId: seal.id,
    };
    rows.push({
      identifier: content.identifier,
      typeSlug: slug,
      typeCode: type.code,
      holderKind: holder.kind,
      holderId: holder.id,
      holderName: holder.name,
      issuerUscc: issuer.uscc,
      issuerName: issuer.name,
      issuerRegionCode: issuer.regionCode,
      data,
      issuedAt,
      validFrom,
      validTo: content.validTo,
      sealId: seal.id,
      contentHash: hashContent(content),
      signature: signSm2({ privateKey: seal.privateKey, publicKey: seal.publicKey, message: canonicalJson(content) }),
      status: 'valid',
      revokedAt: null,
      revokedReason: null,
      replacedBy: null,
      caseId: null,
    });
  };

  const today = clock.today();
  for (const person of options.persons) {
    const police = bodyIn(person.householdRegionCode, ['public_security']);
    if (!police) continue;
    await issue('identity_card', identityCardData(person, { asOf: today }) as Record<string, unknown>, police);
    await issue('household_register', householdRegisterData(person) as Record<string, unknown>, police);
  }
  for (const entity of options.entities.filter((e) => e.status === 'active')) {
    const bureau = bodyIn(entity.registeredRegionCode, ['approval_bureau', 'market_regulation']);
    if (bureau) await issue('business_licence', businessLicenceData(entity) as Record<string, unknown>, bureau);
  }
  const zhangSan = options.persons.find((p) => p.idNumber === DEMO_RESIDENTS.zhangSan.idNumber);
  const registry = zhangSan && bodyIn(zhangSan.householdRegionCode, ['natural_resources']);
  if (registry) {
    const title = DEMO_REAL_ESTATE_TITLES.zhangSanFlat;
    await issue('real_estate_title', { ...title }, registry, title.registeredOn);
  }
  await repo.insertCertificates(rows);
  await repo.insertEvents(
    rows.map((r) => ({
      identifier: r.identifier,
      kind: 'issued',
      at: issuedAt,
      actorLabel: '初始化数据',
      details: {},
    })),
  );
  return { seals: signing.size, certificates: rows.length };
}
