import type { TicketCategory } from '@yici/contracts';
import type { DbOrTx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { articleFromItem, articleRow, CATALOG_ARTICLE_OWNER, reviewDateFrom } from './hotline.knowledge';
import { hotlineArticles, hotlineDispatchRules } from './hotline.tables';
import type { ItemElements } from '@yici/contracts';

/**
 * Which kind of department takes each category: the default dispatch catalogue. Utilities sit at
 * city level only, so a county's water ticket goes to the city's company (the nearest rule above).
 */
export const CATEGORY_DEPARTMENT_KINDS: Record<TicketCategory, string> = {
  enterprise_services: 'approval_bureau',
  market_and_food: 'market_regulation',
  household_and_security: 'public_security',
  tax: 'taxation',
  employment_social_security: 'human_resources',
  housing_property: 'natural_resources',
  environment: 'ecology_environment',
  medical: 'medical_insurance',
  transport: 'transport',
  utilities: 'water_utility',
  government_services: 'government_services',
};

type SeedDepartment = { id: string; name: string; kind: string; regionCode: string };

/** The dispatch catalogue (one row per region and category that has such a department) and the catalog's answers. */
export async function seedHotline(
  tx: DbOrTx,
  options: { clock: Clock; departments: SeedDepartment[]; items: (ItemElements & { basicCode: string })[] },
): Promise<void> {
  const rules = options.departments.flatMap((d) =>
    Object.entries(CATEGORY_DEPARTMENT_KINDS)
      .filter(([, kind]) => kind === d.kind)
      .map(([category]) => ({ regionCode: d.regionCode, category, departmentId: d.id, departmentName: d.name })),
  );
  for (let i = 0; i < rules.length; i += 500) await tx.insert(hotlineDispatchRules).values(rules.slice(i, i + 500));
  const now = options.clock.now();
  const reviewOn = reviewDateFrom(options.clock.today());
  const articles = options.items.map((item) =>
    articleRow({
      id: `item-${item.basicCode}`,
      version: 1,
      current: true,
      source: 'catalog',
      basicCode: item.basicCode,
      ...articleFromItem(item),
      owner: CATALOG_ARTICLE_OWNER,
      reviewOn,
      createdAt: now,
    }),
  );
  for (let i = 0; i < articles.length; i += 200) await tx.insert(hotlineArticles).values(articles.slice(i, i + 200));
}
