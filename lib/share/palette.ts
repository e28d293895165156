/** The cards' colours: the site's light theme (app/globals.css), so a card looks like the page it opens. */
export const palette = {
  paper: '#f4f1ea',
  white: '#ffffff',
  text: '#1a1a1a',
  muted: '#555555',
  accent: '#a3161a',
  warning: '#fff4e5',
  /** The hotline number on the family card's dark block */
  highlight: '#ffd54f',
} as const;

/** Widths are measured without kerning: lines are filled to this share of the box, the rest is slack. */
export const FIT_SLACK = 0.97;
