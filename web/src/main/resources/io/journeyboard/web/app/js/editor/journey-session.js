// The journey being edited: the last version the server confirmed, the user's changes made since
// (as patches, see model/journey-patch.js), undo/redo and the debounced autosave with If-Match.
// A 409 never throws away the user's patches: the session keeps them until they are merged onto
// the server's version or the user explicitly reloads.

import { apply, diff } from '../model/journey-patch.js';
import { HistoryStack } from './history-stack.js';
import { debounce } from '../dom.js';

export const SAVE_DELAY_MS = 700;

export class JourneySession {
  /**
   * @param readOnly true for viewers and commenters: changes are refused here already
   * @param api      {load(), save(journey, version)} bound to one journey
   * @param listener called with (session, reason) after every change of state
   */
  constructor(readOnly, api, journey, version, listener) {
    this.readOnly = readOnly;
    this.api = api;
    this.base = journey;
    this.version = version;
    this.current = journey;
    this.pending = [];
    this.history = new HistoryStack();
    this.status = 'saved';
    this.conflict = null;
    this.error = null;
    this.listener = listener;
    this.inFlight = null;
    this.scheduleSave = debounce(() => this.save(), SAVE_DELAY_MS);
  }

  /** Makes a change: mutate receives a deep copy of the journey and returns the new one (or mutates it). */
  change(label, mutate) {
    if (this.readOnly) return false;
    const before = this.current;
    const draft = structuredClone(before);
    const after = mutate(draft) || draft;
    const forward = diff(before, after);
    if (!forward.length) return false;
    this.history.record(label, forward, diff(after, before));
    this.applyLocal(forward);
    return true;
  }

  undo() {
    if (this.readOnly) return;
    const step = this.history.undo();
    if (step) this.applyLocal(step.backward, 'undo');
  }

  redo() {
    if (this.readOnly) return;
    const step = this.history.redo();
    if (step) this.applyLocal(step.forward, 'redo');
  }

  applyLocal(patch, reason = 'change') {
    this.current = apply(this.current, patch);
    this.pending.push(patch);
    this.status = this.conflict ? 'conflict' : 'unsaved';
    this.listener(this, reason);
    if (!this.conflict) this.scheduleSave();
  }

  /** Sends the current document unless a save is running or a conflict waits for the user. */
  async save() {
    if (this.inFlight || this.conflict || !this.pending.length) return;
    const sentCount = this.pending.length;
    const sent = this.current;
    this.status = 'saving';
    this.listener(this, 'saving');
    this.inFlight = this.api.save(sent, this.version);
    try {
      const { journey, version } = await this.inFlight;
      this.base = journey;
      this.version = version;
      this.pending = this.pending.slice(sentCount);
      this.current = this.pending.reduce(apply, this.base);
      this.error = null;
      this.status = this.pending.length ? 'unsaved' : 'saved';
    } catch (error) {
      if (error.status === 409) {
        await this.openConflict();
      } else {
        this.error = error;
        this.status = 'error';
      }
    } finally {
      this.inFlight = null;
    }
    this.listener(this, this.status);
    if (this.status === 'unsaved') this.scheduleSave();
  }

  async openConflict() {
    const latest = await this.api.load();
    this.conflict = { theirs: latest.journey, version: latest.version, theirChanges: diff(this.base, latest.journey) };
    this.status = 'conflict';
  }

  /** Re-applies the user's pending patches on the server's version and saves the result. */
  async merge() {
    const { theirs, version } = this.conflict;
    this.base = theirs;
    this.version = version;
    this.current = this.pending.reduce(apply, theirs);
    this.conflict = null;
    this.status = 'unsaved';
    this.listener(this, 'merged');
    await this.save();
  }

  /** Drops the user's pending patches and takes the server's version. */
  reload() {
    const { theirs, version } = this.conflict;
    this.base = theirs;
    this.current = theirs;
    this.version = version;
    this.pending = [];
    this.history = new HistoryStack();
    this.conflict = null;
    this.status = 'saved';
    this.listener(this, 'reloaded');
  }

  /** Saves now instead of after the delay (leaving the page, explicit save). */
  flush() {
    this.scheduleSave.flush();
    return this.inFlight || Promise.resolve();
  }
}
