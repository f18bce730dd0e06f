import type { Equipment } from '@gmekit/model';
import { equipmentId } from '../builders/ids';
import { ambiguous, inferred, stated, unstated } from '../builders/open';
import { exact, noCount } from '../builders/quantity';
import { ANAHEIM_SATELLITE, LAMC, LAMC_CANCER_CENTER, ONTARIO_SATELLITE } from '../sites';
import { ro } from './source';

/** The seven linear accelerators at the Los Angeles facility, as a fleet. */
export const LA_LINACS = equipmentId('ro-la-linacs');

const LINACS =
  'There are seven linear accelerators at our Los Angeles facility including two Varian TrueBeamSTX, one Varian VitalBeam, and one Varian Halcyon machine.';
const SRS = 'We perform linear accelerator-based stereotactic radiosurgery on the Varian TrueBeamSTX system using Vision RT surface recognition software.';
const HDR =
  'In 2022, we opened our new HDR brachytherapy suite with Varian HDR Bravos afterloader for interstitial and intracavitary implants with dedicated Siemens CT scanner and C-arm imaging.';
const SATELLITES =
  'Our satellite facilities in Anaheim and Ontario host several additional linear accelerators with SRS, SBRT, and VMAT capabilities as well as a Xoft electronic brachytherapy system.';
const LAB =
  'We have an on-site biochemistry laboratory with fully equipped tissue culture facilities and six centrifuges to support all types of molecular biology research including Western blotting, real-time PCR, and epigenetic analysis.';
// “our Los Angeles facility” is never named; the residency is “at the Kaiser
// Permanente Cancer Center at Los Angeles Medical Center”, so it is read as that.
const LA = inferred(
  LAMC_CANCER_CENTER,
  '“our Los Angeles facility” is not named; the residency is “at the Kaiser Permanente Cancer Center at Los Angeles Medical Center”, so the facility is read as the Cancer Center.',
);
// The suite's opening is dated; the equipment in it is not.
const SUITE_YEAR = inferred(
  2022,
  '“In 2022, we opened our new HDR brachytherapy suite with …” dates the suite’s opening; that this equipment came with it in 2022 is implied, not said.',
);
const NO_YEAR = unstated();

function laLinac(slug: string, model: string, count: number, capabilities: string[], quotes: string[]): Equipment {
  return {
    id: equipmentId(`ro-la-linac-${slug}`),
    category: 'linear-accelerator',
    name: `Varian ${model}`,
    vendor: stated('Varian'),
    model: stated(model),
    count: exact(count),
    site: LA,
    year: NO_YEAR,
    partOf: LA_LINACS,
    capabilities,
    sources: ro(LINACS, ...quotes),
  };
}

/**
 * Radiation Oncology technology. The Los Angeles linear accelerators are a
 * fleet of seven with named members adding up to four, so the gap report
 * shows three of unstated vendor and model.
 */
