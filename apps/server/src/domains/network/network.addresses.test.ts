import { describe, expect, it } from 'vitest';
import { streetAddressOf, villageAddressOf } from './network.addresses';

describe('service point addresses', () => {
  it('gives a region a street and a number, the same every time', () => {
    const address = streetAddressOf('370102', '山东省济南市历下区', 'hall');
    expect(address).toMatch(/^山东省济南市历下区[\u4e00-\u9fff]{2,4}(路|东路|西路|南路|北路|大街|中路|大道)\d{1,3}号$/);
    expect(streetAddressOf('370102', '山东省济南市历下区', 'hall')).toBe(address);
  });

  it('spreads neighbouring regions over different streets', () => {
    const streets = new Set(
      Array.from({ length: 40 }, (_, i) => streetAddressOf(`3701${String(i).padStart(2, '0')}`, '', 'hall')),
    );
    expect(streets.size).toBeGreaterThan(30);
  });

  it('places a village station in its committee building', () => {
    expect(villageAddressOf('历下区甸柳新村街道甸柳第一社区居民委员会')).toBe(
      '历下区甸柳新村街道甸柳第一社区居民委员会办公楼一楼',
    );
    expect(villageAddressOf('某镇王家村')).toBe('某镇王家村村民委员会办公楼一楼');
  });
});
