-- A case's region as words of its search terms (caseSearchTermsOf, cases.search.ts): 区划 and the
-- code of each level below the province (city 4 digits, county 6, town 9, village 12), written
-- before the bigrams. A staff search adds its scope's word to the query, so the GIN index reads only
-- the cases that hold the term and lie in the scope. Synthetic rows have no search terms.
UPDATE "cases" SET "search_terms" = concat_ws(' ',
    CASE WHEN length("region_code") >= 4 THEN '区划' || left("region_code", 4) END,
    CASE WHEN length("region_code") >= 6 THEN '区划' || left("region_code", 6) END,
    CASE WHEN length("region_code") >= 9 THEN '区划' || left("region_code", 9) END,
    CASE WHEN length("region_code") >= 12 THEN '区划' || left("region_code", 12) END,
    nullif("search_terms", ''))
  WHERE NOT "synthetic";
