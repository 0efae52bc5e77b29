/**
 * What the figures need from e-monitoring (电子监察): the cards of a region subtree over a period of
 * China days — raised (yellow; red, escalations to red included), cleared, and open red / yellow at
 * the period's end — in total and per child region, department and item. The monitoring domain
 * answers from its card records (`monitoring.figures-source.ts`), wired in the composition root.
 */
export type CardCounts = {
  key: string;
  name: string | null;
  yellowRaised: number;
  redRaised: number;
  cleared: number;
  openYellow: number;
  openRed: number;
};

export type CardFigures = {
  countsOf(input: { regionCode: string; childLength: number | null; from: string; to: string }): Promise<{
    total: CardCounts;
    byRegion: CardCounts[];
    byDepartment: CardCounts[];
    byItem: CardCounts[];
  }>;
};
