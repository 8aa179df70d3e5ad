import type { Prices } from './lagrangian';
import { zeroPrices } from './lagrangian';
import type { ResidualProblem } from './residual';
import type { LinearSolution } from './types';

const TERMS_PER_LINE = 12;

export const variableCount = (problem: ResidualProblem): number => problem.openSlots.reduce((n, slots) => n + slots.length, 0);

/**
 * The time-indexed model of the residual problem in CPLEX LP text: x_r_s = 1 when request r meets
 * in slot s. Rows that can never bind (a participant with one candidate in a slot, a slot with
 * fewer candidates than tables) are left out to keep the WebAssembly solver's model small.
 */
export function timeIndexedLp(problem: ResidualProblem, integer: boolean): string {
  const { model, openSlots, tablesLeft, interpretersLeft } = problem;
  const { slotCount, members, weights, pairOf, usesTable } = model;
  const bySeat = new Map<number, string[]>();
  const bySlot = Array.from({ length: slotCount }, () => [] as string[]);
  const byPair = new Map<number, string[]>();
  const objective: string[] = [];
  const rows: string[] = [];
  const columns: string[] = [];
  const push = <K>(map: Map<K, string[]>, key: K, name: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [name]);
    else list.push(name);
  };
  openSlots.forEach((slots, r) => {
    if (slots.length === 0) return;
    const names = Array.from(slots, (s) => `x${r}_${s}`);
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k]!;
      const name = names[k]!;
      objective.push(`${weights[r]} ${name}`);
      columns.push(name);
      if (usesTable[r] === 1) bySlot[s]!.push(name);
      for (const p of members[r]!) push(bySeat, p * slotCount + s, name);
      if (pairOf[r]! >= 0) push(byPair, pairOf[r]! * slotCount + s, name);
    }
    if (names.length > 1) rows.push(row(`r${r}`, names, 1));
  });
  for (const [seat, names] of bySeat) if (names.length > 1) rows.push(row(`p${seat}`, names, 1));
  bySlot.forEach((names, s) => {
    if (names.length > tablesLeft[s]!) rows.push(row(`t${s}`, names, tablesLeft[s]!));
  });
  for (const [key, names] of byPair) {
    if (names.length > interpretersLeft[key]!) rows.push(row(`i${key}`, names, interpretersLeft[key]!));
  }
  return [
    'Maximize',
    ` obj: ${wrap(objective.length > 0 ? objective : ['0 dummy'], ' + ')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...(integer ? [] : columns.map((c) => ` ${c} <= 1`)),
    ...(integer ? ['Binary', wrap(columns, ' ')] : []),
    'End',
  ].join('\n');
}

function row(name: string, terms: string[], capacity: number): string {
  return ` ${name}: ${wrap(terms, ' + ')} <= ${capacity}`;
}

function wrap(terms: string[], separator: string): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_LINE) lines.push(terms.slice(i, i + TERMS_PER_LINE).join(separator));
  return lines.join(`${separator.trim() === '' ? '' : separator.trimEnd()}\n  `);
}

/** Row duals of a solved LP as Lagrangian prices (request rows are implied by the evaluation). */
export function pricesFromDuals(problem: ResidualProblem, rows: LinearSolution['Rows']): Prices {
  const prices = zeroPrices(problem);
  for (const { Name: name, Dual: dual } of rows) {
    if (name === undefined || dual === undefined) continue;
    const price = Math.abs(dual);
    const index = Number(name.slice(1));
    if (name[0] === 'p') prices.participant[index] = price;
    else if (name[0] === 't') prices.table[index] = price;
    else if (name[0] === 'i') prices.interpreter[index] = price;
  }
  return prices;
}

/** Slot per request from a MILP solution's columns, -1 when unscheduled. */
export function assignmentFromColumns(problem: ResidualProblem, columns: LinearSolution['Columns']): Int32Array {
  const assignment = new Int32Array(problem.model.requestCount).fill(-1);
  problem.openSlots.forEach((slots, r) => {
    for (const s of slots) if ((columns[`x${r}_${s}`]?.Primal ?? 0) > 0.5) assignment[r] = s;
  });
  return assignment;
}
