/** The grids' row height and gap in pixels: a widget `h` rows high is this tall on screen. */
export const rowHeight = 40;
export const rowGap = 16;
const cardChrome = 38 + 24;

export const widgetHeight = (h: number) => h * rowHeight + (h - 1) * rowGap;
/** The chart inside a small card of that height (its header and padding taken off). */
export const chartHeight = (h: number) => Math.max(120, widgetHeight(h) - cardChrome);
