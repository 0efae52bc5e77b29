/**
 * The figures the bulk history generator draws from, each with where it comes from. They shape
 * statistics (volumes by city, channels, visits, speed); they are not a forecast.
 */

/**
 * Resident population at the end of 2018, in 10,000 persons (山东统计年鉴 2019, 年末常住人口), by
 * city code. 莱芜市 (3712) existed until 2019-01-09; from then its districts belong to 济南, so its
 * weight goes to 济南 on any day the region list no longer has 莱芜 (the regions' validity decides).
 */
export const CITY_POPULATION_2018: Readonly<Record<string, number>> = {
  '3701': 746.04, // 济南市
  '3702': 939.48, // 青岛市
  '3703': 470.84, // 淄博市
  '3704': 392.73, // 枣庄市
  '3705': 217.21, // 东营市
  '3706': 712.18, // 烟台市
  '3707': 937.3, // 潍坊市
  '3708': 834.59, // 济宁市
  '3709': 564.75, // 泰安市
  '3710': 283.06, // 威海市
  '3711': 293.03, // 日照市
  '3712': 137.62, // 莱芜市 (to 2019-01-09)
  '3713': 1062.4, // 临沂市
  '3714': 581.0, // 德州市
  '3715': 609.83, // 聊城市
  '3716': 392.25, // 滨州市
  '3717': 876.5, // 菏泽市
};

/** Where a city's weight goes when the city no longer exists on a day (a merger). */
export const MERGED_INTO: Readonly<Record<string, string>> = { '3712': '3701' };

/**
 * Assumptions (stated, not measured): counties share their city's weight equally; a bundle is
 * asked for three times as often as a single item; on a day off only online filings arrive, at a
 * tenth of a working day's rate; the last three days of a month bring 15 % more.
 */
export const BUNDLE_WEIGHT = 3;
export const DAY_OFF_SHARE = 0.1;
export const MONTH_END_BOOST = 1.15;

/**
 * Channel mix: the online share grew through the reform (the seed: “网上办” from about a quarter
 * of cases at the start of 2018 to under half by its end) and keeps growing, capped at 75 %;
 * agents (帮办代办) file 5 %. Stated assumption shaped on the seed's narrative.
 */
export function onlineShareOn(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (year < 2018) return 0.2;
  if (year === 2018) return 0.25 + (0.2 * (month - 1)) / 11;
  return Math.min(0.75, 0.45 + 0.05 * (year - 2018));
}
export const AGENT_SHARE = 0.05;

/**
 * Speed and quality, by year: the share of cases that ran past their promised limit, that needed a
 * second visit at the window (a correction), were refused at acceptance, or denied. 2018 figures
 * are the seed's starting point (about one case in twelve late); later years improve. Assumptions.
 */
export function qualityOn(day: string): { late: number; secondVisit: number; refused: number; denied: number } {
  const year = Number(day.slice(0, 4));
  return year <= 2018
    ? { late: 0.08, secondVisit: 0.12, refused: 0.01, denied: 0.02 }
    : { late: 0.03, secondVisit: 0.04, refused: 0.005, denied: 0.015 };
}

/** Office hours in which filings arrive (China time), minutes after midnight. */
export const OFFICE_OPENS = 8 * 60 + 30;
export const OFFICE_MINUTES = 9 * 60;

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
export const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志强海燕晓东';
export const TRADE_WORDS = ['鲁信', '泉城', '海岱', '齐鲁', '泰岳', '沂蒙', '黄河', '渤海', '琴岛', '运河'];
export const TRADE_KINDS = ['商贸', '科技', '餐饮', '建筑', '物流', '文化', '农业', '医药'];
