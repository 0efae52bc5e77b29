/**
 * Street addresses for the seeded service points. The reference data names the regions but not
 * where their halls stand, and an address that only repeats the hall's name helps nobody find it.
 * The addresses are generated, consistently (the same region always gets the same street and
 * number), from street names common in Shandong's towns; the seed says so in its README.
 */
const STREET_STEMS = [
  '人民',
  '解放',
  '建设',
  '文化',
  '和平',
  '胜利',
  '新华',
  '中山',
  '青年',
  '府前',
  '政务',
  '行政',
  '长江',
  '黄河',
  '泰山',
  '泉城',
  '经十',
  '纬二',
  '北园',
  '花园',
  '振兴',
  '光明',
  '团结',
  '幸福',
  '民生',
  '崇文',
  '兴业',
  '富民',
  '育才',
  '东风',
  '朝阳',
  '迎宾',
  '滨河',
  '环城',
  '齐鲁',
  '鲁中',
];
const STREET_KINDS = ['路', '东路', '西路', '南路', '北路', '大街', '中路', '大道'];

/** A small stable hash of a code and a salt (FNV-1a): the same input, the same street. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `济南市历下区` + `文化东路` + `127号`, the same for the same region and building. */
export function streetAddressOf(regionCode: string, where: string, building: string): string {
  const hash = hashOf(`${regionCode}:${building}`);
  const stem = STREET_STEMS[hash % STREET_STEMS.length]!;
  const kind = STREET_KINDS[(hash >>> 8) % STREET_KINDS.length]!;
  const number = 1 + ((hash >>> 16) % 399);
  return `${where}${stem}${kind}${number}号`;
}

/** A village station sits in the committee's building (村委会 or 居委会), which residents know. */
export function villageAddressOf(where: string): string {
  return /(委员会|村委会)$/.test(where) ? `${where}办公楼一楼` : `${where}村民委员会办公楼一楼`;
}
