// Kenya: the KRA PIN (tax), A for a person or P for a company, nine digits and a letter. Only where named.
import { namedIdRecognizer } from './define';

export const KE_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'KE_KRA_PIN',
    names: ['kra pin', 'kra', 'kra pin no', 'pin no'],
    pattern: '[AP][0-9]{9}[A-Z]',
    caseSensitive: true,
  }),
];
