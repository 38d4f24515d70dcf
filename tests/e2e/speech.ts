import type { Page } from '@playwright/test';

/**
 * Headless Chromium here has speech synthesis but no voices, so nothing can be heard in CI. This replaces
 * `speechSynthesis` and `SpeechSynthesisUtterance` before the page loads with a stand-in that has the
 * given voices and records what it is asked to say (window.__gesproken) and each cancel (window.__gestopt).
 */
export async function metStem(page: Page, stemmen: readonly { name: string; lang: string; localService?: boolean }[] = [
  { name: 'Test Nederlands', lang: 'nl-NL' }, { name: 'Test English', lang: 'en-GB' },
]) {
  await page.addInitScript((stemmen) => {
    type Uiting = { text: string; lang: string; voice: { name: string } | null; onend: (() => void) | null; onerror: (() => void) | null };
    const w = window as unknown as { __gesproken: { text: string; lang: string; voice: string | undefined }[]; __gestopt: number; __klaar: () => void };
    w.__gesproken = [];
    w.__gestopt = 0;
    let huidig: Uiting | null = null;
    class Utterance { text: string; lang = ''; voice = null; rate = 1; onend = null; onerror = null; constructor(text: string) { this.text = text; } }
    class Synth extends EventTarget {
      getVoices() { return stemmen.map((s) => ({ localService: true, ...s, voiceURI: s.name, default: false })); }
      speak(u: Uiting) { w.__gesproken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }); huidig = u; }
      cancel() { w.__gestopt++; const u = huidig; huidig = null; u?.onerror?.(); }
      pause() {}
      resume() {}
      get speaking() { return huidig !== null; }
    }
    /** Ends the current utterance as a real voice does when it has read everything. */
    w.__klaar = () => { const u = huidig; huidig = null; u?.onend?.(); };
    Object.defineProperty(window, 'speechSynthesis', { value: new Synth(), configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, stemmen);
}

/** What the page asked the voice to say, in order. */
export const gesproken = (page: Page) => page.evaluate(() => (window as unknown as { __gesproken: { text: string; lang: string; voice?: string }[] }).__gesproken);
