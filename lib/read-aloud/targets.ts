/**
 * What 朗读 reads on each kind of page (CSS selectors, read in document order): the main
 * text, without figures, outlines, tags or lists of other pages.
 */
export const READ_ALOUD_TARGETS = {
  /** The headline and the story itself */
  story: '.story__header :is(.kicker, h1, .subtitle), .story-body',
  /** The title, what happened and what to do now, what the real institution never does, the surest signs, the report (with the victim's words and the police's advice) and the hotline */
  fraudCase: '.case > header h1, .case > .case-answer, .case > .never-do, .case > section[aria-labelledby="narrative-heading"], .case > .callout',
  /** The explainer, without the figures and the list of cases */
  scamType: '.scam-type > :is(header, .prose, .callout, section:not([aria-labelledby="cases-heading"]))',
  /** The helper's whole answer */
  helpResult: '#result',
} as const;
