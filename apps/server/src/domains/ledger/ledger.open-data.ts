import { sql, type SQL } from 'drizzle-orm';
import { bulletins } from './ledger.tables';

/**
 * Who issues the bulletins (鲁一次办好通): the reform's office sits in the provincial government's
 * general office, which also heads the 督办 ladder.
 */
export const BULLETIN_PUBLISHER = '山东省人民政府办公厅';

/**
 * The published bulletins as an open dataset (公共数据开放), columns named by the dataset's field
 * keys. Drafts are never in it (they have no number and are answered as missing everywhere
 * public); an archived bulletin stays, as it does on the public list. The link is the sealed PDF
 * as rendered at publication.
 */
export const ledgerOpenData = {
  bulletins: (publicUrl: string): SQL =>
    sql`select number as "number", title as "title",
               ((published_at at time zone 'Asia/Shanghai')::date)::text as "publishedOn",
               period_from::text as "periodFrom", period_to::text as "periodTo",
               ${BULLETIN_PUBLISHER}::text as "publisher",
               case status when 'archived' then '已归档' else '已发布' end as "status",
               (select c.number from ${bulletins} c where c.id = b.corrects_id) as "correctsNumber",
               ${`${publicUrl.replace(/\/+$/, '')}/api/public/bulletins/`}::text || id || '/pdf' as "pdfUrl"
          from ${bulletins} b
         where status in ('published', 'archived') and number is not null`,
};
