/**
 * What a score means, in four bands a recruiter can act on. The band is a function of the total
 * alone, so every view (panel, matches, exports, review) shows the same band for the same number.
 *
 * The cut-offs follow from how a total is built (lib/scoring/score.ts): must-haves make 75 points
 * and count together, so every must-have shown with solid evidence lands at 50 or more; one
 * must-have missing caps the total at 45 (MUST_HAVE_CAP, inside "Possible"), two or more at 24
 * (MUST_HAVES_CAP, the top of "Weak"); pluses alone, or one must-have with no sign of the others,
 * stay low. Checked against hand-labelled real developers in `npm run eval`.
 */

export const BAND_IDS = ['strong', 'possible', 'weak', 'none'] as const;
export type BandId = (typeof BAND_IDS)[number];

export interface Band {
  id: BandId;
  label: string;
  /** Lowest total in the band; the band runs up to the next band's minimum − 1 (Strong to 100). */
  min: number;
  /** What a recruiter can do with it. */
  meaning: string;
}

/** Highest band first. */
export const BANDS: readonly Band[] = [
  {
    id: 'strong',
    label: 'Strong',
    min: 50,
    meaning: 'Every must-have shown by the person’s own work, with depth: reach out.',
  },
  {
    id: 'possible',
    label: 'Possible',
    min: 25,
    meaning: 'Real evidence for most must-haves, thin or missing on one: worth a closer look or a screening call.',
  },
  {
    id: 'weak',
    label: 'Weak',
    min: 5,
    meaning: 'Adjacent skills only, or most must-haves missing: not a fit on what is public.',
  },
  {
    id: 'none',
    label: 'No evidence',
    min: 0,
    meaning: 'Nothing public speaks to this posting: unrelated work, or too little to judge (see confidence).',
  },
];

const BY_ID = new Map(BANDS.map((band) => [band.id, band]));

export function bandOf(total: number): Band {
  return BANDS.find((band) => total >= band.min) ?? BANDS[BANDS.length - 1]!;
}

export function bandById(id: BandId): Band {
  return BY_ID.get(id)!;
}

/** "70–100", "40–69"… for legends and README. */
export function bandRange(band: Band): string {
  const index = BANDS.indexOf(band);
  const max = index === 0 ? 100 : BANDS[index - 1]!.min - 1;
  return `${band.min}–${max}`;
}
