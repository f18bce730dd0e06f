/**
 * The care settings the fellowship names, as slugs: the continuum fellows
 * follow patients across (inpatient consult, outpatient clinic, home-based
 * palliative care, hospice) plus post-acute, which the mission lists among
 * the settings fellows are equipped to practice in.
 */
export const CARE_SETTINGS = ['inpatient-consult', 'outpatient-clinic', 'home-based-palliative-care', 'hospice', 'post-acute'] as const;
