import sharp from 'sharp'
import type { SharpDependency } from 'payload'

import { settings } from '@/env'

/**
 * The most pixels an uploaded image may decode to, all frames counted: 100 megapixels by default,
 * `MAX_IMAGE_MEGAPIXELS` to change it. A small file can declare a huge canvas (a decompression
 * bomb); decoding 100 MP already takes about 400 MB of memory.
 */
export const maxImagePixels = (): number => Math.floor(settings().MAX_IMAGE_MEGAPIXELS * 1_000_000)

/**
 * sharp for Payload with our pixel limit in place of sharp's own (268 MP), so no resize, crop or
 * size generation can decode more, whatever path the file took (the upload hook refuses such
 * files earlier with a clear message; this is the second guard).
 */
export const sharpWithPixelLimit =
  (maxPixels = maxImagePixels()): SharpDependency =>
  (input, options) =>
    sharp(input, { ...options, limitInputPixels: maxPixels })
