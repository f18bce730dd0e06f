/**
 * The care settings fellows train in, as slugs: the continuum they follow
 * patients across, "from the inpatient consult service to the outpatient
 * clinic to our integrated home-based palliative care and hospice programs".
 * Post-acute care is not among them: the mission only says graduates are
 * "equipped to practice" there, which is a competence expectation, not a
 * setting the fellowship says it trains in.
 */
export const CARE_SETTINGS = ['inpatient-consult', 'outpatient-clinic', 'home-based-palliative-care', 'hospice'] as const;
