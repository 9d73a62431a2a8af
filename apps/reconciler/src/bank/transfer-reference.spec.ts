import { isWritableChar } from '@hub/zengin';
import { bankConfirmationEventId, transferReferenceOf, uuidV5 } from './transfer-reference';

describe('transfer references', () => {
  it('are 20 Zengin characters, the same for the same payout and different for others', () => {
    const reference = transferReferenceOf('0b7e5c1a-2d3f-4a6b-8c9d-1e2f3a4b5c6d');
    expect(reference).toMatch(/^HUB[A-Z2-7]{17}$/);
    expect([...reference].every(isWritableChar)).toBe(true);
    expect(transferReferenceOf('0B7E5C1A-2D3F-4A6B-8C9D-1E2F3A4B5C6D')).toBe(reference);
    expect(transferReferenceOf('0b7e5c1a-2d3f-4a6b-8c9d-1e2f3a4b5c6e')).not.toBe(reference);
  });
});

describe('uuidV5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives each bank transaction one event id', () => {
    expect(bankConfirmationEventId('42')).toBe(bankConfirmationEventId('42'));
    expect(bankConfirmationEventId('42')).not.toBe(bankConfirmationEventId('43'));
    expect(bankConfirmationEventId('42')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
