// The details panel for a selected step or stage: its name and description, for a step the emotion
// notes of each persona there, and (in inspector.js) its comments.

import { el, field } from '../dom.js';
import { describeStep, rename, setEmotionNote } from '../model/journey-edits.js';

export function stepForm(editor, stepId) {
  const journey = editor.session.current;
  const stage = journey.stages.find((s) => (s.steps || []).some((step) => step.id === stepId));
  const step = stage.steps.find((s) => s.id === stepId);
  const change = (label, mutate) => editor.session.change(label, mutate);
  const name = el('input', {
    type: 'text', value: step.name, maxlength: 200,
    onchange: (e) => e.target.value.trim() && change('Rename step', (j) => rename(j, 'step', stepId, e.target.value.trim())),
  });
  const description = el('textarea', {
    rows: 4, maxlength: 10000, placeholder: 'What the customer does or expects here',
    onchange: (e) => change('Describe step', (j) => describeStep(j, stepId, e.target.value.trim())),
  });
  description.value = step.description || '';
  return el('div', { class: 'form-stack' },
    el('div', { class: 'inspector-heading' }, el('span', { class: 'inspector-kind' }, 'Step'), el('span', { class: 'muted' }, stage.name)),
    field('Step name', name), field('Step description', description), emotionNotes(editor, journey, stepId));
}

function emotionNotes(editor, journey, stepId) {
  const personaIds = journey.personaIds || [];
  if (!personaIds.length) return null;
  return el('fieldset', { class: 'emotion-notes' }, el('legend', {}, 'Emotion here'),
    personaIds.map((personaId) => {
      const point = (journey.emotions || []).find((e) => e.personaId === personaId && e.stepId === stepId);
      const persona = editor.view.personas.get(personaId)?.name || personaId;
      const score = point ? `${point.score > 0 ? '+' : ''}${point.score}` : 'not scored';
      const note = el('input', {
        type: 'text', value: point?.note || '', maxlength: 2000, disabled: !point,
        placeholder: point ? 'Why they feel this way' : 'Score the point on the curve first',
        onchange: (e) => editor.session.change('Edit emotion note', (j) => setEmotionNote(j, personaId, stepId, e.target.value.trim())),
      });
      return field(`${persona} (${score})`, note);
    }));
}

export function stageForm(editor, stageId) {
  const stage = editor.session.current.stages.find((s) => s.id === stageId);
  const change = (label, mutate) => editor.session.change(label, mutate);
  const name = el('input', {
    type: 'text', value: stage.name, maxlength: 200,
    onchange: (e) => e.target.value.trim() && change('Rename stage', (j) => rename(j, 'stage', stageId, e.target.value.trim())),
  });
  const description = el('textarea', {
    rows: 3, maxlength: 10000,
    onchange: (e) => change('Describe stage', (j) => {
      const target = j.stages.find((s) => s.id === stageId);
      if (e.target.value.trim()) target.description = e.target.value.trim();
      else delete target.description;
    }),
  });
  description.value = stage.description || '';
  return el('div', { class: 'form-stack' },
    el('div', { class: 'inspector-heading' }, el('span', { class: 'inspector-kind' }, 'Stage'),
      el('span', { class: 'muted' }, `${(stage.steps || []).length} steps`)),
    field('Stage name', name), field('Stage description', description));
}
