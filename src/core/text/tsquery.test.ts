import { describe, expect, it } from 'vitest';
import { simplifyTsquery } from './tsquery';

describe('simplifyTsquery', () => {
  it('drops alternatives that are repeated or implied by a shorter or wider one', () => {
    expect(
      simplifyTsquery(`'afvalwater':* | 'afvalwaterbehandel':* | 'zuiver':* & 'afvalwater':* | 'effluent':* | 'effluent':* & 'treatment':* | 'effluent':*`),
    ).toBe(`'afvalwater':* | 'effluent':*`);
    expect(simplifyTsquery(`'废水' | '污水' | '废水' & '处理' & '废水处理' | '污水' & '治理' | '尾' & '水'`)).toBe(`'废水' | '污水' | '尾' & '水'`);
  });

  it('keeps what is not implied: an exact term by a prefix, a prefix by a shorter exact lexeme, a wider conjunction', () => {
    const kept = `'water' | 'water':* & 'plant':* | 'wast':* & 'water':*`;
    expect(simplifyTsquery(`'wat' | 'water':*`)).toBe(`'wat' | 'water':*`);
    expect(simplifyTsquery(`'water':* | 'wat':*`)).toBe(`'wat':*`);
    expect(simplifyTsquery(kept)).toBe(kept);
  });

  it('simplifies inside a conjunction of alternatives, keeping the grouping', () => {
    expect(simplifyTsquery(`( 'hydrogen':* | 'hydrogen':* & 'storag':* ) & ( 'storag':* | 'opslag':* | ( 'opslag':* & 'waterstof':* ) )`)).toBe(
      `'hydrogen':* & ( 'storag':* | 'opslag':* )`,
    );
    // Only conjunctions of terms are compared: a nested alternative stays.
    expect(simplifyTsquery(`'a' & ( 'b' | 'c' ) | 'a'`)).toBe(`'a' & ( 'b' | 'c' ) | 'a'`);
  });

  it('returns what it does not understand as it is, quotes and all', () => {
    for (const q of [`!'a' | 'a' & 'b'`, `'a' <-> 'b' | 'a'`, `'a':A | 'a' & 'b'`, `'it''s' | ')'`, '']) expect(simplifyTsquery(q)).toBe(q);
    expect(simplifyTsquery(`'it''s':* | 'it''s' & 'x'`)).toBe(`'it''s':*`);
  });
});
