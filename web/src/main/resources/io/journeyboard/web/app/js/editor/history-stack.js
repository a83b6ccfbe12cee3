// Undo and redo as patches: each step remembers the patch that made it and the patch that
// reverses it, so undoing is itself a change that autosaves and survives a merge.

export class HistoryStack {
  constructor(limit = 200) {
    this.limit = limit;
    this.undoSteps = [];
    this.redoSteps = [];
  }

  record(label, forward, backward) {
    this.undoSteps.push({ label, forward, backward });
    if (this.undoSteps.length > this.limit) this.undoSteps.shift();
    this.redoSteps = [];
  }

  canUndo() { return this.undoSteps.length > 0; }

  canRedo() { return this.redoSteps.length > 0; }

  nextUndoLabel() { return this.undoSteps.at(-1)?.label; }

  nextRedoLabel() { return this.redoSteps.at(-1)?.label; }

  /** The patch to apply to undo the last step, or null. */
  undo() {
    const step = this.undoSteps.pop();
    if (!step) return null;
    this.redoSteps.push(step);
    return step;
  }

  /** The patch to apply to redo the last undone step, or null. */
  redo() {
    const step = this.redoSteps.pop();
    if (!step) return null;
    this.undoSteps.push(step);
    return step;
  }
}
