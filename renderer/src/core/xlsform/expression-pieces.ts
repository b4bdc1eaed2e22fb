/**
 * An expression together with where each part of it was written: a question inside a group with a
 * condition gets both conditions joined, and an error at a position of the joined text must still
 * name the cell (and the position within it) that the coordinator wrote.
 */
import type { CellPlace } from './xlsform-types';

export interface Piece {
  /** Offset of this part in the joined text. */
  at: number;
  length: number;
  place: CellPlace;
}

export interface PlacedExpression {
  text: string;
  pieces: Piece[];
}

export const placed = (text: string, place: CellPlace): PlacedExpression => ({ text, pieces: [{ at: 0, length: text.length, place }] });

/** `(a) and (b)`, or whichever of the two exists. */
export function joinConditions(a: PlacedExpression | undefined, b: PlacedExpression | undefined): PlacedExpression | undefined {
  if (!a) return b;
  if (!b) return a;
  const second = a.text.length + 8; // "(" + a + ") and ("
  return {
    text: `(${a.text}) and (${b.text})`,
    pieces: [...a.pieces.map((p) => ({ ...p, at: p.at + 1 })), ...b.pieces.map((p) => ({ ...p, at: p.at + second }))],
  };
}

/** The cell (and the offset within it) behind a position of the joined text. */
export function locate(expression: PlacedExpression, position: number): { place: CellPlace; position?: number } {
  const piece = expression.pieces.find((p) => position >= p.at && position <= p.at + p.length);
  if (piece) return { place: piece.place, position: position - piece.at };
  const first = expression.pieces[0];
  return { place: first?.place ?? { sheet: 'survey' } };
}
