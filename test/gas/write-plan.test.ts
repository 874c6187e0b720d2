// Grouping of cell writes into rectangles: the reason a sweep costs a few setValues calls.
import { describe, expect, it } from "vitest";
import { type CellWrite, planBlocks } from "../../apps-script/gas/write-plan";

const nothingFillable = () => undefined;
const w = (row: number, column: number, value: string | number = `${row}:${column}`): CellWrite => ({ row, column, value });

describe("planBlocks", () => {
  it("writes contiguous rows of adjacent columns as one rectangle", () => {
    const blocks = planBlocks([w(2, 5), w(2, 6), w(3, 5), w(3, 6), w(4, 5), w(4, 6)], nothingFillable);
    expect(blocks).toEqual([{ row: 2, column: 5, values: [["2:5", "2:6"], ["3:5", "3:6"], ["4:5", "4:6"]] }]);
  });

  it("bridges untouched cells with their current value when that is safe", () => {
    const fill = (row: number, column: number) => `old ${row}:${column}`;
    const blocks = planBlocks([w(2, 5), w(2, 7), w(5, 6)], fill);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.values).toEqual([
      ["2:5", "old 2:6", "2:7"],
      ["old 3:5", "old 3:6", "old 3:7"],
      ["old 4:5", "old 4:6", "old 4:7"],
      ["old 5:5", "5:6", "old 5:7"],
    ]);
  });

  it("never rewrites a cell it may not fill, splitting instead", () => {
    const blocks = planBlocks([w(2, 5), w(2, 7), w(4, 5)], nothingFillable);
    expect(blocks).toEqual([
      { row: 2, column: 5, values: [["2:5"]] },
      { row: 4, column: 5, values: [["4:5"]] },
      { row: 2, column: 7, values: [["2:7"]] },
    ]);
  });

  it("does not bridge gaps longer than the limit", () => {
    const fill = () => "old";
    expect(planBlocks([w(2, 1), w(500, 1)], fill, 200)).toHaveLength(2);
    expect(planBlocks([w(2, 1), w(100, 1)], fill, 200)).toHaveLength(1);
  });
});
