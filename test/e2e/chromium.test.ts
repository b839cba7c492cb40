import { defineReadingLoop } from './reading-loop';

defineReadingLoop('chromium');
