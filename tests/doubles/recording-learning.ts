// A LearningRecordPort that keeps every event, for tests of what a learning platform would be told.
import type { LearningEvent, LearningRecordPort } from '../../src/core/ports.ts';

export class RecordingLearning implements LearningRecordPort {
  readonly events: LearningEvent[] = [];

  record(event: LearningEvent): void {
    this.events.push(event);
  }
}
