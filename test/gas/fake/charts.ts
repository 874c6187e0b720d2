// Embedded charts of the fake spreadsheet: Sheet.newChart() gives a builder; build() makes a chart
// that is on no sheet until Sheet.insertChart(chart); Sheet.getCharts() lists the inserted ones.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/charts/chart-type (Charts.ChartType)
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";

/** Charts.ChartType: an enum; the fake's members are their own names. */
export const FAKE_CHART_TYPES = {
  AREA: "AREA", BAR: "BAR", BUBBLE: "BUBBLE", CANDLESTICK: "CANDLESTICK", COLUMN: "COLUMN", COMBO: "COMBO", GAUGE: "GAUGE", GEO: "GEO",
  HISTOGRAM: "HISTOGRAM", LINE: "LINE", ORG: "ORG", PIE: "PIE", RADAR: "RADAR", SCATTER: "SCATTER", SPARKLINE: "SPARKLINE", STEPPED_AREA: "STEPPED_AREA",
  TABLE: "TABLE", TIMELINE: "TIMELINE", TREE_MAP: "TREE_MAP", WATERFALL: "WATERFALL",
} as const;

export class FakeCharts {
  readonly serviceName = "Charts";
  readonly ChartType = FAKE_CHART_TYPES;
}

export interface ChartPosition {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export class FakeEmbeddedChart {
  readonly serviceName = "EmbeddedChart";
  constructor(
    readonly sheetName: string,
    readonly chartType: string,
    readonly ranges: readonly string[],
    readonly position: ChartPosition,
    readonly options: ReadonlyMap<string, unknown>,
  ) {}
  getRanges(): string[] {
    return [...this.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option: string) => this.options.get(option) ?? null };
  }
}

export class FakeEmbeddedChartBuilder {
  readonly serviceName = "EmbeddedChartBuilder";
  private chartType: string | null = null;
  private readonly ranges: string[] = [];
  private position: ChartPosition = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
  private readonly options = new Map<string, unknown>();

  constructor(private readonly sheet: FakeSheet) {}

  setChartType(type: string): this {
    if (!Object.values(FAKE_CHART_TYPES).includes(type as keyof typeof FAKE_CHART_TYPES)) throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.");
    this.chartType = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.ranges.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
    return this;
  }
  /** "anchorRowPos: The chart's top side is anchored in this row", offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options.set(option, value);
    return this;
  }
  getChartType(): string | null {
    return this.chartType;
  }
  build(): FakeEmbeddedChart {
    // The reference does not say what a builder without a type or range builds; Sheets refuses to draw it.
    if (this.chartType === null || this.ranges.length === 0) throw new Error("Chart type and data ranges are required.");
    return new FakeEmbeddedChart(this.sheet.getName(), this.chartType, [...this.ranges], this.position, new Map(this.options));
  }
}
