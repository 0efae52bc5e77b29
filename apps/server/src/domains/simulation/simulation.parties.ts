import type { ApplicantRef } from '@yici/contracts';
import { keyed, type Draw } from './simulation.random';
import { phoneOf } from './simulation.residents';
import type { Resident, World } from './simulation.world';

/**
 * Who else a case needs besides the resident who walks in, and what they type that the simulated
 * world has to make up: the buyer of a flat (不动产转移登记 is applied for by both parties, the
 * buyer joining), the company a construction project is filed for (工程建设项目审批 is for legal
 * persons), and the facts of the flat and the project.
 *
 * The seller's title: a seller who holds an electronic 不动产权证书 (a buyer of an earlier simulated
 * transfer) is offered it by the platform and reuses it — its facts fill the form and the transfer
 * cancels it. Everyone else holds a paper title, as most owners did in 2018: its scan is uploaded
 * and the flat's facts typed from it, which the service allows (`cases.certificate-facts.ts`).
 */
export type Parties = {
  applicant: ApplicantRef;
  /** The resident the form's own person fields name (the representative of a company). */
  person: Resident;
  /** The buyer who joins a sale. */
  buyer: Resident | null;
  /** Answers for fields the generic filler cannot make up (unit numbers, project codes, the buyer). */
  answers: Record<string, string>;
};

/** The audience of a bundle (person or legal person), read once per run. */
async function audienceOf(world: World, bundleId: string): Promise<'person' | 'legal_person'> {
  let found = world.caches.audiences.get(bundleId);
  if (!found) {
    found = (await world.services.catalog.getBundle(bundleId)).audience === 'legal_person' ? 'legal_person' : 'person';
    world.caches.audiences.set(bundleId, found);
  }
  return found;
}

/**
 * Companies of a county and the residents who represent them (the legal-entity registry, by
 * representative), looked up once per county and day: companies founded by the run's 企业开办
 * cases join them as they are registered.
 */
async function companiesOf(world: World, county: string, residents: Resident[], day: string) {
  const cached = world.caches.companies.get(county);
  if (cached?.day === day) return cached.companies;
  const companies: { uscc: string; representative: Resident }[] = [];
  for (const r of residents)
    for (const e of await world.services.registries.findEntitiesRepresentedBy(r.idNumber))
      if (e.status === 'active') companies.push({ uscc: e.uscc, representative: r });
  world.caches.companies.set(county, { day, companies });
  return companies;
}

const digits = (draw: Draw, n: number) => String(draw.int(10 ** n)).padStart(n, '0');

/**
 * The parties and the made-up facts of one application; null when the county has nobody who can
 * apply (no company for a legal persons' bundle, a single resident for a sale).
 */
export async function partiesOf(
  world: World,
  input: {
    target: { kind: 'bundle'; bundleId: string } | { kind: 'item' };
    county: string;
    residents: Resident[];
    resident: Resident;
    day: string;
    key: string;
  },
): Promise<Parties | null> {
  const { target, county, residents, resident, day, key } = input;
  const city = world.cities.find((c) => county.startsWith(c.code))?.name ?? '';
  const draw = keyed(world.run.seed, 'parties', key);
  const number = Number(key.slice(-4)) + 1;
  if (target.kind === 'bundle' && (await audienceOf(world, target.bundleId)) === 'legal_person') {
    const companies = await companiesOf(world, county, residents, day);
    if (companies.length === 0) return null;
    const company = companies[draw.int(companies.length)]!;
    return {
      applicant: { kind: 'legal_person', id: company.uscc },
      person: company.representative,
      buyer: null,
      answers: {
        project_name: `模拟${key}综合楼项目`,
        project_code: `${day.slice(0, 4)}-${county}-70-03-${digits(draw, 6)}`,
        project_location: `${city}（${county}）模拟路${number}号`,
        construction_content: '新建综合楼一栋（模拟）',
        total_investment: '8000',
        land_area: '6000',
        building_area: '18000',
        above_ground_floors: '12',
        below_ground_floors: '2',
        building_height: '45',
        civil_defence_area: '1200',
        contract_price: '6000',
        environmental_investment: '120',
      },
    };
  }
  const answers: Record<string, string> = {};
  let buyer: Resident | null = null;
  if (target.kind === 'bundle' && target.bundleId === 'real-estate-transfer') {
    if (residents.length < 2) return null;
    const at = residents.indexOf(resident);
    buyer = residents[(at + 1 + draw.int(residents.length - 1)) % residents.length]!;
    Object.assign(answers, {
      buyer_name: buyer.name,
      buyer_id_number: buyer.idNumber,
      buyer_phone: phoneOf(world, buyer.idNumber),
      // The flat as the seller's paper title records it.
      property_location: `${city}（${county}）模拟小区${number}号楼${1 + draw.int(6)}单元${digits(draw, 3)}室`,
      property_unit_number: `${county}${digits(draw, 6)}GB${digits(draw, 5)}F${digits(draw, 8)}`,
      title_certificate_number: `鲁（2015）${city}不动产权第${digits(draw, 7)}号`,
      building_area: String(60 + draw.int(80)),
      land_area: String(10 + draw.int(20)),
      transaction_price: String(80 + draw.int(150)),
    });
  }
  return { applicant: { kind: 'person', id: resident.idNumber }, person: resident, buyer, answers };
}
