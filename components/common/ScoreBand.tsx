import { BANDS, bandOf, bandRange, type Band } from '@/lib/scoring/bands';

/** The band's name as a coloured label; the text is always there, so colour is never the only cue. */
export function BandLabel({ band }: { band: Band }) {
  return <span className={`band band--${band.id}`}>{band.label}</span>;
}

/** "52" with its band beside it, for lists where a whole sentence would not fit; `note` adds to the tooltip. */
export function ScoreWithBand({ total, note }: { total: number; note?: string }) {
  const band = bandOf(total);
  const meaning = `${band.label} (${bandRange(band)}): ${band.meaning}`;
  return (
    <span className="score-with-band" title={note ? `${meaning}\n${note}` : meaning}>
      <span className="score-with-band__number">{total}</span> <BandLabel band={band} />
    </span>
  );
}

/** Every band with its range and meaning, folded away until asked for. */
export function BandLegend() {
  return (
    <details className="band-legend">
      <summary>What the bands mean</summary>
      <ul className="band-legend__list">
        {BANDS.map((band) => (
          <li key={band.id}>
            <BandLabel band={band} /> <span className="band-legend__range">{bandRange(band)}</span>: {band.meaning}
          </li>
        ))}
      </ul>
    </details>
  );
}
