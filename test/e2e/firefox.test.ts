import { defineReadingLoop } from './reading-loop';

defineReadingLoop('firefox');
