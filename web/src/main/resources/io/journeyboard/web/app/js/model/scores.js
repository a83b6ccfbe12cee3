// How opportunities are scored (docs/format.md), for the map's badges and the board's ranking.

/** Mean of customer and business value divided by effort. */
export function valueEffort(opportunity) {
  return (opportunity.customerValue + opportunity.businessValue) / 2 / opportunity.effort;
}

/** RICE: reach × customer value × confidence ÷ effort; 0 without a reach. */
export function rice(opportunity) {
  if (opportunity.reach == null) return 0;
  return (opportunity.reach * opportunity.customerValue * (opportunity.confidence ?? 0)) / opportunity.effort;
}
