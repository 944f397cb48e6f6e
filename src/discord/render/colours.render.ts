/** Embed accent colours (the charts use the same blue and orange for the two matrices). */
export const BRAND_COLOUR = 0x4ea1ff;
export const WARNING_COLOUR = 0xffb020;
