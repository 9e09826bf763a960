/** How a "Play this story" button elsewhere on the page asks the embedded simulator to load a preset. */
export const LOAD_PRESET_EVENT = 'camunda-simulator:load-preset';

export interface LoadPresetDetail {
  presetId: string;
}

export function requestPreset(presetId: string): void {
  window.dispatchEvent(new CustomEvent<LoadPresetDetail>(LOAD_PRESET_EVENT, { detail: { presetId } }));
}
