import type { Site } from '@gmekit/model';
import { inferred, stated, unstated } from './builders/open';
import { siteId } from './builders/ids';
import { cite } from './builders/sources';
import { SEED_FILES } from './seeds';

const RO = SEED_FILES.radiationOncology;
const IR = SEED_FILES.interventionalRadiology;
const HPM = SEED_FILES.hospicePalliativeMedicine;

/** Kaiser Permanente Los Angeles Medical Center, the sponsor's main campus. */
export const LAMC = siteId('kp-lamc');
/** The Kaiser Permanente Cancer Center at Los Angeles Medical Center. */
export const LAMC_CANCER_CENTER = siteId('kp-lamc-cancer-center');
/** The Radiation Oncology satellite facility in Anaheim. */
export const ANAHEIM_SATELLITE = siteId('kp-anaheim-radiation-oncology');
/** The Radiation Oncology satellite facility in Ontario. */
export const ONTARIO_SATELLITE = siteId('kp-ontario-radiation-oncology');
/** Kaiser Permanente West Los Angeles Medical Center. */
export const WEST_LA = siteId('kp-west-los-angeles');
/** Children's Hospital of Los Angeles. */
export const CHLA = siteId('childrens-hospital-los-angeles');
/** City of Hope Cancer Hospital. */
export const CITY_OF_HOPE = siteId('city-of-hope');

// A name containing a place ("West Los Angeles", "of Los Angeles") is not a
// sentence locating the site in a city, so those cities stay unstated.
const NAME_ONLY = 'the brochure gives the name only; no sentence places the site in a city';

// No brochure says who owns or runs a site; `affiliation` is read from how
// each brochure speaks of it.
const OWN_MAIN =
  'The brochures speak of it as their own medical center (“Kaiser Permanente Los Angeles Medical Center has an exceptional Interventional Radiology (IR) training experience”; “Kaiser Permanente LAMC offers over 20 other residency and fellowship programs”); that it is the sponsor is not said in those words.';
const OWN_CANCER_CENTER =
  'The residency is “at the Kaiser Permanente Cancer Center at Los Angeles Medical Center”, a Kaiser Permanente name inside the sponsor’s medical center; that it belongs to the sponsor is not said in those words.';
const OWN_SATELLITE = 'The brochure calls them “Our satellite facilities in Anaheim and Ontario”; “our” is read as the sponsor’s own system, which is not said in those words.';
const KP_NAMED =
  'Named “Kaiser Permanente West Los Angeles Medical Center”, a Kaiser Permanente medical center; the brochure does not say it belongs to the sponsor’s system, the name implies it.';
const OUTSIDE =
  'Named as a children’s hospital or cancer center without “Kaiser Permanente” in its name; that it is an outside partner rather than part of the sponsor’s system is read from the name, not stated.';

/** Every site the three programs use. */
export const sites: Site[] = [
  {
    id: LAMC,
    name: 'Kaiser Permanente Los Angeles Medical Center',
    kind: 'academic-medical-center',
    city: stated('Los Angeles'),
    affiliation: 'sponsor',
    inferred: { affiliation: OWN_MAIN },
    opened: stated(1963),
    sources: [
      ...cite(RO, 'The Kaiser Permanente Los Angeles Medical Center was opened in 1963.'),
      ...cite(
        HPM,
        'Los Angeles is one of the most diverse and vibrant cities in the nation, which means that our fellows encounter patients with a wide range of cultural, ethnic, and religious backgrounds.',
        'a tertiary, academic hospital (Kaiser Permanente Los Angeles Medical Center)',
      ),
      ...cite(IR, 'Kaiser Permanente Los Angeles Medical Center has an exceptional Interventional Radiology (IR) training experience.'),
    ],
  },
  {
    id: LAMC_CANCER_CENTER,
    name: 'Kaiser Permanente Cancer Center at Los Angeles Medical Center',
    kind: 'cancer-center',
    city: inferred(
      'Los Angeles',
      'The brochure’s equipment is at “our Los Angeles facility”, read as this Cancer Center; the site’s name (“at Los Angeles Medical Center”) is a name, not a sentence placing it in a city.',
    ),
    partOf: LAMC,
    affiliation: 'sponsor',
    inferred: { affiliation: OWN_CANCER_CENTER },
    sources: cite(
      RO,
      'Welcome to the Radiation Oncology Residency Program at the Kaiser Permanente Cancer Center at Los Angeles Medical Center!',
      'There are seven linear accelerators at our Los Angeles facility',
    ),
  },
  {
    id: ANAHEIM_SATELLITE,
    name: 'Radiation Oncology satellite facility in Anaheim',
    kind: 'satellite-facility',
    city: stated('Anaheim'),
    affiliation: 'sponsor',
    inferred: { affiliation: OWN_SATELLITE },
    sources: cite(RO, 'Our satellite facilities in Anaheim and Ontario host several additional linear accelerators'),
  },
  {
    id: ONTARIO_SATELLITE,
    name: 'Radiation Oncology satellite facility in Ontario',
    kind: 'satellite-facility',
    city: stated('Ontario'),
    affiliation: 'sponsor',
    inferred: { affiliation: OWN_SATELLITE },
    sources: cite(RO, 'Our satellite facilities in Anaheim and Ontario host several additional linear accelerators'),
  },
  {
    id: WEST_LA,
    name: 'Kaiser Permanente West Los Angeles Medical Center',
    kind: 'community-hospital',
    city: unstated(NAME_ONLY),
    affiliation: 'sponsor',
    inferred: { affiliation: KP_NAMED },
    sources: cite(HPM, 'a community-based hospital (Kaiser Permanente West Los Angeles Medical Center)'),
  },
  {
    id: CHLA,
    name: 'Children’s Hospital of Los Angeles',
    kind: 'childrens-hospital',
    city: unstated(NAME_ONLY),
    affiliation: 'partner',
    inferred: { affiliation: OUTSIDE },
    sources: cite(HPM, 'a children’s hospital (Children’s Hospital of Los Angeles)'),
  },
  {
    id: CITY_OF_HOPE,
    name: 'City of Hope Cancer Hospital',
    kind: 'cancer-center',
    city: unstated(NAME_ONLY),
    affiliation: 'partner',
    inferred: { affiliation: OUTSIDE },
    sources: cite(HPM, 'a comprehensive cancer center (City of Hope Cancer Hospital)'),
  },
];
