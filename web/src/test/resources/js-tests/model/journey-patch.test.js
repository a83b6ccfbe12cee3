// The patch logic behind autosave, undo and the conflict merge (js/model/journey-patch.js), tested on
// the module the server serves. A merge is what JourneySession.merge does: the user's patches, made
// against the version they loaded, applied in order to the version someone else saved meanwhile.

import { apply, describe, diff } from '/js/model/journey-patch.js';
import { assertEqual } from '../assert.js';

function loaded() {
  return {
    id: 'checkout', name: 'Checkout', state: 'current', personaIds: ['maya', 'omar'],
    stages: [
      {
        id: 'discover', name: 'Discover',
        steps: [{ id: 'search', name: 'Search' }, { id: 'compare', name: 'Compare' }],
      },
      { id: 'buy', name: 'Buy', steps: [{ id: 'pay', name: 'Pay' }] },
    ],
    lanes: [
      { id: 'actions', kind: 'actions', title: 'Customer actions' },
      { id: 'feel', kind: 'emotion', title: 'Emotion' },
      { id: 'pains', kind: 'pain_points', title: 'Pain points' },
      { id: 'ideas', kind: 'opportunities', title: 'Opportunities' },
    ],
    cards: [
      { id: 'c1', laneId: 'actions', stepId: 'search', text: 'Types a product name' },
      { id: 'c2', laneId: 'actions', stepId: 'compare', text: 'Opens two tabs' },
      { id: 'p1', laneId: 'pains', stepId: 'pay', text: 'Card refused', severity: 'high' },
    ],
    emotions: [{ personaId: 'maya', stepId: 'search', score: 1 }, { personaId: 'maya', stepId: 'pay', score: -2 }],
    opportunities: [{
      id: 'o1', title: 'Retry payment', stepId: 'pay', painPointIds: ['p1'],
      customerValue: 4, businessValue: 3, effort: 2, status: 'idea',
    }],
  };
}

/** A copy of the journey changed by edit, as the editor's session makes one. */
function edited(journey, edit) {
  const copy = structuredClone(journey);
  edit(copy);
  return copy;
}

const card = (journey, id) => journey.cards.find((c) => c.id === id);
const newCard = (id, laneId, stepId, text) => ({ id, laneId, stepId, text });
const ids = (items) => items.map((item) => item.id);

/** The user's edits (each one patch, in order) re-applied on top of their version. */
function merge(base, mineSteps, theirs) {
  const patches = [];
  let mine = base;
  for (const step of mineSteps) {
    const next = edited(mine, step);
    patches.push(diff(mine, next));
    mine = next;
  }
  return patches.reduce(apply, theirs);
}

