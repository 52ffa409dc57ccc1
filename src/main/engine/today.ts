/** Today as YYYY-MM-DD: the date an image, deck or report gives in its source line unless told another. */
export const today = (): string => new Date().toISOString().slice(0, 10);
