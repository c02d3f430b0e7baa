/** Named explicitly so Chinese renders the same on every machine and in exported PNGs. */
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif"

/** Colour-blind-safe palette (Okabe–Ito order), decals add a second cue. */
export const CHART_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999', '#8C6D31', '#6B6ECF', '#B5CF6B']
