// What each lane kind is called, how it is tinted and whether it holds cards (docs/format.md).

export const LANE_KINDS = {
  actions: { label: 'Customer actions', tint: 'blue' },
  thoughts: { label: 'Thoughts and questions', tint: 'violet' },
  touchpoints: { label: 'Touchpoints', tint: 'teal' },
  emotion: { label: 'Emotion', tint: 'rose', noCards: true },
  pain_points: { label: 'Pain points', tint: 'red' },
  delights: { label: 'Moments of delight', tint: 'green' },
  moments_of_truth: { label: 'Moments of truth', tint: 'amber' },
  opportunities: { label: 'Opportunities', tint: 'indigo', noCards: true },
  frontstage: { label: 'Frontstage', tint: 'sky' },
  backstage: { label: 'Backstage', tint: 'slate' },
  systems: { label: 'Supporting systems', tint: 'slate' },
  owners: { label: 'Owners', tint: 'stone' },
  kpis: { label: 'KPIs', tint: 'cyan' },
  evidence: { label: 'Evidence', tint: 'stone' },
  notes: { label: 'Notes', tint: 'yellow' },
};

export const CHANNELS = ['web', 'app', 'store', 'phone', 'email', 'chat', 'social', 'mail', 'in_person', 'sms',
  'kiosk', 'advertising', 'partner', 'other'];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'];

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in_progress', 'done', 'discarded'];

/** "in_person" -> "In person" */
export function humanize(value) {
  if (!value) return '';
  const text = String(value).replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function holdsCards(kind) {
  return !(LANE_KINDS[kind]?.noCards);
}

/** The fields a new card in a lane of this kind must carry (the format requires them there). */
export function requiredCardFields(kind) {
  if (kind === 'touchpoints') return { channel: 'web' };
  if (kind === 'pain_points') return { severity: 'medium' };
  if (kind === 'kpis') return { metric: { name: 'Metric' } };
  return {};
}
