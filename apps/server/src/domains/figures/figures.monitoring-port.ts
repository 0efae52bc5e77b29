/**
 * What the figures need from e-monitoring (电子监察): red and yellow cards raised and cleared in a
 * region subtree over a period of China days. The monitoring domain implements it; until it is
 * wired in the composition root the figures leave the cards out (the port is null).
 */
export type CardFigures = {
  cardsOf(input: { regionCode: string; from: string; to: string }): Promise<{
    yellowRaised: number;
    redRaised: number;
    cleared: number;
  }>;
};
