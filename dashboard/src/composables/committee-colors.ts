import type { Committee } from '../api/types';

/**
 * Distinct colours that keep white text at a contrast of at least 4.5:1 (WCAG AA), for committees
 * without their own colour.
 */
export const COMMITTEE_PALETTE = [
  '#1f5fa8',
  '#b03a2e',
  '#1e7a46',
  '#7b3fa0',
  '#9a4d00',
  '#00707a',
  '#8a2f5b',
  '#4d5a12',
  '#3b4a9e',
  '#6b4e2e',
] as const;

export interface CommitteeStyle {
  background: string;
  text: string;
}

/** Stable per committee: its own colour, else the palette by its position in the name-sorted list. */
export function committeeStyles(committees: readonly Committee[]): Map<string, CommitteeStyle> {
  const sorted = [...committees].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return new Map(
    sorted.map((committee, index) => {
      const background = committee.color ?? COMMITTEE_PALETTE[index % COMMITTEE_PALETTE.length]!;
      return [committee.id, { background, text: readableTextOn(background) }];
    }),
  );
}

/** Black or white, whichever contrasts more with the background. */
export function readableTextOn(hex: string): string {
  const luminance = relativeLuminance(hex);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
