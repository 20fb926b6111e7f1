// Pakistan: the CNIC (computerised national identity card), 5-7-1 digits ("35202-7654321-9"); the first
// digit is the province. NADRA's check is not public, so only where named.
import { namedIdRecognizer } from './define';

export const PK_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'PK_CNIC',
    names: ['cnic', 'cnic no', 'nic', 'computerized national identity card', 'computerised national identity card'],
    pattern: '[1-7][0-9]{4}-?[0-9]{7}-?[0-9]',
  }),
];
