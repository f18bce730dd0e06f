/**
 * File names of the brochures the catalog was encoded from, as found in the
 * repository's `shared/seeds/` folder. Every `sources[].file` in the catalog
 * is one of these.
 */
export const SEED_FILES = {
  /** Radiation Oncology residency brochure. */
  radiationOncology: '000_151de7602a9d0946.txt',
  /** Integrated Interventional Radiology residency brochure. */
  interventionalRadiology: '001_c427c059d501dd58.txt',
  /** Hospice & Palliative Medicine fellowship brochure. */
  hospicePalliativeMedicine: '002_95986a87ca44b523.txt',
} as const;

/** File name of one of the seed brochures. */
export type SeedFile = (typeof SEED_FILES)[keyof typeof SEED_FILES];
