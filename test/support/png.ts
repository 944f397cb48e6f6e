import { createCanvas, loadImage } from "@napi-rs/canvas";

export type Rgb = [number, number, number];

const PNG_SIGNATURE = "89504e470d0a1a0a";

/** The width and height in a PNG's header; throws if the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (
    png.subarray(0, 8).toString("hex") !== PNG_SIGNATURE ||
    png.subarray(12, 16).toString("ascii") !== "IHDR"
  ) {
    throw new Error("not a PNG");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The PNG's pixels, read through the canvas library that drew them. */
export async function decodePng(png: Buffer): Promise<(x: number, y: number) => Rgb> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  return (x, y) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
  };
}

export function hex(color: string): Rgb {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function near(a: Rgb, b: Rgb, tolerance = 24): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
}
