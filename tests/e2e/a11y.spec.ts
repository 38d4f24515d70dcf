import { axeEveryState } from './axe';
import { states } from './states';

axeEveryState(states);
