// The stage registry: a leaf module mapping stage ids to factories; it imports no stage itself.
import type { Stage } from './stage.ts';

export type StageFactory = () => Stage;

/** A registry of stage factories by id. Registering an id twice is a programmer error. */
export class StageRegistry {
  #factories = new Map<string, StageFactory>();

  register(id: string, factory: StageFactory): this {
    if (this.#factories.has(id)) throw new Error(`stage ${id} registered twice`);
    this.#factories.set(id, factory);
    return this;
  }

  /** Build the named stages in the given order. Throws on an unknown id. */
  build(ids: readonly string[]): Stage[] {
    return ids.map((id) => {
      const factory = this.#factories.get(id);
      if (!factory) throw new Error(`unknown stage ${id}; known: ${[...this.#factories.keys()].join(', ')}`);
      return factory();
    });
  }

  ids(): string[] {
    return [...this.#factories.keys()];
  }
}