export const equipment: Equipment[] = [
  {
    id: LA_LINACS,
    category: 'linear-accelerator',
    name: 'Linear accelerators at the Los Angeles facility',
    vendor: unstated('a fleet; vendors are given for the named members only'),
    model: unstated('a fleet; models are given for the named members only'),
    count: exact(7),
    site: LA,
    year: NO_YEAR,
    capabilities: [],
    sources: ro(LINACS),
  },
  laLinac('truebeamstx', 'TrueBeamSTX', 2, ['srs'], [SRS]),
  laLinac('vitalbeam', 'VitalBeam', 1, [], []),
  laLinac('halcyon', 'Halcyon', 1, [], []),
  {
    id: equipmentId('ro-vision-rt'),
    category: 'surface-guidance-software',
    name: 'Vision RT surface recognition software',
    vendor: stated('Vision RT'),
    model: unstated('the product is not named'),
    count: noCount('used with the TrueBeamSTX system; no count is given'),
    site: inferred(
      LAMC_CANCER_CENTER,
      'Used on “the Varian TrueBeamSTX system”, whose two machines are at “our Los Angeles facility”, read as the Cancer Center; the brochure does not say where the software runs.',
    ),
    year: NO_YEAR,
    capabilities: ['srs', 'surface-guidance'],
    sources: ro(SRS),
  },
  {
    id: equipmentId('ro-hdr-suite'),
    category: 'brachytherapy-suite',
    name: 'HDR brachytherapy suite',
    vendor: unstated(),
    model: unstated(),
    count: exact(1),
    site: unstated('opened by the department; the brochure does not say at which facility'),
    year: stated(2022),
    capabilities: ['hdr-brachytherapy', 'interstitial-implants', 'intracavitary-implants'],
    sources: ro(HDR),
  },
  {
    id: equipmentId('ro-hdr-bravos'),
    category: 'hdr-afterloader',
    name: 'Varian HDR Bravos afterloader',
    vendor: stated('Varian'),
    model: stated('Bravos'),
    count: exact(1),
    site: unstated('in the HDR brachytherapy suite, whose facility is not stated'),
    year: SUITE_YEAR,
    capabilities: ['hdr-brachytherapy', 'interstitial-implants', 'intracavitary-implants'],
    sources: ro(HDR),
  },
  {
    id: equipmentId('ro-hdr-ct'),
    category: 'ct-scanner',
    name: 'Dedicated Siemens CT scanner',
    vendor: stated('Siemens'),
    model: unstated(),
    count: exact(1),
    site: unstated('in the HDR brachytherapy suite, whose facility is not stated'),
    year: SUITE_YEAR,
    capabilities: ['brachytherapy-imaging'],
    sources: ro(HDR),
  },
  {
    id: equipmentId('ro-hdr-c-arm'),
    category: 'c-arm',
    name: 'C-arm imaging',
    // "dedicated Siemens CT scanner and C-arm imaging" can be read with
    // "Siemens" applying to the C-arm too; neither reading is stated.
    vendor: unstated('“dedicated Siemens CT scanner and C-arm imaging” may or may not make the C-arm a Siemens one'),
    model: unstated(),
    count: noCount('“C-arm imaging”'),
    site: unstated('in the HDR brachytherapy suite, whose facility is not stated'),
    year: SUITE_YEAR,
    capabilities: ['brachytherapy-imaging'],
    sources: ro(HDR),
  },
  {
    id: equipmentId('ro-ldr-brachytherapy'),
    category: 'ldr-brachytherapy',
    name: 'LDR brachytherapy implants',
    vendor: unstated(),
    model: unstated(),
    count: noCount('a service performed at the main hospital; no equipment count is given'),
    site: inferred(
      LAMC,
      '“at our main hospital”: the brochure does not name it; the main hospital is read as Kaiser Permanente Los Angeles Medical Center, the medical center the Cancer Center is at.',
    ),
    year: NO_YEAR,
    capabilities: ['ldr-brachytherapy'],
    sources: ro('We also perform LDR brachytherapy implants at our main hospital.'),
  },
  {
    id: equipmentId('ro-satellite-linacs'),
    category: 'linear-accelerator',
    name: 'Additional linear accelerators at the satellite facilities',
    vendor: unstated(),
    model: unstated(),
    count: noCount('“several additional linear accelerators”'),
    site: unstated('spread over the Anaheim and Ontario satellite facilities; the split is not stated'),
    year: NO_YEAR,
    capabilities: ['srs', 'sbrt', 'vmat'],
    sources: ro(SATELLITES),
  },
  {
    id: equipmentId('ro-xoft'),
    category: 'electronic-brachytherapy',
    name: 'Xoft electronic brachytherapy system',
    vendor: stated('Xoft'),
    model: unstated(),
    count: exact(1),
    site: ambiguous(
      '“Our satellite facilities in Anaheim and Ontario host … a Xoft electronic brachytherapy system”',
      { value: ANAHEIM_SATELLITE, reading: 'at the Anaheim satellite facility' },
      { value: ONTARIO_SATELLITE, reading: 'at the Ontario satellite facility' },
    ),
    year: NO_YEAR,
    capabilities: ['electronic-brachytherapy'],
    sources: ro(SATELLITES),
  },
  {
    id: equipmentId('ro-biochemistry-laboratory'),
    category: 'laboratory',
    name: 'On-site biochemistry laboratory with fully equipped tissue culture facilities',
    vendor: unstated(),
    model: unstated(),
    count: exact(1),
    site: unstated('“on-site”; the facility is not named'),
    year: NO_YEAR,
    capabilities: ['tissue-culture', 'western-blotting', 'real-time-pcr', 'epigenetic-analysis'],
    sources: ro(LAB, 'Residents have access to an extensive tumor registry and on-site biochemistry laboratory.'),
  },
  {
    id: equipmentId('ro-centrifuges'),
    category: 'centrifuge',
    name: 'Centrifuges in the biochemistry laboratory',
    vendor: unstated(),
    model: unstated(),
    count: exact(6),
    site: unstated('in the on-site biochemistry laboratory'),
    year: NO_YEAR,
    capabilities: ['molecular-biology'],
    sources: ro(LAB),
  },
  {
    id: equipmentId('ro-tumor-registry'),
    category: 'tumor-registry',
    name: 'Tumor registry',
    vendor: unstated(),
    model: unstated(),
    count: exact(1),
    site: unstated(),
    year: NO_YEAR,
    capabilities: ['clinical-research'],
    sources: ro('Residents have access to an extensive tumor registry and on-site biochemistry laboratory.'),
  },
];