export const tests = {
  'a journey compared with a copy of itself gives an empty patch': () => {
    assertEqual(diff(loaded(), loaded()), [], 'patch');
  },

  'applying the patch from a to b gives b': () => {
    const a = loaded();
    const b = edited(a, (j) => {
      j.name = 'Checkout (web)';
      card(j, 'c1').text = 'Searches by brand';
      j.stages[0].steps.push({ id: 'reviews', name: 'Reads reviews' });
      j.cards = j.cards.filter((c) => c.id !== 'c2');
      j.emotions[1].score = -1;
      j.lanes.reverse();
    });
    assertEqual(apply(a, diff(a, b)), b, 'a with the patch applied');
  },

  'the reverse patch undoes a change': () => {
    const a = loaded();
    const b = edited(a, (j) => {
      j.cards.unshift({ id: 'c0', laneId: 'actions', stepId: 'search', text: 'Sees an advert' });
      j.stages.reverse();
      delete j.opportunities;
    });
    assertEqual(apply(b, diff(b, a)), a, 'b with the reverse patch applied');
  },

  'a merge keeps both sides\' changes to different cards, fields and emotion points': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      j.name = 'Checkout 2';
      card(j, 'c2').text = 'Compares prices';
      j.emotions.push({ personaId: 'omar', stepId: 'pay', score: 2 });
    });
    const merged = merge(base, [
      (j) => { j.goal = 'Pay in one go'; },
      (j) => { card(j, 'c1').text = 'Scans a barcode'; },
      (j) => { j.emotions[0].score = 2; },
    ], theirs);
    assertEqual([merged.name, merged.goal], ['Checkout 2', 'Pay in one go'], 'name and goal');
    assertEqual([card(merged, 'c1').text, card(merged, 'c2').text], ['Scans a barcode', 'Compares prices'],
      'card texts');
    assertEqual(merged.emotions, [
      { personaId: 'maya', stepId: 'search', score: 2 },
      { personaId: 'maya', stepId: 'pay', score: -2 },
      { personaId: 'omar', stepId: 'pay', score: 2 },
    ], 'emotion points');
  },

  'a card both sides changed takes the user\'s version of it, whole': () => {
    const base = loaded();
    const theirs = edited(base, (j) => { card(j, 'c1').text = 'Their text'; card(j, 'c1').details = 'their note'; });
    const merged = merge(base, [(j) => { card(j, 'c1').text = 'My text'; }], theirs);
    assertEqual(card(merged, 'c1'), { id: 'c1', laneId: 'actions', stepId: 'search', text: 'My text' }, 'card c1');
  },

  'cards added on both sides are all kept, each after the card it followed': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      j.cards.push({ ...newCard('theirs', 'pains', 'pay', 'Slow page'), severity: 'low' });
    });
    const merged = merge(base, [(j) => { j.cards.splice(1, 0, newCard('mine', 'actions', 'search', 'Filters')); }],
      theirs);
    assertEqual(ids(merged.cards), ['c1', 'mine', 'c2', 'p1', 'theirs'], 'card order');
  },

  'a card the user only moved past keeps the other side\'s edit of it': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      card(j, 'c2').text = 'Compares prices';
      card(j, 'p1').severity = 'critical';
    });
    const merged = merge(base, [
      (j) => { j.cards.splice(1, 0, newCard('mine', 'actions', 'search', 'Filters')); },
      (j) => { j.cards = j.cards.filter((c) => c.id !== 'c1'); },
    ], theirs);
    assertEqual(ids(merged.cards), ['mine', 'c2', 'p1'], 'card order');
    assertEqual([card(merged, 'c2').text, card(merged, 'p1').severity], ['Compares prices', 'critical'], 'their edits');
  },

  'a card placed after one the other side deleted is kept, before the cards that followed it': () => {
    const base = loaded();
    const theirs = edited(base, (j) => { j.cards = j.cards.filter((c) => c.id !== 'c2'); });
    const merged = merge(base, [
      (j) => { j.cards.splice(2, 0, newCard('mine', 'actions', 'compare', 'Reads reviews')); },
    ], theirs);
    assertEqual(ids(merged.cards), ['c1', 'mine', 'p1'], 'card order');
  },

  'a card whose step the other side deleted moves to the first step, with the user\'s text': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      j.stages[0].steps = j.stages[0].steps.filter((s) => s.id !== 'compare');
      j.cards = j.cards.filter((c) => c.stepId !== 'compare');
    });
    const merged = merge(base, [(j) => { card(j, 'c2').text = 'Compares prices'; }], theirs);
    assertEqual(card(merged, 'c2'), newCard('c2', 'actions', 'search', 'Compares prices'), 'card c2');
  },

  'a card whose lane the other side deleted moves to the first lane that holds cards': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      j.lanes = j.lanes.filter((l) => l.id !== 'actions');
      j.cards = j.cards.filter((c) => c.laneId !== 'actions');
    });
    const merged = merge(base, [(j) => { card(j, 'c1').text = 'Scans a barcode'; }], theirs);
    assertEqual(card(merged, 'c1').laneId, 'pains', 'lane of card c1');
    assertEqual(ids(merged.cards), ['c1', 'p1'], 'cards');
  },

  'emotion points on a deleted step go, and opportunities there lose only their step': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      j.stages = j.stages.filter((s) => s.id !== 'buy');
      j.cards = j.cards.filter((c) => c.stepId !== 'pay');
      j.emotions = j.emotions.filter((e) => e.stepId !== 'pay');
    });
    const merged = merge(base, [
      (j) => { j.emotions[1].score = 0; },
      (j) => { j.opportunities[0].title = 'Offer a second card'; },
    ], theirs);
    assertEqual(merged.emotions, [{ personaId: 'maya', stepId: 'search', score: 1 }], 'emotion points');
    assertEqual(merged.opportunities.map((o) => [o.title, o.stepId]), [['Offer a second card', undefined]],
      'opportunity and its step');
    assertEqual(merged.stages.map((s) => s.id), ['discover'], 'stages');
  },

  'a step added to a stage the other side deleted moves to the first stage': () => {
    const base = loaded();
    const theirs = edited(base, (j) => { j.stages = j.stages.filter((s) => s.id !== 'buy'); });
    const merged = merge(base, [(j) => { j.stages[1].steps.push({ id: 'receipt', name: 'Gets a receipt' }); }], theirs);
    assertEqual(merged.stages, [{ id: 'discover', name: 'Discover',
      steps: [{ id: 'search', name: 'Search' }, { id: 'compare', name: 'Compare' },
        { id: 'receipt', name: 'Gets a receipt' }],
    }], 'stages');
  },

  'deleting what the other side deleted already leaves their version as it is': () => {
    const base = loaded();
    const theirs = edited(base, (j) => {
      j.cards = j.cards.filter((c) => c.id !== 'c1');
      card(j, 'c2').text = 'Compares prices';
    });
    const merged = merge(base, [(j) => { j.cards = j.cards.filter((c) => c.id !== 'c1'); }], theirs);
    assertEqual(merged, theirs, 'merged journey');
  },

  'a patch is described in short sentences': () => {
    const base = loaded();
    const after = edited(base, (j) => {
      j.name = 'Checkout 2';
      card(j, 'c1').text = 'Scans a barcode';
      card(j, 'p1').stepId = 'search';
      j.cards = j.cards.filter((c) => c.id !== 'c2');
      j.emotions[0].score = -1;
      j.lanes.push({ id: 'notes', kind: 'notes', title: 'Notes' });
    });
    assertEqual(describe(diff(base, after)).map((d) => d.text), [
      'changed the journey\'s name',
      'added lane “Notes”',
      'changed card “Types a product name” to “Scans a barcode”',
      'moved card “Card refused”',
      'deleted card “Opens two tabs”',
      'set emotion of maya at search from 1 to -1',
    ], 'sentences');
  },
};
