import { reflowEveryState } from './gates/reflow';
import { states } from './states';

/** Reflow, zoom, text spacing and target size on every inwoner page state (tests/e2e/gates/reflow.ts). */
reflowEveryState(states);
